/**
 * Regression tests for the engine review of 2026-11-25 (findings H1–H5, M1–M8, D4–D6). Each case
 * reproduces the reviewer's script and failed before its fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import {
  controlSheetForm,
  createEngine,
  type DossierSnapshot,
  dossierCode,
  dossierStatistics,
  type Engine,
  EngineError,
  explainDeadline,
  stopNoticeForm,
  type UnnumberedEvent,
} from '../../src/engine/index.js';
import { defineProcedure, type Procedure } from '../../src/rules/index.js';
import { business, engine, land, permit2026 } from './fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: raw JSON definitions edited by the tests
function raw(name: string): any {
  return JSON.parse(readFileSync(new URL(`../../examples/procedures/${name}.json`, import.meta.url), 'utf8'));
}

function run(
  procedure: Procedure,
  events: readonly UnnumberedEvent[],
  eng: Engine = engine,
): DossierSnapshot {
  let s = eng.start(procedure);
  for (const [i, e] of events.entries()) {
    const r = eng.applyEvent(s, { ...e, seq: i + 1 } as never);
    if (!r.ok) throw new Error(`${e.type}: ${r.rejection.message}`);
    s = r.snapshot;
  }
  return s;
}

const businessReceived: UnnumberedEvent[] = [
  { type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'in-person' },
  { type: 'RECEIVE', at: '2026-03-02T08:10:00+07:00', by: 'bro', dossierCode: 'X' },
  { type: 'FORWARD', at: '2026-03-02T09:00:00+07:00', by: 'bro' },
];

const codes = (e: { alerts: readonly { code: string }[] }) => e.alerts.map((a) => a.code);

describe('H1: online acceptance from the latest submission (Decree 118/2025 Art. 17(2))', () => {
  const s = run(business, [
    { type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'online' },
    { type: 'REQUEST_SUPPLEMENT', at: '2026-03-02T10:00:00+07:00', by: 'bro', items: ['x'] },
    { type: 'SUBMIT', at: '2026-03-09T09:00:00+07:00', channel: 'online' },
  ]);

  it('alerts within 2 hours and gives 8 working hours from the resubmission', () => {
    const ev = engine.evaluate(s, '2026-03-09T09:30:00+07:00');
    expect(ev.alerts.map((a) => [a.code, a.due])).toEqual([
      ['ONLINE_ALERT', '2026-03-09T11:00:00+07:00'],
      ['ONLINE_ACCEPTANCE_DUE', '2026-03-10T09:00:00+07:00'],
    ]);
    expect(s.submittedAt).toBe('2026-03-02T08:00:00+07:00');
  });

  it('D6: the 2-hour alert instant is written in +07:00, like every other instant', () => {
    const first = run(business, [{ type: 'SUBMIT', at: '2026-03-02T01:00:00Z', channel: 'online' }]);
    const alert = engine
      .evaluate(first, '2026-03-02T08:30:00+07:00')
      .alerts.find((a) => a.code === 'ONLINE_ALERT');
    expect(alert?.due).toBe('2026-03-02T10:00:00+07:00');
  });
});

describe("H2: statistics with the 'pause' supplement clock", () => {
  it('a dossier whose supplement came back is no longer waiting, so a late one counts late', () => {
    const j = raw('business-registration');
    j.version = '2025.p';
    j.timing.supplement = { clock: 'pause' };
    const paused = defineProcedure(j);
    const eng = createEngine({ procedures: [paused] });
    const s = run(
      paused,
      [
        ...businessReceived,
        { type: 'REQUEST_SUPPLEMENT', at: '2026-03-02T10:00:00+07:00', by: 'bro', items: ['x'] },
        { type: 'SUPPLEMENT_RECEIVED', at: '2026-03-03T10:00:00+07:00' },
      ],
      eng,
    );
    expect(eng.slaStatus(s, '2026-03-31T23:00:00+07:00').dossier?.level).toBe('overdue');
    const st = dossierStatistics(eng, [s], { from: '2026-03-01', to: '2026-03-31' });
    expect([st.onTime, st.late]).toEqual([0, 1]);
  });

  it('a dossier still waiting for its supplement ends at the request (on time)', () => {
    const j = raw('business-registration');
    j.version = '2025.p';
    j.timing.supplement = { clock: 'pause' };
    const paused = defineProcedure(j);
    const eng = createEngine({ procedures: [paused] });
    const s = run(
      paused,
      [
        ...businessReceived,
        { type: 'REQUEST_SUPPLEMENT', at: '2026-03-02T10:00:00+07:00', by: 'bro', items: ['x'] },
      ],
      eng,
    );
    const st = dossierStatistics(eng, [s], { from: '2026-03-01', to: '2026-03-31' });
    expect([st.onTime, st.late]).toEqual([1, 0]);
  });
});

describe("H3: the applicant's supplement window counts as the Civil Code does", () => {
  const s = run(permit2026, [
    { type: 'SUBMIT', at: '2026-07-06T08:00:00+07:00', channel: 'in-person' },
    {
      type: 'RECEIVE',
      at: '2026-07-06T08:10:00+07:00',
      by: 'desk',
      dossierCode: 'X',
      fields: { floors: 3, floorArea: 100, needsConsultation: false },
    },
    { type: 'FORWARD', at: '2026-07-06T09:00:00+07:00', by: 'desk' },
    { type: 'REQUEST_SUPPLEMENT', at: '2026-07-06T16:30:00+07:00', by: 'urban', items: ['x'] },
  ]);

  it('2 working days after Monday 16:30 end on Wednesday 17:00 (the request day is not counted)', () => {
    for (const at of [
      '2026-07-07T17:01:00+07:00',
      '2026-07-08T12:00:00+07:00',
      '2026-07-08T17:00:00+07:00',
    ]) {
      const ev = engine.evaluate(s, at);
      expect(codes(ev), at).not.toContain('SUPPLEMENT_EXPIRED');
      expect(ev.proposals).toEqual([]);
    }
    const ev = engine.evaluate(s, '2026-07-08T17:01:00+07:00');
    expect(ev.alerts.find((a) => a.code === 'SUPPLEMENT_EXPIRED')?.due).toBe('2026-07-08T17:00:00+07:00');
    expect(ev.proposals).toHaveLength(1);
  });
});

describe('H4: migration', () => {
  const fields = { floors: 3, floorArea: 100, needsConsultation: false };
  const atReview = run(permit2026, [
    { type: 'SUBMIT', at: '2026-07-06T08:00:00+07:00', channel: 'in-person' },
    { type: 'RECEIVE', at: '2026-07-06T08:10:00+07:00', by: 'desk', dossierCode: 'X', fields },
    { type: 'FORWARD', at: '2026-07-06T09:00:00+07:00', by: 'desk' },
  ]);
  const forwardToDecide = {
    type: 'FORWARD',
    seq: 4,
    at: '2026-07-06T10:00:00+07:00',
    by: 'urban',
    to: 'decide',
  } as const;

  it('carries condition results by action, not by position, when v2 reorders actions', () => {
    expect(engine.applyEvent(atReview, forwardToDecide).ok).toBe(true);
    const j = raw('construction-permit-2026');
    j.version = '2026.2';
    const review = j.steps.find((s: { id: string }) => s.id === 'review');
    review.actions = [review.actions[1], review.actions[0], review.actions[2], review.actions[3]];
    const moved = engine.migrate(atReview, defineProcedure(j), { at: '2026-07-06T09:30:00+07:00' });
    const r = engine.applyEvent(moved, forwardToDecide);
    expect(r.ok ? 'accepted' : r.rejection.code).toBe('accepted');
  });

  it('needs the receipt fields for a condition the old version did not have, and evaluates them', () => {
    const j = raw('construction-permit-2026');
    j.version = '2026.3';
    const review = j.steps.find((s: { id: string }) => s.id === 'review');
    review.actions[1].when = 'needsConsultation == false';
    const v3 = defineProcedure(j);
    expect(() => engine.migrate(atReview, v3, { at: '2026-07-06T09:30:00+07:00' })).toThrow(
      expect.objectContaining({ code: 'INVALID_MIGRATION' }),
    );
    const moved = engine.migrate(atReview, v3, { at: '2026-07-06T09:30:00+07:00', fields });
    expect(engine.applyEvent(moved, forwardToDecide).ok).toBe(true);
    const consulting = engine.migrate(atReview, v3, {
      at: '2026-07-06T09:30:00+07:00',
      fields: { ...fields, needsConsultation: true },
    });
    expect(engine.applyEvent(consulting, forwardToDecide).ok).toBe(false);
  });

  it('checks the migration instant and the receipt fields like RECEIVE does (review 3, F3/F4)', () => {
    const j = raw('construction-permit-2026');
    j.version = '2026.4';
    const review = j.steps.find((s: { id: string }) => s.id === 'review');
    review.actions[1].when = 'needsConsultation == false';
    const v4 = defineProcedure(j);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as EngineError).code, (e as EngineError).path];
      }
      return 'accepted';
    };
    expect(code(() => engine.migrate(atReview, v4, { at: '2026-07-06T09:30:00', fields }))).toEqual([
      'INVALID_MIGRATION',
      ['at'],
    ]);
    expect(code(() => engine.migrate(atReview, v4, { at: '2020-01-01T00:00:00+07:00', fields }))).toEqual([
      'INVALID_MIGRATION',
      ['at'],
    ]);
    expect(
      code(() =>
        engine.migrate(atReview, v4, {
          at: '2026-07-06T09:30:00+07:00',
          fields: { ...fields, needsconsultation: false },
        }),
      ),
    ).toEqual(['INVALID_MIGRATION', ['fields', 'needsconsultation']]);
    const moved = engine.migrate(atReview, v4, { at: '2026-07-06T02:30:00Z', fields });
    expect(moved.migratedFrom?.at(-1)?.at).toBe('2026-07-06T09:30:00+07:00');
  });

  const received = run(business, businessReceived.slice(0, 2));

  it('keeps the appointment: the counting fixed at receipt survives a version that counts differently', () => {
    const j = raw('business-registration');
    j.version = '2025.2';
    j.timing.counting = 'civil-code';
    j.timing.receiptCutoff = { enabled: false };
    const v2 = defineProcedure(j);
    const counted = engine.migrate(received, v2, { at: '2026-03-02T09:00:00+07:00' });
    expect(counted.counting).toEqual(received.counting);
    expect(engine.dossierDeadline(counted)?.due).toBe(engine.dossierDeadline(received)?.due);
    // A snapshot made before the counting was recorded would move: refused.
    expect(() =>
      engine.migrate({ ...received, counting: null }, v2, { at: '2026-03-02T09:00:00+07:00' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_MIGRATION' }));
    const same = raw('business-registration');
    same.version = '2025.3';
    same.name.en = `${same.name.en} (v3)`;
    const moved = engine.migrate(received, defineProcedure(same), { at: '2026-03-02T09:00:00+07:00' });
    expect(engine.dossierDeadline(moved)?.due).toBe(engine.dossierDeadline(received)?.due);
  });

  it('refuses a version not in force on the receipt day', () => {
    const j = raw('business-registration');
    j.version = '2027.1';
    j.effective = { from: '2027-01-01' };
    let error: unknown;
    try {
      engine.migrate(received, defineProcedure(j), { at: '2026-03-02T09:00:00+07:00' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('INVALID_MIGRATION');
  });
});

describe('M1: levels after an apology, and at the due instant', () => {
  it('reads the level and remaining time against the new appointment; the dossier stays late', () => {
    const s = run(business, [
      ...businessReceived,
      {
        type: 'APOLOGIZE',
        at: '2026-03-03T10:00:00+07:00',
        by: 'bro',
        reason: 'r',
        newDueDate: '2026-03-10',
      },
    ]);
    const at = '2026-03-05T09:00:00+07:00';
    const d = engine.slaStatus(s, at).dossier!;
    expect(d.due).toBe('2026-03-10T17:00:00+07:00');
    expect(d.level).not.toBe('overdue');
    expect(d.shareUsed).toBeLessThan(1);
    expect(d.remainingHours).toBeGreaterThan(0);
    expect(codes(engine.evaluate(s, at))).not.toContain('OVERDUE');
    const r1 = engine.applyEvent(s, { type: 'APPROVE', seq: 5, at: '2026-03-04T10:00:00+07:00', by: 'bro' });
    if (!r1.ok) throw new Error(r1.rejection.message);
    const r2 = engine.applyEvent(r1.snapshot, {
      type: 'ISSUE_RESULT',
      seq: 6,
      at: '2026-03-04T11:00:00+07:00',
      by: 'bro',
    });
    if (!r2.ok) throw new Error(r2.rejection.message);
    const done = engine.slaStatus(r2.snapshot, '2026-03-05T00:00:00+07:00').dossier!;
    expect(done.outcome).toBe('late');
    expect(done.lateBecause).toContain('apology');
  });

  it('is not overdue at the due instant, only after it', () => {
    const s = run(business, businessReceived);
    const atDue = engine.slaStatus(s, '2026-03-04T17:00:00+07:00').dossier!;
    expect(atDue.level).not.toBe('overdue');
    expect(Object.is(atDue.remainingHours, -0)).toBe(false);
    expect(codes(engine.evaluate(s, '2026-03-04T17:00:00+07:00'))).not.toContain('OVERDUE');
    expect(engine.slaStatus(s, '2026-03-04T17:00:01+07:00').dossier!.level).toBe('overdue');
    expect(codes(engine.evaluate(s, '2026-03-04T17:00:01+07:00'))).toContain('OVERDUE');
  });
});

describe('M2: APOLOGY_DUE in time for short procedures', () => {
  const s = run(business, businessReceived);

  it('fires on the last day an apology is allowed, due at the end of its working hours', () => {
    const ev = engine.evaluate(s, '2026-03-03T08:00:00+07:00');
    const a = ev.alerts.find((x) => x.code === 'APOLOGY_DUE');
    expect(a?.due).toBe('2026-03-03T17:00:00+07:00');
    expect(codes(engine.evaluate(s, '2026-03-03T16:59:00+07:00'))).toContain('APOLOGY_DUE');
    // On the due day it is too late (the engine refuses APOLOGIZE): no alert.
    expect(codes(engine.evaluate(s, '2026-03-04T09:00:00+07:00'))).not.toContain('APOLOGY_DUE');
    // Early on the first day, with little time used: no alert yet.
    expect(codes(engine.evaluate(s, '2026-03-02T09:30:00+07:00'))).not.toContain('APOLOGY_DUE');
  });

  it("uses the calendar's working hours, not a hard-coded 17:00", () => {
    const late = createEngine({
      procedures: [business],
      calendar: createCalendar({
        hours: {
          sessions: [
            { start: '08:00', end: '12:00' },
            { start: '13:30', end: '17:30' },
          ],
          hoursPerDay: 8,
        },
      }),
    });
    const t = run(business, businessReceived, late);
    const a = late.evaluate(t, '2026-03-03T09:00:00+07:00').alerts.find((x) => x.code === 'APOLOGY_DUE');
    expect(a?.due).toBe('2026-03-03T17:30:00+07:00');
  });
});

describe('M4: the stop notice of a Decree 118 dossier received 01/07–14/09/2025', () => {
  const j = raw('business-registration');
  j.version = '2019.1';
  j.effective = { from: '2019-01-01' };
  const old = defineProcedure(j);
  const eng = createEngine({ procedures: [old] });

  it('is the Circular 03/2025 form 05, saying why', () => {
    const s = run(
      old,
      [
        { type: 'SUBMIT', at: '2025-08-01T08:00:00+07:00', channel: 'in-person' },
        { type: 'RECEIVE', at: '2025-08-01T08:10:00+07:00', by: 'bro', dossierCode: 'X' },
        { type: 'WITHDRAW', at: '2025-08-01T09:00:00+07:00', reason: 'changed mind' },
      ],
      eng,
    );
    const f = stopNoticeForm(eng, s, { applicant: 'A', reason: 'x' });
    expect([f.circular, f.number]).toEqual(['circular-03-2025', '05']);
    expect(f.basis).toMatch(/01\/2018/);
  });

  it('a Decree 61 dossier has none, and the error says so truly', () => {
    const s = run(
      old,
      [
        { type: 'SUBMIT', at: '2025-06-30T08:00:00+07:00', channel: 'in-person' },
        { type: 'RECEIVE', at: '2025-06-30T08:10:00+07:00', by: 'bro', dossierCode: 'X' },
        { type: 'STOP', at: '2025-06-30T09:00:00+07:00', by: 'bro', reason: 'other' },
      ],
      eng,
    );
    expect(() => stopNoticeForm(eng, s, { applicant: 'A', reason: 'x' })).toThrow(/Decree 61\/2018/);
  });
});

describe('M5: the control sheet keeps every parallel branch', () => {
  it("hands each branch's reply back, the early one included", () => {
    const s = run(permit2026, [
      { type: 'SUBMIT', at: '2026-07-06T08:00:00+07:00', channel: 'in-person' },
      {
        type: 'RECEIVE',
        at: '2026-07-06T08:10:00+07:00',
        by: 'desk',
        dossierCode: 'X',
        fields: { floors: 3, floorArea: 100, needsConsultation: true },
      },
      { type: 'FORWARD', at: '2026-07-06T09:00:00+07:00', by: 'desk' },
      { type: 'CONSULT', at: '2026-07-07T09:00:00+07:00', by: 'urban' },
      { type: 'REPLY', at: '2026-07-08T09:00:00+07:00', by: 'sector' },
      { type: 'REPLY', at: '2026-07-13T09:00:00+07:00', by: 'utilities' },
      { type: 'ISSUE_RESULT', at: '2026-07-14T09:00:00+07:00', by: 'commune' },
      { type: 'RETURN_RESULT', at: '2026-07-14T15:00:00+07:00', by: 'desk' },
    ]);
    const d = permit2026.definition;
    const name = (id: string) => d.agencies.find((a) => a.id === id)!.name.vi;
    const blocks = controlSheetForm(engine, s, { at: '2026-07-15T00:00:00+07:00' }).blocks!;
    expect(blocks).toContainEqual(
      expect.objectContaining({
        giver: name('sector'),
        receiver: name('commune'),
        at: '2026-07-08T09:00:00+07:00',
        result: 'early',
      }),
    );
    expect(blocks).toContainEqual(
      expect.objectContaining({ giver: name('utilities'), receiver: name('commune'), result: 'late' }),
    );
    expect(blocks).toHaveLength(7);
    const times = blocks.map((b) => Date.parse(b.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

/** A Decree 61/2018 version of business registration, and a dossier of 02/06/2025 whose supplement came back. */
const decree61 = (() => {
  const j = raw('business-registration');
  j.version = '2019.1';
  j.effective = { from: '2019-01-01' };
  const old = defineProcedure(j);
  const eng = createEngine({ procedures: [old] });
  const history: UnnumberedEvent[] = [
    { type: 'SUBMIT', at: '2025-06-02T08:00:00+07:00', channel: 'in-person' },
    { type: 'RECEIVE', at: '2025-06-02T08:10:00+07:00', by: 'bro', dossierCode: 'X' },
    { type: 'FORWARD', at: '2025-06-02T09:00:00+07:00', by: 'bro' },
    { type: 'REQUEST_SUPPLEMENT', at: '2025-06-02T10:00:00+07:00', by: 'bro', items: ['x'] },
    { type: 'SUPPLEMENT_RECEIVED', at: '2025-06-09T10:00:00+07:00' },
  ];
  return { old, eng, history };
})();

