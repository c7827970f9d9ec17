/**
 * End-to-end histories of the example procedures across Tết 2026 (16–20/02) and the 30/4–1/5 break, with
 * appointment dates, step deadlines and outcomes checked by hand (working hours 07:30–11:30, 13:00–17:00).
 */
import { describe, expect, it } from 'vitest';
import { workingHoursBetween } from '../../src/calendar/index.js';
import type { DossierEvent, DossierSnapshot, UnnumberedEvent } from '../../src/engine/index.js';
import { business, engine, judicial, land, marriage, numbered, permit2026 } from './fixtures.js';

type EventInput = UnnumberedEvent;

function run(procedure: typeof land, events: readonly EventInput[]): DossierSnapshot {
  const r = engine.replay(procedure, numbered(events as DossierEvent[]));
  if (!r.ok) throw new Error(`${r.rejection.code}: ${r.rejection.message}`);
  return r.snapshot;
}

const landReceived: EventInput[] = [
  { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
  { type: 'RECEIVE', at: '2026-02-10T09:10:00+07:00', by: 'centre', dossierCode: 'H29.22-260210-0001' },
];

describe('land change registration (10 working days, payment pauses the clock), received 10/02/2026', () => {
  const history: EventInput[] = [
    ...landReceived,
    { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
    { type: 'FORWARD', at: '2026-02-12T16:00:00+07:00', by: 'branch' },
    { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-02-23T15:00:00+07:00', by: 'tax', amount: 12_000_000 },
    { type: 'FINANCIAL_OBLIGATION_MET', at: '2026-02-26T09:00:00+07:00' },
    { type: 'ISSUE_RESULT', at: '2026-03-03T10:00:00+07:00', by: 'land-office' },
    { type: 'RETURN_RESULT', at: '2026-03-03T15:00:00+07:00', by: 'centre' },
  ];

  it('gives the appointment 02/03/2026 at receipt: Tết 16–20/02 skipped', () => {
    const s = run(land, landReceived);
    const due = engine.dossierDeadline(s, '2026-02-10T10:00:00+07:00')!;
    // Day 1 = 10/02; 11, 12, 13; Tết 16–20; 23, 24, 25, 26, 27; day 10 = Monday 02/03.
    expect(due.due).toBe('2026-03-02T17:00:00+07:00');
    expect(due.dueDate).toBe('2026-03-02');
    expect(due.daysOff.map((d) => d.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(engine.slaStatus(s, '2026-02-10T10:00:00+07:00').phase).toBe('received');
  });

  it('pauses the clock while the applicant pays and moves every later deadline by that time', () => {
    const s = run(land, history);
    expect(s.state).toBe('resultReturned');
    expect(s.outcome).toBe('result-returned');
    const sla = engine.slaStatus(s, '2026-03-10T00:00:00+07:00');
    const d = sla.dossier!;
    // Paused 23/02 15:00 → 26/02 09:00 = 2 + 8 + 8 + 1.5 = 19.5 working hours; 02/03 17:00 + 19.5 h = 05/03 11:00.
    expect(d.deadline.pauses).toEqual([
      {
        reason: 'financial-obligation',
        from: '2026-02-23T15:00:00+07:00',
        to: '2026-02-26T09:00:00+07:00',
        seq: 5,
        hours: 19.5,
      },
    ]);
    expect(d.deadline.baseDue).toBe('2026-03-02T17:00:00+07:00');
    expect(d.due).toBe('2026-03-05T11:00:00+07:00');
    expect(d.finishedAt).toBe('2026-03-03T10:00:00+07:00');
    expect(d.outcome).toBe('early');
    // 10 working days less the 1 h 40 min of 10/02 before the receipt at 09:10.
    expect(d.budgetHours).toBe(78.33);
    // Used: 10/02 09:10 → 03/03 10:00 minus the pause.
    expect(d.usedHours).toBeCloseTo(
      workingHoursBetween(engine.calendar, '2026-02-10T09:10:00+07:00', '2026-03-03T10:00:00+07:00') - 19.5,
      2,
    );
    expect(sla.steps.map((x) => [x.step, x.from, x.due, x.outcome])).toEqual([
      ['receive', null, '2026-02-10T14:40:00+07:00', 'on-time'],
      ['branch-review', 'receive', '2026-02-13T11:30:00+07:00', 'early'],
      // Base 24/02 11:30, moved by the 19.5 h pause that began before it: 26/02 16:30; paid 26/02 09:00.
      ['tax-assessment', 'branch-review', '2026-02-26T16:30:00+07:00', 'on-time'],
      ['issue', 'tax-assessment', '2026-03-04T11:00:00+07:00', 'early'],
      ['return', 'issue', '2026-03-04T16:30:00+07:00', 'early'],
    ]);
  });

  it('reports the DVCQG status at each stage', () => {
    const statuses = history.map(
      (_, i) => engine.evaluate(run(land, history.slice(0, i + 1)), history[i]!.at).status,
    );
    expect(statuses).toEqual([1, 2, 4, 4, 6, 4, 9, 10]);
  });

  it('restarts the clock from zero when the supplemented dossier returns (Art. 19(5))', () => {
    const s = run(land, [
      ...landReceived,
      { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
      {
        type: 'REQUEST_SUPPLEMENT',
        at: '2026-02-12T09:00:00+07:00',
        by: 'branch',
        items: ['Hợp đồng chưa công chứng'],
      },
      { type: 'SUPPLEMENT_RECEIVED', at: '2026-02-25T10:00:00+07:00', by: 'centre' },
    ]);
    expect(engine.slaStatus(s, '2026-02-25T11:00:00+07:00').phase).toBe('processing');
    const due = engine.dossierDeadline(s, '2026-02-25T11:00:00+07:00')!;
    // From 25/02: 25, 26, 27, 02, 03, 04, 05, 06, 09, 10/03.
    expect(due.clockFrom).toBe('2026-02-25T10:00:00+07:00');
    expect(due.due).toBe('2026-03-10T17:00:00+07:00');
    expect(due.resets).toEqual([{ at: '2026-02-25T10:00:00+07:00', seq: 5 }]);
    // Only one supplement request during processing (Decree 118/2025 Art. 19(5)).
    const again = engine.applyEvent(s, {
      type: 'REQUEST_SUPPLEMENT',
      seq: 6,
      at: '2026-02-26T09:00:00+07:00',
      by: 'branch',
      items: ['Thiếu bản vẽ'],
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.rejection.code).toBe('SUPPLEMENT_ALREADY_REQUESTED');
  });

  it('proposes closing a dossier whose supplement is not completed within 15 days', () => {
    const s = run(land, [
      ...landReceived,
      {
        type: 'REQUEST_SUPPLEMENT',
        at: '2026-02-11T09:00:00+07:00',
        by: 'centre',
        items: ['Thiếu giấy chứng nhận'],
      },
    ]);
    // 15 days from 12/02: 26/02 is a working day, the period ends at 24:00 that day.
    expect(engine.evaluate(s, '2026-02-26T23:00:00+07:00').proposals).toEqual([]);
    const late = engine.evaluate(s, '2026-02-27T08:00:00+07:00');
    expect(late.alerts.map((a) => a.code)).toContain('SUPPLEMENT_EXPIRED');
    expect(late.proposals).toEqual([
      { type: 'STOP', at: '2026-02-27T08:00:00+07:00', by: 'centre', reason: 'supplement-not-completed' },
    ]);
    // Before the period ends the applicant may still complete it: the closure is refused (Art. 19(5)).
    for (const at of ['2026-02-11T09:05:00+07:00', '2026-02-26T23:59:00+07:00']) {
      const early = engine.applyEvent(s, { ...late.proposals[0]!, at, seq: 4 });
      expect(early.ok ? 'accepted' : early.rejection.code).toBe('STOP_NOT_ALLOWED');
      expect(early.snapshot).toBe(s);
    }
    // Stopping for another reason (the agency's own decision) is not bound to the period.
    const other = engine.applyEvent(s, {
      type: 'STOP',
      at: '2026-02-12T09:00:00+07:00',
      by: 'centre',
      reason: 'other',
      seq: 4,
    });
    expect(other.ok).toBe(true);
    const stopped = engine.applyEvent(s, { ...late.proposals[0]!, seq: 4 });
    expect(stopped.ok && stopped.snapshot.outcome).toBe('stopped');
    expect(stopped.ok && engine.evaluate(stopped.snapshot, '2026-02-27T09:00:00+07:00').status).toBe(8);
  });

  it('apologises once, at least a day before the deadline, and stays counted late', () => {
    const base = run(land, [
      ...landReceived,
      { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
    ]);
    const tooLate = engine.applyEvent(base, {
      type: 'APOLOGIZE',
      seq: 4,
      at: '2026-03-02T09:00:00+07:00',
      by: 'centre',
      reason: 'Chờ xác minh',
      newDueDate: '2026-03-09',
    });
    expect(!tooLate.ok && tooLate.rejection.code).toBe('APOLOGY_NOT_ALLOWED');
    const ok = engine.applyEvent(base, {
      type: 'APOLOGIZE',
      seq: 4,
      at: '2026-02-27T09:00:00+07:00',
      by: 'centre',
      reason: 'Chờ xác minh',
      newDueDate: '2026-03-09',
    });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const twice = engine.applyEvent(ok.snapshot, {
      type: 'APOLOGIZE',
      seq: 5,
      at: '2026-02-27T10:00:00+07:00',
      by: 'centre',
      reason: 'Lần hai',
      newDueDate: '2026-03-12',
    });
    expect(!twice.ok && twice.rejection.code).toBe('APOLOGY_NOT_ALLOWED');
    const sla = engine.slaStatus(ok.snapshot, '2026-03-03T09:00:00+07:00');
    expect(sla.dossier!.due).toBe('2026-03-09T17:00:00+07:00');
    expect(sla.dossier!.extension?.to).toBe('2026-03-09');
    const done = run(land, [
      ...landReceived,
      { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
      {
        type: 'APOLOGIZE',
        at: '2026-02-27T09:00:00+07:00',
        by: 'centre',
        reason: 'Chờ xác minh',
        newDueDate: '2026-03-09',
      },
      { type: 'FORWARD', at: '2026-02-27T10:00:00+07:00', by: 'branch' },
      { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-02-27T11:00:00+07:00', by: 'tax' },
      { type: 'FINANCIAL_OBLIGATION_MET', at: '2026-02-27T14:00:00+07:00' },
      { type: 'ISSUE_RESULT', at: '2026-02-27T16:00:00+07:00', by: 'land-office' },
    ]);
    const result = engine.slaStatus(done, '2026-03-01T00:00:00+07:00').dossier!;
    // Finished before the original due day, but an apologised dossier counts late.
    expect(result.outcome).toBe('late');
    expect(result.lateBecause).toEqual(['apology']);
  });

  it('lets the applicant withdraw until the decision, not after (Art. 21)', () => {
    const s = run(land, [
      ...landReceived,
      { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
    ]);
    const w = engine.applyEvent(s, {
      type: 'WITHDRAW',
      seq: 4,
      at: '2026-02-11T09:00:00+07:00',
      reason: 'Không còn nhu cầu',
    });
    expect(w.ok && w.snapshot.outcome).toBe('withdrawn');
    expect(w.ok && engine.evaluate(w.snapshot, '2026-02-11T09:00:00+07:00').status).toBe(7);
    const decided = run(land, [
      ...landReceived,
      { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
      { type: 'FORWARD', at: '2026-02-11T14:00:00+07:00', by: 'branch' },
      { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-02-12T14:00:00+07:00', by: 'tax' },
      { type: 'FINANCIAL_OBLIGATION_MET', at: '2026-02-13T14:00:00+07:00' },
      { type: 'ISSUE_RESULT', at: '2026-02-23T14:00:00+07:00', by: 'land-office' },
    ]);
    const late = engine.applyEvent(decided, { type: 'WITHDRAW', seq: 8, at: '2026-02-24T09:00:00+07:00' });
    expect(!late.ok && late.rejection.code).toBe('WITHDRAWAL_NOT_ALLOWED');
  });

  it('returns a dossier to an earlier step and records the handoff back', () => {
    const s = run(land, [
      ...landReceived,
      { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
      { type: 'FORWARD', at: '2026-02-11T14:00:00+07:00', by: 'branch' },
      { type: 'RETURN', at: '2026-02-12T09:00:00+07:00', by: 'tax', reason: 'Sai diện tích' },
    ]);
    expect(s.state).toEqual({ processing: { 'branch-review': 'working' } });
    expect(s.visits.map((v) => [v.step, v.from])).toEqual([
      ['receive', null],
      ['branch-review', 'receive'],
      ['tax-assessment', 'branch-review'],
      ['branch-review', 'tax-assessment'],
    ]);
  });
});

describe('the desk: refused, incomplete, online acceptance', () => {
  it('refuses at the desk with reasons: no clock, status 3', () => {
    const s = run(land, [
      { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
      { type: 'REFUSE', at: '2026-02-10T09:05:00+07:00', by: 'centre', reasons: ['Không thuộc thẩm quyền'] },
    ]);
    expect(s.outcome).toBe('refused-at-desk');
    expect(s.ledger).toEqual([]);
    const sla = engine.slaStatus(s, '2026-02-10T10:00:00+07:00');
    expect(sla.dossier).toBeNull();
    expect(engine.evaluate(s, '2026-02-10T10:00:00+07:00').status).toBe(3);
  });

  it('sends an incomplete dossier back without receiving it, then receives it when resubmitted', () => {
    const s = run(business, [
      { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
      { type: 'REQUEST_SUPPLEMENT', at: '2026-02-10T09:05:00+07:00', by: 'bro', items: ['Thiếu điều lệ'] },
    ]);
    expect(s.state).toBe('incomplete');
    expect(s.receivedAt).toBeNull();
    expect(engine.evaluate(s, '2026-02-10T10:00:00+07:00').status).toBe(5);
    const again = run(business, [
      { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
      { type: 'REQUEST_SUPPLEMENT', at: '2026-02-10T09:05:00+07:00', by: 'bro', items: ['Thiếu điều lệ'] },
      { type: 'SUBMIT', at: '2026-02-12T10:00:00+07:00', channel: 'in-person' },
      { type: 'RECEIVE', at: '2026-02-12T10:05:00+07:00', by: 'bro', dossierCode: 'BRO-260212-0007' },
    ]);
    // 3 working days from Thursday 12/02 10:05: 12, 13, (Tết), 23/02.
    expect(engine.dossierDeadline(again, '2026-02-12T11:00:00+07:00')!.due).toBe('2026-02-23T17:00:00+07:00');
    expect(again.deskSupplements).toBe(1);
    expect(again.supplements).toBe(0);
  });

  it('asks for online acceptance within 8 working hours (Decree 118/2025 Art. 17(2))', () => {
    const s = run(business, [{ type: 'SUBMIT', at: '2026-02-13T16:00:00+07:00', channel: 'online' }]);
    const e = engine.evaluate(s, '2026-02-13T16:30:00+07:00');
    expect(e.status).toBe(1);
    expect(e.alerts.find((a) => a.code === 'ONLINE_ACCEPTANCE_DUE')?.due).toBe('2026-02-23T16:00:00+07:00');
    expect(engine.evaluate(s, '2026-02-23T16:01:00+07:00').alerts.map((a) => a.code)).toContain(
      'ONLINE_ACCEPTANCE_OVERDUE',
    );
  });
});

describe('the 30/4–1/5 break and the 15:00 cut-off', () => {
  const receive = (at: string): DossierSnapshot =>
    run(business, [
      { type: 'SUBMIT', at, channel: 'in-person' },
      { type: 'RECEIVE', at, by: 'bro', dossierCode: 'BRO-260429-0001' },
    ]);

  it('received Wednesday 29/04/2026 10:00: day 1 is 29/04, then 04/05 and 05/05', () => {
    expect(
      engine.dossierDeadline(receive('2026-04-29T10:00:00+07:00'), '2026-04-29T11:00:00+07:00')!.due,
    ).toBe('2026-05-05T17:00:00+07:00');
  });

  it('received at 16:00, after the cut-off: counting starts Monday 04/05, due 06/05', () => {
    const s = receive('2026-04-29T16:00:00+07:00');
    const due = engine.dossierDeadline(s, '2026-04-29T16:30:00+07:00')!;
    expect(due.due).toBe('2026-05-06T17:00:00+07:00');
    expect(due.daysOff.map((d) => d.date)).toEqual(['2026-04-30', '2026-05-01']);
    // Art. 18: the paper dossier reaches the processing agency at the start of the next working day.
    expect(
      engine.evaluate(s, '2026-04-29T16:30:00+07:00').alerts.find((a) => a.code === 'TRANSFER_DUE')?.due,
    ).toBe('2026-05-04T07:30:00+07:00');
  });

  it('marriage registration, immediate: the same day, or the next working day after 15:00', () => {
    const at = (t: string) =>
      run(marriage, [
        { type: 'SUBMIT', at: t, channel: 'in-person' },
        {
          type: 'RECEIVE',
          at: t,
          by: 'desk',
          dossierCode: 'UBX-260429-0001',
          fields: { needsVerification: false },
        },
      ]);
    expect(engine.dossierDeadline(at('2026-04-29T10:00:00+07:00'), '2026-04-29T10:00:00+07:00')!.due).toBe(
      '2026-04-29T17:00:00+07:00',
    );
    expect(engine.dossierDeadline(at('2026-04-29T15:30:00+07:00'), '2026-04-29T15:30:00+07:00')!.due).toBe(
      '2026-05-04T17:00:00+07:00',
    );
  });

  it('marriage with verification: 5 working days, the forward follows the condition', () => {
    const s = run(marriage, [
      { type: 'SUBMIT', at: '2026-04-28T09:00:00+07:00', channel: 'in-person' },
      {
        type: 'RECEIVE',
        at: '2026-04-28T09:00:00+07:00',
        by: 'desk',
        dossierCode: 'UBX-260428-0002',
        fields: { needsVerification: true },
      },
      { type: 'FORWARD', at: '2026-04-28T10:00:00+07:00', by: 'desk' },
    ]);
    expect(s.state).toEqual({ processing: { verify: 'working' } });
    // 28, 29/04, 04, 05, 06/05.
    expect(engine.dossierDeadline(s, '2026-04-28T11:00:00+07:00')!.due).toBe('2026-05-06T17:00:00+07:00');
    // Steps without a share of the time are due with the dossier.
    const steps = engine.slaStatus(s, '2026-04-28T11:00:00+07:00').steps;
    expect(steps.map((x) => [x.step, x.plan, x.due])).toEqual([
      ['receive', [0, 5], '2026-05-06T17:00:00+07:00'],
      ['verify', [0, 5], '2026-05-06T17:00:00+07:00'],
    ]);
  });

  it('judicial record certificate, 10 calendar days (Civil Code Art. 147–148)', () => {
    const s = run(judicial, [
      { type: 'SUBMIT', at: '2026-04-24T09:00:00+07:00', channel: 'in-person' },
      {
        type: 'RECEIVE',
        at: '2026-04-24T09:00:00+07:00',
        by: 'desk',
        dossierCode: 'CA-260424-0003',
        fields: { hasSeveralResidences: false, livedAbroad: false, isForeigner: false },
      },
    ]);
    // From 25/04, day 10 = 04/05 (a working day): ends at 24:00.
    expect(engine.dossierDeadline(s, '2026-04-24T10:00:00+07:00')!.due).toBe('2026-05-05T00:00:00+07:00');
  });
});

describe('interagency consultation (construction permit 2026, 7 working days)', () => {
  const start: EventInput[] = [
    { type: 'SUBMIT', at: '2026-07-06T08:00:00+07:00', channel: 'in-person' },
    {
      type: 'RECEIVE',
      at: '2026-07-06T08:00:00+07:00',
      by: 'desk',
      dossierCode: 'UBX-260706-0001',
      fields: { needsConsultation: true },
    },
    { type: 'FORWARD', at: '2026-07-06T09:00:00+07:00', by: 'desk' },
    { type: 'CONSULT', at: '2026-07-07T09:00:00+07:00', by: 'urban' },
  ];

  it('asks both agencies in parallel (electronic) and joins when both replied', () => {
    const s = run(permit2026, [
      ...start,
      { type: 'REPLY', at: '2026-07-08T09:00:00+07:00', by: 'utilities', opinion: 'Đồng ý' },
      { type: 'REPLY', at: '2026-07-09T09:00:00+07:00', by: 'sector' },
    ]);
    expect(s.state).toEqual({ processing: { decide: 'working' } });
    const sla = engine.slaStatus(s, '2026-07-09T10:00:00+07:00');
    // Branches share the window after review (plan 2.5 → 4.5); decide starts at 4.5.
    expect(sla.steps.map((x) => [x.step, x.plan])).toEqual([
      ['receive', [0, 0.5]],
      ['review', [0.5, 2.5]],
      ['consult-sector', [2.5, 4.5]],
      ['consult-utilities', [2.5, 4.5]],
      ['decide', [4.5, 6.5]],
    ]);
    expect(sla.steps[2]!.due).toBe(sla.steps[3]!.due);
  });

  it('in sequence (paper): the second agency acts only after the first replied', () => {
    const seq = start.map((e) => (e.type === 'RECEIVE' ? { ...e, consultation: 'sequential' as const } : e));
    const s = run(permit2026, seq);
    const early = engine.applyEvent(s, {
      type: 'REPLY',
      seq: 5,
      at: '2026-07-08T09:00:00+07:00',
      by: 'utilities',
    });
    expect(!early.ok && early.rejection.code).toBe('WRONG_AGENCY');
    const done = run(permit2026, [
      ...seq,
      { type: 'REPLY', at: '2026-07-08T09:00:00+07:00', by: 'sector' },
      { type: 'REPLY', at: '2026-07-09T09:00:00+07:00', by: 'utilities' },
    ]);
    expect(done.state).toEqual({ processing: { decide: 'working' } });
    expect(done.visits.map((v) => [v.step, v.from, v.plan])).toEqual([
      ['receive', null, [0, 0.5]],
      ['review', 'receive', [0.5, 2.5]],
      ['consult-sector', 'review', [2.5, 4.5]],
      ['consult-utilities', 'consult-sector', [4.5, 6.5]],
      // The decision's share (2 days) is cut at the 7-day budget (review M6).
      ['decide', 'consult-utilities', [6.5, 7]],
    ]);
  });
});
