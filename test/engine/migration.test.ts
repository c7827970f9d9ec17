/**
 * Migration to another version of a procedure: a MIGRATE event in the history (the log stays the truth), checked
 * like RECEIVE, carrying conditions by action and keeping the appointment.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type DossierEvent, type DossierSnapshot } from '../../src/engine/index.js';
import { defineProcedure, type Procedure } from '../../src/rules/index.js';
import { business, businessReceived, engine, permit2026, raw, run } from './fixtures.js';

function moved(snapshot: DossierSnapshot, target: Procedure, options: Parameters<typeof engine.migrate>[2]) {
  const r = engine.migrate(snapshot, target, options);
  if (!r.ok) throw new Error(r.rejection.message);
  return r;
}

const refusal = (r: ReturnType<typeof engine.migrate>) =>
  r.ok ? 'accepted' : [r.rejection.code, r.rejection.path];

describe('migration', () => {
  const fields = { floors: 3, floorArea: 100, needsConsultation: false };
  const atReview = run(permit2026, [
    { type: 'SUBMIT', at: '2026-07-06T08:00:00+07:00', channel: 'in-person' },
    { type: 'RECEIVE', at: '2026-07-06T08:10:00+07:00', by: 'desk', dossierCode: 'X', fields },
    { type: 'FORWARD', at: '2026-07-06T09:00:00+07:00', by: 'desk' },
  ]);
  const forwardToDecide = (seq: number): DossierEvent => ({
    type: 'FORWARD',
    seq,
    at: '2026-07-06T10:00:00+07:00',
    by: 'urban',
    to: 'decide',
  });

  it('carries condition results by action, not by position, when v2 reorders actions', () => {
    expect(engine.applyEvent(atReview, forwardToDecide(4)).ok).toBe(true);
    const j = raw('construction-permit-2026');
    j.version = '2026.2';
    const review = j.steps.find((s: { id: string }) => s.id === 'review');
    review.actions = [review.actions[1], review.actions[0], review.actions[2], review.actions[3]];
    const m = moved(atReview, defineProcedure(j), { at: '2026-07-06T09:30:00+07:00' });
    const r = engine.applyEvent(m.snapshot, forwardToDecide(5));
    expect(r.ok ? 'accepted' : r.rejection.code).toBe('accepted');
  });

  it('needs the receipt fields for a condition the old version did not have, and evaluates them', () => {
    const j = raw('construction-permit-2026');
    j.version = '2026.3';
    const review = j.steps.find((s: { id: string }) => s.id === 'review');
    review.actions[1].when = 'needsConsultation == false';
    const v3 = defineProcedure(j);
    const without = engine.migrate(atReview, v3, { at: '2026-07-06T09:30:00+07:00' });
    expect(!without.ok && without.rejection).toMatchObject({
      code: 'INVALID_MIGRATION',
      params: { problem: 'new-condition' },
    });
    expect(without.snapshot).toBe(atReview);
    const m = moved(atReview, v3, { at: '2026-07-06T09:30:00+07:00', fields });
    expect(engine.applyEvent(m.snapshot, forwardToDecide(5)).ok).toBe(true);
    const consulting = moved(atReview, v3, {
      at: '2026-07-06T09:30:00+07:00',
      fields: { ...fields, needsConsultation: true },
    });
    expect(engine.applyEvent(consulting.snapshot, forwardToDecide(5)).ok).toBe(false);
  });

  it('checks the migration instant and the receipt fields like RECEIVE does', () => {
    const j = raw('construction-permit-2026');
    j.version = '2026.4';
    const review = j.steps.find((s: { id: string }) => s.id === 'review');
    review.actions[1].when = 'needsConsultation == false';
    const v4 = defineProcedure(j);
    expect(refusal(engine.migrate(atReview, v4, { at: '2026-07-06T09:30:00', fields }))).toEqual([
      'INVALID_EVENT',
      ['at'],
    ]);
    expect(refusal(engine.migrate(atReview, v4, { at: '2020-01-01T00:00:00+07:00', fields }))).toEqual([
      'OUT_OF_ORDER',
      ['at'],
    ]);
    expect(
      refusal(
        engine.migrate(atReview, v4, {
          at: '2026-07-06T09:30:00+07:00',
          fields: { ...fields, needsconsultation: false },
        }),
      ),
    ).toEqual(['INVALID_EVENT', ['fields', 'needsconsultation']]);
    const m = moved(atReview, v4, { at: '2026-07-06T02:30:00Z', fields });
    expect(m.snapshot.migratedFrom?.at(-1)?.at).toBe('2026-07-06T09:30:00+07:00');
    expect(m.recorded.at).toBe('2026-07-06T09:30:00+07:00');
  });

  const received = run(business, businessReceived.slice(0, 2));

  it('keeps the appointment: the counting fixed at receipt survives a version that counts differently', () => {
    const j = raw('business-registration');
    j.version = '2025.2';
    j.timing.counting = 'civil-code';
    j.timing.receiptCutoff = { enabled: false };
    const v2 = defineProcedure(j);
    const counted = moved(received, v2, { at: '2026-03-02T09:00:00+07:00' }).snapshot;
    expect(counted.counting).toEqual(received.counting);
    expect(engine.dossierDeadline(counted)?.due).toBe(engine.dossierDeadline(received)?.due);
    const same = raw('business-registration');
    same.version = '2025.3';
    same.name.en = `${same.name.en} (v3)`;
    const m = moved(received, defineProcedure(same), { at: '2026-03-02T09:00:00+07:00' });
    expect(engine.dossierDeadline(m.snapshot)?.due).toBe(engine.dossierDeadline(received)?.due);
  });

  it('refuses a version not in force on the receipt day, and one the engine does not know', () => {
    const j = raw('business-registration');
    j.version = '2027.1';
    j.effective = { from: '2027-01-01' };
    const r = engine.migrate(received, defineProcedure(j), { at: '2026-03-02T09:00:00+07:00' });
    expect(!r.ok && r.rejection).toMatchObject({
      code: 'INVALID_MIGRATION',
      params: { problem: 'not-in-force' },
    });
    // A MIGRATE event naming a definition the engine has not registered (a replay on another server).
    const stranger = createEngine({ procedures: [business] });
    const event = {
      type: 'MIGRATE',
      seq: 3,
      at: '2026-03-02T09:00:00+07:00',
      version: '9',
      definition: `sha256:${'0'.repeat(64)}`,
    } as const;
    const unknown = stranger.applyEvent(received, event);
    expect(!unknown.ok && unknown.rejection.params).toMatchObject({ problem: 'unknown-version' });
  });

  it('is part of the history: replaying the log with the MIGRATE event gives the migrated snapshot', () => {
    const j = raw('business-registration');
    j.version = '2025.5';
    j.name.en = `${j.name.en} (v5)`;
    const v5 = defineProcedure(j);
    const log: DossierEvent[] = [];
    let s = engine.start(business);
    for (const [i, e] of businessReceived.entries()) {
      const r = engine.applyEvent(s, { ...e, seq: i + 1 } as DossierEvent);
      if (!r.ok) throw new Error(r.rejection.message);
      log.push(r.recorded);
      s = r.snapshot;
    }
    const m = moved(s, v5, { at: '2026-03-02T09:30:00+07:00', by: 'bro' });
    log.push(m.recorded);
    const replayed = engine.replay(business, log);
    expect(replayed.ok && replayed.snapshot).toEqual(m.snapshot);
    expect(engine.verifyHistory(business, log, m.snapshot)).toMatchObject({
      ok: true,
      code: 'HISTORY_VERIFIED',
    });
  });
});
