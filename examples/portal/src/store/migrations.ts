/**
 * The schema, as numbered migrations applied in order and recorded in `schema_migrations`: the same tables for
 * SQLite and PostgreSQL (only the identity column and the append-only trigger are written per dialect).
 *
 * - `dossier`: one row per dossier — the latest persisted snapshot (`engine.persist`), its `seq` and the history
 *   chain head, and the application as the desk took it (applicant, fields, documents: the portal's data, not the
 *   engine's).
 * - `events`: the log, append-only (updates and deletes are refused by a trigger), `UNIQUE (dossier, seq)` — the
 *   optimistic concurrency the engine's `seq` is made for: two desks recording event n + 1 at once cannot both
 *   succeed.
 */
import type { Dialect, SqlDriver } from './driver.js';

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (dialect: Dialect) => readonly string[];
}

const tables = (id: string): string[] => [
  `CREATE TABLE dossier (
    id ${id},
    code TEXT UNIQUE,
    procedure_code TEXT NOT NULL,
    definition TEXT NOT NULL,
    application TEXT NOT NULL,
    created_at TEXT NOT NULL,
    seq INTEGER NOT NULL,
    head TEXT NOT NULL,
    snapshot TEXT NOT NULL
  )`,
  `CREATE TABLE events (
    dossier BIGINT NOT NULL REFERENCES dossier (id),
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    hash TEXT NOT NULL,
    event TEXT NOT NULL,
    UNIQUE (dossier, seq)
  )`,
  'CREATE INDEX dossier_procedure ON dossier (procedure_code)',
];

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'dossier and append-only events',
    up: (dialect) =>
      dialect === 'sqlite'
        ? [
            ...tables('INTEGER PRIMARY KEY AUTOINCREMENT'),
            `CREATE TRIGGER events_no_update BEFORE UPDATE ON events
               BEGIN SELECT RAISE(ABORT, 'events are append-only'); END`,
            `CREATE TRIGGER events_no_delete BEFORE DELETE ON events
               BEGIN SELECT RAISE(ABORT, 'events are append-only'); END`,
          ]
        : [
            ...tables('BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY'),
            `CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS
               $$ BEGIN RAISE EXCEPTION 'events are append-only'; END $$`,
            `CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON events
               FOR EACH ROW EXECUTE FUNCTION events_append_only()`,
          ],
  },
];

/**
 * Applies the migrations not applied yet, each in its own transaction; returns the versions applied.
 *
 * @example
 * await migrate(sqliteDriver(':memory:')); //=> [1]
 */
export async function migrate(db: SqlDriver): Promise<number[]> {
  await db.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const done = new Set(
    (await db.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) =>
      Number(r.version),
    ),
  );
  const applied: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    await db.transaction(async (tx) => {
      for (const sql of m.up(db.dialect)) await tx.run(sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    });
    applied.push(m.version);
  }
  return applied;
}
