/**
 * restore checks a stored snapshot against its definition and its state.
 */
import { describe, expect, it } from 'vitest';
import { type DossierSnapshot, EngineError } from '../../src/engine/index.js';
import { business, businessReceived, engine, run } from './fixtures.js';

describe('restore checks the visits against the definition and the state', () => {
  const s = JSON.parse(JSON.stringify(run(business, businessReceived))) as DossierSnapshot;
  const open = s.visits.findIndex((v) => v.end === null);
  const refused = (data: unknown) => {
    try {
      engine.restore(data);
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      return { code: (e as EngineError).code, path: (e as EngineError).path };
    }
    return null;
  };

  it('accepts the snapshot as it is, in both forms', () => {
    expect(engine.restore(s)).toEqual(s);
    expect(engine.restore(JSON.parse(JSON.stringify(engine.persist(s))))).toEqual(s);
  });

  it('refuses a visit of an unknown step', () => {
    const ghost = { ...s, visits: [...s.visits, { ...s.visits[open]!, step: 'ghost' }] };
    expect(refused(ghost)).toEqual({ code: 'INVALID_SNAPSHOT', path: ['visits', s.visits.length, 'step'] });
  });

  it('refuses open visits that disagree with the state', () => {
    const closed = s.visits.map((v) => ({ ...v, end: v.end ?? s.lastAt }));
    expect(refused({ ...s, visits: closed })).toEqual({ code: 'INVALID_SNAPSHOT', path: ['visits'] });
    const reopened = s.visits.map((v, i) => (i === open ? v : { ...v, end: null }));
    expect(refused({ ...s, visits: reopened })?.code).toBe('INVALID_SNAPSHOT');
    expect(refused({ ...s, visits: reopened })?.path[0]).toBe('visits');
  });
});
