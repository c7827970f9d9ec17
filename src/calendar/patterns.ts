/** The text formats of the calendar's data: a calendar day and a clock time (shared by the schemas and the guards). */
import { daysInMonth } from './date.js';

/** `YYYY-MM-DD` — the shape of a calendar day; {@link isCalendarDay} also checks that the day exists. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** `HH:MM`, 00:00–23:59, or 24:00 for the end of a day. */
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Whether a `YYYY-MM-DD` string names a real day (a string of another shape is the pattern's to report). */
export function isCalendarDay(s: string): boolean {
  if (!DAY_PATTERN.test(s)) return true;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
