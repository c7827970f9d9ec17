/**
 * Messages by code: every code of the calendar has an English and a Vietnamese text, every Vietnamese text —
 * rendered with sample parameters, thrown by a real bad call, or made from the data (a day's reasons, a deadline's
 * notes) — holds no English, and no message echoes more than about a hundred characters of its input.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingHours,
  CalendarError,
  calendarPeriod,
  clockStart,
  createCalendar,
  dayInfo,
  deadline,
  fromLunar,
  holidays,
  isWorkingDay,
  legalDay,
  MotcuaError,
  onlineAcceptanceDeadline,
  parseHolidayLaws,
  parseOfficialSchedule,
  parseWorkingHours,
  toLunar,
  transferDeadline,
  validateSchedule,
  withOverlay,
} from '../../src/calendar/index.js';
import { calendarErrorMessagesEn } from '../../src/calendar/messages/errors.en.js';
import { calendarErrorMessagesVi } from '../../src/calendar/messages/errors.vi.js';
import { calendarIssueMessagesEn } from '../../src/calendar/messages/issues.en.js';
import { calendarIssueMessagesVi } from '../../src/calendar/messages/issues.vi.js';
import { optionIssueMessagesEn } from '../../src/calendar/messages/options.en.js';
import { optionIssueMessagesVi } from '../../src/calendar/messages/options.vi.js';
import { scheduleIssueMessagesEn } from '../../src/calendar/messages/schedule.en.js';
import { scheduleIssueMessagesVi } from '../../src/calendar/messages/schedule.vi.js';
import { englishWords } from '../support/english.js';

/** The calendar's pairs of tables: errors, createCalendar's own issues, issues of data, rules of schedules. */
const tables = [
  ['errors', calendarErrorMessagesEn, calendarErrorMessagesVi],
  ['options', optionIssueMessagesEn, optionIssueMessagesVi],
  ['issues', calendarIssueMessagesEn, calendarIssueMessagesVi],
  ['schedule', scheduleIssueMessagesEn, scheduleIssueMessagesVi],
] as const;
const calendarMessagesEn = {
  ...calendarErrorMessagesEn,
  ...optionIssueMessagesEn,
  ...calendarIssueMessagesEn,
  ...scheduleIssueMessagesEn,
};
const calendarMessagesVi = {
  ...calendarErrorMessagesVi,
  ...optionIssueMessagesVi,
  ...calendarIssueMessagesVi,
  ...scheduleIssueMessagesVi,
};

type Code = keyof typeof calendarMessagesEn;
type Sample<C extends Code> = Parameters<(typeof calendarMessagesEn)[C]>[0];

