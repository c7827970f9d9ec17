import { firstWorkingDayAfter } from './addWorkingDays.js';
import { type Calendar, indexOf } from './calendar.js';
import type { CalendarIndex } from './calendarIndex.js';
import {
  formatInstant,
  type InstantInput,
  instantAt,
  legalDayOf,
  legalMinuteOfDay,
  parseInstant,
} from './date.js';

/**
 * @summary The instant itself if it falls in working hours, else the start of the next working session.
 *
 * @description
 * Sessions are half-open: 11:30 sharp is past the morning session, so 11:30 moves to 13:00 (with the default hours).
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param instant - an instant
 * @returns ISO-8601 in `+07:00`
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_INSTANT`, `OUT_OF_RANGE`
 *
 * @example
 * // Submitted online on Saturday 14/02/2026 at 20:00; Tết follows: the next working instant is 23/02 07:30.
 * nextWorkingInstant(cal, '2026-02-14T20:00:00+07:00'); // '2026-02-23T07:30:00+07:00'
 * nextWorkingInstant(cal, '2026-03-02T11:30:00+07:00'); // '2026-03-02T13:00:00+07:00' — 11:30 is past the morning
 */
export function nextWorkingInstant(calendar: Calendar, instant: InstantInput): string {
  return formatInstant(nextWorkingInstantMs(indexOf(calendar), parseInstant(instant)));
}

/** {@link nextWorkingInstant} on epoch milliseconds. */
export function nextWorkingInstantMs(index: CalendarIndex, ms: number): number {
  const day = legalDayOf(ms);
  const y = index.yearOfDay(day, ['instant']);
  const offset = day - y.start;
  const minute = legalMinuteOfDay(ms);
  for (const [s, e] of index.sessionsOf(y, offset)) {
    if (minute < s) return instantAt(day, s);
    if (minute < e) return ms;
  }
  const next = firstWorkingDayAfter(index, day, ['instant']);
  const ny = index.yearOfDay(next);
  return instantAt(next, index.sessionsOf(ny, next - ny.start)[0]![0]);
}

/** The start of the first session of a working day (epoch day). */
export function dayStartMs(index: CalendarIndex, day: number): number {
  const y = index.yearOfDay(day);
  return instantAt(day, index.sessionsOf(y, day - y.start)[0]?.[0] ?? 0);
}

/** The end of the last session of a working day (epoch day). */
export function dayEndMs(index: CalendarIndex, day: number): number {
  const y = index.yearOfDay(day);
  const sessions = index.sessionsOf(y, day - y.start);
  return instantAt(day, sessions[sessions.length - 1]?.[1] ?? 1440);
}
