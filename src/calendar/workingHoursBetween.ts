import { type Calendar, indexOf } from './calendar.js';
import type { CalendarIndex } from './calendarIndex.js';
import { type InstantInput, parseInstant } from './date.js';
import { positionOf } from './workingTime.js';

/**
 * @summary Working hours elapsed from one instant to another.
 *
 * @description
 * Counts the working sessions between two instants; negative when `to` is before `from`. The inverse of
 * {@link addWorkingHours}.
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param from - an instant
 * @param to - an instant
 * @returns hours (fractional)
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_INSTANT`, `OUT_OF_RANGE`
 *
 * @example
 * // Friday 13/02/2026 16:00 → Monday 23/02/2026 16:00, Tết in between: 1 + 4 + 3 hours.
 * workingHoursBetween(cal, '2026-02-13T16:00:00+07:00', '2026-02-23T16:00:00+07:00'); // 8
 */
export function workingHoursBetween(calendar: Calendar, from: InstantInput, to: InstantInput): number {
  const index = indexOf(calendar);
  return workingMinutesBetweenMs(index, parseInstant(from, ['from']), parseInstant(to, ['to'])) / 60;
}

/** Working minutes between two instants in epoch milliseconds. */
export function workingMinutesBetweenMs(index: CalendarIndex, from: number, to: number): number {
  const a = positionOf(index, from, ['from']);
  const b = positionOf(index, to, ['to']);
  let minutes = b.minutes - a.minutes;
  for (let year = a.y.year; year < b.y.year; year++) minutes += index.year(year).totalMinutes;
  for (let year = b.y.year; year < a.y.year; year++) minutes -= index.year(year).totalMinutes;
  return minutes;
}
