/**
 * The OpenAPI 3.1 document: openapi.json is what the contract generates (`npm run openapi` when this fails), it
 * validates against the OpenAPI 3.1 schema, the server serves exactly it, it describes every route the server
 * answers, and the reference page is served from the installed package (no CDN).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/server/index.js';
import { call, root, useServer } from './support.js';

const committed = JSON.parse(readFileSync(resolve(root, 'openapi.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const server = useServer({ version });

describe('openapi.json', () => {
  it('is fresh: the contract generates it as committed (run `npm run openapi`)', () => {
    expect(JSON.parse(JSON.stringify(openApiDocument(version)))).toEqual(committed);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(committed));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is what /openapi.json serves', async () => {
    const r = await call(server.current, 'GET', '/openapi.json');
    expect(r.json).toEqual(committed);
  });

  it('describes every endpoint, each with its problem responses', () => {
    const ops = Object.entries(
      committed.paths as Record<string, Record<string, { responses: object }>>,
    ).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(ops).toHaveLength(31);
    for (const op of [
      'POST /v1/calendar/deadline',
      'POST /v1/dossiers/apply',
      'POST /v1/dossiers/lookup',
      'POST /v1/statistics',
      'GET /ready',
    ]) {
      expect(ops).toContain(op);
    }
    const apply = committed.paths['/v1/dossiers/apply'].post.responses;
    expect(Object.keys(apply).sort()).toEqual(['200', '400', '404', '409', '413', '415', '422']);
    expect(apply['409'].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/Problem');
  });

  it('every documented GET answers on the server (no path described that does not exist)', async () => {
    const samples: Record<string, string> = {
      '{date}': '2026-02-17',
      '{year}': '2026',
      '{hash}': 'sha256:x',
    };
    for (const path of Object.keys(committed.paths)) {
      if (!committed.paths[path].get) continue;
      const url = path.replace(/\{\w+\}/g, (p) => samples[p] ?? p);
      const r = await call(server.current, 'GET', url);
      expect(
        [200, 404].includes(r.status) && (r.status === 200 || r.json.code === 'DEFINITION_NOT_REGISTERED'),
      ).toBe(true);
    }
  });
});

describe('the reference page', () => {
  it('is served with its files from the installed package, under a strict CSP', async () => {
    const page = await call(server.current, 'GET', '/reference');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const scripts = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.every((s) => s.startsWith('/reference/'))).toBe(true);
    for (const s of scripts) expect((await call(server.current, 'GET', s)).status).toBe(200);
    expect((await call(server.current, 'GET', '/reference/init.js')).text).toMatch(/url: '\/openapi\.json'/);
  });
});
