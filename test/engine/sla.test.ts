/**
 * SLA readings and time-driven checks: thresholds, remaining time, the apology window, overdue steps, the paper
 * transfer rule, the supplement window, explanations of due dates, and early / on time / late at the edges.
 */
import { describe, expect, it } from 'vitest';
import { addWorkingHours, workingHoursBetween } from '../../src/calendar/index.js';
import { type DossierSnapshot, timeliness, type UnnumberedEvent } from '../../src/engine/index.js';
import { engine, judicial, land } from './fixtures.js';

function run(events: readonly UnnumberedEvent[]): DossierSnapshot {
  const r = engine.replay(
    land,
    events.map((e, i) => ({ ...e, seq: i + 1 })),
  );
  if (!r.ok) throw new Error(r.rejection.message);
  return r.snapshot;
}

const received: UnnumberedEvent[] = [
  { type: 'SUBMIT', at: '2026-03-02T07:30:00+07:00', channel: 'in-person' },
  {
    type: 'RECEIVE',
    at: '2026-03-02T07:30:00+07:00',
    by: 'centre',
    dossierCode: '000.00.24.H29-260302-0003',
  },
  { type: 'FORWARD', at: '2026-03-02T09:00:00+07:00', by: 'centre' },
];

describe('timeliness (domain notes §6)', () => {
  it.each([
    ['2026-03-12T10:00:00+07:00', 'early'],
    ['2026-03-13T09:00:00+07:00', 'on-time'],
    ['2026-03-13T17:00:00+07:00', 'on-time'],
    ['2026-03-13T17:00:01+07:00', 'late'],
  ] as const)('finished %s against due 13/03 17:00 → %s', (finish, expected) => {
    expect(timeliness(finish, '2026-03-13T17:00:00+07:00')).toBe(expected);
  });

  it('a calendar-day deadline ending at 24:00 counts the last day as the due day', () => {
    expect(timeliness('2026-05-04T23:00:00+07:00', '2026-05-05T00:00:00+07:00')).toBe('on-time');
    expect(timeliness('2026-05-03T23:00:00+07:00', '2026-05-05T00:00:00+07:00')).toBe('early');
  });
});