describe('M7: Decree 61 dossiers cite Decree 61/2018', () => {
  it('in the explanation of the restart and the new appointment, and in the alerts', () => {
    const { old, eng, history } = decree61;
    const s = run(
      old,
      [
        ...history,
        {
          type: 'APOLOGIZE',
          at: '2025-06-10T10:00:00+07:00',
          by: 'bro',
          reason: 'r',
          newDueDate: '2025-06-20',
        },
      ],
      eng,
    );
    const texts = eng.slaStatus(s, '2025-06-11T10:00:00+07:00').dossier!.explanation;
    const cited = texts.map((t) => `${t.en} ${t.vi}`).join('\n');
    expect(cited).toMatch(/Decree 61\/2018 Art\. 19\(4\)/);
    expect(cited).toMatch(/Decree 61\/2018 Art\. 19\(9\)/);
    expect(cited).not.toMatch(/118/);
    const late = eng.evaluate(s, '2025-06-23T10:00:00+07:00');
    expect(late.alerts.length).toBeGreaterThan(0);
    for (const a of late.alerts) expect(a.basis).not.toMatch(/118/);
  });
});

describe('M7: Decree 61 citations and the supplement window after a restart', () => {
  const { old, eng, history } = decree61;
  const restarted = run(old, history, eng);
  const next = (at: string) =>
    eng.applyEvent(restarted, { type: 'REQUEST_SUPPLEMENT', seq: 6, at, by: 'bro', items: ['y'] } as never);

  it('explainDeadline cites the regime it is given', () => {
    const view = eng.dossierDeadline(restarted)!;
    const text = (r: Parameters<typeof explainDeadline>[1]) =>
      explainDeadline(view, r)
        .map((t) => `${t.en} ${t.vi}`)
        .join('\n');
    expect(text('decree-61-2018')).toMatch(/Decree 61\/2018 Art\. 19\(4\)/);
    expect(text('decree-61-2018')).not.toMatch(/118/);
    expect(text('decree-118-2025')).toMatch(/Decree 118\/2025 Art\. 19\(5\)/);
  });

  it('a second apology is refused citing Decree 61/2018 Art. 19(9), not Art. 12(5)', () => {
    const apology = { type: 'APOLOGIZE', by: 'bro', reason: 'r' } as const;
    const once = eng.applyEvent(restarted, {
      ...apology,
      seq: 6,
      at: '2025-06-10T10:00:00+07:00',
      newDueDate: '2025-06-20',
    });
    expect(once.ok).toBe(true);
    const twice = eng.applyEvent(once.snapshot, {
      ...apology,
      seq: 7,
      at: '2025-06-10T11:00:00+07:00',
      newDueDate: '2025-06-25',
    });
    expect(twice.ok ? null : twice.rejection.code).toBe('APOLOGY_NOT_ALLOWED');
    expect(twice.ok ? '' : `${twice.rejection.message} ${twice.rejection.messageVi}`).toMatch(
      /Decree 61\/2018 Art\. 19\(9\).*Nghị định 61\/2018\/NĐ-CP, Điều 19 khoản 9/,
    );
  });

  it('the 3-working-day window runs from the latest restart of the clock', () => {
    expect(next('2025-06-10T11:00:00+07:00').ok).toBe(true);
    // Restart Mon 09/06 10:00: the window counts from Tue 10/06 (Civil Code Art. 147(2)), ends Thu 12/06 17:00.
    expect(next('2025-06-12T17:00:00+07:00').ok).toBe(true);
    const late = next('2025-06-13T08:00:00+07:00');
    expect(late.ok ? null : late.rejection).toMatchObject({ code: 'SUPPLEMENT_TOO_LATE', path: ['at'] });
    expect(late.ok ? '' : late.rejection.message).toMatch(/restart.*Decree 61\/2018 Art\. 19\(4\)/);
  });
});

