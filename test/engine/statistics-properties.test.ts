/**
 * Properties of the statistics (issue 12), over samples of the seeded synthetic province (bench/synthetic.ts) and
 * random periods — months, quarters, periods of instants, all read as the dossiers stood at their end:
 * - the figures equal a slow reference computation (the full `slaStatus` per dossier, test/support);
 * - the totals add up (groups sum to the total; every dossier handled ends in exactly one state);
 * - merging any split of the dossiers into shards, in any order, through JSON or not, gives the result of
 *   summarising them all at once;
 * - persisted snapshots, their JSON text and the snapshots themselves give the same figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProcedures, syntheticDossiers } from '../../bench/synthetic.js';
import {
  createEngine,
  type Dimension,
  type DossierSnapshot,
  type SummaryFigures,
} from '../../src/engine/index.js';
import { emptyReference, exactMedian, reference } from '../support/statistics-reference.js';

const procedures = loadProcedures();
const engine = createEngine({ procedures: Object.values(procedures) });
const sample = (seed: number, count: number): DossierSnapshot[] => [
  ...syntheticDossiers(engine, procedures, { seed, count, year: 2026 }),
];

const periods = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((m) => {
    const last = new Date(Date.UTC(2026, m, 0)).getUTCDate();
    const mm = String(m).padStart(2, '0');
    return { from: `2026-${mm}-01`, to: `2026-${mm}-${last}` };
  }),
  fc.constantFrom(
    { from: '2026-01-01', to: '2026-03-31' },
    { from: '2026-10-01', to: '2026-12-31' },
    { from: '2026-01-01', to: '2026-12-31' },
  ),
  fc.tuple(fc.integer({ min: 0, max: 300 * 24 }), fc.integer({ min: 1, max: 60 * 24 })).map(([h, len]) => {
    const from = Date.parse('2026-01-01T00:00:00+07:00') + h * 3_600_000 + 1234;
    const iso = (ms: number) => `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
    return { from: iso(from), to: iso(from + len * 3_600_000) };
  }),
);

const RUNS = { numRuns: 25 };

describe('the figures equal the slow reference (slaStatus per dossier)', () => {
  it('on random samples and periods (property)', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), periods, (seed, period) => {
        const items = sample(seed, 120);
        const t = engine.summarize(items, { period, warnings: false }).total;
        const start = Date.parse(period.from.length === 10 ? `${period.from}T00:00:00+07:00` : period.from);
        const end =
          period.to.length === 10
            ? Date.parse(`${period.to}T00:00:00+07:00`) + 86_400_000
            : Date.parse(period.to);
        const ref = emptyReference();
        for (const s of items) reference(engine, s, start, end, ref);
        expect({
          received: t.received,
          carriedOver: t.carriedOver,
          early: t.resolved.early,
          onTime: t.resolved.onTime,
          late: t.resolved.late,
          refused: t.refused,
          withdrawn: t.withdrawn,
          stopped: t.stopped,
          openWithin: t.inProgress.withinTime,
          openOverdue: t.inProgress.overdue,
          refusedAtDesk: t.refusedAtDesk,
          supplementRequests: t.supplementRequests,
          apologies: t.apologies,
          counted766: t.decision766.counted,
          onTime766: t.decision766.onTime,
        }).toEqual(omitHours(ref));
        const avg = ref.hours.length ? ref.hours.reduce((a, b) => a + b, 0) / ref.hours.length : null;
        if (avg === null) expect(t.processingHours.average).toBeNull();
        else expect(Math.abs(t.processingHours.average! - avg)).toBeLessThanOrEqual(0.005 + 1e-9);
        const median = exactMedian(ref.hours);
        if (median === null) expect(t.processingHours.median).toBeNull();
        // Half a minute below 512 working minutes, 1/512 above; and the rounding to 0.01 hour.
        else
          expect(Math.abs(t.processingHours.median! - median)).toBeLessThanOrEqual(
            Math.max(0.5 / 60, median / 512) + 0.005 + 1e-9,
          );
        checked += t.handled;
      }),
      RUNS,
    );
    // The periods are random (some an hour long): the runs must still have compared a few hundred dossiers (seen:
    // 459 to about 1,500), or the property proved little.
    expect(checked).toBeGreaterThan(200);
  });
});

function omitHours(r: ReturnType<typeof emptyReference>) {
  const { hours: _, ...rest } = r;
  return rest;
}

const dims = fc.subarray(['agency', 'procedure', 'field', 'level', 'channel'] as Dimension[], {
  maxLength: 3,
});
const COUNTED = (f: SummaryFigures) => [
  f.received,
  f.carriedOver,
  f.resolved.total,
  f.resolved.late,
  f.inProgress.withinTime,
  f.inProgress.overdue,
  f.refused,
  f.withdrawn,
  f.stopped,
  f.refusedAtDesk,
  f.supplementRequests,
  f.apologies,
  f.decision766.counted,
  f.decision766.onTime,
  f.processingHours.count,
];

describe('the totals add up', () => {
  it('groups sum to the total, and each dossier handled ends in one state (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), periods, dims, (seed, period, groupBy) => {
        const r = engine.summarize(sample(seed, 100), { period, groupBy, warnings: false });
        const sum = r.groups.reduce(
          (acc, g) => acc.map((x, i) => x + COUNTED(g.figures)[i]!),
          COUNTED(r.total).map(() => 0),
        );
        expect(groupBy.length === 0 ? COUNTED(r.total) : sum).toEqual(COUNTED(r.total));
        for (const f of [r.total, ...r.groups.map((g) => g.figures)]) {
          expect(f.handled).toBe(f.resolved.total + f.refused + f.withdrawn + f.stopped + f.inProgress.total);
          expect(f.decision766.counted).toBe(f.handled);
          expect(f.resolved.total).toBe(f.resolved.early + f.resolved.onTime + f.resolved.late);
        }
      }),
      RUNS,
    );
  });

  it('by month: the months receive what the period receives', () => {
    const items = sample(7, 400);
    const r = engine.summarize(items, {
      period: { from: '2026-01-01', to: '2026-12-31' },
      groupBy: ['month'],
    });
    expect(r.groups.map((g) => g.key.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    const received = r.groups.reduce((n, g) => n + g.figures.received, 0);
    const resolved = r.groups.reduce((n, g) => n + g.figures.resolved.total, 0);
    expect([received, resolved]).toEqual([r.total.received, r.total.resolved.total]);
    // Each month carries over what the month before left open.
    for (let i = 1; i < 12; i++)
      expect(r.groups[i]!.figures.carriedOver).toBe(r.groups[i - 1]!.figures.inProgress.total);
  });
});

describe('partials merge associatively and commutatively', () => {
  it('any split into shards, merged in any order, gives the result of summarising all (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        periods,
        dims,
        fc.array(fc.nat(4), { minLength: 80, maxLength: 80 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (seed, period, extra, shardOf, viaJson) => {
          const items = sample(seed, 80);
          const options = { period, groupBy: [...extra, 'month'] as Dimension[], warnings: { limit: 5 } };
          const all = engine.createSummary(options);
          for (const s of items) all.add(s);
          const shards = Array.from({ length: 5 }, () => engine.createSummary(options));
          items.forEach((s, i) => {
            // Each shard reads its items in whatever form: snapshots, persisted, JSON text.
            const form = i % 3;
            const p = engine.persist(s);
            shards[shardOf[i]!]!.add(form === 0 ? s : form === 1 ? p : JSON.stringify(p));
          });
          // Merge as a tree in a shuffled order: ((s4 + s1) + (s0 + s3)) + s2, half through JSON text.
          const pass = (x: (typeof shards)[number], i: number) =>
            viaJson[i] ? JSON.parse(JSON.stringify(x.toJSON())) : x;
          const left = engine.createSummary(options).merge(pass(shards[4]!, 0)).merge(pass(shards[1]!, 1));
          const right = engine.createSummary(options).merge(pass(shards[0]!, 2)).merge(pass(shards[3]!, 3));
          const merged = engine
            .createSummary(options)
            .merge(pass(left, 4))
            .merge(pass(right, 5))
            .merge(shards[2]!);
          // The same partial but for the ids of the summaries it holds: the 5 shards, the 2 halves and itself.
          const { shards: ids, ...counted } = merged.toJSON();
          const { shards: _, ...whole } = all.toJSON();
          expect(counted).toEqual(whole);
          expect(ids).toHaveLength(8);
          expect(merged.result()).toEqual(all.result());
        },
      ),
      { numRuns: 20 },
    );
  });

  it('refuses a partial made with other options, or not a summary at all', () => {
    const a = engine.createSummary({ period: { from: '2026-01-01', to: '2026-01-31' } });
    const b = engine.createSummary({ period: { from: '2026-01-01', to: '2026-02-28' } });
    expect(() => a.merge(b.toJSON())).toThrow(expect.objectContaining({ code: 'INCOMPATIBLE_PARTIAL' }));
    const bad = { ...a.toJSON(), total: { counters: [-1], histogram: [] } };
    expect(() => a.merge(bad)).toThrow(expect.objectContaining({ code: 'INVALID_PARTIAL' }));
    const polluted = JSON.parse(`{"format":"motcua-summary/1","__proto__":{"x":1}}`);
    expect(() => a.merge(polluted)).toThrow(expect.objectContaining({ code: 'INVALID_PARTIAL' }));
  });
});