describe('slaStatus', () => {
  const s = run(received);
  // Received Monday 02/03 07:30: 10 working days → Friday 13/03 17:00, 80 working hours.

  it.each([
    ['2026-03-04T17:00:00+07:00', 'ok', 24, 56],
    ['2026-03-06T17:00:00+07:00', 'warning', 40, 40],
    ['2026-03-11T17:00:00+07:00', 'critical', 64, 16],
    ['2026-03-16T09:00:00+07:00', 'overdue', 81.5, -1.5],
  ] as const)('at %s: %s, %d h used, %d h left', (at, level, used, remaining) => {
    const d = engine.slaStatus(s, at).dossier!;
    expect(d.due).toBe('2026-03-13T17:00:00+07:00');
    expect(d.level).toBe(level);
    expect(d.usedHours).toBe(used);
    expect(d.remainingHours).toBe(remaining);
  });

  it('takes configurable thresholds', () => {
    expect(
      engine.slaStatus(s, '2026-03-04T17:00:00+07:00', { thresholds: [0.2, 0.3, 1] }).dossier!.level,
    ).toBe('critical');
  });

  it('explains the due date', () => {
    const tet = run([
      { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
      { type: 'RECEIVE', at: '2026-02-10T09:10:00+07:00', by: 'centre', dossierCode: 'X' },
      { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
      { type: 'FORWARD', at: '2026-02-12T16:00:00+07:00', by: 'branch' },
      { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-02-23T15:00:00+07:00', by: 'tax' },
    ]);
    const lines = engine.slaStatus(tet, '2026-02-24T09:00:00+07:00').dossier!.explanation.map((t) => t.vi);
    expect(lines.some((l) => l.startsWith('Bỏ qua 17/02/2026') && l.includes('Tết'))).toBe(true);
    expect(
      lines.some(
        (l) => l.startsWith('Tạm dừng 15 giờ 00, ngày 23/02/2026') && l.includes('nghĩa vụ tài chính'),
      ),
    ).toBe(true);
  });
});

describe('evaluate', () => {
  const s = run(received);

  it('warns at the thresholds and asks for the apology at least one day before the deadline', () => {
    expect(engine.evaluate(s, '2026-03-06T17:00:00+07:00').alerts.map((a) => a.code)).toContain(
      'DEADLINE_WARNING',
    );
    const critical = engine.evaluate(s, '2026-03-11T17:00:00+07:00');
    expect(critical.alerts.map((a) => a.code)).toEqual(
      expect.arrayContaining(['DEADLINE_CRITICAL', 'APOLOGY_DUE']),
    );
    expect(critical.alerts.find((a) => a.code === 'APOLOGY_DUE')?.due).toBe('2026-03-12T17:00:00+07:00');
    // The apology may be sent on that day itself: "chậm nhất ngày", not "trước ngày"; instants as the forms write.
    expect(critical.alerts.find((a) => a.code === 'APOLOGY_DUE')?.messageVi).toContain(
      'chậm nhất ngày 12/03/2026',
    );
    const critical2 = critical.alerts.find((a) => a.code === 'DEADLINE_CRITICAL')?.messageVi ?? '';
    expect(critical2).toMatch(/hạn \d{2} giờ \d{2}, ngày \d{2}\/\d{2}\/\d{4}$/);
    const over = engine.evaluate(s, '2026-03-16T09:00:00+07:00');
    expect(over.alerts.map((a) => a.code)).toContain('OVERDUE');
    expect(over.alerts.map((a) => a.code)).not.toContain('APOLOGY_DUE');
  });

  it('flags a step past its own deadline', () => {
    // branch-review: plan 0.5 → 3.5: due 05/03 11:30.
    const e = engine.evaluate(s, '2026-03-05T14:00:00+07:00');
    expect(e.alerts.find((a) => a.code === 'STEP_OVERDUE')?.step).toBe('branch-review');
    expect(engine.evaluate(s, '2026-03-05T11:00:00+07:00').alerts.map((a) => a.code)).not.toContain(
      'STEP_OVERDUE',
    );
  });

  it('shows the supplement window, and refuses a request after it (Art. 19(5))', () => {
    expect(
      engine.evaluate(s, '2026-03-03T09:00:00+07:00').alerts.find((a) => a.code === 'SUPPLEMENT_WINDOW')?.due,
    ).toBe('2026-03-05T17:00:00+07:00');
    // Received Mon 02/03 07:30: "03 ngày làm việc kể từ ngày tiếp nhận" counts from Tue 03/03 (Civil Code
    // Art. 147(2)), whatever policy the appointment uses, so Thu 05/03 is the last day.
    const inTime = engine.applyEvent(s, {
      type: 'REQUEST_SUPPLEMENT',
      seq: 4,
      at: '2026-03-05T16:59:00+07:00',
      by: 'branch',
      items: ['Thiếu'],
    });
    expect(inTime.ok).toBe(true);
    const late = engine.applyEvent(s, {
      type: 'REQUEST_SUPPLEMENT',
      seq: 4,
      at: '2026-03-06T08:00:00+07:00',
      by: 'branch',
      items: ['Thiếu'],
    });
    expect(!late.ok && late.rejection.code).toBe('SUPPLEMENT_TOO_LATE');
  });

  it('reports a paper dossier not transferred by the start of the next working day (Art. 18)', () => {
    const waiting = run(received.slice(0, 2));
    expect(engine.evaluate(waiting, '2026-03-02T16:00:00+07:00').alerts.map((a) => a.code)).toContain(
      'TRANSFER_DUE',
    );
    expect(engine.evaluate(waiting, '2026-03-02T17:30:00+07:00').alerts.map((a) => a.code)).toContain(
      'TRANSFER_OVERDUE',
    );
  });

  it('does not warn while the clock is paused', () => {
    const paying = run([
      ...received,
      { type: 'FORWARD', at: '2026-03-03T09:00:00+07:00', by: 'branch' },
      { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-03-04T09:00:00+07:00', by: 'tax' },
    ]);
    const e = engine.evaluate(paying, '2026-04-30T09:00:00+07:00');
    expect(e.status).toBe(6);
    expect(e.alerts.map((a) => a.code)).not.toContain('OVERDUE');
    expect(engine.slaStatus(paying, '2026-04-30T09:00:00+07:00').dossier!.deadline.paused).toBe(
      'financial-obligation',
    );
  });
});

describe('pauses and step deadlines', () => {
  it('a pause moves the steps still open or to come, not a step that ended before it', () => {
    const s = run([
      { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
      { type: 'RECEIVE', at: '2026-02-10T09:10:00+07:00', by: 'centre', dossierCode: 'X' },
      { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
      { type: 'FORWARD', at: '2026-02-12T16:00:00+07:00', by: 'branch' },
      { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-02-12T16:30:00+07:00', by: 'tax' },
    ]);
    const steps = engine.slaStatus(s, '2026-02-24T09:00:00+07:00').steps;
    // branch-review ended 12/02 16:00, before the pause: its due stays 13/02 11:30.
    expect(steps[1]!.due).toBe('2026-02-13T11:30:00+07:00');
    // tax-assessment is waiting for the payment: its due (24/02 11:30 before the pause) moves with the open pause.
    const paused = workingHoursBetween(
      engine.calendar,
      '2026-02-12T16:30:00+07:00',
      '2026-02-24T09:00:00+07:00',
    );
    expect(steps[2]!.due).toBe(addWorkingHours(engine.calendar, '2026-02-24T11:30:00+07:00', paused));
  });
});

/** A land dossier received 10/02/2026 and handed to the tax authority on 12/02 (due 02/03 17:00 across Tết). */
const atTax: UnnumberedEvent[] = [
  { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
  { type: 'RECEIVE', at: '2026-02-10T09:10:00+07:00', by: 'centre', dossierCode: 'X' },
  { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
  { type: 'FORWARD', at: '2026-02-12T16:00:00+07:00', by: 'branch' },
];

/** The desk's apology with a new appointment day. */
const apology = (at: string, newDueDate: string): UnnumberedEvent => ({
  type: 'APOLOGIZE',
  at,
  by: 'centre',
  reason: 'x',
  newDueDate,
});

describe('the new appointment after an apology (Art. 19(6)) and the time the clock stands still', () => {
  const base = atTax;

  it('is the day the apology gave when nothing stops the clock afterwards', () => {
    const s = run([...base, apology('2026-02-23T08:00:00+07:00', '2026-03-04')]);
    const d = engine.slaStatus(s, '2026-03-03T09:00:00+07:00').dossier!;
    expect(d.due).toBe('2026-03-04T17:00:00+07:00');
    expect(d.dueDate).toBe('2026-03-04');
  });

  it('moves on by a payment pause after the apology, so the dossier is not overdue before it', () => {
    // Land, 10 working days from 10/02 across Tết: due 02/03 17:00; apology 23/02 → new day 04/03 (2 working
    // days more); the applicant pays from 23/02 15:00 to 05/03 09:00 (7.5 working days), which never counts.
    const s = run([
      ...base,
      apology('2026-02-23T08:00:00+07:00', '2026-03-04'),
      { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-02-23T15:00:00+07:00', by: 'tax' },
      { type: 'FINANCIAL_OBLIGATION_MET', at: '2026-03-05T09:00:00+07:00' },
    ]);
    const d = engine.slaStatus(s, '2026-03-06T09:00:00+07:00').dossier!;
    expect(d.deadline.ledgerDue).toBe('2026-03-12T11:00:00+07:00');
    // The end of 04/03 moved on by what the pause added to the ledger due (02/03 17:00 → 12/03 11:00).
    expect(d.due).toBe('2026-03-16T11:00:00+07:00');
    expect(d.level).not.toBe('overdue');
    expect(d.remainingHours).toBeGreaterThan(0);
    expect(engine.evaluate(s, '2026-03-06T09:00:00+07:00').alerts.map((a) => a.code)).not.toContain(
      'OVERDUE',
    );
    expect(d.explanation.map((t) => t.en).join('\n')).toMatch(/new appointment moves to 2026-03-16/);
  });

  it('moves on by a supplement restart after the apology', () => {
    const s = run([
      ...base.slice(0, 2),
      apology('2026-02-11T08:00:00+07:00', '2026-03-04'),
      { type: 'REQUEST_SUPPLEMENT', at: '2026-02-11T09:00:00+07:00', by: 'centre', items: ['y'] },
      { type: 'SUPPLEMENT_RECEIVED', at: '2026-02-26T09:00:00+07:00' },
    ]);
    const d = engine.slaStatus(s, '2026-03-05T09:00:00+07:00').dossier!;
    expect(Date.parse(d.due)).toBeGreaterThan(Date.parse(d.deadline.ledgerDue));
    expect(d.level).not.toBe('overdue');
  });
});

describe('instants given to slaStatus, evaluate and the deadlines (review 3, F6)', () => {
  const s = run(received);
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return [(e as { code: string }).code, (e as { path: unknown }).path];
    }
    return 'accepted';
  };

  it('refuse a string without an offset or not a real day, with the path', () => {
    expect(code(() => engine.slaStatus(s, '2026-03-09T03:00:00'))).toEqual(['INVALID_ARGUMENT', ['at']]);
    expect(code(() => engine.slaStatus(s, 'garbage'))).toEqual(['INVALID_ARGUMENT', ['at']]);
    expect(code(() => engine.evaluate(s, '2026-02-30T09:00:00+07:00'))).toEqual([
      'INVALID_ARGUMENT',
      ['now'],
    ]);
    expect(code(() => engine.dossierDeadline(s, '2026-03-09'))).toEqual(['INVALID_ARGUMENT', ['at']]);
  });

  it('take any offset or epoch milliseconds, and answer in +07:00', () => {
    const iso = engine.slaStatus(s, '2026-03-09T10:00:00+07:00');
    expect(engine.slaStatus(s, '2026-03-09T03:00:00Z')).toEqual(iso);
    expect(engine.slaStatus(s, Date.parse('2026-03-09T03:00:00Z'))).toEqual(iso);
    expect(code(() => engine.slaStatus(s, 1e20))).toEqual(['INVALID_ARGUMENT', ['at']]);
    expect(code(() => engine.evaluate(s, Number.NaN))).toEqual(['INVALID_ARGUMENT', ['now']]);
    expect(iso.at).toBe('2026-03-09T10:00:00+07:00');
    expect(engine.evaluate(s, '2026-03-09T03:00:00Z').at).toBe('2026-03-09T10:00:00+07:00');
  });
});

describe('each step against its own deadline: time, share and level (review 3, F5)', () => {
  const s = run(received);
  const step = (at: string) => engine.slaStatus(s, at).steps.at(-1)!;

  it('counts the working time from the handoff to the step due instant', () => {
    // Branch review: planned [0.5, 3.5] working days on the dossier clock (from 02/03 07:30), handed over at
    // 09:00, due 05/03 11:30: 26.5 working hours from the handoff.
    expect(step('2026-03-02T09:00:00+07:00')).toMatchObject({
      step: 'branch-review',
      due: '2026-03-05T11:30:00+07:00',
      budgetHours: 26.5,
      usedHours: 0,
      level: 'ok',
    });
    expect(step('2026-03-03T09:00:00+07:00')).toMatchObject({
      usedHours: 8,
      remainingHours: 18.5,
      level: 'ok',
    });
    expect(step('2026-03-04T17:00:00+07:00')).toMatchObject({
      usedHours: 22.5,
      remainingHours: 4,
      level: 'critical',
    });
    expect(step('2026-03-06T09:00:00+07:00')).toMatchObject({
      remainingHours: -5.5,
      level: 'overdue',
      overdue: true,
    });
    expect(
      engine.slaStatus(s, '2026-03-03T15:00:00+07:00', { thresholds: [0.2, 0.4, 1] }).steps.at(-1)?.level,
    ).toBe('critical');
  });

  it('does not count the time the clock stands still', () => {
    const paying = run([
      ...received,
      { type: 'FORWARD', at: '2026-03-03T09:00:00+07:00', by: 'branch' },
      { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-03-03T10:00:00+07:00', by: 'tax' },
    ]);
    const a = engine.slaStatus(paying, '2026-03-03T11:00:00+07:00').steps.at(-1)!;
    const b = engine.slaStatus(paying, '2026-03-10T11:00:00+07:00').steps.at(-1)!;
    expect(a.usedHours).toBe(1);
    expect(b.usedHours).toBe(1);
    expect(b.level).toBe(a.level);
  });
});

describe('the paper transfer alert (Art. 18) while a supplement is awaited (review 3, F12)', () => {
  it('is not raised: there is nothing to transfer until the dossier is complete', () => {
    const s = run([
      ...received.slice(0, 2),
      { type: 'REQUEST_SUPPLEMENT', at: '2026-03-02T08:00:00+07:00', by: 'centre', items: ['Thiếu bản đồ'] },
    ]);
    const codes = engine.evaluate(s, '2026-03-04T09:00:00+07:00').alerts.map((a) => a.code);
    expect(codes).not.toContain('TRANSFER_OVERDUE');
    const waiting = run(received.slice(0, 2));
    expect(engine.evaluate(waiting, '2026-03-04T09:00:00+07:00').alerts.map((a) => a.code)).toContain(
      'TRANSFER_OVERDUE',
    );
  });
});

describe('step shares under a variant limit (review 3, F9)', () => {
  it('scale with the limit: a 20-day dossier in a disadvantaged area gives each step twice its 10-day share', () => {
    const far = run([
      received[0]!,
      { ...received[1]!, fields: { disadvantagedArea: true } } as UnnumberedEvent,
      received[2]!,
    ]);
    const near = run(received);
    expect(far.limit).toEqual({ amount: 20, unit: 'working-days' });
    const [f, n] = [far.visits.at(-1)!, near.visits.at(-1)!];
    expect(f.step).toBe(n.step);
    expect(f.plan).toEqual([n.plan[0] * 2, n.plan[1] * 2]);
    // Five working days in, the branch is still within its (doubled) share.
    const step = engine.slaStatus(far, '2026-03-06T09:00:00+07:00').steps.at(-1)!;
    expect(step.overdue).toBe(false);
  });
});

describe('an apology made while the clock stands still (review 4)', () => {
  const base: UnnumberedEvent[] = [
    ...atTax,
    { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-02-23T15:00:00+07:00', by: 'tax' },
  ];

  it('keeps the time paid for after the apology out of the deadline', () => {
    // Paying from 23/02 15:00; apology on 25/02 for 06/03 while still paying; paid 20/03 09:00.
    const s = run([
      ...base,
      apology('2026-02-25T09:00:00+07:00', '2026-03-06'),
      { type: 'FINANCIAL_OBLIGATION_MET', at: '2026-03-20T09:00:00+07:00' },
    ]);
    const at = '2026-03-23T09:00:00+07:00';
    const d = engine.slaStatus(s, at).dossier!;
    // At the apology the deadline stood at 04/03 11:00 (02/03 17:00 + the 2 days paid so far); 06/03 17:00 gave
    // 2 working days 6 hours more. The ledger due after the whole payment is 27/03 11:00; plus that extra time:
    expect(d.deadline.ledgerDue).toBe('2026-03-27T11:00:00+07:00');
    expect(workingHoursBetween(engine.calendar, d.deadline.ledgerDue, d.due)).toBe(
      workingHoursBetween(engine.calendar, '2026-03-04T11:00:00+07:00', '2026-03-06T17:00:00+07:00'),
    );
    expect(d.level).not.toBe('overdue');
    expect(engine.evaluate(s, at).alerts.map((a) => a.code)).not.toContain('OVERDUE');
  });

  it('a new day on a day off is read as the next working day, and is not said to have moved', () => {
    const s = run([...base.slice(0, 4), apology('2026-02-23T09:00:00+07:00', '2026-03-07')]);
    const d = engine.slaStatus(s, '2026-03-03T09:00:00+07:00').dossier!;
    expect(d.due).toBe('2026-03-09T17:00:00+07:00');
    expect(d.explanation.map((t) => t.en).join('\n')).not.toMatch(/moves to/);
  });
});

describe('scaled shares in calendar days stay whole (review 4)', () => {
  it('rounds a scaled calendar-day share down, to one day at least', () => {
    const r = engine.replay(judicial, [
      { type: 'SUBMIT', seq: 1, at: '2026-03-02T09:00:00+07:00', channel: 'in-person' },
      {
        type: 'RECEIVE',
        seq: 2,
        at: '2026-03-02T09:00:00+07:00',
        by: 'desk',
        dossierCode: 'X',
        fields: { hasSeveralResidences: true, livedAbroad: false, isForeigner: false },
      },
    ]);
    expect(r.ok && r.snapshot.limit).toEqual({ amount: 15, unit: 'calendar-days' });
    // The receive step has 1 of 10 days: 1.5 of 15, counted as 1 whole day.
    expect(r.ok && r.snapshot.visits[0]?.plan).toEqual([0, 1]);
  });
});

describe('field defaults in the engine conditions (as in validateDossier)', () => {
  it('a yes/no field left empty takes its default, so one "yes" is enough for the 15-day variant', () => {
    const receive = (fields: Record<string, boolean>) =>
      engine.replay(judicial, [
        { type: 'SUBMIT', seq: 1, at: '2026-03-02T09:00:00+07:00', channel: 'in-person' },
        { type: 'RECEIVE', seq: 2, at: '2026-03-02T09:00:00+07:00', by: 'desk', dossierCode: 'X', fields },
      ]);
    const one = receive({ livedAbroad: true });
    const none = receive({});
    expect(one.ok && one.snapshot.limit).toEqual({ amount: 15, unit: 'calendar-days' });
    expect(none.ok && none.snapshot.limit).toEqual({ amount: 10, unit: 'calendar-days' });
  });
});
