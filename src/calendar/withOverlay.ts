import { type Calendar, indexOf } from './calendar.js';
import { calendarOf } from './createCalendar.js';
import { parseAgencyOverlay } from './parseAgencyOverlay.js';
import type { AgencyOverlayInput } from './schema.js';

/**
 * @summary The same calendar with one more overlay on top: an agency's closures, openings and hours.
 *
 * @description
 * Closures (a storm, a local order), openings (a Saturday-morning desk, `working` or `reception` only) and the
 * agency's own hours, over the calendar given. A closure wins over any opening; the last overlay's hours apply. The
 * overlay is read by {@link parseAgencyOverlay} (unknown keys refused, ranges the right way round, sessions in
 * order), unless it already was.
 *
 * @param calendar - the calendar to lay the overlay on; unchanged
 * @param overlay - the agency's days
 * @returns a new {@link Calendar}
 * @throws {CalendarError} `INVALID_OPTIONS` with every problem in `issues`
 *
 * @example
 * const ward = withOverlay(cal, { agency: 'UBND phường Bến Thành', closures: [{ from: '2026-10-05', reason: 'Bão số 10' }] });
 * isWorkingDay(ward, '2026-10-05'); // false
 * ward.agency; // 'UBND phường Bến Thành'
 */
export function withOverlay(calendar: Calendar, overlay: AgencyOverlayInput): Calendar {
  const index = indexOf(calendar);
  const next = parseAgencyOverlay(overlay);
  return calendarOf(index.national, calendar, [...calendar.overlays, next]);
}
