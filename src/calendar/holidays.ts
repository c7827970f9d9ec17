import { type Calendar, indexOf } from './calendar.js';
import { type DayInfo, dayInfoOf } from './dayInfo.js';

/**
 * @summary The days of a year that are not ordinary.
 *
 * @description
 * Holidays (also those on a weekend), compensatory and swapped days, Saturdays worked, an agency's closures and
 * openings, and proposals (applied or not) — each as {@link dayInfo} describes it, in date order. Plain weekends
 * are left out.
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param year - a whole year, 2014–2199
 * @returns one {@link DayInfo} per such day
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_YEAR`, `OUT_OF_RANGE`
 *
 * @example
 * holidays(cal, 2026).filter((d) => !d.working && d.weekday % 6 !== 0).length; // 14 — the weekdays off of 2026
 * holidays(cal, 2026).find((d) => d.date === '2026-11-28')?.proposals[0]?.status; // 'not-adopted'
 * holidays(cal, 2027).filter((d) => d.reasons.some((r) => r.kind === 'holiday' && r.holiday === 'national-day')).map((d) => d.date); // ['2027-09-02', '2027-09-03']
 */
export function holidays(calendar: Calendar, year: number): DayInfo[] {
  const index = indexOf(calendar);
  const y = index.year(year);
  const days = [...y.entries.entries()]
    .filter(([, e]) => e.proposals.length > 0 || e.reasons.some((r) => r.kind !== 'weekly-rest'))
    .map(([day]) => day)
    .sort((a, b) => a - b);
  return days.map((day) => dayInfoOf(index, y, day - y.start));
}
