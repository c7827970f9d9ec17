/**
 * Online dossiers: the 2-hour alert and the 8 working hours of acceptance run from the latest submission (Decree 118/2025 Art. 17(2)).
 */
import { describe, expect, it } from 'vitest';
import { business, engine, run } from './fixtures.js';

describe('online acceptance from the latest submission (Decree 118/2025 Art. 17(2))', () => {
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

  it('the 2-hour alert instant is written in +07:00, like every other instant', () => {
    const first = run(business, [{ type: 'SUBMIT', at: '2026-03-02T01:00:00Z', channel: 'online' }]);
    const alert = engine
      .evaluate(first, '2026-03-02T08:30:00+07:00')
      .alerts.find((a) => a.code === 'ONLINE_ALERT');
    expect(alert?.due).toBe('2026-03-02T10:00:00+07:00');
  });
});
