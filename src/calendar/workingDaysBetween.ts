import { type Calendar, indexOf } from './calendar.js';
import type { CalendarIndex, YearIndex } from './calendarIndex.js';
import { type DateInput, parseDay } from './date.js';

/**
 * @summary The number of working days in (from, to].
 *
 * @description
 * The exact inverse of {@link addWorkingDays}: `from` is not counted, `to` is. Negative when `to` is before `from`
 * (minus the working days in (to, from]).
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param from - `YYYY-MM-DD`
 * @param to - `YYYY-MM-DD`
 * @returns a whole number of working days
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_DATE`, `OUT_OF_RANGE`
 *
 * @example
 * // From Thursday 12/02/2026 to Tuesday 24/02/2026: 13, 23, 24 February (Tết 16–20 skipped).
 * workingDaysBetween(cal, '2026-02-12', '2026-02-24'); // 3
 * workingDaysBetween(cal, '2026-02-24', '2026-02-12'); // -3
 */
export function workingDaysBetween(calendar: Calendar, from: DateInput, to: DateInput): number {
  const index = indexOf(calendar);
  const a = parseDay(from, ['from']);
  const b = parseDay(to, ['to']);
  const ya = index.yearOfDay(a, ['from']);
  const yb = index.yearOfDay(b, ['to']);
  return countUpTo(index, yb, b - yb.start, ya) - ya.cum[a - ya.start + 1]!;
}

/** Working days from 1 January of `base` up to and including `offset` of `y` (negative if `y` is earlier). */
function countUpTo(index: CalendarIndex, y: YearIndex, offset: number, base: YearIndex): number {
  let count = y.cum[offset + 1]!;
  for (let year = base.year; year < y.year; year++) count += index.year(year).total;
  for (let year = y.year; year < base.year; year++) count -= index.year(year).total;
  return count;
}
