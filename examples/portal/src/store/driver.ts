/**
 * The two SQL drivers behind one small interface: SQLite (better-sqlite3, the embedded default: a file, nothing to
 * install) and PostgreSQL (pg, when `DATABASE_URL` is set). Statements are written once with `?` placeholders;
 * the PostgreSQL driver numbers them (`$1`, `$2`, …). A unique-key violation from either database becomes
 * {@link UniqueViolation}, which the repository turns into a conflict.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

export type Dialect = 'sqlite' | 'postgres';

/** What a transaction may do. */
export interface SqlRunner {
  /** The rows a query gives. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement; the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

/** A connection (SQLite) or a pool (PostgreSQL). */
export interface SqlDriver extends SqlRunner {
  readonly dialect: Dialect;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Runs reads that must see one state of the database (no commit of another writer between them). */
  consistentRead<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A unique or primary key refused a row: another writer stored it first. */
export class UniqueViolation extends Error {
  override readonly name = 'UniqueViolation';
}

const isUnique = (e: unknown): boolean => {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
};
const mapped = (e: unknown): unknown => (isUnique(e) ? new UniqueViolation(String(e), { cause: e }) : e);

/**
 * A SQLite database in a file (or `:memory:`), in WAL mode. better-sqlite3 is synchronous, so transactions are
 * queued one at a time on the connection (an `await` inside one cannot let another one begin).
 *
 * @example
 * const db = sqliteDriver('/tmp/portal.sqlite');
 * await db.all('SELECT 1 AS one'); //=> [{ one: 1 }]
 */
export function sqliteDriver(file: string): SqlDriver {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const runner: SqlRunner = {
    all: async <T>(sql: string, params: readonly unknown[] = []) => {
      try {
        return db.prepare(sql).all(...params) as T[];
      } catch (e) {
        throw mapped(e);
      }
    },
    run: async (sql, params = []) => {
      try {
        const stmt = db.prepare(sql);
        return stmt.reader ? stmt.all(...params).length : stmt.run(...params).changes;
      } catch (e) {
        throw mapped(e);
      }
    },
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    dialect: 'sqlite',
    ...runner,
    transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
      const next = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const value = await fn(runner);
          db.exec('COMMIT');
          return value;
        } catch (e) {
          db.exec('ROLLBACK');
          throw e;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    // Queued behind the transactions: a read never lands between the statements of one.
    consistentRead<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
      const next = queue.then(() => fn(runner));
      queue = next.catch(() => undefined);
      return next;
    },
    close: async () => {
      await queue;
      db.close();
    },
  };
}

/** `?` placeholders as PostgreSQL's `$n` (our statements hold no `?` inside literals). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * A PostgreSQL pool (`DATABASE_URL`, e.g. `postgres://portal@127.0.0.1:5432/portal`).
 *
 * @example
 * const db = postgresDriver(process.env.DATABASE_URL!);
 * await db.all('SELECT 1 AS one'); //=> [{ one: 1 }]
 */
export function postgresDriver(url: string, options: { readonly max?: number } = {}): SqlDriver {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  const on = (client: pg.Pool | pg.PoolClient): SqlRunner => ({
    all: async <T>(sql: string, params: readonly unknown[] = []) => {
      try {
        return (await client.query(numbered(sql), params as unknown[])).rows as T[];
      } catch (e) {
        throw mapped(e);
      }
    },
    run: async (sql, params = []) => {
      try {
        return (await client.query(numbered(sql), params as unknown[])).rowCount ?? 0;
      } catch (e) {
        throw mapped(e);
      }
    },
  });
  /** Runs `fn` on one pooled client inside a transaction opened by `begin`, committed or rolled back. */
  async function inTransaction<T>(begin: string, fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query(begin);
      const value = await fn(on(client));
      await client.query('COMMIT');
      return value;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
  return {
    dialect: 'postgres',
    ...on(pool),
    transaction: <T>(fn: (tx: SqlRunner) => Promise<T>) => inTransaction('BEGIN', fn),
    // A row and its log read from one snapshot of the database (a commit between two reads looked like tampering).
    consistentRead: <T>(fn: (tx: SqlRunner) => Promise<T>) =>
      inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', fn),
    close: () => pool.end(),
  };
}
