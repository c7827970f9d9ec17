/**
 * The wire's own refusals, on the real server: bodies too large (declared or streamed), malformed and too deep
 * JSON, the input guard, the media type, unknown paths, a slow client, an internal failure that never shows its
 * stack; concurrency; one access-log line per request. Every code of the server's own table that a request can
 * meet is met here at least once.
 */
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/index.js';
import { en } from '../../src/server/messages/en.js';
import { call, exampleCount, post, rawExchange, rawJson, useServer } from './support.js';

const server = useServer({ timeoutMs: 400, limits: { maxBodyBytes: 64 * 1024, maxLines: 5 } });
const seen = new Set<string>();
const note = <T extends { json: { code?: string } }>(r: T): T => {
  if (r.json?.code) seen.add(r.json.code);
  return r;
};

/** A POST through node:http with a chunked body (no content-length). */
function chunked(path: string, chunks: readonly string[], type = 'application/json') {
  return new Promise<{ status: number; json: { code: string } & Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(
        `${server.current.url}${path}`,
        { method: 'POST', headers: { 'content-type': type, 'transfer-encoding': 'chunked' } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      for (const c of chunks) req.write(c);
      req.end();
    },
  );
}

describe('bodies', () => {
  it('refuses a body declared larger than the limit (413 BODY_TOO_LARGE)', async () => {
    const r = note(await post(server.current, '/v1/calendar/deadline', `{"x":"${'a'.repeat(70_000)}"}`));
    expect(r.status).toBe(413);
    expect(r.json.params).toEqual({ max: 65_536 });
  });

  it('refuses a chunked body that grows past the limit while it is read', async () => {
    const r = await chunked(
      '/v1/calendar/deadline',
      Array.from({ length: 20 }, () => 'a'.repeat(4_000)),
    );
    note(r);
    expect(r.status).toBe(413);
    expect(r.json.code).toBe('BODY_TOO_LARGE');
  });

  it('locates malformed JSON (line, column, what was expected) in both languages', async () => {
    const r = note(
      await post(
        server.current,
        '/v1/calendar/deadline',
        '{\n  "receivedAt": "2026-02-12T10:00:00+07:00",\n  "limit": }',
      ),
    );
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({
      code: 'MALFORMED_JSON',
      params: { line: 3, column: 12, reason: 'ValueExpected' },
    });
    expect(r.json.messageVi).toMatch(/dòng 3, cột 12/);
    const empty = await post(server.current, '/v1/calendar/deadline', '');
    expect(empty.json.params.reason).toBe('Empty');
  });

  it('refuses nesting deeper than the limit before parsing it (400 JSON_TOO_DEEP)', async () => {
    const r = note(
      await post(server.current, '/v1/calendar/deadline', `${'['.repeat(5_000)}${']'.repeat(5_000)}`),
    );
    expect(r.status).toBe(400);
    expect(r.json.code).toBe('JSON_TOO_DEEP');
  });

  it('runs the library’s input guard on every body (prototype pollution, huge strings)', async () => {
    const polluted = '{"snapshot":{},"event":{"type":"SUBMIT","__proto__":{"admin":true}}}';
    const r = await post(server.current, '/v1/dossiers/apply', polluted);
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ code: 'INPUT_FORBIDDEN_KEY', pointer: '/event/__proto__' });
    const long = await post(server.current, '/v1/definitions/check', {
      definition: { code: 'x'.repeat(20_000) },
    });
    expect(long.json.code).toBe('INPUT_STRING_TOO_LONG');
  });

  it('asks for JSON (415 UNSUPPORTED_MEDIA_TYPE)', async () => {
    const r = note(
      await post(server.current, '/v1/calendar/deadline', 'a=1', {
        'content-type': 'application/x-www-form-urlencoded',
      }),
    );
    expect(r.status).toBe(415);
    expect(r.json.params).toEqual({ expected: 'json', given: 'application/x-www-form-urlencoded' });
  });

  it('checks the envelope (422 REQUEST_INVALID, each problem with its pointer)', async () => {
    const r = note(
      await post(server.current, '/v1/calendar/add-working-days', { date: '2026-02-12', days: 'three' }),
    );
    expect(r.status).toBe(422);
    expect(r.json.problems[0]).toMatchObject({ code: 'SCHEMA_INVALID_TYPE', pointer: '/days' });
  });
});

