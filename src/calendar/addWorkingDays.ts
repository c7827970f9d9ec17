import { type Calendar, indexOf } from './calendar.js';
import type { CalendarIndex, YearIndex } from './calendarIndex.js';
import { checkDayCount } from './counts.js';
import { type CalendarDate, type DateInput, dayKey, offsetInYear, parseDay } from './date.js';
import { MAX_YEAR, MIN_YEAR } from './range.js';

const PATH_N: readonly string[] = ['n'];

/**
 * @summary The n-th working day after a day.
 *
 * @description
 * Counts working days (ngày làm việc) of the calendar: weekly rest days, holidays, compensatory and swapped days
 * are skipped, Saturdays worked in exchange are counted. The day itself is not counted; from a day off, the first
 * working day after it is day 1. A negative n counts back, and a day off counts as the last working day before it,
 * so that `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every d and n. `n = 0` returns the day itself.
 *
 * Cost: one array look-up per solar year crossed (the index is built lazily, a year at a time). The holiday-blind
 * analogue is date-fns' `addBusinessDays`; this one is about ten times faster (docs/benchmarks.md).
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param date - `YYYY-MM-DD` (or a `Date`, read in Asia/Ho_Chi_Minh)
 * @param n - a safe integer
 * @returns `YYYY-MM-DD`
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_DATE`, `INVALID_COUNT`, `OUT_OF_RANGE`
 *
 * @example
 * // Received Thursday 12/02/2026, 3 working days: Tết (16–20/02) is skipped.
 * addWorkingDays(cal, '2026-02-12', 3); // '2026-02-24'
 * addWorkingDays(cal, '2026-02-24', -3); // '2026-02-12'
 * addWorkingDays(cal, '2026-01-09', 1); // '2026-01-10' — Saturday worked in exchange for Friday 02/01/2026
 */
export function addWorkingDays(calendar: Calendar, date: DateInput, n: number): CalendarDate {
  const index = indexOf(calendar);
  // The common case, with nothing allocated: a day string, an answer in the same year. The string becomes year
  // and offset, the year's running total and list of working days give the answer's offset, and the year's
  // formatted days give the answer itself.
  if (typeof date === 'string' && Number.isSafeInteger(n)) {
    const key = dayKey(date);
    const year = key >> 9;
    if (key >= 0 && year >= MIN_YEAR && year <= MAX_YEAR) {
      let y = index.years[year - MIN_YEAR] ?? index.year(year);
      const offset = offsetInYear(key, y.length === 366);
      if (n === 0) return y.dates[offset]!;
      // k: the ordinal, within year y, of the working day wanted (1 = the year's first working day).
      let k = y.cum[offset + 1]! + n;
      while (k > y.total && y.year < MAX_YEAR) {
        k -= y.total;
        y = index.years[y.year + 1 - MIN_YEAR] ?? index.year(y.year + 1);
      }
      while (k <= 0 && y.year > MIN_YEAR) {
        y = index.years[y.year - 1 - MIN_YEAR] ?? index.year(y.year - 1);
        k += y.total;
      }
      if (k > 0 && k <= y.total) return y.dates[y.list[k - 1]!]!;
    }
  }
  const day = parseDay(date);
  checkDayCount(n);
  const y = index.yearOfDay(day);
  if (n === 0) return y.dates[day - y.start]!;
  const { year, offset } = addWorkingDaysAt(index, y, day - y.start, n);
  return year.dates[offset]!;
}

/** {@link addWorkingDays} on an indexed day: the year and offset of the answer. */
export function addWorkingDaysAt(
  index: CalendarIndex,
  from: YearIndex,
  offset: number,
  n: number,
  path: readonly (string | number)[] = PATH_N,
): { year: YearIndex; offset: number } {
  let y = from;
  // k: the ordinal, within year y, of the working day wanted (1 = the year's first working day).
  let k = y.cum[offset + 1]! + n;
  if (n > 0) {
    while (k > y.total) {
      k -= y.total;
      y = index.next(y, path);
    }
  } else {
    while (k <= 0) {
      y = index.previous(y, path);
      k += y.total;
    }
  }
  return { year: y, offset: y.list[k - 1]! };
}

/** The first working day strictly after an epoch day (the receipt rules' "next working day"). */
export function firstWorkingDayAfter(
  index: CalendarIndex,
  day: number,
  path: readonly (string | number)[] = PATH_N,
): number {
  const y = index.yearOfDay(day);
  const next = addWorkingDaysAt(index, y, day - y.start, 1, path);
  return next.year.start + next.offset;
}
