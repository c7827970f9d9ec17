/**
 * The portal's one repository module: dossiers and their event logs in SQL (SQLite or PostgreSQL, the same
 * schema). Every change is an event applied by the engine and stored with the new snapshot in one transaction:
 * INSERT into the append-only `events` (unique (dossier, seq)) and UPDATE of the dossier row guarded by the seq it
 * was read at. A second desk that read the same seq loses on the unique key or the guard: {@link ConflictError},
 * nothing written. Every read of a dossier replays its log against the stored snapshot (`verifyHistory`), so an
 * edited row is seen before anyone acts on it.
 */
import type {
  DossierEvent,
  DossierSnapshot,
  Engine,
  PersistedSnapshot,
  RecordedEvent,
  Rejection,
  UnnumberedEvent,
} from '../../../../src/engine/index.js';
import type { Procedure } from '../../../../src/rules/index.js';
import { type SqlDriver, type SqlRunner, UniqueViolation } from './driver.js';
import { ConflictError, IntegrityError } from './errors.js';
import { migrate } from './migrations.js';

/** What the desk took in: the portal's data beside the engine's. */
export interface Application {
  readonly applicant: string;
  /** The receiving office's identity code (the dossier code's first part). */
  readonly office: string;
  readonly channel: 'in-person' | 'post' | 'online';
  readonly fields: Readonly<Record<string, string | number | boolean | null>>;
  readonly documents: readonly {
    readonly document: string;
    readonly name: string;
    readonly form: 'original' | 'certified-copy' | 'copy' | 'electronic';
    readonly copies: number;
  }[];
}

/** A dossier as read: its row, its verified snapshot and its log. */
export interface StoredDossier {
  readonly id: number;
  readonly code: string | null;
  readonly application: Application;
  readonly createdAt: string;
  readonly snapshot: DossierSnapshot;
  readonly events: readonly RecordedEvent[];
  readonly procedure: Procedure;
}

/** A line of the desk's list. */
export interface DossierRow {
  readonly id: number;
  readonly code: string | null;
  readonly procedureCode: string;
  readonly seq: number;
  readonly createdAt: string;
}

export type AppendResult =
  | { readonly ok: true; readonly dossier: StoredDossier; readonly recorded: RecordedEvent }
  | { readonly ok: false; readonly rejection: Rejection };

export interface Repository {
  readonly db: SqlDriver;
  /** Starts a dossier and records its first events in one transaction (the row and the log together). */
  create(
    procedure: Procedure,
    application: Application,
    events: readonly UnnumberedEvent[],
    createdAt: string,
  ): Promise<AppendResult>;
  /** Appends one event: `event.seq` must be the stored seq + 1. */
  append(id: number, event: DossierEvent): Promise<AppendResult>;
  /** The dossier, its log verified against its snapshot; `null` if there is none. */
  get(id: number): Promise<StoredDossier | null>;
  /** The dossier with this code (mã hồ sơ), verified; `null` if there is none. */
  getByCode(code: string): Promise<StoredDossier | null>;
  list(options?: { readonly limit?: number; readonly code?: string }): Promise<DossierRow[]>;
  /** The stored persisted snapshots, for the statistics (streamed in pages). */
  snapshots(): AsyncIterable<string>;
  /** How many dossiers with codes of this agency and day exist (the code's daily sequence). */
  codesOfDay(prefix: string): Promise<number>;
  count(): Promise<number>;
  close(): Promise<void>;
}

interface Row {
  id: number | string;
  code: string | null;
  application: string;
  created_at: string;
  seq: number;
  head: string;
  snapshot: string;
}

/**
 * The repository over a driver; applies the migrations first.
 *
 * @example
 * const repo = await createRepository(sqliteDriver(':memory:'), engine);
 * const r = await repo.create(judicial, application, [{ type: 'SUBMIT', at, channel: 'in-person' }], at);
 * r.ok && r.dossier.snapshot.seq //=> 1
 */
