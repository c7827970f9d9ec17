/**
 * The online-service and digitisation figures (issue 15): a hand-computed case; a slow reference written from the
 * snapshots' readable facts on random samples and periods (the synthetic province records digitisation, reuse,
 * online delivery and online payment); the totals add up; any split of the dossiers, merged in any order, gives
 * the whole; the Decision 766 groups read the shares against the thresholds the domain notes state (§7).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProcedures, syntheticDossiers } from '../../bench/synthetic.js';
import {
  createEngine,
  type Dimension,
  type DossierSnapshot,
  type SummaryFigures,
  type UnnumberedEvent,
} from '../../src/engine/index.js';
import { run } from './fixtures.js';

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
  fc.constantFrom({ from: '2026-01-01', to: '2026-12-31' }, { from: '2026-04-01', to: '2026-06-30' }),
);
const dims = fc.subarray(['agency', 'procedure', 'field', 'level', 'channel', 'month'] as Dimension[], {
  maxLength: 2,
});

/** The new counters of a group, as a list. */
const NEW = (f: SummaryFigures) => [
  f.online.received,
  f.online.fully,
  f.online.partly,
  f.payment.paid,
  f.payment.online,
  f.digitisation.dossiers.recorded,
  f.digitisation.dossiers.digitised,
  f.digitisation.documents.recorded,
  f.digitisation.documents.digitised,
  f.digitisation.documents.reused,
  f.digitisation.documents.paper,
  f.digitisation.results.issued,
  f.digitisation.results.digitised,
];

/** The same counts, written again from the readable snapshots (ISO instants compared as instants). */
function slowReference(items: readonly DossierSnapshot[], start: number, end: number): number[] {
  const n = new Array(13).fill(0);
  for (const s of items) {
    const def = Object.values(procedures).find((p) => p.hash === s.procedure.hash)!.definition;
    const received = s.receivedAt === null ? null : Date.parse(s.receivedAt);
    if (received !== null && received >= start && received < end) {
      const paid = s.feePaidAt !== undefined && Date.parse(s.feePaidAt) < end;
      if (s.channel === 'online') {
        n[0]++;
        const delivery = s.delivery ?? def.channels.delivery[0];
        if (delivery === 'online' && (!paid || s.paidOnline === true)) n[1]++;
        else n[2]++;
      }
      if (paid) {
        n[3]++;
        if (s.paidOnline === true) n[4]++;
      }
      const docs = Object.values(s.digitisation?.documents ?? {});
      if (docs.length > 0) {
        n[5]++;
        if (docs.every((d) => d !== 'paper')) n[6]++;
      }
      n[7] += docs.length;
      n[8] += docs.filter((d) => d === 'digitised').length;
      n[9] += docs.filter((d) => d === 'reused').length;
      n[10] += docs.filter((d) => d === 'paper').length;
    }
    // Resolved in the period: the decision (or the return, where none is recorded) inside it.
    const fin = s.decidedAt ?? (s.outcome === 'result-returned' ? s.finishedAt : null);
    if (received !== null && fin !== null && Date.parse(fin) >= start && Date.parse(fin) < end) {
      const ids = s.results?.map((r) => r.id) ?? null;
      n[11] += ids === null ? 1 : ids.length;
      n[12] +=
        ids === null
          ? s.digitisation?.result === true
            ? 1
            : 0
          : ids.filter((id) => s.digitisation?.results?.[id] === true).length;
    }
  }
  return n;
}

