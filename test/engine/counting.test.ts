/**
 * The counting of a dossier is fixed at receipt (the appointment on the receipt slip is a promise, Decree 118/2025
 * Art. 17(3)): engines with other defaults read the same deadlines from the same snapshot; the online
 * outside-hours option (domain notes §6, a policy option) moves the clock start of online dossiers only.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, EngineError, type UnnumberedEvent } from '../../src/engine/index.js';
import { business, numbered } from './fixtures.js';

const received = (at: string, channel: 'online' | 'in-person'): UnnumberedEvent[] => [
  { type: 'SUBMIT', at, channel },
  { type: 'RECEIVE', at, by: 'bro', dossierCode: 'BRO-260306-0001' },
];

function receive(options: Parameters<typeof createEngine>[0], at: string, channel: 'online' | 'in-person') {
  const e = createEngine({ procedures: [business], ...options });
  const r = e.replay(business, numbered(received(at, channel)));
  if (!r.ok) throw new Error(r.rejection.message);
  return { e, s: r.snapshot };
}

describe('counting fixed at receipt', () => {
  it('records the policy, cut-off and online option in the snapshot, and not before receipt', () => {
    const { e, s } = receive({ policy: 'civil-code' }, '2026-03-06T10:00:00+07:00', 'in-person');
    expect(e.start(business).counting).toBeNull();
    expect(s.counting).toEqual({ policy: 'civil-code', cutoff: '15:00', onlineOutsideHours: 'as-sent' });
    expect(e.restore(JSON.parse(JSON.stringify(e.persist(s))))).toEqual(s);
    expect(e.restore(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('an engine with other defaults reads the same appointment from the same snapshot', () => {
    const friday = '2026-03-06T20:00:00+07:00';
    const { e: a, s } = receive(
      { onlineOutsideHours: 'next-working-instant', policy: 'civil-code' },
      friday,
      'online',
    );
    const b = createEngine({ procedures: [business] });
    expect(b.dossierDeadline(s)?.due).toBe(a.dossierDeadline(s)?.due);
    expect(b.dossierDeadline(s)?.due).toBe('2026-03-12T17:00:00+07:00');
    // The same events under b's defaults count otherwise: the difference is the pinned counting.
    const r = b.replay(business, numbered(received(friday, 'online')));
    expect(r.ok && b.dossierDeadline(r.snapshot)?.due).toBe('2026-03-11T17:00:00+07:00');
  });

  it('a received snapshot without its counting, or of the first edition (format 1), is refused', () => {
    const { e, s } = receive({}, '2026-03-06T10:00:00+07:00', 'in-person');
    expect(() => e.restore({ ...s, counting: null })).toThrow(
      expect.objectContaining({ code: 'INVALID_SNAPSHOT', path: ['limit'] }),
    );
    expect(() => e.restore({ ...s, format: 1 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_SNAPSHOT',
        path: ['format'],
        params: expect.objectContaining({ problem: 'format' }),
      }),
    );
    const { v: _, ...compact } = e.persist(s);
    expect(() => e.restore({ ...compact, v: 1 })).toThrow(expect.objectContaining({ path: ['v'] }));
  });
});

describe('online dossiers accepted outside working hours (policy option)', () => {
  const friday8pm = '2026-03-06T20:00:00+07:00';

  it('next-working-instant: counted from Monday 07:30, so under the Civil Code the period starts Tuesday', () => {
    const { e, s } = receive(
      { policy: 'civil-code', onlineOutsideHours: 'next-working-instant' },
      friday8pm,
      'online',
    );
    const due = e.dossierDeadline(s)!;
    expect(due.start).toBe('2026-03-10T07:30:00+07:00');
    expect(due.due).toBe('2026-03-12T17:00:00+07:00');
    expect(due.notes.map((n) => n.en).join('\n')).toMatch(/outside working hours counts as received at/);
  });

  it('as-sent (default): counted from the acceptance; the period starts the next day, Monday', () => {
    const { e, s } = receive({ policy: 'civil-code' }, friday8pm, 'online');
    expect(e.dossierDeadline(s)?.start).toBe('2026-03-09T07:30:00+07:00');
    expect(e.dossierDeadline(s)?.due).toBe('2026-03-11T17:00:00+07:00');
  });

  it('never moves a dossier received at the desk or by post', () => {
    const opts = { policy: 'civil-code', onlineOutsideHours: 'next-working-instant' } as const;
    const desk = receive(opts, friday8pm, 'in-person');
    expect(desk.e.dossierDeadline(desk.s)?.due).toBe('2026-03-11T17:00:00+07:00');
  });

  it('refuses an unknown option, with the path of the bad input', () => {
    expect(() => createEngine({ onlineOutsideHours: 'tomorrow' as 'as-sent' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', path: ['onlineOutsideHours'] }),
    );
    expect(() => createEngine({ policy: 'lunar' as 'civil-code' })).toThrow(EngineError);
    expect(() => createEngine({ policy: 'lunar' as 'civil-code' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', path: ['policy'] }),
    );
  });
});