describe('paths, languages, readiness', () => {
  it('answers an unknown path with 404 NOT_FOUND in the language asked', async () => {
    const vi = note(await call(server.current, 'GET', '/v1/nothing'));
    const en = await call(server.current, 'GET', '/v1/nothing?lang=en');
    expect(vi.status).toBe(404);
    expect(vi.json.title).toBe('Không tìm thấy');
    expect(en.json.title).toBe('Not found');
    const q = await call(server.current, 'GET', '/v1/nothing', undefined, {
      'accept-language': 'fr, en;q=0.5',
    });
    expect(q.json.detail).toBe(q.json.message);
    const day = await call(server.current, 'GET', '/v1/calendar/days/2026-02-17', undefined, {
      'accept-language': 'en',
    });
    expect(day.headers.get('content-language')).toBe('en');
    expect(day.headers.get('vary')).toMatch(/Accept-Language/);
  });

  it('answers a known path asked with another method with 405 and the methods it takes', async () => {
    const del = note(await call(server.current, 'DELETE', '/v1/dossiers/apply'));
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('POST');
    expect(del.json).toMatchObject({ code: 'METHOD_NOT_ALLOWED', title: 'Phương thức không được nhận' });
    expect(del.json.params).toEqual({ method: 'DELETE', path: '/v1/dossiers/apply', allowed: ['POST'] });
    const day = await call(server.current, 'POST', '/v1/calendar/days/2026-02-17?lang=en');
    expect(day.status).toBe(405);
    expect(day.headers.get('allow')).toBe('GET, HEAD');
    expect(day.json.detail).toBe('/v1/calendar/days/2026-02-17 does not take POST; it takes GET, HEAD');
    // A path nobody serves stays 404, whatever the method.
    expect((await call(server.current, 'DELETE', '/v1/dossiers/nothing')).status).toBe(404);
  });

  it('is alive and ready', async () => {
    expect((await call(server.current, 'GET', '/health')).json.status).toBe('ok');
    expect((await call(server.current, 'GET', '/ready')).json).toMatchObject({
      status: 'ready',
      definitions: exampleCount,
    });
  });

  it('names an unregistered definition (404 DEFINITION_NOT_REGISTERED) and a bad one (422 DEFINITION_INVALID)', async () => {
    const unknown = note(
      await post(server.current, '/v1/dossiers/start', { definition: `sha256:${'a'.repeat(64)}` }),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.json.pointer).toBe('/definition');
    const bad = note(await post(server.current, '/v1/dossiers/start', { definition: { code: '1.000894' } }));
    expect(bad.status).toBe(422);
    expect(bad.json.code).toBe('DEFINITION_INVALID');
  });
});

describe('NDJSON limits', () => {
  const type = { 'content-type': 'application/x-ndjson' };
  it('refuses a line longer than the limit and more lines than the limit', async () => {
    const long = note(
      await post(
        server.current,
        '/v1/statistics?from=2026-01-01&to=2026-12-31',
        `{"a":"${'x'.repeat(70_000)}"}\n`,
        type,
      ),
    );
    expect(long.status).toBe(413);
    expect(long.json.code).toBe('NDJSON_LINE_TOO_LONG');
    const many = note(
      await post(server.current, '/v1/statistics?from=2026-01-01&to=2026-12-31', '\n'.repeat(10), type),
    );
    expect(many.json.code).toBe('NDJSON_TOO_MANY_LINES');
    const bad = note(
      await post(server.current, '/v1/statistics?from=2026-01-01&to=2026-12-31', '\n{"a":\n', type),
    );
    expect(bad.json).toMatchObject({ code: 'NDJSON_LINE_INVALID', line: 2 });
  });
});