/** Sample parameters of every code, one per variant of its text. */
const samples: { readonly [C in Code]: readonly Sample<C>[] } = {
  INVALID_DATE: [
    { value: '"2026-02-30"', form: 'day' },
    { value: '`Invalid Date`', form: 'day' },
    { value: '1.5', form: 'epoch-day' },
  ],
  INVALID_INSTANT: [{ value: '"2026-02-12T09:30:00"' }],
  INVALID_COUNT: [
    { value: '1.5', rule: 'whole-days' },
    { value: '`NaN`', rule: 'finite-amount' },
    { value: '-1', rule: 'negative-limit' },
    { value: '-1', rule: 'negative-period' },
    { value: '1.5', rule: 'whole-calendar-days' },
    { value: '1.5', rule: 'whole-months' },
  ],
  OUT_OF_RANGE: [
    { what: 'day', value: '2200-01-01', from: '2014-01-01', to: '2199-12-31' },
    { what: 'year', value: '2500', from: '2014', to: '2199' },
    { what: 'lunar-year', value: '2300', from: '1899', to: '2200' },
    { what: 'lunar-range', value: '1899-12-31', from: '1900-01-01', to: '2199-12-31' },
    { what: 'lunar-table', value: '-40000 (1860-07-07)', from: '1899', to: '2200' },
  ],
  INVALID_YEAR: [{ value: '"2026"' }],
  INVALID_LUNAR_DATE: [
    { rule: 'shape', value: '`null`' },
    { rule: 'year', value: '2025.5' },
    { rule: 'month', value: '13' },
    { rule: 'leap-type', value: '"yes"' },
    { rule: 'no-leap-month', year: 2025, month: 5, leapMonth: 6 },
    { rule: 'no-leap-month', year: 2026, month: 5, leapMonth: 0 },
    { rule: 'day', value: '30', year: 2025, month: 12, leap: false, length: 29 },
    { rule: 'day', value: '30', year: 2025, month: 6, leap: true, length: 29 },
  ],
  INVALID_SCHEDULE: [{ count: 2, at: 'options.schedules.0.entries.5.date' }],
  INVALID_OPTIONS: [{ count: 1, at: 'options.hours.sessions.1.start' }],
  INVALID_CALENDAR: [{ value: '"2026-02-12"' }, { value: '`undefined`' }],
  WRONG_TYPE: (['string', 'number', 'integer', 'boolean', 'object', 'array'] as const).map((expected) => ({
    expected,
  })),
  REQUIRED: [{ key: 'workedOn' }],
  UNKNOWN_KEY: [
    { key: 'workedon', suggestion: 'workedOn' },
    { key: 'extra', suggestion: null },
  ],
  NOT_ONE_OF: [{ value: '"weeks"', allowed: ['working-days', 'working-hours', 'calendar-days', 'months'] }],
  BAD_FORMAT: [
    { value: '"3pm"', format: 'HH:MM' },
    { value: '"12/02/2026"', format: 'YYYY-MM-DD' },
  ],
  NOT_A_DAY: [{ value: '"2027-02-31"' }],
  TOO_SMALL: [
    { kind: 'number', minimum: 1, inclusive: true },
    { kind: 'number', minimum: 0, inclusive: false },
    { kind: 'list', minimum: 1, inclusive: true },
    { kind: 'text', minimum: 1, inclusive: true },
  ],
  TOO_BIG: [
    { kind: 'number', maximum: 12, inclusive: true },
    { kind: 'number', maximum: 24, inclusive: false },
    { kind: 'list', maximum: 400, inclusive: true },
    { kind: 'text', maximum: 4000, inclusive: true },
  ],
  INVALID: [{}],
  PERIOD_SHAPE: [{}],
  SESSION_ORDER: [{ start: '13:00', end: '11:30' }],
  SESSIONS_OVERLAP: [{ start: '11:00', previousEnd: '11:30' }],
  RANGE_REVERSED: [{ from: '2026-10-06', to: '2026-10-05' }],
  NOT_CHECKED: [{ what: 'schedule' }, { what: 'laws' }, { what: 'hours' }, { what: 'overlay' }],
  SCHEDULE_UNKNOWN_SOURCE: [{ source: 'B', known: ['A', 'CV 10065/VPCP-KGVX'] }],
  SCHEDULE_DUPLICATE_DATE: [{ date: '2027-02-04' }],
  SCHEDULE_WEEKEND_OFF: [{ date: '2027-02-06' }],
  SCHEDULE_WEEKDAY_WORKED: [{ date: '2027-02-05' }],
  SCHEDULE_OUTSIDE_YEAR: [{ date: '2028-01-26', year: 2027 }],
  SCHEDULE_SWAP_UNPAIRED: [
    { kind: 'swap-off', date: '2027-04-29', other: '2027-04-24' },
    { kind: 'swap-work', date: '2027-04-24', other: '2027-04-29' },
  ],
  SCHEDULE_COVERED_NOT_LISTED: [
    { holiday: 'tet', listed: 0, granted: 5 },
    { holiday: 'national-day', listed: 1, granted: 2 },
  ],
  SCHEDULE_HOLIDAY_WORKED: [{ holiday: 'new-year', date: '2027-01-01' }],
  SCHEDULE_NOT_COVERED: [{ holiday: 'culture-day', date: '2027-11-24' }],
};

const render = (table: Record<string, (p: never) => string>, code: string, params: unknown): string =>
  table[code]!(params as never);

describe('message tables', () => {
  it.each(tables)('%s: the same codes in English and Vietnamese', (_, en, vi) => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });

  it('no code is in two tables', () => {
    const all = tables.flatMap(([, en]) => Object.keys(en));
    expect(new Set(all).size).toBe(all.length);
  });

  it('have a sample for every code (a new code needs one here)', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(calendarMessagesEn).sort());
  });

  for (const [code, list] of Object.entries(samples)) {
    it(`${code}: both languages render; the Vietnamese holds no English`, () => {
      for (const params of list as readonly unknown[]) {
        const en = render(calendarMessagesEn, code, params);
        const vi = render(calendarMessagesVi, code, params);
        expect(en.length).toBeGreaterThan(0);
        expect(vi.length).toBeGreaterThan(0);
        expect(vi).not.toBe(en);
        expect(englishWords(vi), vi).toEqual([]);
      }
    });
  }
});

