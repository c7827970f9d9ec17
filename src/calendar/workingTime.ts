/**
 * Working-time positions: how many working minutes of a year have passed at an instant, and the instant at which
 * a given number has passed. Shared by the working-hour operations.
 */
import type { CalendarIndex, MinuteSession, YearIndex } from './calendarIndex.js';
import { instantAt, legalDayOf, legalMinuteOfDay } from './date.js';

/** Working minutes of a day's sessions that have passed `minute` minutes after midnight. */
export function minutesWorkedBy(sessions: readonly MinuteSession[], minute: number): number {
  let worked = 0;
  for (const [s, e] of sessions) {
    if (minute <= s) break;
    worked += Math.min(minute, e) - s;
  }
  return worked;
}

/** The year of an instant and the working minutes of that year elapsed at it. */
export function positionOf(
  index: CalendarIndex,
  ms: number,
  path: readonly (string | number)[],
): { y: YearIndex; minutes: number } {
  const day = legalDayOf(ms);
  const y = index.yearOfDay(day, path);
  const offset = day - y.start;
  const sessions = index.sessionsOf(y, offset);
  return { y, minutes: y.cumMinutes[offset]! + minutesWorkedBy(sessions, legalMinuteOfDay(ms)) };
}

/**
 * The earliest instant at which `minutes` working minutes of year `y` have passed (0 < minutes ≤ the year's total):
 * work ending exactly at 11:30 is done at 11:30, not at 13:00.
 */
export function instantOfPosition(index: CalendarIndex, y: YearIndex, minutes: number): number {
  // Binary search: the first day whose running total reaches `minutes`.
  let lo = 0;
  let hi = y.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (y.cumMinutes[mid + 1]! >= minutes) hi = mid;
    else lo = mid + 1;
  }
  let rest = minutes - y.cumMinutes[lo]!;
  const sessions = index.sessionsOf(y, lo);
  for (const [s, e] of sessions) {
    if (rest <= e - s) return instantAt(y.start + lo, s + rest);
    rest -= e - s;
  }
  const last = sessions[sessions.length - 1]!;
  return instantAt(y.start + lo, last[1]);
}
