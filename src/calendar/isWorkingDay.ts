import { type Calendar, indexOf } from './calendar.js';
import { type DateInput, parseDay } from './date.js';

/**
 * @summary Whether a day is a working day (ngày làm việc) of the calendar.
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param date - `YYYY-MM-DD` (or a `Date`, read in Asia/Ho_Chi_Minh)
 * @returns true on a working day, including a Saturday worked in exchange
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_DATE`, `OUT_OF_RANGE`
 *
 * @example
 * isWorkingDay(cal, '2026-02-17'); // false — mùng 1 Tết Bính Ngọ
 * isWorkingDay(cal, '2026-01-10'); // true — Saturday worked in exchange for Friday 02/01/2026
 * isWorkingDay(cal, '2026-04-27'); // false — compensatory day for Hùng Kings (Sunday 26/04)
 */
export function isWorkingDay(calendar: Calendar, date: DateInput): boolean {
  const index = indexOf(calendar);
  const day = parseDay(date);
  const y = index.yearOfDay(day);
  return y.working[day - y.start] === 1;
}