export async function createRepository(db: SqlDriver, engine: Engine): Promise<Repository> {
  await migrate(db);

  const insertEvent = (tx: SqlRunner, id: number, e: RecordedEvent) =>
    tx.run('INSERT INTO events (dossier, seq, type, at, hash, event) VALUES (?, ?, ?, ?, ?, ?)', [
      id,
      e.seq,
      e.type,
      e.at,
      e.hash,
      JSON.stringify(e),
    ]);

  const read = async (
    row: Row | undefined,
    rows: readonly { event: string }[],
  ): Promise<StoredDossier | null> => {
    if (!row) return null;
    const id = Number(row.id);
    const fail = (report: string, detail: string, cause?: unknown) =>
      new IntegrityError({ dossier: id, report, detail }, { cause });
    let snapshot: DossierSnapshot;
    try {
      snapshot = engine.restore(JSON.parse(row.snapshot));
    } catch (e) {
      throw fail('INVALID_SNAPSHOT', String((e as Error).message), e);
    }
    if (snapshot.seq !== Number(row.seq) || snapshot.head !== row.head)
      throw fail('ROW_DIFFERS', 'the seq or head column is not the snapshot’s');
    const events = rows.map((r) => JSON.parse(r.event) as RecordedEvent);
    const procedure = engine.compiled(snapshot).procedure;
    const report = engine.verifyHistory(procedure, events, snapshot);
    if (!report.ok) throw fail(report.code, report.message);
    return {
      id,
      code: row.code,
      application: JSON.parse(row.application) as Application,
      createdAt: row.created_at,
      snapshot,
      events,
      procedure,
    };
  };

  const columns = 'id, code, application, created_at, seq, head, snapshot';
  // The row and its log from one consistent view: another desk's commit between the two reads would look like a
  // log longer than its snapshot.
  const readWhere = async (key: 'id' | 'code', value: number | string) => {
    const [row, rows] = await db.consistentRead(async (tx) => {
      const [row] = await tx.all<Row>(`SELECT ${columns} FROM dossier WHERE ${key} = ?`, [value]);
      const rows = row
        ? await tx.all<{ event: string }>('SELECT event FROM events WHERE dossier = ? ORDER BY seq', [row.id])
        : [];
      return [row, rows] as const;
    });
    return read(row, rows);
  };

  const repo: Repository = {
    db,
    async create(procedure, application, events, createdAt) {
      let snapshot = engine.start(procedure);
      const recorded: RecordedEvent[] = [];
      for (const e of events) {
        const r = engine.applyEvent(snapshot, { ...e, seq: snapshot.seq + 1 } as DossierEvent);
        if (!r.ok) return { ok: false, rejection: r.rejection };
        snapshot = r.snapshot;
        recorded.push(r.recorded);
      }
      const persisted = JSON.stringify(engine.persist(snapshot));
      const d = procedure.definition;
      let id: number;
      try {
        id = await db.transaction(async (tx) => {
          const [row] = await tx.all<{ id: number | string }>(
            `INSERT INTO dossier (code, procedure_code, definition, application, created_at, seq, head, snapshot)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
            [
              snapshot.dossierCode,
              d.code,
              procedure.hash,
              JSON.stringify(application),
              createdAt,
              snapshot.seq,
              snapshot.head,
              persisted,
            ],
          );
          const id = Number(row!.id);
          for (const e of recorded) await insertEvent(tx, id, e);
          return id;
        });
      } catch (e) {
        // The dossier code (unique) was taken by another desk receiving at the same instant.
        if (e instanceof UniqueViolation)
          throw new ConflictError({ dossier: 0, seq: 1, stored: 0 }, { cause: e });
        throw e;
      }
      const dossier = await repo.get(id);
      return { ok: true, dossier: dossier!, recorded: recorded.at(-1)! };
    },

    async append(id, event) {
      const current = await repo.get(id);
      if (!current) throw new RangeError(`no dossier ${id}`);
      const before = current.snapshot;
      // A page read at an older seq: refused before the engine is asked (the engine would say STALE_SEQUENCE).
      if (event.seq !== before.seq + 1)
        throw new ConflictError({ dossier: id, seq: event.seq, stored: before.seq });
      const r = engine.applyEvent(before, event);
      if (!r.ok) return { ok: false, rejection: r.rejection };
      const persisted = engine.persist(r.snapshot) satisfies PersistedSnapshot;
      try {
        await db.transaction(async (tx) => {
          await insertEvent(tx, id, r.recorded);
          const changed = await tx.run(
            'UPDATE dossier SET seq = ?, head = ?, snapshot = ?, code = COALESCE(code, ?) WHERE id = ? AND seq = ?',
            [
              r.snapshot.seq,
              r.snapshot.head,
              JSON.stringify(persisted),
              r.snapshot.dossierCode,
              id,
              before.seq,
            ],
          );
          if (changed !== 1) throw new UniqueViolation('the dossier row moved on');
        });
      } catch (e) {
        if (e instanceof UniqueViolation) {
          const [row] = await db.all<{ seq: number }>('SELECT seq FROM dossier WHERE id = ?', [id]);
          throw new ConflictError(
            { dossier: id, seq: event.seq, stored: Number(row?.seq ?? 0) },
            { cause: e },
          );
        }
        throw e;
      }
      return {
        ok: true,
        dossier: {
          ...current,
          code: current.code ?? r.snapshot.dossierCode,
          snapshot: r.snapshot,
          events: [...current.events, r.recorded],
        },
        recorded: r.recorded,
      };
    },

    get: (id) => readWhere('id', id),
    getByCode: (code) => readWhere('code', code),

    async list(options = {}) {
      const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
      const rows = await db.all<{
        id: number | string;
        code: string | null;
        procedure_code: string;
        seq: number;
        created_at: string;
      }>(
        options.code
          ? 'SELECT id, code, procedure_code, seq, created_at FROM dossier WHERE code LIKE ? ORDER BY id DESC LIMIT ?'
          : 'SELECT id, code, procedure_code, seq, created_at FROM dossier ORDER BY id DESC LIMIT ?',
        options.code ? [`%${options.code.replace(/[%_]/g, '')}%`, limit] : [limit],
      );
      return rows.map((r) => ({
        id: Number(r.id),
        code: r.code,
        procedureCode: r.procedure_code,
        seq: Number(r.seq),
        createdAt: r.created_at,
      }));
    },

    async *snapshots() {
      let after = 0;
      for (;;) {
        const page = await db.all<{ id: number | string; snapshot: string }>(
          'SELECT id, snapshot FROM dossier WHERE id > ? ORDER BY id LIMIT 500',
          [after],
        );
        for (const r of page) yield r.snapshot;
        if (page.length < 500) return;
        after = Number(page.at(-1)!.id);
      }
    },

    async codesOfDay(prefix) {
      const [row] = await db.all<{ n: number | string }>(
        'SELECT COUNT(*) AS n FROM dossier WHERE code LIKE ?',
        [`${prefix}%`],
      );
      return Number(row?.n ?? 0);
    },

    async count() {
      const [row] = await db.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM dossier');
      return Number(row?.n ?? 0);
    },

    close: () => db.close(),
  };
  return repo;
}
