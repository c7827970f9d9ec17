/**
 * The server's life: `motcua serve` as a process (ready line, SIGTERM finishes and exits 0, a port in use, bad
 * options), graceful shutdown in-process (a request in flight is answered, /ready says 503 while stopping, new
 * connections are refused), start-up refusals of bad definitions and schedules, and the bounded registry.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LoadError, MAX_DEFINITIONS, startServer } from '../../src/server/index.js';
import { builtBin } from '../cli/bin.js';
import { call, exampleCount, judicialJson, post, rawExchange, rawJson, useServer } from './support.js';

/** Every process a test starts; any still running when the file ends (a failed test) is killed. */
const children: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});
const start = (
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): ChildProcessWithoutNullStreams => {
  const child = spawn(process.execPath, [...args], { env });
  children.push(child);
  return child;
};

describe('motcua serve, the process', () => {
  it('listens on loopback, answers, and on SIGTERM finishes and exits 0', async () => {
    const bin = await builtBin();
    const child = start([bin, 'serve', '--port', '0', '--definitions', 'examples/procedures'], {
      ...process.env,
      NO_COLOR: '1',
    });
    let err = '';
    let out = '';
    child.stderr.on('data', (c) => (err += c));
    child.stdout.on('data', (c) => (out += c));
    const url = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no ready line: ${err}`)), 30_000);
      child.stderr.on('data', () => {
        const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
        if (m) {
          clearTimeout(t);
          resolve(m[1]!);
        }
      });
    });
    expect(err).toContain(`đã nạp ${exampleCount} định nghĩa thủ tục`);
    const r = await call({ url }, 'POST', '/v1/calendar/deadline', {
      receivedAt: '2026-02-12T10:00:00+07:00',
      limit: { amount: 3, unit: 'working-days' },
    });
    expect(r.json.due).toBe('2026-02-24T10:00:00+07:00');
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(err).toMatch(/SIGTERM/);
    expect(err).toMatch(/đã dừng/);
    expect(JSON.parse(out.trim().split('\n')[0]!)).toMatchObject({ method: 'POST', status: 200 });
  });

  it('says so when the port is taken (exit 2) and refuses a bad port', async () => {
    const bin = await builtBin();
    const other = await startServer({ port: 0, log: { line: () => {}, error: () => {} } });
    try {
      const child = start([bin, 'serve', '--port', String(other.port), '--lang', 'en']);
      let err = '';
      child.stderr.on('data', (c) => (err += c));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(2);
      expect(err).toMatch(/cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/);
    } finally {
      await other.close();
    }
    const bad = start([bin, 'serve', '--port', '70000']);
    let err = '';
    bad.stderr.on('data', (c) => (err += c));
    expect(await new Promise((resolve) => bad.on('exit', resolve))).toBe(2);
    expect(err).toMatch(/--port "70000"/);
  });
});

describe('graceful shutdown', () => {
  it('answers the request in flight, says 503 on /ready while stopping, then refuses connections', async () => {
    const server = await startServer({ port: 0, log: { line: () => {}, error: () => {} } });
    const body = JSON.stringify({ date: '2026-02-12', days: 3 });
    const head = `POST /v1/calendar/add-working-days HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    // A keep-alive client that sends half its body, then the rest after the shutdown began.
    const inFlight = rawExchange(server, [head, body.slice(0, 10), body.slice(10)], {
      gapMs: 300,
      waitMs: 5_000,
    });
    const ready = await call(server, 'GET', '/ready');
    expect(ready.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    const closed = server.close();
    expect(server.state.phase).toBe('stopping');
    const { raw, closed: ended } = await inFlight;
    expect(raw.startsWith('HTTP/1.1 200')).toBe(true);
    expect(raw).toMatch(/\r\nconnection: close\r\n/i);
    expect(ended).toBe(true);
    expect(rawJson(raw)).toEqual({ date: '2026-02-24' });
    await closed;
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });

  it('reports 503 NOT_READY from /ready once stopping', async () => {
    const server = await startServer({ port: 0, log: { line: () => {}, error: () => {} } });
    server.state.phase = 'stopping';
    const r = await call(server, 'GET', '/ready');
    expect(r.status).toBe(503);
    expect(r.json).toMatchObject({ code: 'NOT_READY', params: { state: 'stopping' } });
    await server.close();
  });
});

describe('start-up', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'motcua-serve-'));

  it('refuses a definition with errors, naming the file and the place', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...judicialJson, level: 'ward' }));
    const e = await startServer({ port: 0, definitions: dir }).catch((x) => x);
    expect(e).toBeInstanceOf(LoadError);
    expect(e.code).toBe('LOAD_DEFINITION_ERRORS');
    expect(e.messageVi).toMatch(/bad\.json": định nghĩa có 1 lỗi, lỗi đầu tiên tại "level"/);
  });

  it('refuses a schedule that does not validate, a file that is not JSON and a missing folder', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, '2027.json'),
      JSON.stringify({ year: 2027, covers: ['tet'], sources: [], entries: [] }),
    );
    expect((await startServer({ port: 0, schedules: dir }).catch((x) => x)).code).toBe(
      'LOAD_SCHEDULE_INVALID',
    );
    const broken = folder();
    writeFileSync(join(broken, 'x.json'), '{');
    expect((await startServer({ port: 0, definitions: broken }).catch((x) => x)).code).toBe(
      'LOAD_FILE_INVALID',
    );
    expect((await startServer({ port: 0, definitions: join(broken, 'none') }).catch((x) => x)).code).toBe(
      'LOAD_FOLDER_MISSING',
    );
  });

  it('adds a loaded official schedule to the calendar', async () => {
    const dir = folder();
    const schedule = {
      year: 2027,
      covers: ['tet'],
      sources: [{ id: 's', document: 'Thông báo giả định của Bộ Nội vụ' }],
      entries: [
        { kind: 'holiday', date: '2027-02-05', holiday: 'tet', source: 's' },
        { kind: 'holiday', date: '2027-02-08', holiday: 'tet', source: 's' },
        { kind: 'holiday', date: '2027-02-09', holiday: 'tet', source: 's' },
        { kind: 'holiday', date: '2027-02-10', holiday: 'tet', source: 's' },
        { kind: 'holiday', date: '2027-02-11', holiday: 'tet', source: 's' },
      ],
    };
    writeFileSync(join(dir, '2027.json'), JSON.stringify(schedule));
    const server = await startServer({ port: 0, schedules: dir, log: { line: () => {}, error: () => {} } });
    try {
      const day = await call(server, 'GET', '/v1/calendar/days/2027-02-05');
      expect(day.json.working).toBe(false);
      expect(day.json.schedule).toMatchObject({ year: 2027 });
      expect((await call(server, 'GET', '/ready')).json.schedules).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe('the registry', () => {
  const server = useServer({}, { examples: false });
  it(`holds at most ${MAX_DEFINITIONS} definitions (409 REGISTRY_FULL after)`, async () => {
    for (let i = 0; i < MAX_DEFINITIONS; i++) {
      const r = await post(server.current, '/v1/definitions', {
        definition: { ...judicialJson, version: `v${i}` },
      });
      expect(r.status).toBe(201);
    }
    const full = await post(server.current, '/v1/definitions', {
      definition: { ...judicialJson, version: 'one-more' },
    });
    expect(full.status).toBe(409);
    expect(full.json.code).toBe('REGISTRY_FULL');
    const known = await post(server.current, '/v1/definitions', {
      definition: { ...judicialJson, version: 'v7' },
    });
    expect(known.status).toBe(200);
  });
});
