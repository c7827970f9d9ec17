/**
 * The storage suite, the same for SQLite and PostgreSQL: migrations, a dossier walked to its result through the
 * repository, the append-only log with its unique (dossier, seq), conflicts, and the chain verified on read.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createPortalEngine } from '../../examples/portal/src/procedures.js';
import {
  type Application,
  ConflictError,
  createRepository,
  IntegrityError,
  migrate,
  type Repository,
  type SqlDriver,
  UniqueViolation,
} from '../../examples/portal/src/store/index.js';
import type { DossierEvent } from '../../src/engine/index.js';
import { type Backend, pgSkip, pgUrl, postgresBackend, sqliteBackend } from './support.js';

const { engine, procedures } = createPortalEngine();
const judicial = procedures.find((p) => p.definition.code === '2.000488')!;
const application: Application = {
  applicant: 'Nguyễn Văn An',
  office: '000.00.24.H29',
  channel: 'in-person',
  fields: { copies: 1 },
  documents: [{ document: 'declaration', name: 'Tờ khai', form: 'original', copies: 1 }],
};
const at = (d: number, h = 9) =>
  `2026-03-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+07:00`;
const received = [
  { type: 'SUBMIT', at: at(2), channel: 'in-person' },
  {
    type: 'RECEIVE',
    at: at(2, 10),
    by: 'desk',
    dossierCode: '000.00.24.H29-260302-0001',
    fields: { copies: 1 },
  },
] as const;

const suites: [string, () => Backend, string | null][] = [
  ['sqlite', sqliteBackend, null],
  ['postgres', () => postgresBackend(pgUrl!), pgSkip],
];

async function fresh1(repo: Repository, n: number): Promise<number> {
  const events = [
    received[0],
    { ...received[1], dossierCode: `000.00.24.H29-260302-${String(n + 1).padStart(4, '0')}` },
  ];
  const r = await repo.create(judicial, application, events as never, at(2));
  if (!r.ok) throw new Error('not created');
  return r.dossier.id;
}

describe.each(suites)('storage on %s', (_name, make, skip) => {
  if (skip) {
    it.skip(`skipped: ${skip}`, () => undefined);
    return;
  }
  const backend = make();
  afterAll(() => backend.cleanup());
  const fresh = async (): Promise<[Repository, SqlDriver]> => {
    const db = await backend.open();
    return [await createRepository(db, engine), db];
  };

  it('migrates once: the second run applies nothing', async () => {
    const [, db] = await fresh();
    expect(await migrate(db)).toEqual([]);
    const rows = await db.all<{ version: number }>('SELECT version FROM schema_migrations');
    expect(rows.map((r) => Number(r.version))).toEqual([1]);
  });

  it('walks a dossier to its result: every event stored once, the snapshot and head beside the log', async () => {
    const [repo, db] = await fresh();
    const created = await repo.create(judicial, application, received as never, at(2));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    let d = created.dossier;
    expect(d.code).toBe('000.00.24.H29-260302-0001');
    const steps = [
      { type: 'FORWARD', at: at(2, 14), by: 'desk' },
      { type: 'FORWARD', at: at(5), by: 'police' },
      { type: 'ISSUE_RESULT', at: at(6), by: 'police' },
      { type: 'RETURN_RESULT', at: at(9), by: 'desk' },
    ];
    for (const s of steps) {
      const r = await repo.append(d.id, { ...s, seq: d.snapshot.seq + 1 } as DossierEvent);
      expect(r.ok, JSON.stringify(!r.ok && r.rejection)).toBe(true);
      if (r.ok) d = r.dossier;
    }
    const read = (await repo.getByCode('000.00.24.H29-260302-0001'))!;
    expect(read.snapshot.outcome).toBe('result-returned');
    expect(read.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(read.snapshot.head).toBe(read.events.at(-1)!.hash);
    const [row] = await db.all<{ seq: number; head: string }>('SELECT seq, head FROM dossier WHERE id = ?', [
      d.id,
    ]);
    expect(Number(row!.seq)).toBe(6);
    expect(row!.head).toBe(read.snapshot.head);
    const [n] = await db.all<{ n: number }>('SELECT COUNT(*) AS n FROM events WHERE dossier = ?', [d.id]);
    expect(Number(n!.n)).toBe(6);
    const listed: string[] = [];
    for await (const s of repo.snapshots()) listed.push(s);
    expect(listed).toHaveLength(1);
    expect(
      engine.summarize(listed, { period: { from: '2026-03-01', to: '2026-03-31' } }).total.resolved.total,
    ).toBe(1);
  });

  it('a rejected event stores nothing', async () => {
    const [repo, db] = await fresh();
    const created = await repo.create(judicial, application, received as never, at(2));
    if (!created.ok) throw new Error('not created');
    const r = await repo.append(created.dossier.id, { type: 'RETURN_RESULT', seq: 3, at: at(3), by: 'desk' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejection.code).toBe('NOT_ALLOWED');
    const [n] = await db.all<{ n: number }>('SELECT COUNT(*) AS n FROM events');
    expect(Number(n!.n)).toBe(2);
  });

  it('a stale seq is a conflict; two appends of the same seq at once store exactly one', async () => {
    const [repo, db] = await fresh();
    const created = await repo.create(judicial, application, received as never, at(2));
    if (!created.ok) throw new Error('not created');
    const id = created.dossier.id;
    await expect(repo.append(id, { type: 'FORWARD', seq: 2, at: at(3), by: 'desk' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    // Ten races on fresh dossiers (bounded): every time exactly one stored, the other a conflict.
    for (let round = 0; round < 10; round++) {
      const d = round === 0 ? id : await fresh1(repo, round);
      const results = await Promise.allSettled([
        repo.append(d, { type: 'FORWARD', seq: 3, at: at(3), by: 'desk' }),
        repo.append(d, {
          type: 'REFUSE',
          seq: 3,
          at: at(3, 11),
          by: 'desk',
          reasons: ['Không đủ điều kiện'],
        }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(ConflictError);
      expect(lost.reason.params).toMatchObject({ dossier: d, seq: 3, stored: 3 });
      const rows = await db.all<{ seq: number }>('SELECT seq FROM events WHERE dossier = ? ORDER BY seq', [
        d,
      ]);
      expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3]);
      expect((await repo.get(d))!.snapshot.seq).toBe(3);
    }
  });

  it('the log is append-only and its (dossier, seq) unique, in the database itself', async () => {
    const [repo, db] = await fresh();
    const created = await repo.create(judicial, application, received as never, at(2));
    if (!created.ok) throw new Error('not created');
    const id = created.dossier.id;
    await expect(
      db.run("INSERT INTO events (dossier, seq, type, at, hash, event) VALUES (?, 2, 'X', 'x', 'x', '{}')", [
        id,
      ]),
    ).rejects.toBeInstanceOf(UniqueViolation);
    await expect(db.run("UPDATE events SET type = 'X' WHERE dossier = ?", [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.run('DELETE FROM events WHERE dossier = ?', [id])).rejects.toThrow(/append-only/);
  });

  it('a row that disagrees with its log is refused on read', async () => {
    const [repo, db] = await fresh();
    const a = await repo.create(judicial, application, received as never, at(2));
    if (!a.ok) throw new Error('not created');
    const id = a.dossier.id;
    const r = await repo.append(id, { type: 'FORWARD', seq: 3, at: at(3), by: 'desk' });
    expect(r.ok).toBe(true);
    // The snapshot put back to seq 2, with its head: the log has one event more (HISTORY_HEAD_DIFFERS).
    const [old] = await db.all<{ snapshot: string }>('SELECT snapshot FROM dossier WHERE id = ?', [id]);
    const back = engine.persist(a.dossier.snapshot);
    await db.run('UPDATE dossier SET snapshot = ?, seq = 2, head = ? WHERE id = ?', [
      JSON.stringify(back),
      a.dossier.snapshot.head,
      id,
    ]);
    const err = await repo.get(id).catch((e) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.params.report).toBe('HISTORY_HEAD_DIFFERS');
    // A head column edited by hand.
    await db.run('UPDATE dossier SET snapshot = ?, seq = 3, head = ? WHERE id = ?', [
      old!.snapshot,
      '0'.repeat(64),
      id,
    ]);
    expect((await repo.get(id).catch((e) => e)).params.report).toBe('ROW_DIFFERS');
  });
});