/** The error a call throws. */
function thrown(f: () => unknown): CalendarError {
  try {
    f();
  } catch (e) {
    if (e instanceof CalendarError) return e;
    throw e;
  }
  throw new Error('nothing was thrown');
}

const cal = createCalendar();

describe('errors thrown by real bad calls', () => {
  const calls: [string, () => unknown][] = [
    ['bad day', () => addWorkingDays(cal, '2026-02-30', 1)],
    ['invalid Date', () => isWorkingDay(cal, new Date(Number.NaN))],
    ['object as day', () => isWorkingDay(cal, {} as never)],
    ['bad count', () => addWorkingDays(cal, '2026-03-02', 1.5)],
    ['NaN hours', () => addWorkingHours(cal, '2026-03-02T09:00:00+07:00', Number.NaN)],
    ['no offset', () => addWorkingHours(cal, '2026-03-02T09:00:00', 1)],
    ['out of range', () => isWorkingDay(cal, '2200-01-01')],
    ['bad year', () => holidays(cal, '2026' as never)],
    ['year out of range', () => holidays(cal, 2500)],
    ['bad unit', () => deadline(cal, '2026-03-02T09:00:00+07:00', { amount: 1, unit: 'weeks' as never })],
    [
      'negative limit',
      () => deadline(cal, '2026-03-02T09:00:00+07:00', { amount: -1, unit: 'working-days' }),
    ],
    ['fractional months', () => deadline(cal, '2026-03-02T09:00:00+07:00', { amount: 1.5, unit: 'months' })],
    ['bad cut-off', () => clockStart(cal, '2026-03-02T09:00:00+07:00', { cutoff: '3pm' })],
    ['bad policy', () => clockStart(cal, '2026-03-02T09:00:00+07:00', { policy: 'weekly' as never })],
    ['null options', () => transferDeadline(cal, '2026-03-02T09:00:00+07:00', null as never)],
    ['bad period', () => calendarPeriod(cal, '2026-03-02', {} as never)],
    ['negative period', () => calendarPeriod(cal, '2026-03-02', { days: -1 })],
    ['lunar month 13', () => fromLunar({ year: 2025, month: 13, day: 1 })],
    ['lunar no such leap month', () => fromLunar({ year: 2025, month: 5, day: 1, leap: true })],
    ['lunar out of range', () => toLunar('1899-12-31')],
    ['legal day without offset', () => legalDay('2026-02-10T09:00')],
    ['unknown option', () => createCalendar({ overlay: [] } as never)],
    ['bad hours', () => parseWorkingHours({ sessions: [{ start: '13:00', end: '11:30' }] })],
    ['hours not checked', () => createCalendar({ hours: { sessions: [], hoursPerDay: 8 } })],
    ['schedule not checked', () => createCalendar({ schedules: [{ year: 2028 } as never] })],
    ['overlay typo', () => withOverlay(cal, { agency: 'UBND xã', closure: [] } as never)],
    [
      'reversed closure',
      () =>
        withOverlay(cal, {
          agency: 'UBND xã',
          closures: [{ from: '2026-10-06', to: '2026-10-05', reason: 'Bão' }],
        }),
    ],
    ['prototype key', () => parseHolidayLaws(JSON.parse('[{"__proto__": {"x": 1}}]'))],
  ];
  it.each(calls)('%s: a bilingual error whose Vietnamese holds no English', (_, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(MotcuaError);
    expect(error.toJSON()).toMatchObject({ name: 'CalendarError', code: error.code, path: error.path });
    expect(error.message.length).toBeGreaterThan(0);
    expect(englishWords(error.messageVi), error.messageVi).toEqual([]);
    expect(error.params).toEqual(JSON.parse(JSON.stringify(error.params)));
    for (const i of error.issues) expect(englishWords(i.messageVi), i.messageVi).toEqual([]);
  });

  it('never echoes a megabyte of input', () => {
    const huge = 'x'.repeat(1_000_000);
    for (const error of [
      thrown(() => addWorkingDays(cal, huge, 1)),
      thrown(() => addWorkingHours(cal, huge, 1)),
      thrown(() => clockStart(cal, '2026-03-02T09:00:00+07:00', { cutoff: huge })),
      thrown(() => parseOfficialSchedule({ year: 2028, covers: [huge] })),
      thrown(() => createCalendar({ [huge]: 1 } as never)),
    ]) {
      expect(error.message.length).toBeLessThan(400);
      expect(error.messageVi.length).toBeLessThan(400);
      expect(JSON.stringify(error.params).length).toBeLessThan(400);
    }
  });

  it('a schedule with every defect: each issue bilingual, none English in Vietnamese', () => {
    const result = validateSchedule({
      year: 2027,
      covers: ['new-year', 'tet'],
      sources: [{ id: 'A', document: 'A' }],
      entries: [
        { kind: 'holiday', date: '2028-01-26', holiday: 'tet', source: 'A' },
        { kind: 'swap-off', date: '2027-04-29', workedOn: '2027-04-24', source: 'B' },
        { kind: 'holiday', date: '2027-11-24', holiday: 'culture-day', source: 'A' },
        { kind: 'swap-work', date: '2027-04-23', insteadOf: '2027-04-29', source: 'A' },
      ],
    });
    expect(result.ok).toBe(false);
    expect(new Set(result.issues.map((i) => i.code))).toEqual(
      new Set([
        'SCHEDULE_OUTSIDE_YEAR',
        'SCHEDULE_UNKNOWN_SOURCE',
        'SCHEDULE_SWAP_UNPAIRED',
        'SCHEDULE_NOT_COVERED',
        'SCHEDULE_WEEKDAY_WORKED',
        'SCHEDULE_HOLIDAY_WORKED',
        'SCHEDULE_COVERED_NOT_LISTED',
      ]),
    );
    for (const i of result.issues) expect(englishWords(i.messageVi), i.messageVi).toEqual([]);
  });
});