describe('a slow client', () => {
  it('gets 408 REQUEST_TIMEOUT when its body does not arrive in time, and the connection is closed', async () => {
    const head =
      'POST /v1/calendar/deadline HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n';
    const started = Date.now();
    const { raw, closed } = await rawExchange(server.current, [head, '{"receivedAt":'], {
      gapMs: 50,
      waitMs: 5_000,
    });
    expect(raw.startsWith('HTTP/1.1 408')).toBe(true);
    expect(closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(4_000);
    const body = rawJson(raw) as { code: string };
    seen.add(body.code);
    expect(body.code).toBe('REQUEST_TIMEOUT');
  });

  it('is answered when it is slow but within the time', async () => {
    const body = JSON.stringify({ date: '2026-02-12', days: 3 });
    const head = `POST /v1/calendar/add-working-days HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
    const parts = [head, ...body.match(/.{1,6}/g)!];
    const { raw } = await rawExchange(server.current, parts, { gapMs: 20 });
    expect(raw.startsWith('HTTP/1.1 200')).toBe(true);
    expect(rawJson(raw)).toEqual({ date: '2026-02-24' });
  });
});

describe('failures and load', () => {
  it('answers a bug with 500 INTERNAL_ERROR, no stack trace and nothing of the error; the log has it', async () => {
    const engine = server.current.state.engine as { dvcqgRecord: unknown };
    const original = engine.dvcqgRecord;
    engine.dvcqgRecord = () => {
      throw new Error('secret detail at /srv/motcua/src/thing.ts:42');
    };
    try {
      const start = await post(server.current, '/v1/dossiers/start', {
        definition: server.current.state.definitions.keys().next().value,
      });
      const r = note(await post(server.current, '/v1/dossiers/dvcqg', { snapshot: start.json.persisted }));
      expect(r.status).toBe(500);
      expect(r.text).not.toMatch(/secret|thing\.ts|\bat\b.*:\d+/);
      expect(r.json.code).toBe('INTERNAL_ERROR');
      expect(String(server.current.errors.at(-1))).toMatch(/secret detail/);
    } finally {
      engine.dvcqgRecord = original;
    }
  });

  it('answers 200 concurrent requests, each with its own answer', async () => {
    const days = Array.from({ length: 200 }, (_, i) => i % 40);
    const answers = await Promise.all(
      days.map((n) => post(server.current, '/v1/calendar/add-working-days', { date: '2026-02-12', days: n })),
    );
    const cal = server.current.state.calendar;
    expect(answers.map((a) => a.status)).toEqual(days.map(() => 200));
    expect(answers.map((a) => a.json.date)).toEqual(days.map((n) => addWorkingDays(cal, '2026-02-12', n)));
  });

  it('writes one structured access-log line per request: method, path, status, ms', async () => {
    const before = server.current.lines.length;
    await call(server.current, 'GET', '/v1/calendar/days/2026-02-17?lang=en');
    await post(server.current, '/v1/calendar/deadline', '{');
    const lines = server.current.lines.slice(before).map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ method: 'GET', path: '/v1/calendar/days/2026-02-17', status: 200 });
    expect(lines[1]).toMatchObject({ method: 'POST', path: '/v1/calendar/deadline', status: 400 });
    expect(typeof lines[0].ms).toBe('number');
    expect(Object.keys(lines[0]).sort()).toEqual(['method', 'ms', 'path', 'status', 't']);
  });
});

afterAll(() => {
  // The codes a request can meet; NOT_READY is met in lifecycle.test.ts, REGISTRY_FULL in registry.test.ts.
  const startup = new Set([
    'SERVER_READY',
    'SERVER_STOPPING',
    'SERVER_STOPPED',
    'LISTEN_FAILED',
    'NOT_READY',
    'REGISTRY_FULL',
  ]);
  const wire = Object.keys(en).filter((c) => !c.startsWith('LOAD_') && !startup.has(c));
  expect(wire.length).toBeGreaterThan(10);
  expect(wire.filter((c) => !seen.has(c))).toEqual([]);
});
