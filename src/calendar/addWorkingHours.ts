import { type Calendar, indexOf } from './calendar.js';
import type { CalendarIndex } from './calendarIndex.js';
import { checkAmount } from './counts.js';
import { formatInstant, type InstantInput, parseInstant } from './date.js';
import { instantOfPosition, positionOf } from './workingTime.js';

/**
 * @summary The instant at which a number of working hours have passed.
 *
 * @description
 * Counts only the working sessions of working days (across lunch breaks, evenings, weekends and holidays).
 * The result is the earliest such instant: two hours from 09:30 end at 11:30, not at 13:00. Negative hours count
 * back. Fractions are allowed (0.25 day = 2 hours). `workingHoursBetween(t, addWorkingHours(t, h)) === h`.
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param instant - ISO-8601 with offset, epoch milliseconds, or a `Date`
 * @param hours - a finite number of hours
 * @returns ISO-8601 in `+07:00`
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_INSTANT`, `INVALID_COUNT`, `OUT_OF_RANGE`
 *
 * @example
 * // An online dossier arrives Friday 13/02/2026 at 16:00; 8 working hours (Decree 118/2025 Art. 17(2)) run past
 * // the weekend and Tết (16–20/02): one hour on Friday, four on Monday 23/02 morning, three after lunch.
 * addWorkingHours(cal, '2026-02-13T16:00:00+07:00', 8); // '2026-02-23T16:00:00+07:00'
 * addWorkingHours(cal, '2026-03-02T09:30:00+07:00', 2); // '2026-03-02T11:30:00+07:00' — not 13:00
 */
export function addWorkingHours(calendar: Calendar, instant: InstantInput, hours: number): string {
  const index = indexOf(calendar);
  return formatInstant(addHoursAt(index, parseInstant(instant), checkAmount(hours, ['hours'])));
}

/**
 * @summary {@link addWorkingHours} in epoch milliseconds: the same count, without writing the answer as text —
 * for reading many deadlines at once (the engine's statistics move a million due instants by their pauses).
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param instant - ISO-8601 with offset, epoch milliseconds, or a `Date`
 * @param hours - a finite number of hours
 * @returns epoch milliseconds
 * @throws {CalendarError} as {@link addWorkingHours}
 *
 * @example
 * addWorkingHoursMs(cal, '2026-03-02T09:30:00+07:00', 2); // 1772425800000 — 11:30 the same day
 */
export function addWorkingHoursMs(calendar: Calendar, instant: InstantInput, hours: number): number {
  return addHoursAt(indexOf(calendar), parseInstant(instant), checkAmount(hours, ['hours']));
}

/** {@link addWorkingHours} on the calendar's index, in epoch milliseconds. */
export function addHoursAt(index: CalendarIndex, ms: number, hours: number): number {
  if (hours === 0) return ms;
  let { y, minutes } = positionOf(index, ms, ['instant']);
  minutes += hours * 60;
  while (minutes > y.totalMinutes) {
    minutes -= y.totalMinutes;
    y = index.next(y, ['hours']);
  }
  while (minutes <= 0) {
    y = index.previous(y, ['hours']);
    minutes += y.totalMinutes;
  }
  return instantOfPosition(index, y, minutes);
}
