/**
 * The engine's contract: pure application (deep-frozen inputs), typed rejections, replay, small restorable
 * snapshots pinned to their definition version, explicit migration, the rule set by receipt date, a corrected
 * calendar recomputing open deadlines, and the machine cache.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarVersion, createCalendar, withOverlay } from '../../src/calendar/index.js';
import {
  compileProcedure,
  createEngine,
  type DossierEvent,
  type DossierSnapshot,
  EngineError,
  snapshotSchema,
} from '../../src/engine/index.js';
import { defineProcedure } from '../../src/rules/index.js';
import { business, engine, land, numbered } from './fixtures.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const history = numbered([
  { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
  { type: 'RECEIVE', at: '2026-02-10T09:10:00+07:00', by: 'centre', dossierCode: 'H29.22-260210-0001' },
  { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
  { type: 'FORWARD', at: '2026-02-12T16:00:00+07:00', by: 'branch' },
] as DossierEvent[]);

function at(n: number): DossierSnapshot {
  const r = engine.replay(land, history.slice(0, n));
  if (!r.ok) throw new Error(r.rejection.message);
  return r.snapshot;
}

describe('events outside the calendar (review 3, F11)', () => {
  it('are refused as INVALID_EVENT, so no later read fails', () => {
    for (const at of [
      '9999-02-10T09:00:00+07:00',
      '2200-01-01T00:00:00+07:00',
      '2013-12-31T23:59:00+07:00',
    ]) {
      const r = engine.replay(land, [{ type: 'SUBMIT', seq: 1, at, channel: 'in-person' }]);
      expect(r.ok ? 'accepted' : [r.rejection.code, r.rejection.path]).toEqual(['INVALID_EVENT', ['at']]);
    }
    // 31/12/2199 23:00 in Vietnam is still inside, written in UTC on the same day.
    const edge = engine.replay(land, [
      { type: 'SUBMIT', seq: 1, at: '2199-12-31T16:00:00Z', channel: 'online' },
    ]);
    expect(edge.ok).toBe(true);
  });
});

describe('replay owns its intermediate snapshots only', () => {
  it('a replayed snapshot, deep-frozen, takes further events by applyEvent; replaying again gives equal results', () => {
    const full = engine.replay(land, history);
    for (let n = 0; n <= history.length; n++) {
      let s = deepFreeze(at(n));
      for (const event of history.slice(n)) {
        const r = engine.applyEvent(s, event);
        if (!r.ok) throw new Error(r.rejection.message);
        s = r.snapshot;
      }
      expect(full.ok && s).toEqual(full.ok && full.snapshot);
    }
    // The events given are never changed, and a second replay does not see the first one's snapshots.
    const events = deepFreeze(structuredClone(history));
    const one = engine.replay(land, events);
    const two = engine.replay(land, events);
    expect(one).toEqual(two);
    expect(one.ok && two.ok && one.snapshot.visits[0]).not.toBe(two.ok && two.snapshot.visits[0]);
  });
});

describe('applyEvent', () => {
  it('never mutates its (deep-frozen) input', () => {
    const before = deepFreeze(at(3));
    const copy = structuredClone(before);
    const r = engine.applyEvent(before, deepFreeze({ ...history[3]! }));
    expect(r.ok).toBe(true);
    expect(before).toEqual(copy);
    expect(r.ok && r.snapshot).not.toBe(before);
  });

  it.each([
    ['STALE_SEQUENCE', { ...history[3]!, seq: 3 }],
    ['OUT_OF_ORDER', { ...history[3]!, at: '2026-02-10T13:00:00+07:00' }],
    ['WRONG_AGENCY', { ...history[3]!, by: 'tax' }],
    ['NOT_ALLOWED', { type: 'RETURN_RESULT', seq: 4, at: '2026-02-12T16:00:00+07:00', by: 'branch' }],
    ['NOT_ALLOWED', { type: 'CONSULT', seq: 4, at: '2026-02-12T16:00:00+07:00', by: 'branch' }],
    ['NOT_ALLOWED', { type: 'FORWARD', seq: 4, at: '2026-02-12T16:00:00+07:00', by: 'branch', to: 'issue' }],
    [
      'WRONG_AGENCY',
      { type: 'RECEIVE', seq: 4, at: '2026-02-12T16:00:00+07:00', by: 'branch', dossierCode: 'x' },
    ],
    [
      'NOT_ALLOWED',
      { type: 'RECEIVE', seq: 4, at: '2026-02-12T16:00:00+07:00', by: 'centre', dossierCode: 'x' },
    ],
    ['INVALID_EVENT', { type: 'FORWARD', seq: 4, at: 'yesterday', by: 'branch' }],
    ['INVALID_EVENT', { type: 'TELEPORT', seq: 4, at: '2026-02-12T16:00:00+07:00' }],
  ])('rejects with %s and changes nothing', (code, event) => {
    const before = deepFreeze(at(3));
    // Events as a careless or hostile caller sends them (the types would refuse most at compile time).
    const r = engine.applyEvent(before, event as DossierEvent);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rejection.code).toBe(code);
    expect(r.rejection.messageVi.length).toBeGreaterThan(0);
    expect(r.snapshot).toBe(before);
  });

  it('records each handoff: who gave, who received, when', () => {
    const s = at(4);
    const sla = engine.slaStatus(s, '2026-02-13T09:00:00+07:00');
    expect(sla.steps.map((x) => [x.fromAgency, x.agency, x.at])).toEqual([
      [null, 'centre', '2026-02-10T09:10:00+07:00'],
      ['centre', 'branch', '2026-02-10T14:00:00+07:00'],
      ['branch', 'tax', '2026-02-12T16:00:00+07:00'],
    ]);
  });
});

describe('replay and snapshots', () => {
  it('rebuilds the same snapshot as step-by-step application', () => {
    let s = engine.start(land);
    for (const e of history) {
      const r = engine.applyEvent(s, e);
      if (!r.ok) throw new Error(r.rejection.message);
      s = r.snapshot;
    }
    expect(at(4)).toEqual(s);
  });

  it('is small JSON that round-trips through restore', () => {
    const s = at(4);
    const json = JSON.stringify(s);
    expect(json.length).toBeLessThan(2048);
    const back = engine.restore(JSON.parse(json));
    expect(back).toEqual(s);
    expect(snapshotSchema.safeParse(s).success).toBe(true);
  });

  it('persists compactly and stores every instant in its +07:00 form', () => {
    const r = engine.replay(land, [
      { type: 'SUBMIT', seq: 1, at: '2026-02-10T02:00:00Z', channel: 'in-person' },
      { type: 'RECEIVE', seq: 2, at: '2026-02-10T02:10:00.500Z', by: 'centre', dossierCode: 'X' },
    ]);
    if (!r.ok) throw new Error(r.rejection.message);
    expect(r.snapshot.submittedAt).toBe('2026-02-10T09:00:00+07:00');
    expect(r.snapshot.receivedAt).toBe('2026-02-10T09:10:00.500+07:00');
    const persisted = engine.persist(at(4));
    expect(JSON.stringify(persisted).length).toBeLessThan(JSON.stringify(at(4)).length / 1.5);
    expect(engine.restore(JSON.parse(JSON.stringify(persisted)))).toEqual(at(4));
    expect(engine.restore(engine.persist(r.snapshot))).toEqual(r.snapshot);
  });

  it('refuses a snapshot of an unknown definition, or with a state the machine does not have', () => {
    const s = at(4);
    expect(() => createEngine().restore(s)).toThrow(EngineError);
    try {
      engine.restore({ ...s, state: { processing: { nowhere: 'working' } } });
      expect.unreachable();
    } catch (e) {
      expect((e as EngineError).code).toBe('INVALID_SNAPSHOT');
    }
  });

  it('compiles one machine per definition version (cached by content hash)', () => {
    const again = defineProcedure(
      JSON.parse(
        readFileSync(
          new URL('../../examples/procedures/land-change-registration.json', import.meta.url),
          'utf8',
        ),
      ),
    );
    expect(compileProcedure(again)).toBe(compileProcedure(land));
    expect(compileProcedure(land).machine('parallel')).toBe(compileProcedure(land).machine('parallel'));
    expect(compileProcedure(business)).not.toBe(compileProcedure(land));
  });
});

describe('compiled machines', () => {
  it.each([
    'land-change-registration',
    'business-registration',
    'marriage-registration',
    'construction-permit-2025',
    'construction-permit-2026',
    'judicial-record-certificate',
  ])('%s: the config is data (names and params only), in both consultation modes', (name) => {
    const raw = JSON.parse(
      readFileSync(new URL(`../../examples/procedures/${name}.json`, import.meta.url), 'utf8'),
    );
    const compiled = compileProcedure(defineProcedure(raw));
    for (const mode of ['parallel', 'sequential'] as const) {
      const config = compiled.machine(mode).config;
      expect(JSON.parse(JSON.stringify(config))).toEqual(config);
      const states = Object.keys((config.states as Record<string, { states?: object }>).processing!.states!);
      for (const step of compiled.procedure.definition.steps) expect(states).toContain(step.id);
    }
    expect(compiled.machine('parallel').implementations.guards).toHaveProperty('stepTransition');
  });
});

describe('definition versions', () => {
  const raw = JSON.parse(
    readFileSync(new URL('../../examples/procedures/land-change-registration.json', import.meta.url), 'utf8'),
  );
  const v2 = defineProcedure({
    ...raw,
    version: '2026.2',
    timing: { ...raw.timing, limit: { type: 'duration', amount: 12, unit: 'working-days' } },
    steps: raw.steps
      .map((s: { id: string }) => (s.id === 'issue' ? { ...s, id: 'record' } : s))
      .map((s: { actions: { to?: string }[] }) => ({
        ...s,
        actions: s.actions.map((a) => (a.to === 'issue' ? { ...a, to: 'record' } : a)),
      })),
  });
  const both = createEngine({ policy: 'working-days-cutoff', procedures: [land, v2] });

  it('keeps a dossier in flight on the version it started under', () => {
    const s = at(4);
    const r = both.applyEvent(s, {
      type: 'REQUEST_FINANCIAL_OBLIGATION',
      seq: 5,
      at: '2026-02-23T15:00:00+07:00',
      by: 'tax',
    });
    expect(r.ok && r.snapshot.procedure.version).toBe('2026.1');
    expect(r.ok && r.snapshot.limit).toEqual({ amount: 10, unit: 'working-days' });
  });

  it('migrates explicitly, mapping renamed steps, keeping history and the appointment', () => {
    const s = at(4);
    const r = both.applyEvent(s, {
      type: 'REQUEST_FINANCIAL_OBLIGATION',
      seq: 5,
      at: '2026-02-23T15:00:00+07:00',
      by: 'tax',
    });
    if (!r.ok) throw new Error(r.rejection.message);
    const unmapped = both.migrate(r.snapshot, v2, { at: '2026-02-24T08:00:00+07:00' });
    expect(!unmapped.ok && unmapped.rejection).toMatchObject({
      code: 'INVALID_MIGRATION',
      params: { problem: 'state-missing' },
      message: expect.stringMatching(/payment-issue.*does not exist/),
    });
    const migration = both.migrate(r.snapshot, v2, {
      at: '2026-02-24T08:00:00+07:00',
      steps: { issue: 'record' },
    });
    if (!migration.ok) throw new Error(migration.rejection.message);
    const moved = migration.snapshot;
    expect(migration.recorded).toMatchObject({
      type: 'MIGRATE',
      seq: 6,
      version: '2026.2',
      definition: v2.hash,
    });
    expect(moved.procedure).toEqual({ code: land.definition.code, version: '2026.2', hash: v2.hash });
    expect(moved.state).toEqual({ processing: { 'tax-assessment': 'payment-record' } });
    expect(moved.limit).toEqual({ amount: 10, unit: 'working-days' });
    expect(moved.migratedFrom).toEqual([
      { version: '2026.1', hash: land.hash, at: '2026-02-24T08:00:00+07:00', seq: 6 },
    ]);
    // The log is the truth: replaying it, the MIGRATE event included, gives the same snapshot.
    const replayed = both.replay(land, [...history.slice(0, 4), r.recorded, migration.recorded]);
    expect(replayed.ok && replayed.snapshot).toEqual(moved);
    const paid = both.applyEvent(moved, {
      type: 'FINANCIAL_OBLIGATION_MET',
      seq: 7,
      at: '2026-02-25T09:00:00+07:00',
    });
    expect(paid.ok && paid.snapshot.state).toEqual({ processing: { record: 'working' } });
    const other = both.migrate(r.snapshot, business, { at: '2026-02-24T08:00:00+07:00' });
    expect(!other.ok && other.rejection.params).toMatchObject({ problem: 'other-procedure' });
  });
});

describe('rule set by receipt date', () => {
  const raw = JSON.parse(
    readFileSync(new URL('../../examples/procedures/business-registration.json', import.meta.url), 'utf8'),
  );
  const old = defineProcedure({
    ...raw,
    version: '2024.1',
    effective: { from: '2024-01-01', to: '2025-06-30' },
  });
  const e = createEngine({ policy: 'working-days-cutoff', procedures: [old] });
  const received = (when: string) =>
    e.replay(old, [
      { type: 'SUBMIT', seq: 1, at: when, channel: 'in-person' },
      { type: 'RECEIVE', seq: 2, at: when, by: 'bro', dossierCode: 'BRO-1' },
    ]);

  it('under Decree 61/2018 there is no right to withdraw a received dossier', () => {
    const r = received('2025-06-20T09:00:00+07:00');
    if (!r.ok) throw new Error(r.rejection.message);
    expect(r.snapshot.regime).toBe('decree-61-2018');
    const w = e.applyEvent(r.snapshot, { type: 'WITHDRAW', seq: 3, at: '2025-06-20T10:00:00+07:00' });
    expect(!w.ok && w.rejection.code).toBe('WITHDRAWAL_NOT_ALLOWED');
  });

  it('under Decree 61/2018 a second supplement request is possible and counts late (Decision 766)', () => {
    const r = received('2025-06-20T09:00:00+07:00');
    if (!r.ok) throw new Error(r.rejection.message);
    let s = r.snapshot;
    const events: DossierEvent[] = [
      { type: 'FORWARD', seq: 3, at: '2025-06-20T10:00:00+07:00', by: 'bro' },
      { type: 'REQUEST_SUPPLEMENT', seq: 4, at: '2025-06-20T11:00:00+07:00', by: 'bro', items: ['Thiếu'] },
      { type: 'SUPPLEMENT_RECEIVED', seq: 5, at: '2025-06-23T09:00:00+07:00' },
      {
        type: 'REQUEST_SUPPLEMENT',
        seq: 6,
        at: '2025-06-23T10:00:00+07:00',
        by: 'bro',
        items: ['Thiếu nữa'],
      },
      { type: 'SUPPLEMENT_RECEIVED', seq: 7, at: '2025-06-23T11:00:00+07:00' },
      { type: 'APPROVE', seq: 8, at: '2025-06-23T14:00:00+07:00', by: 'bro' },
      { type: 'ISSUE_RESULT', seq: 9, at: '2025-06-23T15:00:00+07:00', by: 'bro' },
    ];
    for (const ev of events) {
      const next = e.applyEvent(s, ev);
      if (!next.ok) throw new Error(`${ev.type}: ${next.rejection.message}`);
      s = next.snapshot;
    }
    const sla = e.slaStatus(s, '2025-06-24T00:00:00+07:00').dossier!;
    expect(sla.lateBecause).toEqual(['several-supplements']);
    expect(sla.outcome).toBe('late');
    // No 15-day closure and no online 8-hour rule under Decree 61/2018.
    expect(e.evaluate(s, '2025-06-24T00:00:00+07:00').proposals).toEqual([]);
  });

  it('refuses to receive under a version not in force on the receipt day', () => {
    const r = e.replay(old, [
      { type: 'SUBMIT', seq: 1, at: '2025-06-30T16:00:00+07:00', channel: 'in-person' },
      { type: 'RECEIVE', seq: 2, at: '2025-07-01T08:00:00+07:00', by: 'bro', dossierCode: 'BRO-3' },
    ]);
    expect(!r.ok && r.rejection.code).toBe('NOT_IN_FORCE');
  });

  it('from 01/07/2025 Decree 118/2025 applies', () => {
    const r = engine.replay(business, [
      { type: 'SUBMIT', seq: 1, at: '2025-07-01T09:00:00+07:00', channel: 'in-person' },
      { type: 'RECEIVE', seq: 2, at: '2025-07-01T09:00:00+07:00', by: 'bro', dossierCode: 'BRO-2' },
    ]);
    expect(r.ok && r.snapshot.regime).toBe('decree-118-2025');
  });
});

describe('a corrected calendar recomputes open deadlines', () => {
  it('moves the appointment over a closure loaded later, and says why', () => {
    const s = at(4);
    const storm = createEngine({
      policy: 'working-days-cutoff',
      procedures: [land],
      calendar: withOverlay(createCalendar(), {
        agency: 'centre',
        closures: [{ from: '2026-02-25', to: '2026-02-25', reason: 'Bão số 3: nghỉ làm việc' }],
      }),
    });
    expect(engine.dossierDeadline(s, '2026-02-13T09:00:00+07:00')!.due).toBe('2026-03-02T17:00:00+07:00');
    const moved = storm.dossierDeadline(s, '2026-02-13T09:00:00+07:00')!;
    expect(moved.due).toBe('2026-03-03T17:00:00+07:00');
    expect(moved.daysOff.map((d) => d.date)).toContain('2026-02-25');
    const next = storm.applyEvent(s, {
      type: 'REQUEST_FINANCIAL_OBLIGATION',
      seq: 5,
      at: '2026-02-23T15:00:00+07:00',
      by: 'tax',
    });
    expect(next.ok && next.snapshot.calendarVersion).toBe(calendarVersion(storm.calendar));
    expect(calendarVersion(storm.calendar)).not.toBe(calendarVersion(engine.calendar));
  });
});

describe('more rejections and restores', () => {
  it('asks for the step when one agency holds two parallel branches', () => {
    const raw = JSON.parse(
      readFileSync(
        new URL('../../examples/procedures/construction-permit-2026.json', import.meta.url),
        'utf8',
      ),
    );
    const same = defineProcedure({
      ...raw,
      version: '2026.9',
      steps: raw.steps.map((s: { id: string; agency: string }) =>
        s.id === 'consult-utilities' ? { ...s, agency: 'sector' } : s,
      ),
    });
    const e = createEngine({ policy: 'working-days-cutoff', procedures: [same] });
    const r = e.replay(same, [
      { type: 'SUBMIT', seq: 1, at: '2026-07-06T08:00:00+07:00', channel: 'online' },
      {
        type: 'RECEIVE',
        seq: 2,
        at: '2026-07-06T08:00:00+07:00',
        by: 'desk',
        dossierCode: 'X',
        fields: { needsConsultation: true },
      },
      { type: 'FORWARD', seq: 3, at: '2026-07-06T09:00:00+07:00', by: 'desk' },
      { type: 'CONSULT', seq: 4, at: '2026-07-06T10:00:00+07:00', by: 'urban' },
    ]);
    if (!r.ok) throw new Error(r.rejection.message);
    const ambiguous = e.applyEvent(r.snapshot, {
      type: 'REPLY',
      seq: 5,
      at: '2026-07-07T09:00:00+07:00',
      by: 'sector',
    });
    expect(!ambiguous.ok && ambiguous.rejection.code).toBe('AMBIGUOUS_STEP');
    const named = e.applyEvent(r.snapshot, {
      type: 'REPLY',
      seq: 5,
      at: '2026-07-07T09:00:00+07:00',
      by: 'sector',
      step: 'consult-utilities',
    });
    expect(named.ok).toBe(true);
    if (named.ok)
      expect(named.snapshot.visits.filter((v) => v.end === null).map((v) => v.step)).toEqual([
        'consult-sector',
      ]);
  });

  it('lets the applicant withdraw a submission before receipt under either decree', () => {
    const r = engine.replay(business, [
      { type: 'SUBMIT', seq: 1, at: '2026-02-10T09:00:00+07:00', channel: 'online' },
      { type: 'WITHDRAW', seq: 2, at: '2026-02-10T10:00:00+07:00' },
    ]);
    expect(r.ok && r.snapshot.outcome).toBe('withdrawn');
  });

  it('refuses a corrupt persisted snapshot', () => {
    const p = engine.persist(at(4));
    expect(() => engine.restore({ ...p, vs: [['receive', 0, 'yesterday', 0, 0, 0.5]] })).toThrow(EngineError);
    expect(() => engine.restore({ ...p, s: { processing: { ghost: 'working' } } })).toThrow(/does not exist/);
  });

  it('an event agency outside the procedure is refused', () => {
    const r = engine.applyEvent(at(4), {
      type: 'STOP',
      seq: 5,
      at: '2026-02-13T09:00:00+07:00',
      by: 'police',
      reason: 'other',
    });
    expect(!r.ok && r.rejection.code).toBe('WRONG_AGENCY');
  });
});
