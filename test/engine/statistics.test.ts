/**
 * Statistics with the 'pause' supplement clock.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { defineProcedure } from '../../src/rules/index.js';
import { businessReceived, raw, run } from './fixtures.js';

describe("statistics with the 'pause' supplement clock", () => {
  it('a dossier whose supplement came back is no longer waiting, so a late one counts late', () => {
    const j = raw('business-registration');
    j.version = '2025.p';
    j.timing.supplement = { clock: 'pause' };
    const paused = defineProcedure(j);
    const eng = createEngine({ policy: 'working-days-cutoff', procedures: [paused] });
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
    const st = eng.statistics([s], { from: '2026-03-01', to: '2026-03-31' });
    expect([st.onTime, st.late]).toEqual([0, 1]);
  });

  it('a dossier still waiting for its supplement ends at the request (on time)', () => {
    const j = raw('business-registration');
    j.version = '2025.p';
    j.timing.supplement = { clock: 'pause' };
    const paused = defineProcedure(j);
    const eng = createEngine({ policy: 'working-days-cutoff', procedures: [paused] });
    const s = run(
      paused,
      [
        ...businessReceived,
        { type: 'REQUEST_SUPPLEMENT', at: '2026-03-02T10:00:00+07:00', by: 'bro', items: ['x'] },
      ],
      eng,
    );
    const st = eng.statistics([s], { from: '2026-03-01', to: '2026-03-31' });
    expect([st.onTime, st.late]).toEqual([1, 0]);
  });
});
