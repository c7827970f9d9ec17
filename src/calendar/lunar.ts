/**
 * The Vietnamese lunar calendar (âm lịch): conversion between solar days (dương lịch) and lunar dates, for every
 * day from 1900-01-01 to 2199-12-31.
 *
 * Why UTC+7 matters. A lunar month begins on the day of the new moon, and "the day" depends on the meridian the
 * calendar is computed for. Vietnam's calendar has been computed for UTC+7 (105° E) since 1968; China's is computed
 * for UTC+8 (120° E). When a new moon falls between 00:00 and 01:00 Beijing time, it is already the next day in
 * China but still 23:xx of the previous day in Hanoi, so the Vietnamese month starts a day earlier — and since the
 * leap-month and month-11 rules look at the day each new moon and solar term falls on, whole months can move:
 * - Tết Ất Sửu 1985 is 1985-01-21 in Vietnam but 1985-02-20 in China, a month apart: the winter solstice of 1984
 *   fell on 21 December in UTC+7 but on 22 December in UTC+8, the first day of a new month, so month 11 — and with
 *   it the leap month — moved (China had tháng 10 nhuận in 1984, Vietnam has tháng 2 nhuận in 1985);
 * - Tết Đinh Hợi 2007 is 2007-02-17 in Vietnam, 2007-02-18 in China;
 * - Tết Canh Tuất 2030 will be 2030-02-02 in Vietnam, 2030-02-03 in China.
 * A Chinese-calendar library therefore gives wrong Vietnamese dates. Before 1968, Vietnamese almanacs followed the
 * calendar computed for UTC+8, and the table follows them (Tết Mậu Thân 1968, the first computed for UTC+7, fell on
 * 1968-01-29 in the North, a day before China's).
 *
 * The conversion is a table look-up in the precomputed {@link LUNAR_YEAR_TABLE} (see
 * `scripts/generate-lunar-table.ts` for the astronomy): no astronomy runs here, every call is O(1), and results do
 * not depend on the host time zone.
 */
import { type CalendarDate, type DateInput, epochDayOf, formatDay, parseDay } from './date.js';
import { type CalendarError, calendarError, shown } from './errors.js';
import { LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR, LUNAR_YEAR_TABLE } from './lunarTable.js';
import type { LunarDateProblem } from './messages/errors.en.js';

/** A date in the Vietnamese lunar calendar (ngày âm lịch). */
export interface LunarDate {
  /** Lunar year, named by the solar year in which it begins (2026 = Bính Ngọ, from 2026-02-17). */
  readonly year: number;
  /** Month 1–12 (1 = tháng Giêng, 11 = tháng Một, 12 = tháng Chạp). */
  readonly month: number;
  /** Day of the month, 1–30. */
  readonly day: number;
  /** `true` in a leap month (tháng nhuận), which repeats the number of the month before it. */
  readonly leap: boolean;
}

/** First solar day {@link toLunar} converts. */
export const LUNAR_MIN_DATE: CalendarDate = '1900-01-01';
/** Last solar day {@link toLunar} converts. */
export const LUNAR_MAX_DATE: CalendarDate = '2199-12-31';

const MIN_DAY = epochDayOf(1900, 1, 1);
const MAX_DAY = epochDayOf(2199, 12, 31);
const MEAN_MONTH = 29.530588853;
const LEAP_FLAG = 0x10;

interface Decoded {
  /** Index (in `monthStart`) of month 1 of each table year. */
  readonly firstMonth: Int32Array;
  /** Leap month number of each table year, 0 if none. */
  readonly leapMonth: Uint8Array;
  /** Epoch day on which each month begins, plus the day after the last month. */
  readonly monthStart: Int32Array;
  /** Year of each month, as an offset from the table's first year. */
  readonly monthYear: Uint16Array;
  /** Number of each month, with {@link LEAP_FLAG} set in a leap month. */
  readonly monthLabel: Uint8Array;
}

/** Unpacks the table once: bits 0–12 month lengths, 13–16 leap month, 17–22 day of the solar year of Tết. */
function decode(table: readonly number[]): Decoded {
  const years = table.length;
  const firstMonth = new Int32Array(years);
  const leapMonth = new Uint8Array(years);
  const months = table.reduce((n, code) => n + (((code >> 13) & 0xf) === 0 ? 12 : 13), 0);
  const monthStart = new Int32Array(months + 1);
  const monthYear = new Uint16Array(months);
  const monthLabel = new Uint8Array(months);
  let index = 0;
  let day = 0;
  for (let y = 0; y < years; y++) {
    const code = table[y]!;
    const leap = (code >> 13) & 0xf;
    day = epochDayOf(LUNAR_TABLE_FIRST_YEAR + y, 1, 1) + (code >>> 17);
    firstMonth[y] = index;
    leapMonth[y] = leap;
    const count = leap === 0 ? 12 : 13;
    for (let i = 0; i < count; i++) {
      const month = leap !== 0 && i >= leap ? i : i + 1; // the leap month repeats the number before it
      monthStart[index] = day;
      monthYear[index] = y;
      monthLabel[index] = month | (leap !== 0 && i === leap ? LEAP_FLAG : 0);
      day += (code >> i) & 1 ? 30 : 29;
      index++;
    }
  }
  monthStart[months] = day;
  return { firstMonth, leapMonth, monthStart, monthYear, monthLabel };
}