describe('M8: dossier codes have a fixed width', () => {
  it('four sequence digits, 1–9999', () => {
    expect(dossierCode('H29.22', '2026-02-10T09:10:00+07:00', 9999)).toBe('H29.22-260210-9999');
    expect(() => dossierCode('H29.22', '2026-02-10T09:10:00+07:00', 10_000)).toThrow(EngineError);
  });
});

describe('M3: STOP and APOLOGIZE only where the decrees allow them', () => {
  const decided = run(business, [
    ...businessReceived,
    { type: 'APPROVE', at: '2026-03-02T10:00:00+07:00', by: 'bro' },
    { type: 'ISSUE_RESULT', at: '2026-03-02T11:00:00+07:00', by: 'bro' },
  ]);
  const apply = (s: DossierSnapshot, e: UnnumberedEvent) =>
    engine.applyEvent(s, { ...e, seq: s.seq + 1 } as never);

  it('refuses both after the decision, typed, leaving the snapshot untouched', () => {
    const stop = apply(decided, {
      type: 'STOP',
      at: '2026-03-02T13:00:00+07:00',
      by: 'bro',
      reason: 'other',
    });
    expect(stop.ok).toBe(false);
    if (stop.ok) return;
    expect(stop.rejection).toMatchObject({ code: 'STOP_NOT_ALLOWED', path: ['type'] });
    expect(stop.rejection.messageVi).toMatch(/quyết định/);
    expect(stop.snapshot).toBe(decided);
    const sorry = apply(decided, {
      type: 'APOLOGIZE',
      at: '2026-03-02T12:00:00+07:00',
      by: 'bro',
      reason: 'r',
      newDueDate: '2026-03-10',
    });
    expect(sorry.ok ? null : sorry.rejection.code).toBe('APOLOGY_NOT_ALLOWED');
  });

  it('STOP comes from the desk or the agency holding the dossier', () => {
    const s = run(land, [
      { type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'in-person' },
      {
        type: 'RECEIVE',
        at: '2026-03-02T08:10:00+07:00',
        by: 'centre',
        dossierCode: 'X',
        fields: { changeType: 'gift' },
      },
      { type: 'FORWARD', at: '2026-03-02T09:00:00+07:00', by: 'centre' },
    ]);
    const byTax = apply(s, { type: 'STOP', at: '2026-03-02T10:00:00+07:00', by: 'tax', reason: 'other' });
    expect(byTax.ok ? null : byTax.rejection.code).toBe('WRONG_AGENCY');
    expect(
      apply(s, { type: 'STOP', at: '2026-03-02T10:00:00+07:00', by: 'branch', reason: 'other' }).ok,
    ).toBe(true);
    expect(
      apply(s, { type: 'STOP', at: '2026-03-02T10:00:00+07:00', by: 'centre', reason: 'other' }).ok,
    ).toBe(true);
  });

  it('the 15-day closure only while a supplement is awaited, and only under Decree 118', () => {
    const running = run(business, businessReceived);
    const early = apply(running, {
      type: 'STOP',
      at: '2026-03-02T10:00:00+07:00',
      by: 'bro',
      reason: 'supplement-not-completed',
    });
    expect(early.ok ? null : early.rejection).toMatchObject({ code: 'STOP_NOT_ALLOWED', path: ['reason'] });
    const waiting = run(business, [
      ...businessReceived,
      { type: 'REQUEST_SUPPLEMENT', at: '2026-03-02T10:00:00+07:00', by: 'bro', items: ['x'] },
    ]);
    const closure: UnnumberedEvent = {
      type: 'STOP',
      at: '2026-03-20T10:00:00+07:00',
      by: 'bro',
      reason: 'supplement-not-completed',
    };
    expect(apply(waiting, closure).ok).toBe(true);

    const j = raw('business-registration');
    j.version = '2019.1';
    j.effective = { from: '2019-01-01' };
    const old = defineProcedure(j);
    const eng = createEngine({ procedures: [old] });
    const waiting61 = run(
      old,
      [
        { type: 'SUBMIT', at: '2025-06-02T08:00:00+07:00', channel: 'in-person' },
        { type: 'RECEIVE', at: '2025-06-02T08:10:00+07:00', by: 'bro', dossierCode: 'X' },
        { type: 'FORWARD', at: '2025-06-02T09:00:00+07:00', by: 'bro' },
        { type: 'REQUEST_SUPPLEMENT', at: '2025-06-02T10:00:00+07:00', by: 'bro', items: ['x'] },
      ],
      eng,
    );
    const r = eng.applyEvent(waiting61, { ...closure, at: '2025-06-30T10:00:00+07:00', seq: 5 } as never);
    expect(r.ok ? null : r.rejection.code).toBe('STOP_NOT_ALLOWED');
    expect(r.snapshot).toBe(waiting61);
  });
});

