/**
 * Model-based tests: random event sequences, generated from what the definition allows now (plus wrong agencies,
 * stale numbers and events out of place), applied to every example procedure. Properties: replay equals the
 * step-by-step snapshot; a rejected event changes nothing; paused time never counts; the machine's open steps
 * match the recorded visits; every terminal state has a consistent SLA outcome.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workingHoursBetween } from '../../src/calendar/index.js';
import {
  type DossierEvent,
  type DossierSnapshot,
  type Engine,
  phaseOf,
  renderForm,
  toDvcqgStatus,
} from '../../src/engine/index.js';
import { defineProcedure, type Procedure } from '../../src/rules/index.js';
import { business, engine, judicial, land, marriage, permit2025, permit2026 } from './fixtures.js';

type Candidate = Record<string, unknown> & { type: DossierEvent['type'] };

/** Events worth trying now: every action of every open step, lifecycle events, and wrong ones. */
function candidates(procedure: Procedure, s: DossierSnapshot): Candidate[] {
  const d = procedure.definition;
  const desk = d.roles.desk;
  const out: Candidate[] = [
    { type: 'SUBMIT', channel: 'online' },
    { type: 'SUBMIT', channel: 'in-person' },
    {
      type: 'RECEIVE',
      by: desk,
      dossierCode: 'X-01',
      fields: { needsConsultation: true, needsVerification: true },
    },
    {
      type: 'RECEIVE',
      by: desk,
      dossierCode: 'X-02',
      consultation: 'sequential',
      fields: { needsConsultation: true },
    },
    { type: 'REFUSE', by: desk, reasons: ['Không đủ điều kiện'] },
    { type: 'REQUEST_SUPPLEMENT', by: desk, items: ['Thiếu giấy tờ'] },
    { type: 'SUPPLEMENT_RECEIVED' },
    { type: 'FINANCIAL_OBLIGATION_MET' },
    { type: 'WITHDRAW' },
    { type: 'STOP', by: desk, reason: 'other' },
    { type: 'STOP', by: desk, reason: 'supplement-not-completed' },
    { type: 'APOLOGIZE', by: desk, reason: 'Cần xác minh thêm', newDueDate: '2027-06-30' },
    { type: 'FORWARD', by: 'nobody' },
  ];
  // An apology with a new day just after the appointment in force, so later pauses can pass it.
  const due = s.receivedAt !== null && s.outcome === null ? engine.dossierDeadline(s)?.dueDate : undefined;
  if (due) {
    const next = new Date(Date.parse(`${due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    out.push({ type: 'APOLOGIZE', by: desk, reason: 'Cần thêm thời gian', newDueDate: next });
  }
  for (const v of s.visits) {
    if (v.end !== null) continue;
    const step = d.steps.find((x) => x.id === v.step)!;
    const by = step.agency;
    for (const a of step.actions) {
      const type = a.type.toUpperCase().replaceAll('-', '_') as DossierEvent['type'];
      const base = { type, by, step: step.id };
      if (a.type === 'forward') out.push({ ...base, type: 'FORWARD', to: a.to });
      else if (a.type === 'return') out.push({ ...base, type: 'RETURN', to: a.to, reason: 'Làm lại' });
      else if (a.type === 'request-supplement')
        out.push({ ...base, type: 'REQUEST_SUPPLEMENT', items: ['Bổ sung'] });
      else if (a.type === 'refuse') out.push({ ...base, type: 'REFUSE', reasons: ['Không đạt'] });
      else out.push(base as Candidate);
    }
  }
  return out;
}

interface Run {
  readonly accepted: DossierEvent[];
  readonly snapshots: DossierSnapshot[];
}

/** Interprets choices as a history; checks purity and "rejection changes nothing" on the way. */
function interpret(e: Engine, procedure: Procedure, choices: readonly [number, number, boolean][]): Run {
  let s = e.start(procedure);
  const from = procedure.definition.effective.from;
  const first = procedure === business2024 ? '2025-06-02' : from > '2026-02-09' ? from : '2026-02-09';
  let t = Date.parse(`${first}T08:00:00+07:00`);
  const accepted: DossierEvent[] = [];
  const snapshots: DossierSnapshot[] = [s];
  for (const [pick, minutes, stale] of choices) {
    const list = candidates(procedure, s);
    const c = list[pick % list.length]!;
    t += minutes * 60_000;
    const at = `${new Date(t + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
    const event = { ...c, seq: stale ? s.seq + 2 : s.seq + 1, at } as DossierEvent;
    const before = JSON.stringify(s);
    const r = e.applyEvent(Object.freeze(s), event);
    expect(JSON.stringify(s)).toBe(before);
    if (r.ok) {
      expect(stale).toBe(false);
      accepted.push(event);
      s = r.snapshot;
      snapshots.push(s);
    } else {
      expect(r.snapshot).toBe(s);
      if (stale) expect(r.rejection.code).toBe('STALE_SEQUENCE');
    }
  }
  return { accepted, snapshots };
}

/** A Decree 61/2018 version (received before 01/07/2025) of business registration. */
const business2024 = defineProcedure({
  ...JSON.parse(
    readFileSync(new URL('../../examples/procedures/business-registration.json', import.meta.url), 'utf8'),
  ),
  version: '2024.1',
  effective: { from: '2024-06-01', to: '2025-06-30' },
});
engine.register(business2024);

const procedures = [land, business, marriage, permit2025, permit2026, judicial, business2024];
const deterministicChoices = fc.array(
  fc.tuple(
    fc.nat(1000),
    fc.integer({ min: 1, max: 4000 }),
    fc.nat(19).map((n) => n === 0),
  ),
  { minLength: 1, maxLength: 30 },
);

describe.each(procedures.map((p) => [`${p.definition.code} ${p.definition.version}`, p] as const))(
  '%s',
  (_, procedure) => {
    it('replay equals step-by-step application; rejections change nothing', () => {
      fc.assert(
        fc.property(deterministicChoices, (cs) => {
          const { accepted, snapshots } = interpret(engine, procedure, cs);
          const r = engine.replay(procedure, accepted);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.snapshot).toEqual(snapshots.at(-1));
        }),
        { numRuns: 250 },
      );
    });

    it('replay of a history with a spoiled event rejects it where applyEvent does, with the same snapshot', () => {
      const spoil = [
        (e: DossierEvent) => ({ ...e, at: '2026-02-30T08:00:00+07:00' }),
        (e: DossierEvent) => ({ ...e, seq: e.seq + 1 }),
        (e: DossierEvent) => ({ ...e, extra: true }),
        (e: DossierEvent) => ({ ...e, by: 'nobody' }),
        (e: DossierEvent) => ({ ...e, type: 'NOT_AN_EVENT' }),
      ];
      fc.assert(
        fc.property(deterministicChoices, fc.nat(), fc.nat(spoil.length - 1), (cs, where, how) => {
          const { accepted } = interpret(engine, procedure, cs);
          if (accepted.length === 0) return;
          const k = where % accepted.length;
          const events: unknown[] = [...accepted];
          events[k] = spoil[how]!(accepted[k]!);
          let s = engine.start(procedure);
          let expected: { ok: boolean; snapshot: unknown; rejection?: unknown } = { ok: true, snapshot: s };
          for (const event of events) {
            const r = engine.applyEvent(s, event as DossierEvent);
            expected = r.ok
              ? { ok: true, snapshot: r.snapshot }
              : { ok: false, snapshot: r.snapshot, rejection: r.rejection };
            if (!r.ok) break;
            s = r.snapshot;
          }
          const replayed = engine.replay(procedure, events);
          expect(
            replayed.ok
              ? { ok: true, snapshot: replayed.snapshot }
              : { ok: false, snapshot: replayed.snapshot, rejection: replayed.rejection },
          ).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    });

    it('open visits match the open steps of the state; terminal states have a consistent SLA outcome', () => {
      fc.assert(
        fc.property(deterministicChoices, (cs) => {
          const { snapshots } = interpret(engine, procedure, cs);
          for (const s of snapshots) {
            const phase = phaseOf(s);
            const open = s.visits.filter((v) => v.end === null).map((v) => v.step);
            if (s.outcome !== null) {
              expect(open).toEqual([]);
              const sla = engine.slaStatus(s, '2027-01-01T00:00:00+07:00');
              if (s.receivedAt === null) expect(sla.dossier).toBeNull();
              else {
                expect(sla.dossier?.outcome).toMatch(/^(early|on-time|late)$/);
                for (const step of sla.steps) expect(step.outcome).toMatch(/^(early|on-time|late)$/);
              }
              if (s.outcome === 'result-returned') expect(s.decidedAt).not.toBeNull();
              if (s.outcome === 'refused-at-desk') expect(s.receivedAt).toBeNull();
            }
            const evaluation = engine.evaluate(s, s.lastAt ?? '2026-01-01T00:00:00+07:00');
            expect(evaluation.status).toBe(toDvcqgStatus(phase));
            if (s.receivedAt !== null) {
              expect(renderForm(engine.controlSheetForm(s, { at: s.lastAt! }))).toContain('PHIẾU KIỂM SOÁT');
            }
            if (s.outcome === null && s.receivedAt !== null) {
              expect(open.length).toBeGreaterThan(0);
              for (const step of open) expect(JSON.stringify(s.state)).toContain(`"${step}"`);
            } else if (s.outcome === null) {
              expect(['new', 'submitted', 'incomplete']).toContain(phase);
            }
          }
        }),
        { numRuns: 200 },
      );
    });

    it('paused time never counts', () => {
      fc.assert(
        fc.property(deterministicChoices, fc.integer({ min: 1, max: 20_000 }), (cs, later) => {
          const { snapshots } = interpret(engine, procedure, cs);
          const s = snapshots.at(-1)!;
          if (s.lastAt === null || s.receivedAt === null || s.outcome !== null) return;
          const sla1 = engine.slaStatus(s, s.lastAt);
          if (sla1.dossier?.deadline.paused == null) return;
          const t2 = new Date(Date.parse(s.lastAt) + later * 60_000).toISOString();
          const sla2 = engine.slaStatus(s, t2);
          expect(sla2.dossier!.usedHours).toBeCloseTo(sla1.dossier!.usedHours, 2);
          // The due instant moves by exactly the paused working time.
          const moved = workingHoursBetween(
            engine.calendar,
            sla1.dossier!.deadline.ledgerDue,
            sla2.dossier!.deadline.ledgerDue,
          );
          const unit = s.limit!.unit;
          if (unit === 'working-days' || unit === 'working-hours') {
            expect(moved).toBeCloseTo(workingHoursBetween(engine.calendar, s.lastAt, t2), 1);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('an apology grants the same extra working time however the clock stands still afterwards', () => {
      // The extra time the apology gave (from the deadline as it stood then to the end of the new day) is kept
      // between the ledger deadline and the appointment in force, whatever pauses and restarts follow.
      const unit = procedure.definition.timing.limit;
      if (unit.type !== 'duration' || (unit.unit !== 'working-days' && unit.unit !== 'working-hours')) return;
      const cal = engine.calendar;
      fc.assert(
        fc.property(deterministicChoices, (cs) => {
          const { accepted, snapshots } = interpret(engine, procedure, cs);
          const k = accepted.findIndex((e) => e.type === 'APOLOGIZE');
          if (k < 0) return;
          const atApology = snapshots[k + 1]!;
          const granted = engine.slaStatus(atApology, atApology.lastAt!).dossier!;
          const extra = workingHoursBetween(cal, granted.deadline.ledgerDue, granted.due);
          for (const s of snapshots.slice(k + 1)) {
            if (s.limit?.unit !== atApology.limit?.unit) continue;
            const d = engine.slaStatus(s, s.lastAt!).dossier!;
            expect(d.extension?.to).toBe(granted.extension?.to);
            expect(workingHoursBetween(cal, d.deadline.ledgerDue, d.due)).toBeCloseTo(extra, 6);
          }
        }),
        { numRuns: 200 },
      );
    });
  },
);
