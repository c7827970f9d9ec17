/**
 * What a portal needs from the API (issue: the engine's second edition, §4): typed events (a typo fails to
 * compile; untrusted JSON goes through `parseEvent`), and `nextEvents` for the buttons of a desk screen — the
 * events allowed now, with the agency that may send each, the law's time checks included.
 */
import { describe, expect, it } from 'vitest';
import { type DossierEvent, parseEvent } from '../../src/engine/index.js';
import { business, businessReceived, engine, land, run } from './fixtures.js';

describe('typed events', () => {
  it('a misspelt type or a missing field fails to compile; parseEvent checks JSON from outside', () => {
    const s = run(business, businessReceived);
    // @ts-expect-error — 'FORWRD' is not an event type
    const typo: DossierEvent = { type: 'FORWRD', seq: 4, at: '2026-03-02T10:00:00+07:00', by: 'bro' };
    // @ts-expect-error — REQUEST_SUPPLEMENT needs its items
    const missing: DossierEvent = {
      type: 'REQUEST_SUPPLEMENT',
      seq: 4,
      at: '2026-03-02T10:00:00+07:00',
      by: 'bro',
    };
    for (const e of [typo, missing]) expect(engine.applyEvent(s, e).ok).toBe(false);
    const parsed = parseEvent(
      JSON.parse('{"type":"APPROVE","seq":4,"at":"2026-03-02T10:00:00+07:00","by":"bro"}'),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(Object.isFrozen(parsed.event)).toBe(true);
      expect(engine.applyEvent(s, parsed.event).ok).toBe(true);
    }
  });
});

describe('nextEvents: the buttons of a desk screen', () => {
  it('before receipt: the desk receives, asks for a supplement or refuses; the applicant may pay or withdraw', () => {
    const submitted = run(business, businessReceived.slice(0, 1));
    expect(engine.nextEvents(submitted).map((e) => [e.type, e.by])).toEqual([
      ['FEE_PAID', null],
      ['RECEIVE', 'bro'],
      ['REQUEST_SUPPLEMENT', 'bro'],
      ['REFUSE', 'bro'],
      ['WITHDRAW', null],
    ]);
  });

  it('names the agency and the step of each; the time checks decide (supplement window, apology day)', () => {
    const s = run(land, [
      { type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'in-person' },
      { type: 'RECEIVE', at: '2026-03-02T08:10:00+07:00', by: 'centre', dossierCode: 'X' },
      { type: 'FORWARD', at: '2026-03-02T09:00:00+07:00', by: 'centre' },
    ]);
    const now = engine.nextEvents(s, '2026-03-02T10:00:00+07:00');
    expect(now).toContainEqual({
      type: 'FORWARD',
      by: 'branch',
      step: 'branch-review',
      to: 'tax-assessment',
      result: null,
      implementer: null,
      actor: 'step',
    });
    expect(now.map((e) => e.type)).toEqual(
      expect.arrayContaining(['REQUEST_SUPPLEMENT', 'REFUSE', 'STOP', 'APOLOGIZE', 'WITHDRAW']),
    );
    // Four working days later the 3-working-day supplement window (Decree 118/2025 Art. 19(5)) has closed.
    const later = engine.nextEvents(s, '2026-03-09T10:00:00+07:00').map((e) => e.type);
    expect(later).not.toContain('REQUEST_SUPPLEMENT');
    // On the due day no apology can be sent any more (at least one day before, Art. 19(6)).
    const due = engine.dossierDeadline(s)!.dueDate;
    expect(engine.nextEvents(s, `${due}T08:00:00+07:00`).map((e) => e.type)).not.toContain('APOLOGIZE');
    // Every event offered is accepted as it is offered.
    for (const e of now) {
      const event = {
        ...Object.fromEntries(Object.entries(e).filter(([k, v]) => v !== null && k !== 'actor')),
        seq: 4,
        at: '2026-03-02T10:00:00+07:00',
        ...(e.type === 'REQUEST_SUPPLEMENT' ? { items: ['Bản đồ'] } : {}),
        ...(e.type === 'REFUSE' ? { reasons: ['Sai'] } : {}),
        ...(e.type === 'STOP' ? { reason: 'other' } : {}),
        ...(e.type === 'APOLOGIZE' ? { reason: 'Quá tải', newDueDate: '2026-03-20' } : {}),
      } as DossierEvent;
      expect(engine.applyEvent(s, event).ok, e.type).toBe(true);
    }
  });

  it('a finished dossier offers nothing', () => {
    const done = run(business, [
      ...businessReceived,
      { type: 'APPROVE', at: '2026-03-03T09:00:00+07:00', by: 'bro' },
      { type: 'ISSUE_RESULT', at: '2026-03-03T10:00:00+07:00', by: 'bro' },
      { type: 'RETURN_RESULT', at: '2026-03-03T15:00:00+07:00', by: 'bro' },
    ]);
    expect(engine.nextEvents(done)).toEqual([]);
  });
});
