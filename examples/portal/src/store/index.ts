/** The portal's storage: drivers, migrations, the repository. */
import type { Engine } from '../../../../src/engine/index.js';
import { postgresDriver, type SqlDriver, sqliteDriver } from './driver.js';
import { createRepository, type Repository } from './repository.js';

export * from './driver.js';
export * from './errors.js';
export * from './migrations.js';
export * from './repository.js';

/**
 * The repository the environment asks for: PostgreSQL when `DATABASE_URL` is set, else SQLite in `file`.
 *
 * @example
 * const repo = await openRepository(engine, { file: '/tmp/motcua-portal/portal.sqlite' });
 */
export async function openRepository(
  engine: Engine,
  options: { readonly databaseUrl?: string | undefined; readonly file: string },
): Promise<Repository> {
  const db: SqlDriver = options.databaseUrl
    ? postgresDriver(options.databaseUrl)
    : sqliteDriver(options.file);
  return createRepository(db, engine);
}
