/**
 * Which data has been checked. `createCalendar` reads no data itself — the readers and their texts would be in
 * every page that builds a calendar, 5 KB min+gzip of them (docs/benchmarks.md) — it takes the values its readers
 * return: {@link parseOfficialSchedule} (or {@link validateSchedule}), {@link parseHolidayLaws},
 * {@link parseWorkingHours}, {@link parseAgencyOverlay}. They are frozen and recorded here when they pass;
 * anything else is refused with `NOT_CHECKED`. A schedule is recorded with the rules it was checked by, so the
 * calendar checks it again against its own laws without loading them itself.
 */
import type { CalendarIssue } from './errors.js';
import type { AgencyOverlay, HolidayLaw, OfficialSchedule, WorkingHours } from './schema.js';

/** Each checked schedule, with its check against a set of laws (`[]` when it holds under them). */
export const checkedSchedules = new WeakMap<
  OfficialSchedule,
  (laws: readonly HolidayLaw[]) => CalendarIssue[]
>();

/** The checked laws. */
export const checkedLaws = new WeakSet<HolidayLaw>();

/** The checked working hours. */
export const checkedHours = new WeakSet<WorkingHours>();

/** The checked agency overlays. */
export const checkedOverlays = new WeakSet<AgencyOverlay>();
