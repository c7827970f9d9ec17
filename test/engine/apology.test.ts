/**
 * The apology and the new appointment: bounded, levels read against it, and the APOLOGY_DUE alert in time for short procedures.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar, parseWorkingHours } from '../../src/calendar/index.js';
import { createEngine } from '../../src/engine/index.js';
import { business, businessReceived, codes, engine, run } from './fixtures.js';

describe('the new appointment is bounded', () => {
  const received = run(business, businessReceived);
  const apologize = (newDueDate: string) =>
    engine.applyEvent(received, {
      type: 'APOLOGIZE',
      seq: 4,
      at: '2026-03-03T10:00:00+07:00',
      by: 'bro',
      reason: 'Quá tải',
      newDueDate,
    });

  it("by the procedure's own limit again after the current appointment (due 04/03, at most 09/03)", () => {
    expect(apologize('2026-03-09').ok).toBe(true);
    const far = apologize('2026-03-10');
    expect(!far.ok && far.rejection).toMatchObject({
      code: 'APOLOGY_NOT_ALLOWED',
      path: ['newDueDate'],
      params: { reason: 'too-far', latest: '2026-03-09' },
    });
    expect(far.snapshot).toBe(received);
  });

  it('refuses 9999-12-31 (it used to be stored, and every later read failed)', () => {
    const r = apologize('9999-12-31');
    expect(!r.ok && r.rejection.params).toMatchObject({ reason: 'too-far' });
    expect(engine.dossierDeadline(received)?.due).toBe('2026-03-04T17:00:00+07:00');
  });
});

describe('levels after an apology, and at the due instant', () => {
  it('reads the level and remaining time against the new appointment; the dossier stays late', () => {
    const s = run(business, [
      ...businessReceived,
      {
        type: 'APOLOGIZE',
        at: '2026-03-03T10:00:00+07:00',
        by: 'bro',
        reason: 'r',
        newDueDate: '2026-03-09',
      },
    ]);
    const at = '2026-03-05T09:00:00+07:00';
    const d = engine.slaStatus(s, at).dossier!;
    expect(d.due).toBe('2026-03-09T17:00:00+07:00');
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

describe('APOLOGY_DUE in time for short procedures', () => {
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
      policy: 'working-days-cutoff',
      procedures: [business],
      calendar: createCalendar({
        hours: parseWorkingHours({
          sessions: [
            { start: '08:00', end: '12:00' },
            { start: '13:30', end: '17:30' },
          ],
        }),
      }),
    });
    const t = run(business, businessReceived, late);
    const a = late.evaluate(t, '2026-03-03T09:00:00+07:00').alerts.find((x) => x.code === 'APOLOGY_DUE');
    expect(a?.due).toBe('2026-03-03T17:30:00+07:00');
  });
});
