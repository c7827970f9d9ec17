/**
 * Two fast paths of the statistics are the engine's own ideas read faster, so they must agree with them:
 * - the reader of the persisted form checks exactly what the decoder (`restore`'s first step) checks: on random
 *   snapshots and random corruptions both accept with the same facts, or refuse at the same path;
 * - the deadline read without its explanation (`{ explain: false }`) has the same instants, pauses and extension
 *   as the explained one, for the dossier and every step.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProcedures, syntheticDossiers } from '../../bench/synthetic.js';
import { contextOf } from '../../src/engine/apply/apply.js';
import { createEngine, type DossierSnapshot } from '../../src/engine/index.js';
import { dossierDeadline, stepDeadline } from '../../src/engine/sla/deadline.js';
import { decodePersisted } from '../../src/engine/snapshot/persist.js';
import { ShapeError } from '../../src/engine/snapshot/shape.js';
import { factsOfSnapshot } from '../../src/engine/statistics/facts.js';
import { readPersisted } from '../../src/engine/statistics/persisted.js';

const procedures = loadProcedures();
const engine = createEngine({ procedures: Object.values(procedures) });
const snapshots: DossierSnapshot[] = [
  ...syntheticDossiers(engine, procedures, { seed: 5, count: 600, year: 2026 }),
];
const env = {
  calendar: engine.calendar,
  defaults: { policy: engine.policy, onlineOutsideHours: 'as-sent' as const },
  lookup: (hash: string) => {
    const s = snapshots.find((x) => x.procedure.hash === hash);
    return s ? engine.compiled(s) : null;
  },
};

type Outcome = { facts: unknown } | { path: readonly (string | number)[]; expected: string; problem: string };
const outcome = (f: () => unknown): Outcome => {
  try {
    return { facts: f() };
  } catch (e) {
    if (e instanceof ShapeError) return { path: e.path, expected: e.expected, problem: e.problem };
    throw e;
  }
};

/** Every path to a value inside a JSON value. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [at, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v !== null && typeof v === 'object')
    return [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return [at];
}
function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = Array.isArray(root) ? [...root] : { ...(root as object) };
  (copy as Record<string | number, unknown>)[path[0]!] = setAt(
    (root as Record<string | number, unknown>)[path[0]!],
    path.slice(1),
    value,
  );
  return copy;
}

describe('the persisted form is read as the decoder reads it', () => {
  const replacement = fc.constantFrom<unknown>(
    null,
    undefined,
    -1,
    0,
    1.5,
    1e300,
    1780886061.0004,
    'x',
    '',
    'pause',
    'start',
    'extend',
    'sha256:x',
    'a'.repeat(70),
    true,
    [],
    [1],
    {},
    { a: 1 },
    'working-days',
    'online',
    '25:00',
    '2026-02-31',
  );
  it('accepts and refuses the same values, with the same path (property)', () => {
    fc.assert(
      fc.property(fc.nat(snapshots.length - 1), fc.nat(), replacement, (i, k, value) => {
        const p = JSON.parse(JSON.stringify(engine.persist(snapshots[i]!)));
        const all = paths(p);
        const target = all[k % all.length]!;
        const bad = target.length === 0 ? p : (setAt(p, target, value) as Record<string, unknown>);
        const viaDecoder = outcome(() => factsOfSnapshot(decodePersisted(bad)));
        const viaReader = outcome(() => readPersisted(bad));
        expect(viaReader).toEqual(viaDecoder);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the facts of the decoded snapshot for every dossier', () => {
    for (const s of snapshots)
      expect(readPersisted(JSON.parse(JSON.stringify(engine.persist(s))))).toEqual(factsOfSnapshot(s));
  });
});

describe('a deadline read without its explanation has the same instants', () => {
  const same = (a: ReturnType<typeof dossierDeadline>, b: ReturnType<typeof dossierDeadline>) => {
    if (a === null || b === null) return expect(b).toBe(a);
    const pick = (v: NonNullable<typeof a>) => ({
      unit: v.unit,
      budget: v.budget,
      policy: v.policy,
      clockFrom: v.clockFrom,
      start: v.start,
      baseDue: v.baseDue,
      ledgerDue: v.ledgerDue,
      due: v.due,
      dueDate: v.dueDate,
      extension: v.extension,
      paused: v.paused,
      pauses: v.pauses,
    });
    expect(pick(b)).toEqual(pick(a));
    expect([b.notes, b.daysOff, b.resets]).toEqual([[], [], []]);
  };
  // Apologies are rare in a province's mix: the few apologised dossiers are drawn more often.
  const pool = [
    ...snapshots,
    ...snapshots.filter((s) => s.ledger.some((e) => e.kind === 'extend')).flatMap((s) => Array(30).fill(s)),
  ];
  it('for the dossier and each step, at its events and later (property)', () => {
    let extended = 0;
    let paused = 0;
    fc.assert(
      fc.property(fc.nat(pool.length - 1), fc.integer({ min: 0, max: 30 * 24 }), (i, hours) => {
        const s = pool[i]!;
        if (s.receivedAt === null) return;
        const ctx = contextOf(env, s);
        for (const at of [
          Date.parse(s.receivedAt),
          Date.parse(s.lastAt!),
          Date.parse(s.lastAt!) + hours * 3_600_000,
        ]) {
          const full = dossierDeadline(ctx, s, at);
          same(full, dossierDeadline(ctx, s, at, { explain: false }));
          if (full?.extension) extended++;
          if (full?.pauses.length) paused++;
          for (const v of s.visits)
            same(stepDeadline(ctx, s, v, at), stepDeadline(ctx, s, v, at, { explain: false }));
        }
      }),
      { numRuns: 1500 },
    );
    expect(extended).toBeGreaterThan(20);
    expect(paused).toBeGreaterThan(20);
  });
});
