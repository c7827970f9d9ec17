/**
 * What the portal's suites share: the backends the storage suite runs against (SQLite always; PostgreSQL when
 * `PORTAL_TEST_DATABASE_URL` names a server — `.ci/run` starts one), and the rule for tooling that is missing:
 * skipped with the reason printed on a developer's machine, a failure under CI=true.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresDriver, type SqlDriver, sqliteDriver } from '../../examples/portal/src/store/index.js';

export const inCi = process.env.CI === 'true';

/** `null` when the tool is there; else why not — and under CI that is an error. */
export function missing(what: string, reason: string | null): string | null {
  if (reason === null) return null;
  const text = `${what}: ${reason}`;
  if (inCi) throw new Error(`CI=true and ${text}`);
  process.stderr.write(`[portal tests] skipped — ${text}\n`);
  return text;
}

export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty database. */
  open(): Promise<SqlDriver>;
  /** Drops what `open` made. */
  cleanup(): Promise<void>;
}

export function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-portal-test-'));
  let n = 0;
  return {
    name: 'sqlite',
    open: async () => sqliteDriver(join(dir, `db-${++n}.sqlite`)),
    cleanup: async () => undefined,
  };
}

export const pgUrl = process.env.PORTAL_TEST_DATABASE_URL;
export const pgSkip = missing(
  'PostgreSQL suite',
  pgUrl ? null : 'PORTAL_TEST_DATABASE_URL is not set (run examples/portal/scripts/pg-cluster.sh start)',
);

/** Each `open` creates a database of its own on the server, dropped by `cleanup`. */
export function postgresBackend(url: string): Backend {
  const made: string[] = [];
  const drivers: SqlDriver[] = [];
  return {
    name: 'postgres',
    async open() {
      const name = `portal_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      made.push(name);
      const u = new URL(url);
      u.pathname = `/${name}`;
      const d = postgresDriver(u.toString(), { max: 4 });
      drivers.push(d);
      return d;
    },
    async cleanup() {
      for (const d of drivers.splice(0)) await d.close().catch(() => undefined);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      for (const name of made.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export const chromiumPath = '/usr/bin/chromium';
export const chromiumSkip = missing(
  'browser suite',
  existsSync(chromiumPath) ? null : `${chromiumPath} is missing (apt-get install -y chromium)`,
);
