// date-chinese ships typings its package.json "exports" does not expose (TS7016); load them as a declaration.
/// <reference path="../../node_modules/date-chinese/types/index.d.ts" />
import { CalendarChinese, CalendarVietnamese } from 'date-chinese';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilOf,
  epochDayOf,
  formatDay,
  MS_PER_DAY,
  parseDay,
  VN_OFFSET_MS,
} from '../../src/calendar/date.js';
import { CalendarError } from '../../src/calendar/errors.js';
import {
  epochDayToLunar,
  fromLunar,
  LUNAR_MAX_DATE,
  LUNAR_MIN_DATE,
  type LunarDate,
  lunarMonthLength,
  lunarNewYearEpochDay,
  lunarToEpochDay,
  toLunar,
} from '../../src/calendar/lunar.js';
import {
  LUNAR_TABLE_FIRST_YEAR,
  LUNAR_TABLE_LAST_YEAR,
  LUNAR_YEAR_TABLE,
} from '../../src/calendar/lunarTable.js';

const MIN_DAY = epochDayOf(1900, 1, 1);
const MAX_DAY = epochDayOf(2199, 12, 31);

const lunar = (year: number, month: number, day: number, leap = false): LunarDate => ({
  year,
  month,
  day,
  leap,
});

/** Runs `fn` and returns the CalendarError it throws. */
function calendarErrorOf(fn: () => unknown): CalendarError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

/** Gregorian `YYYY-MM-DD` of a date-chinese calendar's current date. */
function dateChineseGregorian(cal: CalendarChinese): string {
  const g = cal.toGregorian(cal.yearFromEpochCycle());
  return formatDay(epochDayOf(g.year, g.month, g.day));
}

describe('Tết Nguyên Đán (mùng 1 tháng Giêng)', () => {
  const tet: readonly [number, string][] = [
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    // Where Vietnam (UTC+7) and China (UTC+8) differ:
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2030, '2030-02-02'],
    // Tết Mậu Thân, the first computed for UTC+7 (China: 1968-01-30).
    [1968, '1968-01-29'],
  ];

  it.each(tet)('Tết %i is %s', (year, day) => {
    expect(toLunar(day)).toEqual(lunar(year, 1, 1));
    expect(fromLunar({ year, month: 1, day: 1 })).toBe(day);
    expect(formatDay(lunarNewYearEpochDay(year))).toBe(day);
    // The day before is the last day of tháng Chạp of the previous lunar year.
    const eve = toLunar(formatDay(lunarNewYearEpochDay(year) - 1));
    expect(eve).toMatchObject({ year: year - 1, month: 12, leap: false });
    expect(eve.day).toBe(lunarMonthLength(year - 1, 12));
  });

  it('Tết Bính Ngọ 2026 has no 30 Tết: tháng Chạp Ất Tỵ has 29 days', () => {
    expect(lunarMonthLength(2025, 12)).toBe(29);
    expect(toLunar('2026-02-16')).toEqual(lunar(2025, 12, 29));
  });
});

