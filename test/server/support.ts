/**
 * The real server for the integration tests: `startServer` on a random loopback port (port 0) with the example
 * definitions, its access log captured; requests go over HTTP with Node's fetch, or a raw socket where a test
 * needs to control the bytes (chunked bodies, a slow client). Fixtures: the judicial record certificate
 * (2.000488) and a complete history of one of its dossiers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { defineProcedure } from '../../src/rules/index.js';
import { type RunningServer, type ServeOptions, startServer } from '../../src/server/index.js';

export const root = resolve(import.meta.dirname, '../..');
export const examples = resolve(root, 'examples/procedures');
/** How many definitions the examples folder holds (each loads at start). */
export const exampleCount = readdirSync(examples).filter((f) => f.endsWith('.json')).length;

export const judicialJson = JSON.parse(
  readFileSync(resolve(examples, 'judicial-record-certificate.json'), 'utf8'),
) as Record<string, unknown>;
export const judicial = defineProcedure(judicialJson);

/** A complete history of a judicial record certificate dossier (seq added in order). */
export const judicialEvents = [
  { type: 'SUBMIT', at: '2026-04-24T16:00:00+07:00', channel: 'in-person' },
  {
    type: 'RECEIVE',
    at: '2026-04-24T16:10:00+07:00',
    by: 'desk',
    dossierCode: '000.00.24.H29-260424-0001',
    fields: { copies: 3, hasSeveralResidences: false, livedAbroad: false, isForeigner: false },
  },
  { type: 'FORWARD', at: '2026-04-27T08:00:00+07:00', by: 'desk' },
  { type: 'FORWARD', at: '2026-05-04T09:00:00+07:00', by: 'police' },
  { type: 'ISSUE_RESULT', at: '2026-05-06T10:00:00+07:00', by: 'police' },
  { type: 'RETURN_RESULT', at: '2026-05-07T09:00:00+07:00', by: 'desk' },
].map((e, i) => ({ ...e, seq: i + 1 }));

/** A server under test, with the lines of its access log and the errors it logged. */
export interface TestServer extends RunningServer {
  readonly lines: string[];
  readonly errors: unknown[];
}

/** Starts a server for a test file (closed after it). */
export function useServer(
  options: ServeOptions = {},
  { examples: withExamples = true } = {},
): { readonly current: TestServer } {
  const holder = {} as { current: TestServer };
  beforeAll(async () => {
    const lines: string[] = [];
    const errors: unknown[] = [];
    const server = await startServer({
      port: 0,
      ...(withExamples ? { definitions: examples } : {}),
      log: { line: (l) => lines.push(l), error: (e) => errors.push(e) },
      ...options,
    });
    holder.current = Object.assign(server, { lines, errors });
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}

/** What a call answered. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON freely
  readonly json: any;
}

/** A call over HTTP. */
export async function call(
  server: { url: string },
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** POST with a JSON body. */
export const post = (
  server: { url: string },
  path: string,
  body: unknown,
  headers?: Record<string, string>,
) => call(server, 'POST', path, body, headers);

/**
 * A raw HTTP/1.1 exchange over a socket: writes `parts` with `gapMs` between them and resolves with the whole
 * answer once the server closes or `waitMs` passes.
 */
export function rawExchange(
  server: { port: number },
  parts: readonly string[],
  options: { readonly gapMs?: number; readonly waitMs?: number } = {},
): Promise<{ readonly raw: string; readonly closed: boolean }> {
  return new Promise((done, fail) => {
    const socket = connect(server.port, '127.0.0.1');
    let raw = '';
    let closed = false;
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      raw += chunk;
    });
    socket.on('error', fail);
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      done({ raw, closed });
    });
    const timer = setTimeout(() => {
      socket.destroy();
      done({ raw, closed });
    }, options.waitMs ?? 5_000);
    let i = 0;
    const next = () => {
      if (i >= parts.length || socket.destroyed) return;
      socket.write(parts[i++]!);
      setTimeout(next, options.gapMs ?? 0);
    };
    socket.on('connect', next);
  });
}

/** The JSON body of a raw HTTP answer. */
export function rawJson(raw: string): unknown {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const start = body.indexOf('{');
  return JSON.parse(body.slice(start, body.lastIndexOf('}') + 1));
}
