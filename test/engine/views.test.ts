/**
 * One owner of the due instant and of "late" (issue: the engine's second edition, §2): over random histories —
 * built from the events the engine offers (`nextEvents`), with pauses, restarts after a supplement, apologies and
 * extensions, migrations — every view reads the same due instant and the same early / on time / late: the
 * deadline, the SLA status, the evaluation, the DVCQG record, the forms and the statistics. And every event
 * `nextEvents` offers is accepted (the desk's buttons never lead to a refusal).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueClock } from '../../src/engine/forms/model.js';
import type { DossierEvent, DossierSnapshot, Engine, NextEvent } from '../../src/engine/index.js';
import { defineProcedure, type Procedure } from '../../src/rules/index.js';
import { business, engine as cutoffEngine, defaultEngine, land, permit2026, raw } from './fixtures.js';

const HOUR = 3_600_000;
const vn = (ms: number) => `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;
const shiftDay = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A second version of each procedure, for migrations. */
const v2 = new Map<string, Procedure>();
for (const [p, name] of [
  [business, 'business-registration'],
  [land, 'land-change-registration'],
  [permit2026, 'construction-permit-2026'],
] as const) {
  const j = raw(name);
  j.version = `${j.version}-v2`;
  j.name.en = `${j.name.en} (v2)`;
  v2.set(p.hash, defineProcedure(j));
}
for (const p of v2.values()) {
  defaultEngine.register(p);
  cutoffEngine.register(p);
}

/** The full event for an offered one: the fields a desk would type. */
function complete(e: NextEvent, s: DossierSnapshot, at: string, eng: Engine, k: number): DossierEvent {
  const base: Record<string, unknown> = { type: e.type, seq: s.seq + 1, at };
  if (e.by !== null) base.by = e.by;
  if (e.step !== null) base.step = e.step;
  if (e.to !== null) base.to = e.to;
  switch (e.type) {
    case 'SUBMIT':
      base.channel = (['in-person', 'online', 'post'] as const)[k % 3];
      break;
    case 'RECEIVE':
      base.dossierCode = `X-${s.seq}`;
      if (s.procedure.code === permit2026.definition.code)
        base.fields = { floors: 3, floorArea: 120, needsConsultation: k % 2 === 0 };
      break;
    case 'REQUEST_SUPPLEMENT':
      base.items = ['Bổ sung bản vẽ'];
      break;
    case 'REFUSE':
      base.reasons = ['Không đủ điều kiện'];
      break;
    case 'RETURN':
      base.reason = 'Sai thông tin';
      break;
    case 'STOP':
      base.reason = 'other';
      break;
    case 'APOLOGIZE':
      base.reason = 'Quá tải';
      base.newDueDate = shiftDay(eng.dossierDeadline(s, at)!.dueDate, 1 + (k % 2));
      break;
  }
  return base as DossierEvent;
}

interface Run {
  readonly snapshot: DossierSnapshot;
  readonly instants: readonly number[];
}

function randomHistory(eng: Engine, procedure: Procedure, steps: readonly [number, number][]): Run {
  let s = eng.start(procedure);
  let t = Date.parse('2026-02-09T08:00:00+07:00');
  const instants: number[] = [];
  for (const [choice, minutes] of steps) {
    t += minutes * 60_000;
    const at = vn(t);
    if (choice % 17 === 16 && s.finishedAt === null && s.seq > 0) {
      const target = v2.get(s.procedure.hash);
      if (target) {
        const m = eng.migrate(s, target, { at });
        if (m.ok) s = m.snapshot;
        continue;
      }
    }
    const offered = eng.nextEvents(s, at).filter((e) => e.type !== 'WITHDRAW' || choice % 5 === 0);
    if (offered.length === 0) break;
    // Half the time the first offered event (receipt, the step's forward action): histories go somewhere.
    const index = choice % (offered.length * 2);
    const pick = offered[index < offered.length ? index : 0]!;
    const event = complete(pick, s, at, eng, choice);
    const r = eng.applyEvent(s, event);
    // The desk's buttons: what nextEvents offers is accepted.
    if (!r.ok)
      throw new Error(`${pick.type} offered but refused: ${r.rejection.code} ${r.rejection.message}`);
    s = r.snapshot;
    instants.push(t);
  }
  return { snapshot: s, instants };
}