describe('texts made from the data', () => {
  const desk = withOverlay(cal, {
    agency: 'UBND phường Bến Thành',
    closures: [{ from: '2026-10-05', reason: 'Bão số 10' }],
    openings: [
      {
        kind: 'reception',
        weekdays: [6],
        sessions: [{ start: '07:30', end: '11:30' }],
        reason: 'Tiếp nhận sáng thứ Bảy',
      },
    ],
  });

  it('every day-off summary of 2014–2030, proposals included, holds no English in Vietnamese', () => {
    for (let year = 2014; year <= 2030; year++) {
      for (const info of [...holidays(cal, year), ...holidays(desk, year)]) {
        expect(englishWords(info.summary.vi), info.summary.vi).toEqual([]);
      }
    }
    expect(dayInfo(cal, '2026-11-23').summary.vi).toContain('đề xuất không được thông qua');
  });

  it('every note of deadlines, clock starts, transfers and online acceptance holds no English in Vietnamese', () => {
    const instants = [
      '2026-02-12T10:00:00+07:00',
      '2026-02-13T15:30:00+07:00',
      '2026-02-14T20:00:00+07:00',
      '2026-03-07T09:00:00+07:00',
      '2024-03-01T16:00:00+07:00',
    ];
    const texts: string[] = [];
    for (const at of instants) {
      for (const policy of ['working-hours', 'working-days-cutoff', 'civil-code'] as const) {
        for (const amount of [0, 0.5, 3]) {
          for (const options of [
            { policy },
            { policy, channel: 'online', onlineOutsideHours: 'next-working-instant' } as const,
          ]) {
            const d = deadline(desk, at, { amount, unit: 'working-days' }, options);
            texts.push(...d.notes.map((n) => n.vi), ...d.daysOff.map((x) => x.summary.vi));
            texts.push(...clockStart(desk, at, options).notes.map((n) => n.vi));
          }
        }
      }
      texts.push(
        deadline(desk, at, { amount: 15, unit: 'calendar-days' })
          .notes.map((n) => n.vi)
          .join(' '),
      );
      texts.push(transferDeadline(desk, at).rule.vi, onlineAcceptanceDeadline(desk, at).rule.vi);
    }
    for (const text of texts) expect(englishWords(text), text).toEqual([]);
  });
});