const T: Decoded = /* @__PURE__ */ decode(LUNAR_YEAR_TABLE);

/** Lunar date of an epoch day known to be inside the table. */
function lunarOfDay(epochDay: number): LunarDate {
  const starts = T.monthStart;
  // The mean lunation puts us within one month of the answer; step to it.
  let i = Math.min(Math.floor((epochDay - starts[0]!) / MEAN_MONTH), starts.length - 2);
  while (starts[i]! > epochDay) i--;
  while (starts[i + 1]! <= epochDay) i++;
  const label = T.monthLabel[i]!;
  return {
    year: LUNAR_TABLE_FIRST_YEAR + T.monthYear[i]!,
    month: label & 0xf,
    day: epochDay - starts[i]! + 1,
    leap: (label & LEAP_FLAG) !== 0,
  };
}

function invalidLunar(problem: LunarDateProblem, field: string): CalendarError {
  return calendarError('INVALID_LUNAR_DATE', problem, ['lunar', field]);
}

/** Index in `T.monthStart` of a lunar month, after checking the year, month and leap flag. */
function monthIndex(year: number, month: number, leap: unknown): number {
  if (!Number.isInteger(year)) throw invalidLunar({ rule: 'year', value: shown(year) }, 'year');
  if (year < LUNAR_TABLE_FIRST_YEAR || year > LUNAR_TABLE_LAST_YEAR) {
    throw calendarError(
      'OUT_OF_RANGE',
      {
        what: 'lunar-year',
        value: String(year),
        from: String(LUNAR_TABLE_FIRST_YEAR),
        to: String(LUNAR_TABLE_LAST_YEAR),
      },
      ['lunar', 'year'],
    );
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw invalidLunar({ rule: 'month', value: shown(month) }, 'month');
  }
  if (leap !== undefined && typeof leap !== 'boolean') {
    throw invalidLunar({ rule: 'leap-type', value: shown(leap) }, 'leap');
  }
  const y = year - LUNAR_TABLE_FIRST_YEAR;
  const leapMonth = T.leapMonth[y]!;
  if (leap === true && leapMonth !== month) {
    throw invalidLunar({ rule: 'no-leap-month', year, month, leapMonth }, 'leap');
  }
  return T.firstMonth[y]! + month - 1 + (leapMonth !== 0 && (month > leapMonth || leap === true) ? 1 : 0);
}

/**
 * Converts a solar day to its Vietnamese lunar date (đổi ngày dương lịch sang âm lịch).
 *
 * @param date - the day, `YYYY-MM-DD`, or a `Date` read in Asia/Ho_Chi_Minh; from {@link LUNAR_MIN_DATE} to
 *   {@link LUNAR_MAX_DATE}
 * @returns the lunar date: year, month, day and whether the month is a leap month
 * @throws {CalendarError} `INVALID_DATE` if `date` is not a calendar day; `OUT_OF_RANGE` outside 1900–2199
 *
 * @example
 * toLunar('2026-02-17'); // { year: 2026, month: 1, day: 1, leap: false } — Tết Bính Ngọ
 * toLunar('2025-07-25'); // { year: 2025, month: 6, day: 1, leap: true } — mùng 1 tháng 6 nhuận Ất Tỵ
 */
export function toLunar(date: DateInput): LunarDate {
  const day = parseDay(date, ['date']);
  if (day < MIN_DAY || day > MAX_DAY) {
    throw calendarError(
      'OUT_OF_RANGE',
      { what: 'lunar-range', value: formatDay(day), from: LUNAR_MIN_DATE, to: LUNAR_MAX_DATE },
      ['date'],
    );
  }
  return lunarOfDay(day);
}

/**
 * Converts a Vietnamese lunar date to its solar day (đổi ngày âm lịch sang dương lịch).
 *
 * @param lunar - the lunar date; `leap: true` names the leap month (tháng nhuận) of that number, and is only valid
 *   in the year that has it
 * @returns the solar day, `YYYY-MM-DD`
 * @throws {CalendarError} `INVALID_LUNAR_DATE` (path `['lunar', field]`) for a date that does not exist — month 13,
 *   day 30 of a 29-day month, `leap: true` for a month that is not that year's leap month, non-integers;
 *   `OUT_OF_RANGE` when the day falls outside {@link LUNAR_MIN_DATE}…{@link LUNAR_MAX_DATE}
 *
 * @example
 * fromLunar({ year: 2026, month: 3, day: 10 }); // '2026-04-26' — Giỗ Tổ Hùng Vương
 * fromLunar({ year: 2025, month: 6, day: 1, leap: true }); // '2025-07-25' — mùng 1 tháng 6 nhuận Ất Tỵ
 */