describe('M6: no step is due after the dossier', () => {
  const noneAfter = (s: DossierSnapshot, at: string) => {
    const sla = engine.slaStatus(s, at);
    const due = Date.parse(sla.dossier!.due);
    expect(sla.steps.length).toBeGreaterThan(3);
    for (const step of sla.steps) expect(Date.parse(step.due!), step.step).toBeLessThanOrEqual(due);
    for (const v of s.visits) expect(v.plan[1]).toBeLessThanOrEqual(s.limit!.amount);
  };

  it('sequential (paper) consultation', () => {
    const s = run(permit2026, [
      { type: 'SUBMIT', at: '2026-07-06T08:00:00+07:00', channel: 'in-person' },
      {
        type: 'RECEIVE',
        at: '2026-07-06T08:10:00+07:00',
        by: 'desk',
        dossierCode: 'X',
        fields: { floors: 3, floorArea: 100, needsConsultation: true },
        consultation: 'sequential',
      },
      { type: 'FORWARD', at: '2026-07-06T09:00:00+07:00', by: 'desk' },
      { type: 'CONSULT', at: '2026-07-07T09:00:00+07:00', by: 'urban' },
      { type: 'REPLY', at: '2026-07-08T09:00:00+07:00', by: 'sector' },
      { type: 'REPLY', at: '2026-07-13T09:00:00+07:00', by: 'utilities' },
      { type: 'ISSUE_RESULT', at: '2026-07-14T09:00:00+07:00', by: 'commune' },
      { type: 'RETURN_RESULT', at: '2026-07-14T15:00:00+07:00', by: 'desk' },
    ]);
    noneAfter(s, '2026-07-15T00:00:00+07:00');
  });

  it('rework after RETURN', () => {
    const s = run(land, [
      { type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'in-person' },
      {
        type: 'RECEIVE',
        at: '2026-03-02T08:10:00+07:00',
        by: 'centre',
        dossierCode: 'X',
        fields: { changeType: 'gift' },
      },
      { type: 'FORWARD', at: '2026-03-02T09:00:00+07:00', by: 'centre' },
      { type: 'FORWARD', at: '2026-03-03T09:00:00+07:00', by: 'branch' },
      { type: 'RETURN', at: '2026-03-04T09:00:00+07:00', by: 'tax', reason: 'wrong data' },
      { type: 'FORWARD', at: '2026-03-05T09:00:00+07:00', by: 'branch' },
      { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-03-06T09:00:00+07:00', by: 'tax' },
      { type: 'FINANCIAL_OBLIGATION_MET', at: '2026-03-09T09:00:00+07:00' },
      { type: 'ISSUE_RESULT', at: '2026-03-10T09:00:00+07:00', by: 'land-office' },
      { type: 'RETURN_RESULT', at: '2026-03-10T10:00:00+07:00', by: 'centre' },
    ]);
    noneAfter(s, '2026-03-11T00:00:00+07:00');
  });
});

describe('H5: pauses lengthen calendar-day periods by whole days (Civil Code 2015 Art. 148(5))', () => {
  it('ends at 24:00 of a working day, rolled over the weekend', () => {
    const j = raw('judicial-record-certificate');
    j.version = 'pause';
    j.timing.supplement = { clock: 'pause' };
    const paused = defineProcedure(j);
    const eng = createEngine({ procedures: [paused] });
    const s = run(
      paused,
      [
        { type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'in-person' },
        { type: 'RECEIVE', at: '2026-03-02T08:10:00+07:00', by: 'desk', dossierCode: 'X' },
        { type: 'FORWARD', at: '2026-03-02T09:00:00+07:00', by: 'desk' },
        { type: 'REQUEST_SUPPLEMENT', at: '2026-03-03T09:00:00+07:00', by: 'police', items: ['x'] },
        { type: 'SUPPLEMENT_RECEIVED', at: '2026-03-04T14:30:00+07:00' },
      ],
      eng,
    );
    const d = eng.dossierDeadline(s)!;
    // 10 days: last day Thu 12/03; paused 29.5 h = 2 days → Sat 14/03, a day off → Mon 16/03, 24:00.
    expect(d.baseDue).toBe('2026-03-13T00:00:00+07:00');
    expect(d.due).toBe('2026-03-17T00:00:00+07:00');
    expect(d.dueDate).toBe('2026-03-16');
    expect(eng.calendar.dayInfo(d.dueDate).working).toBe(true);
    expect(d.pauses.map((p) => p.hours)).toEqual([48]);
    // Every step's due is a whole-day instant too (no odd hour from the pause).
    for (const step of eng.slaStatus(s, '2026-03-05T00:00:00+07:00').steps)
      expect(Date.parse(step.due!) - Date.parse(d.due)).toBeLessThanOrEqual(0);
  });
});

describe("D4: RECEIVE fields are checked against the definition's form", () => {
  const submitted = run(land, [{ type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'in-person' }]);
  const receive = (fields: Record<string, string | number | boolean | null>) =>
    engine.applyEvent(submitted, {
      type: 'RECEIVE',
      seq: 2,
      at: '2026-03-02T08:10:00+07:00',
      by: 'centre',
      dossierCode: 'X',
      fields,
    });

  it.each([
    [{ changeType: 'gift', disadvantagedarea: true }, 'disadvantagedarea'],
    [{ changeType: 'gift', disadvantagedArea: 'yes' }, 'disadvantagedArea'],
    [{ changeType: 'bogus' }, 'changeType'],
    [{ changeType: 'gift', declaredValue: 'a lot' }, 'declaredValue'],
  ])('%j is refused at fields/%s, the snapshot untouched', (fields, key) => {
    const r = receive(fields);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rejection).toMatchObject({ code: 'INVALID_EVENT', path: ['fields', key] });
    expect(r.rejection.messageVi).toContain(key);
    expect(r.snapshot).toBe(submitted);
  });

  it('declared fields of the right type (and null, not given) are accepted', () => {
    expect(receive({ changeType: 'gift', disadvantagedArea: true, declaredValue: null }).ok).toBe(true);
  });
});

