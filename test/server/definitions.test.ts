/**
 * Definitions over HTTP: the ones loaded by --definitions, a check that locates every problem (path and JSON
 * Pointer under /definition), registration by content hash (idempotent), reading one back.
 */
import { describe, expect, it } from 'vitest';
import { call, exampleCount, judicial, judicialJson, post, useServer } from './support.js';

const server = useServer();

describe('definitions', () => {
  it('lists the definitions loaded at start, with their content hashes', async () => {
    const r = await call(server.current, 'GET', '/v1/definitions');
    expect(r.status).toBe(200);
    expect(r.json.definitions).toHaveLength(exampleCount);
    const found = r.json.definitions.find((d: { code: string }) => d.code === '2.000488');
    expect(found).toMatchObject({ hash: judicial.hash, version: '2025.1', effectiveFrom: '2025-07-01' });
  });

  it('checks a good definition: ok, its hash, no error', async () => {
    const r = await post(server.current, '/v1/definitions/check', { definition: judicialJson });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, hash: judicial.hash, errors: 0 });
  });

  it('locates every problem of a broken definition, with a suggestion', async () => {
    const steps = structuredClone(judicialJson.steps) as { actions?: { to?: string }[] }[];
    steps[0]!.actions![0]!.to = 'verfy';
    const r = await post(server.current, '/v1/definitions/check', {
      definition: { ...judicialJson, steps, level: 'ward' },
    });
    expect(r.status).toBe(200);
    expect(r.json.ok).toBe(false);
    expect(r.json.hash).toBeNull();
    const codes = r.json.problems.map((p: { code: string; pointer: string }) => `${p.code} ${p.pointer}`);
    expect(codes).toContain('SCHEMA_INVALID_VALUE /definition/level');
    expect(r.json.errors).toBe(
      r.json.problems.filter((p: { severity: string }) => p.severity === 'error').length,
    );
  });

  it('reports a lint problem with its suggestion once the schema passes', async () => {
    const steps = structuredClone(judicialJson.steps) as { actions?: { to?: string }[] }[];
    steps[0]!.actions![0]!.to = 'verfy';
    const r = await post(server.current, '/v1/definitions/check', { definition: { ...judicialJson, steps } });
    const unknown = r.json.problems.find((p: { code: string }) => p.code === 'UNKNOWN_STEP');
    expect(unknown.pointer).toBe('/definition/steps/0/actions/0/to');
    expect(unknown.params.suggestion).toBe('verify');
    expect(unknown.messageVi).toMatch(/verfy/);
  });

  it('registers a new version once (201), then knows it (200), lists it and gives it back', async () => {
    const v2 = { ...judicialJson, version: '2026.1' };
    const first = await post(server.current, '/v1/definitions', { definition: v2 });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ created: true, code: '2.000488', version: '2026.1' });
    const again = await post(server.current, '/v1/definitions', { definition: v2 });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ created: false, hash: first.json.hash });
    const list = await call(server.current, 'GET', '/v1/definitions');
    expect(list.json.definitions.map((d: { hash: string }) => d.hash)).toContain(first.json.hash);
    const back = await call(server.current, 'GET', `/v1/definitions/${first.json.hash}`);
    expect(back.json.version).toBe('2026.1');
  });

  it('refuses to register a definition with errors (422 DEFINITION_INVALID, every problem)', async () => {
    const r = await post(server.current, '/v1/definitions', { definition: { ...judicialJson, code: 'x' } });
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('DEFINITION_INVALID');
    expect(r.json.problems[0].pointer).toBe('/definition/code');
  });

  it('does not know an unregistered hash (404 DEFINITION_NOT_REGISTERED)', async () => {
    const r = await call(server.current, 'GET', `/v1/definitions/sha256:${'0'.repeat(64)}`);
    expect(r.status).toBe(404);
    expect(r.json.code).toBe('DEFINITION_NOT_REGISTERED');
  });
});
