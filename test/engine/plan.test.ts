/**
 * Step plans: no step is due after the dossier; pauses lengthen calendar-day periods by whole days.
 */
import { describe, expect, it } from 'vitest';
import { dayInfo } from '../../src/calendar/index.js';
import { createEngine, type DossierSnapshot } from '../../src/engine/index.js';
import { defineProcedure } from '../../src/rules/index.js';
import { engine, land, permit2026, raw, run } from './fixtures.js';

describe('no step is due after the dossier', () => {
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

describe('pauses lengthen calendar-day periods by whole days (Civil Code 2015 Art. 148(5))', () => {
  it('ends at 24:00 of a working day, rolled over the weekend', () => {
    const j = raw('judicial-record-certificate');
    j.version = 'pause';
    j.timing.supplement = { clock: 'pause' };
    const paused = defineProcedure(j);
    const eng = createEngine({ policy: 'working-days-cutoff', procedures: [paused] });
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
    expect(dayInfo(eng.calendar, d.dueDate).working).toBe(true);
    expect(d.pauses.map((p) => p.hours)).toEqual([48]);
    // Every step's due is a whole-day instant too (no odd hour from the pause).
    for (const step of eng.slaStatus(s, '2026-03-05T00:00:00+07:00').steps)
      expect(Date.parse(step.due!) - Date.parse(d.due)).toBeLessThanOrEqual(0);
  });
});
