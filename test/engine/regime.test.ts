/**
 * Decree 61/2018 dossiers: citations, the second apology, and the supplement window after a restart.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, explainDeadline, type UnnumberedEvent } from '../../src/engine/index.js';
import { defineProcedure } from '../../src/rules/index.js';
import { raw, run } from './fixtures.js';

/** A Decree 61/2018 version of business registration, and a dossier of 02/06/2025 whose supplement came back. */
const decree61 = (() => {
  const j = raw('business-registration');
  j.version = '2019.1';
  j.effective = { from: '2019-01-01' };
  const old = defineProcedure(j);
  const eng = createEngine({ policy: 'working-days-cutoff', procedures: [old] });
  const history: UnnumberedEvent[] = [
    { type: 'SUBMIT', at: '2025-06-02T08:00:00+07:00', channel: 'in-person' },
    { type: 'RECEIVE', at: '2025-06-02T08:10:00+07:00', by: 'bro', dossierCode: 'X' },
    { type: 'FORWARD', at: '2025-06-02T09:00:00+07:00', by: 'bro' },
    { type: 'REQUEST_SUPPLEMENT', at: '2025-06-02T10:00:00+07:00', by: 'bro', items: ['x'] },
    { type: 'SUPPLEMENT_RECEIVED', at: '2025-06-09T10:00:00+07:00' },
  ];
  return { old, eng, history };
})();

describe('Decree 61 dossiers cite Decree 61/2018', () => {
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
          newDueDate: '2025-06-16',
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
    for (const a of late.alerts) expect(`${a.basis.en} ${a.basis.vi}`).not.toMatch(/118/);
  });
});

describe('Decree 61 citations and the supplement window after a restart', () => {
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
      newDueDate: '2025-06-16',
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