describe('Giỗ Tổ Hùng Vương (10/3 âm lịch)', () => {
  const hungKings: readonly [number, string][] = [
    [2019, '2019-04-14'],
    [2020, '2020-04-02'],
    [2021, '2021-04-21'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ];

  it.each(hungKings)('10/3 of %i is %s', (year, day) => {
    expect(fromLunar({ year, month: 3, day: 10 })).toBe(day);
    expect(toLunar(day)).toEqual(lunar(year, 3, 10));
    expect(formatDay(lunarToEpochDay(year, 3, 10))).toBe(day);
  });
});

describe('leap months (tháng nhuận)', () => {
  it.each([
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
    [2028, 5, '2028-06-23'],
    // The "2033 problem": the leap month is 11, not the month-without-a-major-term 2033-09-23 (month 9).
    [2033, 11, '2033-12-22'],
  ])('lunar %i has leap month %i, from %s', (year, month, start) => {
    expect(fromLunar({ year, month, day: 1, leap: true })).toBe(start);
    expect(toLunar(start)).toEqual(lunar(year, month, 1, true));
    // The leap month follows its namesake.
    expect(toLunar(formatDay(parseDay(start) - 1))).toMatchObject({
      year,
      month,
      leap: false,
    });
  });

  it('lunar 2033 counts month 9 from 2033-09-23, and Tết 2034 is 2034-02-19', () => {
    expect(toLunar('2033-09-23')).toEqual(lunar(2033, 9, 1));
    expect(toLunar('2034-02-19')).toEqual(lunar(2034, 1, 1));
  });
});

describe('the table', () => {
  it('covers lunar 1899–2200, so every day of 1900–2199 converts', () => {
    expect(LUNAR_TABLE_FIRST_YEAR).toBe(1899);
    expect(LUNAR_TABLE_LAST_YEAR).toBe(2200);
    expect(LUNAR_YEAR_TABLE).toHaveLength(302);
    expect(toLunar(LUNAR_MIN_DATE)).toEqual(lunar(1899, 12, 1));
    expect(toLunar(LUNAR_MAX_DATE)).toEqual(lunar(2199, 11, 14));
  });

  it('is consistent: months of 29 or 30 days, Tết between 21/1 and 20/2, years of 353–355 or 383–385 days', () => {
    for (let year = LUNAR_TABLE_FIRST_YEAR; year < LUNAR_TABLE_LAST_YEAR; year++) {
      const tet = lunarNewYearEpochDay(year);
      const { month, day } = civilOf(tet);
      expect(month * 100 + day).toBeGreaterThanOrEqual(121);
      expect(month * 100 + day).toBeLessThanOrEqual(220);
      let leapMonth = 0;
      let total = 0;
      for (let m = 1; m <= 12; m++) {
        total += lunarMonthLength(year, m);
        try {
          total += lunarMonthLength(year, m, true);
          leapMonth = m;
        } catch {
          // not the leap month
        }
      }
      expect(lunarNewYearEpochDay(year + 1) - tet).toBe(total);
      expect([353, 354, 355, 383, 384, 385]).toContain(total);
      expect(total > 360).toBe(leapMonth !== 0);
    }
  });

  it('epochDayToLunar walks day by day through the whole table and lunarToEpochDay inverts it', () => {
    const first = lunarNewYearEpochDay(LUNAR_TABLE_FIRST_YEAR);
    let previous = epochDayToLunar(first);
    expect(previous).toEqual(lunar(LUNAR_TABLE_FIRST_YEAR, 1, 1));
    const problems: string[] = [];
    let day = first + 1;
    for (; ; day++) {
      let current: LunarDate;
      try {
        current = epochDayToLunar(day);
      } catch {
        break;
      }
      const next =
        current.day === 1
          ? previous.day === lunarMonthLength(previous.year, previous.month, previous.leap)
          : current.year === previous.year &&
            current.month === previous.month &&
            current.leap === previous.leap &&
            current.day === previous.day + 1;
      if (!next) problems.push(`${formatDay(day)}: ${JSON.stringify(previous)} → ${JSON.stringify(current)}`);
      if (lunarToEpochDay(current.year, current.month, current.day, current.leap) !== day) {
        problems.push(`${formatDay(day)}: lunarToEpochDay(${JSON.stringify(current)}) is not the day`);
      }
      previous = current;
    }
    expect(problems).toEqual([]);
    expect(previous).toMatchObject({ year: LUNAR_TABLE_LAST_YEAR, month: 12 });
    expect(day).toBeGreaterThan(epochDayOf(2201, 1, 1));
  });
});

/**
 * Where date-chinese's CalendarVietnamese (2.1.4) disagrees with this calendar. In each case date-chinese calls a
 * month "leap" because it holds no major solar term (trung khí), without checking that the sui (month 11 to month
 * 11) has 13 months; in a 12-month sui such a month is an ordinary month, and the rule puts the leap month only in a
 * 13-month sui (the first month without a major term after month 11). date-chinese then numbers the following
 * months one short until month 11 or 12 resynchronises it. The best-known case is 2033: almanacs (and China's own
 * calendar) have tháng 11 nhuận 2033 from 2033-12-22, and no leap month 8. Hồ Ngọc Đức's published 1800–2199
 * tables label all these months as we do. Month starts and day numbers agree everywhere; only these month labels
 * differ (326 days in all).
 */
const DATE_CHINESE_DISAGREEMENTS: readonly {
  readonly from: string;
  readonly to: string;
  readonly dateChinese: { readonly year: number; readonly month: number; readonly leap: boolean };
  readonly ours: { readonly year: number; readonly month: number; readonly leap: boolean };
}[] = [
  // Sui 2032–2033 has 12 months; 2033-09-23 holds no major term but is month 9. The leap month is 11 (sui 2033–34).
  {
    from: '2033-09-23',
    to: '2033-10-22',
    dateChinese: { year: 2033, month: 8, leap: true },
    ours: { year: 2033, month: 9, leap: false },
  },
  {
    from: '2033-10-23',
    to: '2033-11-21',
    dateChinese: { year: 2033, month: 9, leap: false },
    ours: { year: 2033, month: 10, leap: false },
  },
  {
    from: '2033-11-22',
    to: '2033-12-21',
    dateChinese: { year: 2033, month: 10, leap: false },
    ours: { year: 2033, month: 11, leap: false },
  },
  // Sui 2052–2053 has 12 months; 2053-01-20 holds no major term but is month 12 (the leap month was 8 nhuận 2052).
  {
    from: '2053-01-20',
    to: '2053-02-17',
    dateChinese: { year: 2052, month: 12, leap: true },
    ours: { year: 2052, month: 12, leap: false },
  },
  // Sui 2127–2128 has 12 months; 2128-10-24 is month 10. The leap month is 11 nhuận 2128 (sui 2128–29).
  {
    from: '2128-10-24',
    to: '2128-11-21',
    dateChinese: { year: 2128, month: 9, leap: true },
    ours: { year: 2128, month: 10, leap: false },
  },
  {
    from: '2128-11-22',
    to: '2128-12-21',
    dateChinese: { year: 2128, month: 10, leap: false },
    ours: { year: 2128, month: 11, leap: false },
  },
  // Sui 2146–2147 has 12 months; 2147-09-25 is month 9. The leap month is 1 nhuận 2148.
  {
    from: '2147-09-25',
    to: '2147-10-23',
    dateChinese: { year: 2147, month: 8, leap: true },
    ours: { year: 2147, month: 9, leap: false },
  },
  {
    from: '2147-10-24',
    to: '2147-11-22',
    dateChinese: { year: 2147, month: 9, leap: false },
    ours: { year: 2147, month: 10, leap: false },
  },
  // Sui 2184–2185 has 12 months; 2185-09-24 is month 9. The leap month is 2 nhuận 2186.
  {
    from: '2185-09-24',
    to: '2185-10-22',
    dateChinese: { year: 2185, month: 8, leap: true },
    ours: { year: 2185, month: 9, leap: false },
  },
  {
    from: '2185-10-23',
    to: '2185-11-21',
    dateChinese: { year: 2185, month: 9, leap: false },
    ours: { year: 2185, month: 10, leap: false },
  },
  {
    from: '2185-11-22',
    to: '2185-12-21',
    dateChinese: { year: 2185, month: 10, leap: false },
    ours: { year: 2185, month: 11, leap: false },
  },
];

describe('cross-check against date-chinese CalendarVietnamese', () => {
  it('agrees on every day from 1900-01-01 to 2199-12-31 but the listed, explained disagreements', () => {
    // One instance for the whole run: date-chinese caches Tết, solstices and solar longitudes per year in it.
    const cal = new CalendarVietnamese();
    const expected = new Map<number, (typeof DATE_CHINESE_DISAGREEMENTS)[number]>();
    for (const d of DATE_CHINESE_DISAGREEMENTS) {
      for (let day = parseDay(d.from); day <= parseDay(d.to); day++) {
        expected.set(day, d);
      }
    }
    expect(expected.size).toBe(326);
    const found: string[] = [];
    let checked = 0;
    for (let day = MIN_DAY; day <= MAX_DAY; day++) {
      const { year, month, day: dom } = civilOf(day);
      cal.fromGregorian(year, month, dom);
      const [, , dcMonth, dcLeap, dcDay] = cal.get();
      const theirs = { year: cal.yearFromEpochCycle(), month: dcMonth, day: dcDay, leap: Boolean(dcLeap) };
      const ours = toLunar(formatDay(day));
      checked++;
      const listed = expected.get(day);
      if (listed) {
        expect(theirs).toEqual({ ...listed.dateChinese, day: ours.day });
        expect(ours).toEqual({ ...listed.ours, day: ours.day });
      } else if (
        theirs.year !== ours.year ||
        theirs.month !== ours.month ||
        theirs.day !== ours.day ||
        theirs.leap !== ours.leap
      ) {
        found.push(`${formatDay(day)}: date-chinese ${JSON.stringify(theirs)}, ours ${JSON.stringify(ours)}`);
      }
    }
    expect(checked).toBe(MAX_DAY - MIN_DAY + 1);
    expect(found).toEqual([]);
  });

  it('CalendarChinese (UTC+8) differs: Tết 1985-02-20, 2007-02-18, 2030-02-03, 1968-01-30', () => {
    const cal = new CalendarChinese();
    const chineseNewYear = (year: number) => {
      cal.fromJDE(cal.newYear(year));
      expect(cal.get()).toEqual([expect.any(Number), expect.any(Number), 1, false, 1]);
      return dateChineseGregorian(cal);
    };
    expect(chineseNewYear(1985)).toBe('1985-02-20');
    expect(chineseNewYear(2007)).toBe('2007-02-18');
    expect(chineseNewYear(2030)).toBe('2030-02-03');
    expect(chineseNewYear(1968)).toBe('1968-01-30');
    // In Vietnam those are other days: 1985-02-20 is mùng 1 tháng 2, a month after Tết.
    expect(toLunar('1985-02-20')).toEqual(lunar(1985, 2, 1));
    expect(toLunar('2007-02-18')).toEqual(lunar(2007, 1, 2));
    expect(toLunar('2030-02-03')).toEqual(lunar(2030, 1, 2));
    expect(toLunar('1968-01-30')).toEqual(lunar(1968, 1, 2));
  });

  it('before 1968 the calendar follows UTC+8, as Vietnamese almanacs did: Tết 1965 is 1965-02-02', () => {
    // A UTC+7 computation would give 1965-02-01 (new moon 1965-02-01 16:36 UT: 23:36 in UTC+7, 00:36 in UTC+8).
    expect(toLunar('1965-02-02')).toEqual(lunar(1965, 1, 1));
    const cal = new CalendarChinese();
    cal.fromJDE(cal.newYear(1965));
    expect(dateChineseGregorian(cal)).toBe('1965-02-02');
  });
});

describe('round trips and time zones (property tests)', () => {
  const anyDay = fc.integer({ min: MIN_DAY, max: MAX_DAY });

  it('fromLunar(toLunar(day)) is the day, for every day in range', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const iso = formatDay(day);
        const l = toLunar(iso);
        expect(fromLunar(l)).toBe(iso);
        expect(lunarToEpochDay(l.year, l.month, l.day, l.leap)).toBe(day);
        expect(epochDayToLunar(day)).toEqual(l);
      }),
      { numRuns: 5000 },
    );
  });

  const validLunar = fc
    .record({
      year: fc.integer({ min: 1900, max: 2199 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 30 }),
      leap: fc.boolean(),
    })
    .map(({ year, month, day, leap }) => {
      let isLeap = leap;
      try {
        lunarMonthLength(year, month, true);
      } catch {
        isLeap = false; // that month is not the year's leap month
      }
      return { year, month, day: Math.min(day, lunarMonthLength(year, month, isLeap)), leap: isLeap };
    })
    .filter(({ year, month, day, leap }) => {
      const epochDay = lunarToEpochDay(year, month, day, leap);
      return epochDay >= MIN_DAY && epochDay <= MAX_DAY;
    });

  it('toLunar(fromLunar(lunar)) is the lunar date, for valid lunar dates', () => {
    fc.assert(
      fc.property(validLunar, (l) => {
        expect(toLunar(fromLunar(l))).toEqual(l);
      }),
      { numRuns: 5000 },
    );
  });

  it('leap: false and an omitted leap are the same', () => {
    fc.assert(
      fc.property(validLunar, ({ year, month, day, leap }) => {
        fc.pre(!leap);
        expect(fromLunar({ year, month, day })).toBe(fromLunar({ year, month, day, leap: false }));
      }),
      { numRuns: 1000 },
    );
  });

  it('a Date is read in Asia/Ho_Chi_Minh, whatever the process time zone', () => {
    const zones = [
      'UTC',
      'America/Los_Angeles',
      'Asia/Ho_Chi_Minh',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    const saved = process.env.TZ;
    try {
      fc.assert(
        fc.property(
          fc.integer({
            min: MIN_DAY * MS_PER_DAY - VN_OFFSET_MS,
            max: (MAX_DAY + 1) * MS_PER_DAY - VN_OFFSET_MS - 1,
          }),
          fc.constantFrom(...zones),
          (ms, zone) => {
            process.env.TZ = zone;
            const vnDay = Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
            expect(toLunar(new Date(ms))).toEqual(toLunar(formatDay(vnDay)));
            expect(toLunar(new Date(ms))).toEqual(epochDayToLunar(vnDay));
          },
        ),
        { numRuns: 2000 },
      );
      // The zone really changed under the test (Node re-reads TZ when it is assigned).
      process.env.TZ = 'America/Los_Angeles';
      const la = new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset();
      process.env.TZ = 'UTC';
      expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).not.toBe(la);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('Tết begins at midnight in Vietnam, not in UTC', () => {
    expect(toLunar(new Date('2026-02-16T16:59:59.999Z'))).toEqual(lunar(2025, 12, 29));
    expect(toLunar(new Date('2026-02-16T17:00:00Z'))).toEqual(lunar(2026, 1, 1));
    expect(toLunar(new Date('2026-02-17T00:00:00+07:00'))).toEqual(lunar(2026, 1, 1));
  });
});

describe('errors', () => {
  it('OUT_OF_RANGE for solar days outside 1900-01-01…2199-12-31', () => {
    for (const day of ['1899-12-31', '2200-01-01', '0001-01-01']) {
      const error = calendarErrorOf(() => toLunar(day));
      expect(error.code).toBe('OUT_OF_RANGE');
      expect(error.path).toEqual(['date']);
      expect(error.message).toContain(day);
      expect(error.messageVi).toMatch(/nằm ngoài phạm vi/);
    }
    expect(calendarErrorOf(() => toLunar(new Date('1899-12-31T16:59:59Z'))).code).toBe('OUT_OF_RANGE');
    expect(toLunar(new Date('1899-12-31T17:00:00Z'))).toEqual(lunar(1899, 12, 1));
  });

  it('INVALID_DATE for inputs that are not days', () => {
    for (const input of ['2026-02-30', '', 'Tết', new Date(Number.NaN)]) {
      const error = calendarErrorOf(() => toLunar(input));
      expect(error.code).toBe('INVALID_DATE');
      expect(error.path).toEqual(['date']);
    }
  });

  it('OUT_OF_RANGE for lunar years outside the table, and lunar dates outside the solar range', () => {
    const outside = calendarErrorOf(() => fromLunar({ year: 1898, month: 1, day: 1 }));
    expect(outside).toMatchObject({ code: 'OUT_OF_RANGE', path: ['lunar', 'year'] });
    expect(outside.messageVi).toMatch(/năm âm lịch 1898/);
    expect(calendarErrorOf(() => fromLunar({ year: 2201, month: 1, day: 1 })).code).toBe('OUT_OF_RANGE');
    // In the table, but before 1900-01-01 / after 2199-12-31:
    const early = calendarErrorOf(() => fromLunar({ year: 1899, month: 11, day: 29 }));
    expect(early).toMatchObject({ code: 'OUT_OF_RANGE', path: ['lunar'] });
    expect(early.messageVi).toBeTruthy();
    expect(calendarErrorOf(() => fromLunar({ year: 2199, month: 12, day: 1 })).code).toBe('OUT_OF_RANGE');
    expect(fromLunar({ year: 1899, month: 12, day: 1 })).toBe('1900-01-01');
    // The fast helpers accept the whole table.
    expect(formatDay(lunarToEpochDay(1899, 1, 1))).toBe('1899-02-10');
    expect(formatDay(lunarNewYearEpochDay(2200))).toBe('2200-02-15');
    expect(calendarErrorOf(() => lunarNewYearEpochDay(2201))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['lunar', 'year'],
    });
    expect(calendarErrorOf(() => epochDayToLunar(epochDayOf(1899, 2, 9)))).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: ['epochDay'],
    });
    expect(calendarErrorOf(() => epochDayToLunar(1.5))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['epochDay'],
    });
    expect(calendarErrorOf(() => epochDayToLunar(Number.NaN)).code).toBe('INVALID_DATE');
  });

  it('INVALID_LUNAR_DATE for lunar dates that do not exist', () => {
    const cases: readonly [string, () => unknown, readonly (string | number)[]][] = [
      ['month 13', () => fromLunar({ year: 2026, month: 13, day: 1 }), ['lunar', 'month']],
      ['month 0', () => fromLunar({ year: 2026, month: 0, day: 1 }), ['lunar', 'month']],
      ['day 30 of a 29-day month', () => fromLunar({ year: 2025, month: 12, day: 30 }), ['lunar', 'day']],
      ['day 0', () => fromLunar({ year: 2026, month: 1, day: 0 }), ['lunar', 'day']],
      ['day 31', () => fromLunar({ year: 2026, month: 1, day: 31 }), ['lunar', 'day']],
      [
        'leap month 5 in 2025 (its leap month is 6)',
        () => fromLunar({ year: 2025, month: 5, day: 1, leap: true }),
        ['lunar', 'leap'],
      ],
      [
        'leap month in 2026 (none)',
        () => fromLunar({ year: 2026, month: 1, day: 1, leap: true }),
        ['lunar', 'leap'],
      ],
      ['non-integer year', () => fromLunar({ year: 2026.5, month: 1, day: 1 }), ['lunar', 'year']],
      ['non-integer month', () => fromLunar({ year: 2026, month: 1.5, day: 1 }), ['lunar', 'month']],
      ['non-integer day', () => fromLunar({ year: 2026, month: 1, day: 1.5 }), ['lunar', 'day']],
      ['NaN day', () => fromLunar({ year: 2026, month: 1, day: Number.NaN }), ['lunar', 'day']],
      [
        'leap not a boolean',
        () => fromLunar({ year: 2025, month: 6, day: 1, leap: 'yes' as unknown as boolean }),
        ['lunar', 'leap'],
      ],
      [
        'not an object',
        () => fromLunar(null as unknown as { year: number; month: number; day: number }),
        ['lunar'],
      ],
      ['helper: day 30 of a 29-day month', () => lunarToEpochDay(2025, 12, 30), ['lunar', 'day']],
      ['helper: month length of month 13', () => lunarMonthLength(2025, 13), ['lunar', 'month']],
      ['helper: non-integer lunar year', () => lunarNewYearEpochDay(2025.5), ['lunar', 'year']],
    ];
    for (const [name, fn, path] of cases) {
      const error = calendarErrorOf(fn);
      expect(error.code, name).toBe('INVALID_LUNAR_DATE');
      expect(error.path, name).toEqual(path);
      expect(error.message, name).toBeTruthy();
      expect(error.messageVi, name).toBeTruthy();
      expect(error).toBeInstanceOf(Error);
    }
    expect(calendarErrorOf(() => fromLunar({ year: 2025, month: 12, day: 30 })).messageVi).toBe(
      'ngày 30 không tồn tại trong tháng âm lịch 12 năm 2025, tháng này có 29 ngày',
    );
    expect(calendarErrorOf(() => fromLunar({ year: 2025, month: 5, day: 1, leap: true })).messageVi).toBe(
      'năm âm lịch 2025 không có tháng 5 nhuận (năm này có tháng 6 nhuận)',
    );
    // The real leap month is accepted.
    expect(fromLunar({ year: 2025, month: 6, day: 29, leap: true })).toBe('2025-08-22');
  });
});
