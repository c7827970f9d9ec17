/**
 * The applicant's supplement window, counted as the Civil Code counts a period.
 */
import { describe, expect, it } from 'vitest';
import { codes, engine, permit2026, run } from './fixtures.js';

describe("the applicant's supplement window counts as the Civil Code does", () => {
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
