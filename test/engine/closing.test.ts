/**
 * STOP and APOLOGIZE only where the decrees allow them.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type DossierSnapshot, type UnnumberedEvent } from '../../src/engine/index.js';
import { defineProcedure } from '../../src/rules/index.js';
import { business, businessReceived, engine, land, raw, run } from './fixtures.js';

describe('STOP and APOLOGIZE only where the decrees allow them', () => {
  const decided = run(business, [
    ...businessReceived,
    { type: 'APPROVE', at: '2026-03-02T10:00:00+07:00', by: 'bro' },
    { type: 'ISSUE_RESULT', at: '2026-03-02T11:00:00+07:00', by: 'bro' },
  ]);
  const apply = (s: DossierSnapshot, e: UnnumberedEvent) =>
    engine.applyEvent(s, { ...e, seq: s.seq + 1 } as never);

  it('refuses both after the decision, typed, leaving the snapshot untouched', () => {
    const stop = apply(decided, {
      type: 'STOP',
      at: '2026-03-02T13:00:00+07:00',
      by: 'bro',
      reason: 'other',
    });
    expect(stop.ok).toBe(false);
    if (stop.ok) return;
    expect(stop.rejection).toMatchObject({ code: 'STOP_NOT_ALLOWED', path: ['type'] });
    expect(stop.rejection.messageVi).toMatch(/quyết định/);
    expect(stop.snapshot).toBe(decided);
    const sorry = apply(decided, {
      type: 'APOLOGIZE',
      at: '2026-03-02T12:00:00+07:00',
      by: 'bro',
      reason: 'r',
      newDueDate: '2026-03-10',
    });
    expect(sorry.ok ? null : sorry.rejection.code).toBe('APOLOGY_NOT_ALLOWED');
  });

  it('STOP comes from the desk or the agency holding the dossier', () => {
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
    ]);
    const byTax = apply(s, { type: 'STOP', at: '2026-03-02T10:00:00+07:00', by: 'tax', reason: 'other' });
    expect(byTax.ok ? null : byTax.rejection.code).toBe('WRONG_AGENCY');
    expect(
      apply(s, { type: 'STOP', at: '2026-03-02T10:00:00+07:00', by: 'branch', reason: 'other' }).ok,
    ).toBe(true);
    expect(
      apply(s, { type: 'STOP', at: '2026-03-02T10:00:00+07:00', by: 'centre', reason: 'other' }).ok,
    ).toBe(true);
  });

  it('the 15-day closure only while a supplement is awaited, and only under Decree 118', () => {
    const running = run(business, businessReceived);
    const early = apply(running, {
      type: 'STOP',
      at: '2026-03-02T10:00:00+07:00',
      by: 'bro',
      reason: 'supplement-not-completed',
    });
    expect(early.ok ? null : early.rejection).toMatchObject({ code: 'STOP_NOT_ALLOWED', path: ['reason'] });
    const waiting = run(business, [
      ...businessReceived,
      { type: 'REQUEST_SUPPLEMENT', at: '2026-03-02T10:00:00+07:00', by: 'bro', items: ['x'] },
    ]);
    const closure: UnnumberedEvent = {
      type: 'STOP',
      at: '2026-03-20T10:00:00+07:00',
      by: 'bro',
      reason: 'supplement-not-completed',
    };
    expect(apply(waiting, closure).ok).toBe(true);

    const j = raw('business-registration');
    j.version = '2019.1';
    j.effective = { from: '2019-01-01' };
    const old = defineProcedure(j);
    const eng = createEngine({ policy: 'working-days-cutoff', procedures: [old] });
    const waiting61 = run(
      old,
      [
        { type: 'SUBMIT', at: '2025-06-02T08:00:00+07:00', channel: 'in-person' },
        { type: 'RECEIVE', at: '2025-06-02T08:10:00+07:00', by: 'bro', dossierCode: 'X' },
        { type: 'FORWARD', at: '2025-06-02T09:00:00+07:00', by: 'bro' },
        { type: 'REQUEST_SUPPLEMENT', at: '2025-06-02T10:00:00+07:00', by: 'bro', items: ['x'] },
      ],
      eng,
    );
    const r = eng.applyEvent(waiting61, { ...closure, at: '2025-06-30T10:00:00+07:00', seq: 5 } as never);
    expect(r.ok ? null : r.rejection.code).toBe('STOP_NOT_ALLOWED');
    expect(r.snapshot).toBe(waiting61);
  });
});
