/**
 * The calendar a portal works with: the value `createCalendar` returns, and what it accepts. A calendar is data —
 * checked, frozen, with no methods: every operation is a function that takes it first (`addWorkingDays(cal, …)`,
 * `deadline(cal, …)`), so a bundler keeps only the operations a page imports (docs/benchmarks.md).
 */
import type { CalendarIndex } from './calendarIndex.js';
import type { CalendarDate } from './date.js';
import { calendarError, shown } from './errors.js';
import type { AgencyOverlay, HolidayLaw, OfficialSchedule, WorkingHours } from './schema.js';

/**
 * What {@link createCalendar} accepts; every field is optional. Data comes checked by its reader — the calendar
 * reads none itself, so a page that only builds the national calendar carries no reader — and unknown keys are
 * refused.
 */
export interface CalendarOptions {
  /**
   * Official schedules to add (next year's, as soon as the ministry publishes it), each as
   * {@link parseOfficialSchedule} or {@link validateSchedule} returns it; one for a year already shipped replaces
   * it. Each is checked again against the calendar's laws.
   */
  readonly schedules?: readonly OfficialSchedule[];
  /** Replace the shipped holiday laws, as {@link parseHolidayLaws} returns them (a new law: `parseHolidayLaws([...defaultLaws(), newLaw])`). */
  readonly laws?: readonly HolidayLaw[];
  /** Apply entries that are only proposed (default false: they are shown by `dayInfo` but not applied). */
  readonly applyProposed?: boolean;
  /**
   * Working hours, as {@link parseWorkingHours} returns them; default 07:30–11:30 and 13:00–17:00, 8 hours a day.
   */
  readonly hours?: WorkingHours;
  /**
   * Closures and openings over the national calendar (a province's, then an agency's), in order, each as
   * {@link parseAgencyOverlay} returns it.
   */
  readonly overlays?: readonly AgencyOverlay[];
}

/**
 * Lịch làm việc — the working-day calendar of Vietnamese state agencies: weekly rest, statutory holidays by the
 * law in force, compensatory and swapped days, the official yearly schedules, an agency's overlays and hours.
 *
 * A frozen value: what it was built from, checked, and the index the operations read. Pass it to the operations
 * (`isWorkingDay(cal, '2026-02-17')`); answers never depend on the host's time zone. Days are `YYYY-MM-DD` (a
 * `Date` is read in Asia/Ho_Chi_Minh); instants are ISO-8601 with an offset or epoch milliseconds and come back in
 * `+07:00`. Its fingerprint is {@link calendarVersion}.
 */
export interface Calendar {
  /** The days this calendar answers for: 2014-01-01 – 2199-12-31. */
  readonly range: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** The agency of the last overlay, or `null` for the national calendar. */
  readonly agency: string | null;
  /** The holiday laws in force, oldest first. */
  readonly laws: readonly HolidayLaw[];
  /** The official schedules in force, by year, oldest first (the shipped ones and those loaded at run time). */
  readonly schedules: readonly OfficialSchedule[];
  /** The national working hours (an overlay's own hours, when it has them, apply to its agency). */
  readonly hours: WorkingHours;
  /** The agency overlays laid on the national calendar, in order. */
  readonly overlays: readonly AgencyOverlay[];
  /** Whether entries that are only proposed are applied. */
  readonly applyProposed: boolean;
  /**
   * The compact index every operation reads (working-day bitmaps, running totals), built lazily one year at a time
   * — the only part filled in after creation, and never visible in an answer. Internal: read it through the
   * operations.
   */
  readonly index: CalendarIndex;
}

/** The index of a calendar, or `INVALID_CALENDAR` for a value that is not one (a day passed first, date-fns style). */
export function indexOf(calendar: Calendar): CalendarIndex {
  const index = (calendar as { index?: CalendarIndex } | null | undefined)?.index;
  if (index !== undefined && typeof index === 'object' && 'years' in index) return index;
  throw calendarError('INVALID_CALENDAR', { value: shown(calendar) }, ['calendar']);
}
