/**
 * Starts and stops the server: loads the definitions and official schedules, builds the calendar and the engine,
 * listens (loopback by default), and on SIGTERM / SIGINT — or `close()` — stops taking connections, lets the
 * requests in flight finish (idle keep-alive connections are closed at once), and resolves when the last one is
 * answered (or after the grace period, when the remaining connections are cut).
 */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { createCalendar, deadline } from '../calendar/index.js';
import { type AppOptions, createApp } from './app.js';
import { loadDefinitions, loadSchedules } from './load.js';
import { createState, type ServerState } from './state.js';
import { packageVersion } from './version.js';

/** Options of {@link startServer}. */
export interface ServeOptions extends AppOptions {
  /** Default 8787; 0 picks a free port. */
  readonly port?: number;
  /** Default `127.0.0.1` (loopback: put a reverse proxy in front to expose it). */
  readonly host?: string;
  /** A folder of definitions to register at start. */
  readonly definitions?: string;
  /** A folder of official schedules (next year's, as soon as it is published) to add to the calendar. */
  readonly schedules?: string;
  /** Milliseconds the requests in flight get to finish at shutdown (default 10,000). */
  readonly graceMs?: number;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port`. */
  readonly url: string;
  readonly port: number;
  readonly state: ServerState;
  /** Stops taking connections and resolves once the requests in flight are answered. */
  close(): Promise<void>;
}

/**
 * Starts the server.
 *
 * @throws {LoadError} when a definition or schedule does not load
 * @example
 * const server = await startServer({ port: 0, definitions: 'examples/procedures' });
 * await fetch(`${server.url}/v1/calendar/days/2026-02-17`); // Tết
 * await server.close();
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const procedures = options.definitions ? loadDefinitions(options.definitions) : [];
  const schedules = options.schedules ? loadSchedules(options.schedules) : [];
  const calendar = createCalendar({ schedules });
  deadline(calendar, '2026-01-05T08:00:00+07:00', { amount: 1, unit: 'working-days' }); // index the first year now
  const state = createState(calendar, procedures, schedules.length);
  const app = createApp(state, { ...options, version: options.version ?? packageVersion() });
  const timeoutMs = options.timeoutMs ?? 10_000;
  const server = await new Promise<Server>((resolve, reject) => {
    const s = listen(
      { fetch: app.fetch, port: options.port ?? 8787, hostname: options.host ?? '127.0.0.1' },
      () => resolve(s as Server),
    ) as Server;
    s.once('error', reject);
  });
  // Node's own limits behind the app's: slow headers, and a whole request well past the app's timeout.
  server.headersTimeout = Math.min(timeoutMs, 60_000);
  server.requestTimeout = timeoutMs * 10 + 5_000;
  server.keepAliveTimeout = 5_000;
  state.phase = 'ready';
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    state,
    close() {
      closing ??= new Promise<void>((resolve) => {
        state.phase = 'stopping';
        const cut = setTimeout(() => server.closeAllConnections(), options.graceMs ?? 10_000);
        cut.unref();
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
