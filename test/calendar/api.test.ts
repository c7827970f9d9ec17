/**
 * The calendar as a value (0.2.0): `createCalendar` returns frozen data with no methods, every operation is a
 * function that takes it first, data comes checked by its reader, and the version a dossier pins is the one 0.1
 * computed for the same data.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingHours,
  CalendarError,
  calendarPeriod,
  calendarVersion,
  clockStart,
  createCalendar,
  dayInfo,
  deadline,
  defaultLaws,
  holidays,
  isWorkingDay,
  nextWorkingInstant,
  onlineAcceptanceDeadline,
  parseAgencyOverlay,
  parseHolidayLaws,
  parseOfficialSchedule,
  parseWorkingHours,
  transferDeadline,
  withOverlay,
  workingDaysBetween,
  workingHoursBetween,
} from '../../src/calendar/index.js';

const cal = createCalendar();

function thrown(f: () => unknown): CalendarError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CalendarError);
    return e as CalendarError;
  }
  throw new Error('nothing was thrown');
}

const schedule2028 = {
  year: 2028,
  covers: ['tet'],
  sources: [{ id: 'TB X', document: 'Thông báo X (dữ liệu kiểm thử)' }],
  entries: ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-31'].map((date) => ({
    kind: 'holiday',
    date,
    holiday: 'tet',
    source: 'TB X',
  })),
};

describe('a calendar is a frozen value', () => {
  it('holds its data and index, and no functions (a bundler keeps only the operations a page imports)', () => {
    expect(Object.isFrozen(cal)).toBe(true);
    expect(Object.values(cal).filter((v) => typeof v === 'function')).toEqual([]);
    expect(cal.range).toEqual({ from: '2014-01-01', to: '2199-12-31' });
    expect(cal.agency).toBeNull();
    expect(cal.schedules.map((s) => s.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(cal.laws.map((l) => l.id)).toEqual(defaultLaws().map((l) => l.id));
    expect(cal.hours.hoursPerDay).toBe(8);
    expect(Object.isFrozen(cal.schedules[0])).toBe(true);
  });

  it('the operations are functions of it', () => {
    const operations = {
      addWorkingDays,
      addWorkingHours,
      calendarPeriod,
      clockStart,
      dayInfo,
      deadline,
      holidays,
      isWorkingDay,
      nextWorkingInstant,
      onlineAcceptanceDeadline,
      transferDeadline,
      withOverlay,
      workingDaysBetween,
      workingHoursBetween,
    } as Record<string, (...args: unknown[]) => unknown>;
    for (const [name, operation] of Object.entries(operations)) {
      // Anything but a calendar first (a day, date-fns style) is a typed error, not a TypeError.
      for (const notACalendar of ['2026-02-12', undefined, null, {}]) {
        const error = thrown(() => operation(notACalendar, '2026-02-12', 1));
        expect(error.code, name).toBe('INVALID_CALENDAR');
        expect(error.path).toEqual(['calendar']);
      }
    }
  });

  it('withOverlay gives a new calendar and leaves the first unchanged', () => {
    const storm = withOverlay(cal, {
      agency: 'UBND xã Đông Hải',
      closures: [{ from: '2026-10-05', reason: 'Bão số 10' }],
    });
    expect(isWorkingDay(storm, '2026-10-05')).toBe(false);
    expect(isWorkingDay(cal, '2026-10-05')).toBe(true);
    expect(storm.overlays).toHaveLength(1);
    expect(cal.overlays).toEqual([]);
  });
});

describe('data comes checked by its reader', () => {
  it.each([
    ['schedules', { schedules: [schedule2028] }, 'INVALID_SCHEDULE', ['options', 'schedules', 0]],
    ['laws', { laws: defaultLaws() }, 'INVALID_OPTIONS', ['options', 'laws', 0]],
    [
      'hours',
      { hours: { sessions: [{ start: '08:00', end: '17:00' }], hoursPerDay: 8 } },
      'INVALID_OPTIONS',
      ['options', 'hours'],
    ],
    [
      'overlays',
      { overlays: [{ agency: 'UBND', closures: [], openings: [] }] },
      'INVALID_OPTIONS',
      ['options', 'overlays', 0],
    ],
  ])('raw %s are refused with NOT_CHECKED, naming the reader', (_, options, code, path) => {
    const error = thrown(() => createCalendar(options as never));
    expect(error.code).toBe(code);
    expect(error.issues[0]).toMatchObject({ code: 'NOT_CHECKED', path });
    expect(error.message).toMatch(/parse(OfficialSchedule|HolidayLaws|WorkingHours|AgencyOverlay)/);
  });

  it('the readers’ values are taken as they are', () => {
    const laws = parseHolidayLaws(defaultLaws());
    const next = createCalendar({
      laws,
      schedules: [parseOfficialSchedule(schedule2028, { laws })],
      hours: parseWorkingHours({
        sessions: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
        ],
      }),
      overlays: [
        parseAgencyOverlay({ agency: 'UBND xã', closures: [{ from: '2028-03-06', reason: 'Bão' }] }),
      ],
    });
    expect(isWorkingDay(next, '2028-01-31')).toBe(false);
    expect(isWorkingDay(next, '2028-03-06')).toBe(false);
    expect(dayInfo(next, '2028-03-07').sessions[0]).toEqual({ start: '08:00', end: '12:00' });
    expect(next.agency).toBe('UBND xã');
    // The shipped data, passed back, is accepted too.
    expect(() => createCalendar({ laws: cal.laws, schedules: cal.schedules })).not.toThrow();
  });

  it('a checked schedule is checked again against the calendar’s laws', () => {
    // Without the Labor Code 2019, National Day 2027 grants one day; with it, two: a schedule listing only 02/09
    // holds under the first and not under the second.
    const [code2012] = defaultLaws();
    const oldLaw = parseHolidayLaws([{ ...code2012!, effectiveTo: undefined }]);
    const onlyNationalDay = parseOfficialSchedule(
      {
        year: 2027,
        covers: ['national-day'],
        sources: [{ id: 'A', document: 'A' }],
        entries: [{ kind: 'holiday', date: '2027-09-02', holiday: 'national-day', source: 'A' }],
      },
      { laws: oldLaw },
    );
    expect(isWorkingDay(createCalendar({ laws: oldLaw, schedules: [onlyNationalDay] }), '2027-09-03')).toBe(
      true,
    );
    const error = thrown(() => createCalendar({ schedules: [onlyNationalDay] }));
    expect(error.code).toBe('INVALID_SCHEDULE');
    expect(error.issues).toMatchObject([
      { code: 'SCHEDULE_COVERED_NOT_LISTED', path: ['options', 'schedules', 0, 'covers', 0] },
    ]);
  });

  it('the readers give back frozen values, and read a checked value as it is', () => {
    const hours = parseWorkingHours({ sessions: [{ start: '08:00', end: '17:00' }] });
    expect(Object.isFrozen(hours.sessions[0])).toBe(true);
    expect(parseWorkingHours(hours)).toBe(hours);
    const overlay = parseAgencyOverlay({ agency: 'UBND' });
    expect(parseAgencyOverlay(overlay)).toBe(overlay);
    expect(overlay).toEqual({ agency: 'UBND', closures: [], openings: [] });
  });
});

describe('calendarVersion', () => {
  it('is the version 0.1 gave the same data (dossiers pin it)', () => {
    expect(calendarVersion(cal)).toBe('1976db8941c7978c');
    const hours = parseWorkingHours({
      sessions: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    });
    expect(calendarVersion(createCalendar({ applyProposed: true, hours }))).toBe('6829e4f6638ba78a');
    const storm = withOverlay(cal, {
      agency: 'UBND xã Đông Hải',
      closures: [{ from: '2026-10-05', reason: 'Bão số 10' }],
    });
    expect(calendarVersion(storm)).toBe('1976db8941c7978c+ca4cc9960db22973');
  });

  it('depends on the data, not on the object', () => {
    expect(calendarVersion(createCalendar())).toBe(calendarVersion(cal));
    expect(calendarVersion(createCalendar({ schedules: [parseOfficialSchedule(schedule2028)] }))).not.toBe(
      calendarVersion(cal),
    );
    expect(addWorkingDays(cal, '2026-02-12', 3)).toBe('2026-02-24');
  });
});
