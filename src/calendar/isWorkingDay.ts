/**
 * Whether a day is a working day (ngày làm việc) of the calendar. The public form is `Calendar.isWorkingDay`
 * (calendar.ts); this one takes the calendar's index.
 */
import type { CalendarIndex } from './calendarIndex.js';
import { type DateInput, parseDay } from './date.js';

/**
 * @summary Whether a day is a working day (ngày làm việc) of the calendar.
 *
 * @param index - the calendar's index
 * @param date - `YYYY-MM-DD` (or a `Date`, read in Asia/Ho_Chi_Minh)
 * @returns true on a working day, including a Saturday worked in exchange
 * @throws {CalendarError} `INVALID_DATE`, `OUT_OF_RANGE`
 *
 * @example
 * cal.isWorkingDay('2026-01-10') // true — Saturday worked in exchange for Friday 02/01/2026
 * cal.isWorkingDay('2026-04-27') // false — compensatory day for Hùng Kings (Sunday 26/04)
 */
export function isWorkingDay(index: CalendarIndex, date: DateInput): boolean {
  const day = parseDay(date);
  const y = index.yearOfDay(day);
  return y.working[day - y.start] === 1;
}