describe('online services and digitisation', () => {
  it('a hand-computed case: three dossiers, their shares and the Decision 766 groups', () => {
    const j = procedures.judicial!;
    const at = (d: string, t: string) => `2026-03-${d}T${t}:00+07:00`;
    const dossier = (
      n: number,
      extra: {
        channel: 'online' | 'in-person';
        delivery?: 'online';
        online?: boolean;
        documents?: Record<string, 'digitised' | 'reused' | 'paper'>;
        digitised?: boolean;
      },
    ): DossierSnapshot => {
      const events: UnnumberedEvent[] = [
        {
          type: 'SUBMIT',
          at: at('02', '08:00'),
          channel: extra.channel,
          ...(extra.delivery ? { delivery: extra.delivery } : {}),
        },
        ...(extra.online === undefined
          ? []
          : [{ type: 'FEE_PAID', at: at('02', '08:05'), online: extra.online } as UnnumberedEvent]),
        {
          type: 'RECEIVE',
          at: at('02', '08:10'),
          by: 'desk',
          dossierCode: `000.00.24.H29-260302-000${n}`,
          fields: { copies: 1, hasSeveralResidences: false, livedAbroad: false, isForeigner: false },
          ...(extra.documents ? { documents: extra.documents } : {}),
        },
        { type: 'FORWARD', at: at('02', '09:00'), by: 'desk' },
        { type: 'FORWARD', at: at('03', '09:00'), by: 'police' },
        { type: 'ISSUE_RESULT', at: at('04', '09:00'), by: 'police' },
        {
          type: 'RETURN_RESULT',
          at: at('04', '10:00'),
          by: 'desk',
          ...(extra.digitised === undefined ? {} : { digitised: extra.digitised }),
        },
      ];
      return run(j, events, engine);
    };
    const items = [
      // Fully online: online, paid online, the result online; every document electronic.
      dossier(1, {
        channel: 'online',
        delivery: 'online',
        online: true,
        documents: { declaration: 'digitised', identity: 'reused' },
        digitised: true,
      }),
      // Partly online: the result at the desk; paid at the desk; the identity copy on paper.
      dossier(2, {
        channel: 'online',
        online: false,
        documents: { declaration: 'digitised', identity: 'paper' },
        digitised: false,
      }),
      // At the desk, nothing recorded.
      dossier(3, { channel: 'in-person' }),
    ];
    const f = engine.summarize(items, { period: { from: '2026-03-01', to: '2026-03-31' } }).total;
    expect(f.online).toEqual({ received: 2, fully: 1, partly: 1, fullyShare: 0.5 });
    expect(f.payment).toEqual({ paid: 2, online: 1, onlineShare: 0.5 });
    expect(f.digitisation).toEqual({
      dossiers: { received: 3, recorded: 2, digitised: 1, share: 0.3333 },
      documents: { recorded: 4, digitised: 2, reused: 1, paper: 1, reusedShare: 0.25 },
      results: { issued: 3, digitised: 1, share: 0.3333 },
    });
    expect(f.decision766Groups).toEqual({
      onlineServices: {
        maxPoints: 22,
        onlineShare: { value: 0.6667, threshold: 0.5, fullPoints: true },
        onlinePayment: { value: 0.5, threshold: null, fullPoints: null },
      },
      digitisation: {
        maxPoints: 22,
        digitisedDossiers: { value: 0.3333, threshold: 0.8, fullPoints: false },
      },
    });
    // The DVCQG record carries the recorded facts.
    expect(
      items.map((s) => {
        const r = engine.dvcqgRecord(s);
        return [r.ThanhToanTrucTuyen, r.SoHoaHoSo, r.SoHoaKetQua];
      }),
    ).toEqual([
      [1, 1, 1],
      [0, 0, 0],
      [null, null, null],
    ]);
    // What the portal knows outside the engine still overrides them.
    expect(engine.dvcqgRecord(items[2]!, { digitisedDossier: true }).SoHoaHoSo).toBe(1);
    expect(engine.dvcqgRecord(items[0]!, { onlinePayment: false }).ThanhToanTrucTuyen).toBe(0);
  });

  it('equal a slow reference on random samples and periods, whatever form the dossiers come in (property)', () => {
    let online = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), periods, (seed, period) => {
        const items = sample(seed, 80);
        const r = engine.summarize(
          items.map((s, i) =>
            i % 3 === 0 ? s : i % 3 === 1 ? engine.persist(s) : JSON.stringify(engine.persist(s)),
          ),
          { period, warnings: false },
        );
        expect(NEW(r.total)).toEqual(
          slowReference(items, Date.parse(r.period.start), Date.parse(r.period.end)),
        );
        online += r.total.online.fully;
      }),
      { numRuns: 15 },
    );
    expect(online).toBeGreaterThan(0);
  });

  it('the totals add up: groups sum to the total; the parts of each figure to its whole (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), periods, dims, (seed, period, groupBy) => {
        const r = engine.summarize(sample(seed, 80), { period, groupBy, warnings: false });
        if (groupBy.length > 0 && !groupBy.includes('month')) {
          const sum = r.groups.reduce(
            (acc, g) => acc.map((x, i) => x + NEW(g.figures)[i]!),
            NEW(r.total).map(() => 0),
          );
          expect(sum).toEqual(NEW(r.total));
        }
        for (const f of [r.total, ...r.groups.map((g) => g.figures)]) {
          expect(f.online.fully + f.online.partly).toBe(f.online.received);
          expect(f.online.received).toBe(f.receivedByChannel.online);
          expect(f.payment.online).toBeLessThanOrEqual(f.payment.paid);
          expect(f.payment.paid).toBeLessThanOrEqual(f.received);
          const d = f.digitisation;
          expect(d.dossiers.digitised).toBeLessThanOrEqual(d.dossiers.recorded);
          expect(d.dossiers.recorded).toBeLessThanOrEqual(f.received);
          expect(d.documents.digitised + d.documents.reused + d.documents.paper).toBe(d.documents.recorded);
          expect(d.documents.paper).toBeGreaterThanOrEqual(0);
          expect(d.results.digitised).toBeLessThanOrEqual(d.results.issued);
          expect(d.results.issued).toBe(f.processingHours.count);
          const share = f.decision766Groups.digitisation.digitisedDossiers;
          expect(share.fullPoints).toBe(share.value === null ? null : share.value >= 0.8);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('any split into shards, merged in any order through JSON, gives the whole (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        periods,
        fc.array(fc.nat(3), { minLength: 60, maxLength: 60 }),
        (seed, period, shardOf) => {
          const items = sample(seed, 60);
          const options = { period, groupBy: ['channel'] as Dimension[], warnings: false as const };
          const all = engine.createSummary(options);
          for (const s of items) all.add(s);
          const shards = Array.from({ length: 4 }, () => engine.createSummary(options));
          items.forEach((s, i) => {
            shards[shardOf[i]!]!.add(i % 2 ? engine.persist(s) : s);
          });
          const merged = engine.createSummary(options);
          for (const k of [2, 0, 3, 1]) merged.merge(JSON.parse(JSON.stringify(shards[k]!.toJSON())));
          const a = merged.result();
          const b = all.result();
          expect(NEW(a.total)).toEqual(NEW(b.total));
          expect(a.groups.map((g) => NEW(g.figures))).toEqual(b.groups.map((g) => NEW(g.figures)));
          expect(a.total.decision766Groups).toEqual(b.total.decision766Groups);
        },
      ),
      { numRuns: 15 },
    );
  });
});
