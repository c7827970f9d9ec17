/**
 * The law's default count (issue: the engine's second edition, §1): N working days are N × 8 working hours from
 * the (next) working instant of complete receipt (Decree 118/2025 Art. 17(3)); the 15:00 cut-off is a transfer
 * rule (Art. 18), not a counting rule; a pause recorded before the clock starts never counts. Hand-computed cases.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type UnnumberedEvent } from '../../src/engine/index.js';
import { defineProcedure } from '../../src/rules/index.js';
import { business, defaultEngine as engine, land, raw, run } from './fixtures.js';

describe('working hours by default', () => {
  it('3 working days from Thu 12/02/2026 10:00 are due Tue 24/02 10:00 (Tết 16–20/02 skipped)', () => {
    const s = run(
      business,
      [
        { type: 'SUBMIT', at: '2026-02-12T09:50:00+07:00', channel: 'in-person' },
        { type: 'RECEIVE', at: '2026-02-12T10:00:00+07:00', by: 'bro', dossierCode: 'BRO-260212-0001' },
      ],
      engine,
    );
    expect(s.counting?.policy).toBe('working-hours');
    const due = engine.dossierDeadline(s)!;
    expect(due.due).toBe('2026-02-24T10:00:00+07:00');
    expect(due.policy).toBe('working-hours');
    // Every deadline's notes name the policy that produced it.
    expect(due.notes[0]).toEqual({
      vi: 'Cách tính: giờ làm việc (N × 8 giờ làm việc kể từ khi tiếp nhận đủ hồ sơ; mặc định)',
      en: 'Counted by working hours (N × 8 working hours from complete receipt; the default)',
    });
    expect(engine.policy).toBe('working-hours');
  });

  const landReceived = (...more: UnnumberedEvent[]) =>
    run(
      land,
      [
        { type: 'SUBMIT', at: '2026-04-20T08:50:00+07:00', channel: 'in-person' },
        { type: 'RECEIVE', at: '2026-04-20T09:00:00+07:00', by: 'centre', dossierCode: 'H29-260420-0001' },
        { type: 'FORWARD', at: '2026-04-20T10:00:00+07:00', by: 'centre' },
        { type: 'FORWARD', at: '2026-04-21T10:00:00+07:00', by: 'branch' },
        ...(more as never[]),
      ],
      engine,
    );

  it('10 working days from Mon 20/04/2026 09:00 are due Thu 07/05 09:00 (27/04, 30/04, 01/05 off)', () => {
    expect(engine.dossierDeadline(landReceived())?.due).toBe('2026-05-07T09:00:00+07:00');
  });

  it('paused for the tax payment Wed 22/04 09:00 → Mon 04/05 09:00: due Thu 14/05 09:00, 64 working hours left', () => {
    const s = landReceived(
      { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-04-22T09:00:00+07:00', by: 'tax' },
      { type: 'FINANCIAL_OBLIGATION_MET', at: '2026-05-04T09:00:00+07:00' },
    );
    const sla = engine.slaStatus(s, '2026-05-04T09:00:00+07:00').dossier!;
    expect(sla.due).toBe('2026-05-14T09:00:00+07:00');
    expect(sla.remainingHours).toBe(64);
    expect(sla.usedHours).toBe(16);
    // The same due instant in every view.
    expect(engine.dossierDeadline(s)?.due).toBe(sla.due);
    expect(engine.dvcqgRecord(s).NgayHenTra).toBe('20260514090000');
  });

  it('the 15:00 cut-off never moves a count in working hours; it stays the transfer rule (Art. 18)', () => {
    const s = run(
      business,
      [
        { type: 'SUBMIT', at: '2026-02-13T15:20:00+07:00', channel: 'in-person' },
        { type: 'RECEIVE', at: '2026-02-13T15:30:00+07:00', by: 'bro', dossierCode: 'BRO-260213-0001' },
      ],
      engine,
    );
    expect(engine.dossierDeadline(s)?.due).toBe('2026-02-25T15:30:00+07:00');
    const transfer = engine
      .evaluate(s, '2026-02-13T15:40:00+07:00')
      .alerts.find((a) => a.code === 'TRANSFER_DUE');
    expect(transfer?.due).toBe('2026-02-23T07:30:00+07:00');
  });
});

describe('a pause recorded before the clock starts never counts', () => {
  // An online registration with an 8-working-hour limit whose fee is paid right after acceptance.
  const j = raw('business-registration');
  j.code = '9.999001';
  j.version = '2026.1';
  j.timing.limit = { type: 'duration', amount: 8, unit: 'working-hours' };
  j.timing.financialObligationPausesClock = true;
  j.steps[0].actions.unshift({ type: 'request-financial-obligation', to: j.steps[0].actions[0].to });
  for (const s of j.steps) delete s.time;
  const online = defineProcedure(j);
  const events: UnnumberedEvent[] = [
    { type: 'SUBMIT', at: '2026-03-06T15:10:00+07:00', channel: 'online' },
    { type: 'RECEIVE', at: '2026-03-06T15:30:00+07:00', by: 'bro', dossierCode: 'BRO-260306-0009' },
    { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-03-06T15:30:00+07:00', by: 'bro' },
    { type: 'FINANCIAL_OBLIGATION_MET', at: '2026-03-06T15:45:00+07:00' },
  ];

  it('by default the clock runs from Friday 15:30: the quarter hour paid is added, due Monday 15:45', () => {
    const e = createEngine({ procedures: [online] });
    expect(e.dossierDeadline(run(online, events, e))?.due).toBe('2026-03-09T15:45:00+07:00');
  });

  it('with the cut-off policy the clock starts Monday 07:30; the payment before it adds nothing: Monday 17:00', () => {
    const e = createEngine({ policy: 'working-days-cutoff', procedures: [online] });
    const d = e.dossierDeadline(run(online, events, e))!;
    expect(d.start).toBe('2026-03-09T07:30:00+07:00');
    expect(d.due).toBe('2026-03-09T17:00:00+07:00');
    expect(d.pauses[0]?.hours).toBe(0);
  });
});
