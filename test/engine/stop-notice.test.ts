/**
 * The notice of stopping (Circular 03/2025 form 05) across the switch of the circulars.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { defineProcedure } from '../../src/rules/index.js';
import { raw, run } from './fixtures.js';

describe('the stop notice of a Decree 118 dossier received 01/07–14/09/2025', () => {
  const j = raw('business-registration');
  j.version = '2019.1';
  j.effective = { from: '2019-01-01' };
  const old = defineProcedure(j);
  const eng = createEngine({ policy: 'working-days-cutoff', procedures: [old] });

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
    const f = eng.stopNoticeForm(s, { applicant: 'A', reason: 'x' });
    expect([f.circular, f.number]).toEqual(['circular-03-2025', '05']);
    expect(f.basis.vi).toMatch(/01\/2018/);
    expect(f.basis.en).toMatch(/Circular 01\/2018 has no notice of stopping/);
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
    expect(() => eng.stopNoticeForm(s, { applicant: 'A', reason: 'x' })).toThrow(/Decree 61\/2018/);
  });
});
