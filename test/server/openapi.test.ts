/**
 * The OpenAPI 3.1 document: openapi.json is what the contract generates (`npm run openapi` when this fails), it
 * validates against the OpenAPI 3.1 schema, the server serves exactly it, it describes every route the server
 * answers, and the reference page is rendered from it by the server (no script, no CDN, no viewer package).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/server/index.js';
import { referencePage } from '../../src/server/reference.js';
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
  it('is rendered by the server from its document: no script, no CDN, a strict CSP', async () => {
    const page = await call(server.current, 'GET', '/reference');
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(page.text).not.toMatch(/<script/i);
    const links = [...page.text.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]!);
    expect(links.every((s) => s.startsWith('/'))).toBe(true);
    for (const s of links) expect((await call(server.current, 'GET', s)).status).toBe(200);
    // Every operation of the document is on the page.
    for (const [path, item] of Object.entries(committed.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(item)) {
        expect(page.text).toContain(`<code>${method.toUpperCase()} ${path}</code>`);
      }
    }
  });

  it('escapes the texts of the document', () => {
    const html = referencePage({
      info: { title: '<script>alert(1)</script>', version: '1' },
      paths: { '/x': { get: { summary: '"><img src=x onerror=alert(1)>', responses: {} } } },
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
  });

  it('needs no viewer package (no install-time analytics in the dependency tree)', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).not.toContain('swagger-ui-dist');
  });
});
