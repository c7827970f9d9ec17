/**
 * The seed's data set (domain notes §7): one centre's year — 61,911 dossiers received, 60,396 resolved, 59,997 of
 * them early or on time, 77 open and already overdue at the year's end — built by the engine from synthetic
 * events (bench/synthetic.ts), and summarised from their persisted JSON: 99.3 % and 77, and the Decision 766
 * indicator beside them, which counts the open dossiers as on time until they are late.
 */
import { describe, expect, it } from 'vitest';
import { loadProcedures, syntheticDossiers } from '../../bench/synthetic.js';
import { createEngine } from '../../src/engine/index.js';

const procedures = loadProcedures();
const engine = createEngine({ procedures: Object.values(procedures) });

describe("the seed's data set", () => {
  it('gives 99.3 % resolved early or on time and 77 open overdue at the period end', () => {
    const classes = {
      'in-time': 59_997,
      late: 399,
      'open-overdue': 77,
      'open-within': 1_100,
      withdrawn: 160,
      refused: 110,
      stopped: 68,
    };
    const summary = engine.createSummary({ period: { from: '2026-01-01', to: '2026-12-31' } });
    for (const s of syntheticDossiers(engine, procedures, { seed: 2026, classes, year: 2026 }))
      summary.add(JSON.stringify(engine.persist(s)));
    const t = summary.result().total;
    expect(t.received).toBe(61_911);
    expect(t.resolved.total).toBe(60_396);
    expect(t.resolved.early + t.resolved.onTime).toBe(59_997);
    expect(t.resolvedOnTimeRate).toBe(0.9934);
    expect((t.resolvedOnTimeRate! * 100).toFixed(1)).toBe('99.3');
    expect(t.inProgress.overdue).toBe(77);
    expect(t.inProgress.withinTime).toBe(1_100);
    // The 766 reading: every dossier handled, the open ones on time until late.
    expect(t.decision766.counted).toBe(61_911);
    expect(t.decision766.late).toBe(399 + 77);
    expect(t.decision766.rate).toBe(Math.round(((61_911 - 476) / 61_911) * 10_000) / 10_000);
  }, 180_000);
});
