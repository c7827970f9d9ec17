/**
 * A portal on loopback for the tests: a fresh SQLite file, the demo seed at a fixed instant, the clock the test
 * moves, and the server on a random port of 127.0.0.1.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { createPortal } from '../../examples/portal/src/app.js';
import { createPortalEngine } from '../../examples/portal/src/procedures.js';
import { type SeedReport, seed } from '../../examples/portal/src/seed.js';
import { createRepository, type Repository, sqliteDriver } from '../../examples/portal/src/store/index.js';

/** The demo's instant in the tests: Thursday 03/12/2026, 10:00 in Hanoi. */
export const NOW = Date.parse('2026-12-03T10:00:00+07:00');

export interface Harness {
  readonly url: string;
  readonly repo: Repository;
  readonly engine: ReturnType<typeof createPortalEngine>['engine'];
  readonly procedures: ReturnType<typeof createPortalEngine>['procedures'];
  readonly seeded: SeedReport | null;
  clock: number;
  close(): Promise<void>;
}

export async function startPortal(
  options: { readonly seed?: boolean; readonly count?: number } = {},
): Promise<Harness> {
  const { engine, procedures } = createPortalEngine();
  const dir = mkdtempSync(join(tmpdir(), 'motcua-portal-e2e-'));
  const repo = await createRepository(sqliteDriver(join(dir, 'portal.sqlite')), engine);
  const seeded =
    options.seed === false
      ? null
      : await seed(repo, engine, procedures, { now: NOW, count: options.count ?? 300 });
  const h = { clock: NOW } as Harness;
  const app = createPortal({ engine, procedures, repo, now: () => h.clock });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(h, {
    url: `http://127.0.0.1:${port}`,
    repo,
    engine,
    procedures,
    seeded,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await repo.close();
    },
  });
}