const history = fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 10, max: 60 * 30 })), {
  minLength: 3,
  maxLength: 40,
});

describe('every view reads the one owner of the due instant', () => {
  for (const [name, eng] of [
    ['working hours (default)', defaultEngine],
    ['working days with the cut-off', cutoffEngine],
  ] as const) {
    it(`${name}: deadline, SLA, evaluation, DVCQG record, forms and statistics agree (property)`, () => {
      const seen = { received: 0, paused: 0, restarted: 0, extended: 0, migrated: 0, finished: 0 };
      fc.assert(
        fc.property(
          fc.constantFrom('business', 'land', 'permit'),
          history,
          fc.integer({ min: 0, max: 40 * 24 }),
          (name, steps, later) => {
            const p = { business, land, permit: permit2026 }[name];
            const { snapshot: s, instants } = randomHistory(eng, p, steps);
            if (s.receivedAt === null) return;
            const last = instants.at(-1) ?? Date.parse(s.receivedAt);
            for (const at of [Date.parse(s.receivedAt), last, last + later * HOUR]) {
              const view = eng.dossierDeadline(s, at);
              const sla = eng.slaStatus(s, at);
              expect(sla.dossier?.due).toBe(view?.due);
              expect(sla.dossier?.deadline.due).toBe(view?.due);
              for (const [i, visit] of s.visits.entries())
                expect(sla.steps[i]?.due).toBe(eng.stepDeadline(s, visit, at)?.due ?? null);
              const overdue = eng.evaluate(s, at).alerts.find((a) => a.code === 'OVERDUE');
              if (overdue) expect(overdue.due).toBe(view?.due);
            }
            // The record and the forms read the deadline at the dossier's own instant (its end, else its last event).
            const due = eng.dossierDeadline(s)!;
            const own = s.decidedAt ?? s.finishedAt ?? s.lastAt!;
            const record = eng.dvcqgRecord(s);
            expect(record.NgayHenTra).toBe(due.due.slice(0, 19).replace(/[-T:]/g, ''));
            const sheet = eng.controlSheetForm(s, { at: own });
            expect(sheet.fields.find((f) => f.label.en === 'Due')!.value).toEqual(dueClock(due.due));
            const receiptDue = eng
              .receiptForm(s, { applicant: 'A', documents: [] })
              .fields.find((f) => f.label.en === 'Result due at')!.value;
            // The receipt slip prints the appointment as given at receipt: the deadline read then, before any event.
            const atReceipt = eng.dossierDeadline(
              { ...s, ledger: s.ledger.slice(0, 1) },
              Date.parse(s.receivedAt),
            )!;
            expect(receiptDue).toEqual(dueClock(atReceipt.due));
            seen.received++;
            if (s.ledger.some((e) => e.kind === 'pause' && e.reason === 'financial-obligation'))
              seen.paused++;
            if (s.ledger.some((e) => e.kind === 'reset')) seen.restarted++;
            if (due.extension !== null) seen.extended++;
            if (s.migratedFrom) seen.migrated++;
            if (s.finishedAt !== null) seen.finished++;
            // Late is decided once: the SLA outcome and the statistics agree for a finished dossier.
            const finished = eng.slaStatus(s, vn(last)).dossier!;
            if (finished.outcome !== null && s.finishedAt !== null) {
              const day = s.receivedAt.slice(0, 10);
              const stats = eng.statistics([s], { from: day, to: s.finishedAt.slice(0, 10) });
              expect(stats.total.decision766.late === 1).toBe(finished.outcome === 'late');
            }
          },
        ),
        { numRuns: 200 },
      );
      // The histories exercised what the property is about.
      expect(seen.received).toBeGreaterThan(50);
      // Random histories: each kind was seen at least once (3 on an unlucky seed, usually many more).
      for (const kind of ['paused', 'restarted', 'extended', 'migrated', 'finished'] as const)
        expect(seen[kind], kind).toBeGreaterThan(0);
    });
  }
});