describe('D5: restore checks the visits against the definition and the state', () => {
  const s = JSON.parse(JSON.stringify(run(business, businessReceived))) as DossierSnapshot;
  const open = s.visits.findIndex((v) => v.end === null);
  const refused = (data: unknown) => {
    try {
      engine.restore(data);
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      return { code: (e as EngineError).code, path: (e as EngineError).path };
    }
    return null;
  };

  it('accepts the snapshot as it is, in both forms', () => {
    expect(engine.restore(s)).toEqual(s);
    expect(engine.restore(JSON.parse(JSON.stringify(engine.persist(s))))).toEqual(s);
  });

  it('refuses a visit of an unknown step', () => {
    const ghost = { ...s, visits: [...s.visits, { ...s.visits[open]!, step: 'ghost' }] };
    expect(refused(ghost)).toEqual({ code: 'INVALID_SNAPSHOT', path: ['visits', s.visits.length, 'step'] });
  });

  it('refuses open visits that disagree with the state', () => {
    const closed = s.visits.map((v) => ({ ...v, end: v.end ?? '2026-03-02T10:00:00+07:00' }));
    expect(refused({ ...s, visits: closed })).toEqual({ code: 'INVALID_SNAPSHOT', path: ['visits'] });
    const reopened = s.visits.map((v, i) => (i === open ? v : { ...v, end: null }));
    expect(refused({ ...s, visits: reopened })?.code).toBe('INVALID_SNAPSHOT');
    expect(refused({ ...s, visits: reopened })?.path[0]).toBe('visits');
  });
});
