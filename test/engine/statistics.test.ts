/**
 * Statistics by hand-computed cases (docs/engine.md §12): the two figures of domain notes §7 — the resolved on-time
 * rate with the open and overdue count, and the Decision 766 indicator — with the counts, processing times, the
 * supplement rule, the 'pause' supplement clock, periods of days and of instants, and typed bilingual errors.
 */
import { describe, expect, it } from 'vitest';
import {
  createEngine,
  dossierCode,
  EngineError,
  monthPeriod,
  StatisticsError,
  summaryPeriod,
  type UnnumberedEvent,
} from '../../src/engine/index.js';
import { defineProcedure } from '../../src/rules/index.js';
import { business, businessReceived, engine, raw, run } from './fixtures.js';

const received = (at: string, channel: 'in-person' | 'online' = 'in-person'): UnnumberedEvent[] => [
  { type: 'SUBMIT', at, channel },
  { type: 'RECEIVE', at, by: 'bro', dossierCode: dossierCode('BRO', at, 7) },
];
const feb = { from: '2026-02-01', to: '2026-02-28' };

describe('the figures of a month, by hand', () => {
  const early = run(business, [
    ...received('2026-02-10T09:00:00+07:00'),
    { type: 'FORWARD', at: '2026-02-10T10:00:00+07:00', by: 'bro' },
    { type: 'APPROVE', at: '2026-02-10T14:00:00+07:00', by: 'bro' },
    { type: 'ISSUE_RESULT', at: '2026-02-11T09:00:00+07:00', by: 'bro' },
    { type: 'RETURN_RESULT', at: '2026-02-11T10:00:00+07:00', by: 'bro' },
  ]);
  const late = run(business, [
    ...received('2026-02-10T09:00:00+07:00', 'online'),
    { type: 'FORWARD', at: '2026-02-10T10:00:00+07:00', by: 'bro' },
    { type: 'APPROVE', at: '2026-02-23T14:00:00+07:00', by: 'bro' },
    { type: 'ISSUE_RESULT', at: '2026-02-23T15:00:00+07:00', by: 'bro' },
  ]);
  const open = run(business, received('2026-02-26T09:00:00+07:00', 'online'));
  const refused = run(business, [
    { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
    { type: 'REFUSE', at: '2026-02-10T09:05:00+07:00', by: 'bro', reasons: ['Sai thẩm quyền'] },
  ]);

  it('gives both figures of domain notes §7, each named for what it is', () => {
    const t = engine.statistics([early, late, open, refused], feb).total;
    // early: decided 11/02 before its due day; late: due 12/02 17:00 (cut-off policy), decided 23/02 (Tết between).
    expect(t.resolved).toEqual({ total: 2, early: 1, onTime: 0, late: 1 });
    expect(t.resolvedOnTimeRate).toBe(0.5);
    // open: received 26/02, due 03/03: within time at the end of February.
    expect(t.inProgress).toEqual({ total: 1, withinTime: 1, overdue: 0 });
    // Decision 766 counts the open dossier as on time until it is late: 2 of 3.
    expect(t.decision766).toEqual({ counted: 3, onTime: 2, late: 1, rate: 0.6667 });
    expect([t.received, t.carriedOver, t.handled, t.refusedAtDesk]).toEqual([3, 0, 3, 1]);
    expect(t.receivedByChannel).toEqual({ inPerson: 1, online: 2, post: 0 });
    expect(t.onlineShare).toBe(0.6667);
  });

  it('measures processing time in working hours, receipt to decision', () => {
    const p = engine.statistics([early, late, open], feb).total.processingHours;
    // early: 10/02 09:00 → 11/02 09:00 = 8 h; late: 10/02 09:00 → 23/02 15:00 = 6.5 + 8 + 8 + 8 (Tết) + 6 = 36.5 h.
    expect(p.count).toBe(2);
    expect(p.average).toBe(22.25);
    // The median of two is their mean, read from the histogram (exact to the minute below 512 minutes, 0.2 % above).
    expect(Math.abs(p.median! - 22.25)).toBeLessThan(0.05);
  });

  it('reads a dossier as it stood at the period end: resolved after it, it is open and overdue then', () => {
    const t = engine.statistics([late], { from: '2026-02-01', to: '2026-02-20' }).total;
    expect(t.resolved.total).toBe(0);
    expect(t.inProgress).toEqual({ total: 1, withinTime: 0, overdue: 1 });
    // The next period carries it over and resolves it, late.
    const next = engine.statistics([late], { from: '2026-02-21', to: '2026-02-28' }).total;
    expect([next.received, next.carriedOver, next.resolved.late]).toEqual([0, 1, 1]);
  });

  it('counts a dossier waiting for a supplement at its request instant (Decision 766)', () => {
    const waiting = run(business, [
      ...received('2026-03-02T09:00:00+07:00'),
      { type: 'FORWARD', at: '2026-03-02T10:00:00+07:00', by: 'bro' },
      { type: 'REQUEST_SUPPLEMENT', at: '2026-03-03T10:00:00+07:00', by: 'bro', items: ['Thiếu điều lệ'] },
    ]);
    // Due 04/03 17:00; a month later it still waits, but it is measured at its request: on time.
    const t = engine.statistics([waiting], { from: '2026-03-01', to: '2026-03-31' }).total;
    expect(t.decision766).toMatchObject({ counted: 1, onTime: 1 });
    expect(t.supplementRequests).toBe(1);
    expect(t.inProgress.total).toBe(1);
  });

  it('leaves out dossiers finished before the period', () => {
    const t = engine.statistics([early], { from: '2026-03-01', to: '2026-03-31' }).total;
    expect(t.decision766.counted).toBe(0);
    expect(t.decision766.rate).toBeNull();
    expect(t.resolvedOnTimeRate).toBeNull();
  });

  it('takes a period of two instants, the end excluded', () => {
    const at = { from: '2026-02-10T00:00:00+07:00', to: '2026-02-11T09:00:00+07:00' };
    expect(engine.statistics([early], at).total.inProgress.total).toBe(1);
    const after = { from: '2026-02-10T00:00:00+07:00', to: '2026-02-11T09:00:01+07:00' };
    expect(engine.statistics([early], after).total.resolved.early).toBe(1);
  });
});

describe("statistics with the 'pause' supplement clock", () => {
  const j = raw('business-registration');
  j.version = '2025.p';
  j.timing.supplement = { clock: 'pause' };
  const paused = defineProcedure(j);
  const eng = createEngine({ policy: 'working-days-cutoff', procedures: [paused] });
  const march = { from: '2026-03-01', to: '2026-03-31' };

  it('a dossier whose supplement came back is no longer waiting, so a late one counts late', () => {
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
    const t = eng.statistics([s], march).total;
    expect([t.decision766.onTime, t.decision766.late]).toEqual([0, 1]);
    expect(t.inProgress.overdue).toBe(1);
  });

  it('a dossier still waiting for its supplement ends at the request (on time)', () => {
    const s = run(
      paused,
      [
        ...businessReceived,
        { type: 'REQUEST_SUPPLEMENT', at: '2026-03-02T10:00:00+07:00', by: 'bro', items: ['x'] },
      ],
      eng,
    );
    const t = eng.statistics([s], march).total;
    expect([t.decision766.onTime, t.decision766.late]).toEqual([1, 0]);
  });
});

describe('periods are checked, never rolled over', () => {
  const thrown = (f: () => unknown): StatisticsError => {
    try {
      f();
    } catch (e) {
      return e as StatisticsError;
    }
    throw new Error('no error');
  };

  it('refuses 2026-02-31 with a typed bilingual error', () => {
    const e = thrown(() => engine.statistics([], { from: '2026-02-01', to: '2026-02-31' }));
    expect(e).toBeInstanceOf(StatisticsError);
    expect(e.code).toBe('INVALID_PERIOD');
    expect(e.params.problem).toBe('not-a-day');
    expect(e.path).toEqual(['period', 'to']);
    expect(e.message).toContain('"2026-02-31"');
    expect(e.messageVi).toContain(
      'ngày không tồn tại (như 31/02) không bao giờ được tự chuyển sang tháng sau',
    );
  });

  it('says how to write a day written as clerks write it, and gives a month its days', () => {
    for (const [given, hint] of [
      ['01/03/2026', '2026-03-01'],
      ['1.3.2026', '2026-03-01'],
      ['2026-3-31', '2026-03-31'],
    ] as const) {
      const e = thrown(() => engine.statistics([], { from: given, to: '2026-04-30' }));
      expect([e.code, e.params.problem, e.params.hint, e.path]).toEqual([
        'INVALID_PERIOD',
        'not-a-day',
        hint,
        ['period', 'from'],
      ]);
      expect(e.messageVi).toContain(`hãy viết ${hint}`);
    }
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    for (const bad of ['2026-2', '2026-13', '1999-01', 202602, Symbol('month')])
      expect(thrown(() => monthPeriod(bad as never)).params.problem).toBe('not-a-month');
  });

  it.each([
    [{ from: '2026-02-01', to: '2026-02-01T10:00:00+07:00' }, 'mixed'],
    [{ from: '2026-02-01T10:00:00', to: '2026-02-02T10:00:00+07:00' }, 'not-an-instant'],
    [{ from: '2026-03-01', to: '2026-02-01' }, 'order'],
    [{ from: '2026-03-01T10:00:00+07:00', to: '2026-03-01T03:00:00Z' }, 'order'],
    [{ from: '2013-12-31', to: '2014-01-31' }, 'out-of-range'],
    [{ from: '2026-01-01', to: '9999-12-31' }, 'out-of-range'],
    [{ from: '2026-02-29', to: '2026-03-31' }, 'not-a-day'],
    [null, 'not-an-object'],
  ])('refuses %j (%s)', (period, problem) => {
    const e = thrown(() => engine.statistics([], period as never));
    expect([e.code, e.params.problem]).toEqual(['INVALID_PERIOD', problem]);
  });

  it('refuses options a summary cannot take, and sources that are not', () => {
    const period = feb;
    expect(thrown(() => engine.createSummary({ period, groupBy: ['agency', 'agency'] })).code).toBe(
      'INVALID_SUMMARY_OPTIONS',
    );
    expect(thrown(() => engine.createSummary({ period, groupBy: ['office' as never] })).params.option).toBe(
      'groupBy',
    );
    expect(thrown(() => engine.createSummary({ period, warnings: { limit: 0 } })).params.option).toBe(
      'warnings.limit',
    );
    // The bad dimension named where it is, with the dimensions allowed.
    const dimension = thrown(() =>
      engine.createSummary({ period, groupBy: ['agency', 'province' as never] }),
    );
    expect([dimension.path, dimension.params.given]).toEqual([['groupBy', 1], '"province"']);
    expect(dimension.messageVi).toContain('(đã nhập "province")');
    expect(thrown(() => engine.createSummary({ period, groupBy: ['month', 'month'] })).path).toEqual([
      'groupBy',
      1,
    ]);
    // Read before the period starts, the period would be empty: refused.
    const early = thrown(() => engine.createSummary({ period, asOf: '2026-01-31T23:00:00+07:00' }));
    expect([early.code, early.path, early.params.expected]).toEqual([
      'INVALID_SUMMARY_OPTIONS',
      ['asOf'],
      'after-start',
    ]);
    expect(engine.createSummary({ period, asOf: '2026-02-10T00:00:00+07:00' }).result().period.end).toBe(
      '2026-02-10T00:00:00+07:00',
    );
    // As of the period's very start (a job at 00:00 on the 1st): an empty period, not an error.
    expect(engine.createSummary({ period, asOf: '2026-02-01T00:00:00+07:00' }).result().dossiers).toBe(0);
    // A period given back — a result's, or a checked one — is taken: its other keys are derived from the two.
    const again = engine.createSummary({ period }).result().period;
    expect(engine.createSummary({ period: again }).result().period).toEqual(again);
    expect(engine.createSummary({ period: summaryPeriod(period) }).result().period).toEqual(again);
    // A misspelt option is refused where it is, with the one it most likely is — never ignored.
    for (const [options, path, near] of [
      [{ period, group: ['agency'] }, ['group'], 'groupBy'],
      [{ period, asof: '2026-02-10T00:00:00+07:00' }, ['asof'], 'asOf'],
      [{ period, warnings: { limt: 3 } }, ['warnings', 'limt'], 'warnings.limit'],
      [{ period: { ...period, too: 1 } }, ['period', 'too'], 'period.to'],
    ] as const) {
      const e = thrown(() => engine.createSummary(options as never));
      expect([e.code, e.path, e.params.suggestion]).toEqual(['INVALID_SUMMARY_OPTIONS', path, near]);
      expect(e.messageVi).toContain(`có phải là "${near}"?`);
    }
    // Nothing given is said so, not shown as "undefined".
    const none = thrown(() => engine.createSummary({} as never));
    expect(none.messageVi).toContain('chưa có giá trị');
    expect(none.message).toContain('not given');
    expect(thrown(() => engine.summarize(42 as never, { period })).params.problem).toBe('not-iterable');
    expect(thrown(() => engine.summarize(['{'], { period })).params).toMatchObject({
      index: 0,
      problem: 'not-json',
    });
    const bad = thrown(() => engine.summarize([{ v: 2 }], { period })) as unknown as EngineError;
    expect(bad).toBeInstanceOf(EngineError);
    expect([bad.code, bad.path.slice(0, 2)]).toEqual(['INVALID_SNAPSHOT', ['source', 0]]);
  });

  it('checks snapshot objects as it checks their text: a row read back as an object is data from outside', () => {
    const early = run(business, [
      ...received('2026-02-10T09:00:00+07:00'),
      { type: 'FORWARD', at: '2026-02-10T10:00:00+07:00', by: 'bro' },
      { type: 'APPROVE', at: '2026-02-10T14:00:00+07:00', by: 'bro' },
      { type: 'ISSUE_RESULT', at: '2026-02-11T09:00:00+07:00', by: 'bro' },
    ]);
    const row = JSON.parse(JSON.stringify(early)) as Record<string, unknown>;
    expect(engine.summarize([row], { period: feb }).total.resolved.early).toBe(1);
    for (const [item, path] of [
      [{ ...row, receivedAt: 'garbage' }, ['source', 0, 'receivedAt']],
      [{ ...row, ledger: 'none' }, ['source', 0, 'ledger']],
      [{ format: 'junk' }, ['source', 0, 'format']],
      // A copy of the engine's snapshot with a key of the portal's own is not the engine's snapshot.
      [{ ...early, updatedAt: '2026-02-12' }, ['source', 0, 'updatedAt']],
    ] as const) {
      const e = thrown(() => engine.summarize([row, item], { period: feb }).total) as unknown as EngineError;
      expect(e).toBeInstanceOf(EngineError);
      expect([e.code, e.path]).toEqual(['INVALID_SNAPSHOT', ['source', 1, ...path.slice(2)]]);
      expect(e.messageVi).not.toMatch(/undefined|Cannot read/);
    }
  });
});

describe('Decision 766 with no due instant (the clock waits for the fees)', () => {
  // Business registration whose 3 working days run from the fees paid: until FEE_PAID there is no due instant.
  const paidFirst = (() => {
    const j = raw('business-registration');
    j.version = `${j.version}-fee-clock`;
    j.timing.clockStart = { after: 'FEE_PAID', basis: { document: 'Test rule', articles: ['1'] } };
    return defineProcedure(j);
  })();
  const eng = createEngine({ procedures: [paidFirst] });
  const march = { from: '2026-03-01', to: '2026-03-31' };

  it('is late when the time used exceeds the time limit, else on time; open, it is within time', () => {
    // Received 02/03 09:00, never paid: about 21 working days used by 31/03 — more than the 24 working hours.
    const long = run(paidFirst, received('2026-03-02T09:00:00+07:00'), eng);
    // Received 31/03 09:00: 8 working hours used by the end of March — within the 24.
    const short = run(paidFirst, received('2026-03-31T09:00:00+07:00'), eng);
    expect(eng.dossierDeadline(long)).toBeNull();
    const one = (s: typeof long) => eng.summarize([s], { period: march }).total;
    expect(one(long).decision766).toMatchObject({ counted: 1, onTime: 0, late: 1 });
    expect(one(short).decision766).toMatchObject({ counted: 1, onTime: 1, late: 0 });
    // With no appointment, nothing is overdue: both open dossiers are within time.
    expect(eng.summarize([long, short], { period: march }).total.inProgress).toEqual({
      total: 2,
      withinTime: 2,
      overdue: 0,
    });
  });
});

describe('per result, for dossiers with several (a liên thông group)', () => {
  const birth = defineProcedure(raw('birth-residence-health-card'));
  const eng = createEngine({ procedures: [birth] });
  const at = (day: string, time: string) => `${day}T${time}:00+07:00`;
  // A child's group filed online on Wed 03/02/2027, the day before Tết (test/engine/interagency.test.ts).
  const group: UnnumberedEvent[] = [
    { type: 'SUBMIT', at: at('2027-02-03', '08:30'), channel: 'online', delivery: 'online' },
    { type: 'RECEIVE', at: at('2027-02-03', '09:30'), by: 'desk', dossierCode: 'LT-270203-0001' },
    { type: 'FORWARD', at: at('2027-02-03', '09:35'), by: 'desk' },
    { type: 'ISSUE_RESULT', at: at('2027-02-03', '14:00'), by: 'justice' },
    { type: 'RETURN_RESULT', at: at('2027-02-03', '14:10'), by: 'desk', result: 'birth-certificate' },
    { type: 'CONSULT', at: at('2027-02-03', '14:20'), by: 'justice' },
    { type: 'REPLY', at: at('2027-02-11', '10:00'), by: 'social-insurance' },
    { type: 'REPLY', at: at('2027-02-12', '09:00'), by: 'police' },
    { type: 'RETURN_RESULT', at: at('2027-02-12', '10:00'), by: 'desk' },
  ];

  it('counts each result against its own limit, as slaStatus judges it', () => {
    const s = run(birth, group, eng);
    const t = eng.statistics([s], { from: '2027-02-01', to: '2027-02-28' }).total;
    const judged = eng.slaStatus(s, s.lastAt!).results.map((r) => [r.id, r.outcome]);
    expect(judged).toEqual([
      ['birth-certificate', 'on-time'],
      ['permanent-residence', 'on-time'],
      ['health-insurance-card', 'early'],
    ]);
    expect(t.byResult).toEqual({
      'birth-certificate': { early: 0, onTime: 1, late: 0, openWithinTime: 0, openOverdue: 0 },
      'health-insurance-card': { early: 1, onTime: 0, late: 0, openWithinTime: 0, openOverdue: 0 },
      'permanent-residence': { early: 0, onTime: 1, late: 0, openWithinTime: 0, openOverdue: 0 },
    });
  });

  it('counts the results not issued at the end of the period, within time or overdue', () => {
    const s = run(birth, group.slice(0, 6), eng);
    // At the end of 03/02 the birth certificate is issued; the two others are due 12/02: within time.
    const day = eng.statistics([s], { from: '2027-02-03', to: '2027-02-03' }).total.byResult;
    expect([
      day['permanent-residence']!.openWithinTime,
      day['health-insurance-card']!.openWithinTime,
    ]).toEqual([1, 1]);
    // By the end of February, still not issued: overdue.
    const month = eng.statistics([s], { from: '2027-02-01', to: '2027-02-28' }).total.byResult;
    expect([month['permanent-residence']!.openOverdue, month['birth-certificate']!.onTime]).toEqual([1, 1]);
  });

  it('reads the results the same from the snapshot, its readable JSON, its persisted form and its text', () => {
    const s = run(birth, group, eng);
    const period = { from: '2027-02-01', to: '2027-02-28' };
    const of = (item: unknown) => eng.summarize([item as never], { period }).total;
    const expected = of(s);
    expect(expected.byResult['health-insurance-card']!.early).toBe(1);
    for (const item of [
      JSON.stringify(s),
      JSON.parse(JSON.stringify(s)),
      eng.persist(s),
      JSON.stringify(eng.persist(s)),
    ])
      expect(of(item)).toEqual(expected);
  });
});