export function fromLunar(lunar: {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap?: boolean | undefined;
}): CalendarDate {
  if (typeof lunar !== 'object' || lunar === null) {
    throw calendarError('INVALID_LUNAR_DATE', { rule: 'shape', value: shown(lunar) }, ['lunar']);
  }
  const day = lunarToEpochDay(lunar.year, lunar.month, lunar.day, lunar.leap);
  if (day < MIN_DAY || day > MAX_DAY) {
    throw calendarError(
      'OUT_OF_RANGE',
      { what: 'lunar-range', value: formatDay(day), from: LUNAR_MIN_DATE, to: LUNAR_MAX_DATE },
      ['lunar'],
    );
  }
  return formatDay(day);
}

/**
 * Epoch day (days since 1970-01-01) of a lunar date — the fast form of {@link fromLunar} for the holiday code.
 * Accepts every year of the table, lunar 1899–2200, so it may return days outside 1900–2199.
 *
 * @param year - lunar year, 1899–2200
 * @param month - lunar month, 1–12
 * @param day - day of the month, 1 to the month's length (29 or 30)
 * @param leap - `true` for the leap month of that number (default `false`)
 * @returns the epoch day
 * @throws {CalendarError} `INVALID_LUNAR_DATE` for a date that does not exist; `OUT_OF_RANGE` for a year outside
 *   the table
 *
 * @example
 * formatDay(lunarToEpochDay(2026, 1, 1)); // '2026-02-17' — Tết Bính Ngọ
 */
export function lunarToEpochDay(
  year: number,
  month: number,
  day: number,
  leap: boolean | undefined = false,
): number {
  const i = monthIndex(year, month, leap);
  const start = T.monthStart[i]!;
  const length = T.monthStart[i + 1]! - start;
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw invalidLunar({ rule: 'day', value: shown(day), year, month, leap: leap === true, length }, 'day');
  }
  return start + day - 1;
}

/**
 * Lunar date of an epoch day (days since 1970-01-01) — the fast form of {@link toLunar} for the holiday code.
 * Accepts every day of the table, from Tết of lunar 1899 (1899-02-10) to the last day of lunar 2200.
 *
 * @param epochDay - integer days since 1970-01-01
 * @returns the lunar date
 * @throws {CalendarError} `OUT_OF_RANGE` for a day outside the table; `INVALID_DATE` for a non-integer
 *
 * @example
 * epochDayToLunar(epochDayOf(2025, 1, 29)); // { year: 2025, month: 1, day: 1, leap: false } — Tết Ất Tỵ
 */
export function epochDayToLunar(epochDay: number): LunarDate {
  if (!Number.isInteger(epochDay)) {
    throw calendarError('INVALID_DATE', { value: shown(epochDay), form: 'epoch-day' }, ['epochDay']);
  }
  const starts = T.monthStart;
  if (epochDay < starts[0]! || epochDay >= starts[starts.length - 1]!) {
    throw calendarError(
      'OUT_OF_RANGE',
      {
        what: 'lunar-table',
        value: `${epochDay} (${formatDay(epochDay)})`,
        from: String(LUNAR_TABLE_FIRST_YEAR),
        to: String(LUNAR_TABLE_LAST_YEAR),
      },
      ['epochDay'],
    );
  }
  return lunarOfDay(epochDay);
}

/**
 * Epoch day of Tết Nguyên Đán — mùng 1 tháng Giêng — of a lunar year.
 *
 * @param lunarYear - lunar year, 1899–2200
 * @returns the epoch day of the year's first day
 * @throws {CalendarError} `INVALID_LUNAR_DATE` for a non-integer; `OUT_OF_RANGE` for a year outside the table
 *
 * @example
 * formatDay(lunarNewYearEpochDay(2026)); // '2026-02-17' — Tết Bính Ngọ
 * formatDay(lunarNewYearEpochDay(1985)); // '1985-01-21' — a month before China's 1985-02-20
 */
export function lunarNewYearEpochDay(lunarYear: number): number {
  return T.monthStart[monthIndex(lunarYear, 1, false)]!;
}

/**
 * Number of days, 29 (tháng thiếu) or 30 (tháng đủ), of a lunar month.
 *
 * @param year - lunar year, 1899–2200
 * @param month - lunar month, 1–12
 * @param leap - `true` for the leap month of that number (default `false`)
 * @returns 29 or 30
 * @throws {CalendarError} `INVALID_LUNAR_DATE` for a month that does not exist; `OUT_OF_RANGE` for a year outside
 *   the table
 *
 * @example
 * lunarMonthLength(2025, 12); // 29 — tháng Chạp Ất Tỵ is short: no 30 Tết before Tết Bính Ngọ
 * lunarMonthLength(2025, 6, true); // 29 — tháng 6 nhuận
 */
export function lunarMonthLength(year: number, month: number, leap: boolean | undefined = false): number {
  const i = monthIndex(year, month, leap);
  return T.monthStart[i + 1]! - T.monthStart[i]!;
}
