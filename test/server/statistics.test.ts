/**
 * Statistics over an NDJSON stream on the real server: the snapshots a portal streams (persisted and readable
 * forms mixed, sent in small chunks, more than the JSON body limit in all) give the engine's figures in-process;
 * a bad line refuses the request with its number.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createEngine, type DossierSnapshot } from '../../src/engine/index.js';
import { judicial, judicialEvents, post, useServer } from './support.js';

const server = useServer({ limits: { maxBodyBytes: 16 * 1024 } });
const engine = createEngine({ procedures: [judicial] });
const period = { from: '2026-04-01', to: '2026-06-30' };

/** Dossiers at every stage of the history, with received instants spread over days. */
function snapshots(count: number): DossierSnapshot[] {
  const out: DossierSnapshot[] = [];
  for (let i = 0; i < count; i++) {
    const upTo = 1 + (i % judicialEvents.length);
    const r = engine.replay(judicial, judicialEvents.slice(0, upTo));
    if (!r.ok) throw new Error('fixture');
    out.push(r.snapshot);
  }
  return out;
}

/** Streams lines in small chunks with a chunked body, and reads the answer. */
function stream(path: string, lines: readonly string[], chunk = 700) {
  return new Promise<{ status: number; json: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      `${server.current.url}${path}`,
      { method: 'POST', headers: { 'content-type': 'application/x-ndjson' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    const all = Buffer.from(lines.join('\n'), 'utf8');
    for (let i = 0; i < all.length; i += chunk) req.write(all.subarray(i, i + chunk)); // cuts inside UTF-8 too
    req.end();
  });
}

describe('POST /v1/statistics', () => {
  it('gives the engine’s Decision 766 figures for a streamed body larger than the JSON limit', async () => {
    const list = snapshots(120);
    const lines = list.map((s, i) => JSON.stringify(i % 2 === 0 ? engine.persist(s) : s));
    expect(lines.join('\n').length).toBeGreaterThan(16 * 1024 * 4);
    const r = await stream(`/v1/statistics?from=${period.from}&to=${period.to}`, [...lines, '']);
    expect(r.status).toBe(200);
    expect(r.json).toEqual(JSON.parse(JSON.stringify(engine.statistics(list, period))));
    expect(
      (r.json as { total: { decision766: { counted: number } } }).total.decision766.counted,
    ).toBeGreaterThan(0);
  });

  it('refuses the first bad snapshot with its line number', async () => {
    const lines = snapshots(3).map((s) => JSON.stringify(engine.persist(s)));
    lines.splice(2, 0, JSON.stringify({ v: 2, p: ['2.000488'] }));
    const r = await stream(`/v1/statistics?from=${period.from}&to=${period.to}`, lines);
    expect(r.status).toBe(422);
    expect(r.json).toMatchObject({ code: 'INVALID_SNAPSHOT', line: 3 });
  });

  it('checks the period and the media type', async () => {
    const bad = await post(server.current, '/v1/statistics?from=2026-02-31&to=2026-03-01', '', {
      'content-type': 'application/x-ndjson',
    });
    expect(bad.status).toBe(422);
    const missing = await post(server.current, '/v1/statistics?from=2026-01-01', '', {
      'content-type': 'application/x-ndjson',
    });
    expect(missing.json.problems[0]).toMatchObject({ code: 'SCHEMA_MISSING', path: ['to'] });
    const json = await post(server.current, `/v1/statistics?from=${period.from}&to=${period.to}`, '[]');
    expect(json.status).toBe(415);
    expect(json.json.params.expected).toBe('ndjson');
  });
});
