/**
 * motcua/calendar — the Vietnamese legal calendar for the one-stop mechanism: working days of state agencies,
 * statutory holidays by the law in force, compensatory and swapped days, official yearly schedules, agency
 * overlays, working hours, receipt rules and deadlines. Pure, and independent of the host time zone.
 *
 * `createCalendar()` returns a calendar value; every operation is a function that takes it first, date-fns style
 * (`addWorkingDays(cal, '2026-02-12', 3)`), so a page bundles only the operations it imports.
 */

export { type LocalizedError, MotcuaError } from '../shared/errors.js';
export { addWorkingDays } from './addWorkingDays.js';
export { addWorkingHours, addWorkingHoursMs } from './addWorkingHours.js';
export type { Calendar, CalendarOptions } from './calendar.js';
export type { CalendarIndex } from './calendarIndex.js';
export { type CalendarPeriod, calendarPeriod, type PeriodLength } from './calendarPeriod.js';
export { calendarVersion } from './calendarVersion.js';
export { clockStart } from './clockStart.js';
export { createCalendar } from './createCalendar.js';
export {
  type CalendarDate,
  type DateInput,
  formatInstant,
  type InstantInput,
  legalDay,
} from './date.js';
export { type DayInfo, dayInfo } from './dayInfo.js';
export { type Deadline, deadline } from './deadline.js';
export { dueInstant } from './dueInstant.js';
export {
  CalendarError,
  type CalendarErrorCode,
  type CalendarIssue,
  type CalendarIssueCode,
} from './errors.js';
export { holidays } from './holidays.js';
export { isWorkingDay } from './isWorkingDay.js';
export { fromLunar, type LunarDate, toLunar } from './lunar.js';
export { nextWorkingInstant } from './nextWorkingInstant.js';
export { type OnlineAcceptanceDeadline, onlineAcceptanceDeadline } from './onlineAcceptanceDeadline.js';
export { parseAgencyOverlay } from './parseAgencyOverlay.js';
export { parseWorkingHours } from './parseWorkingHours.js';
export { MAX_YEAR, MIN_YEAR } from './range.js';
export {
  type CompensatoryReason,
  type DayReason,
  type DayStatus,
  type HolidayReason,
  type HolidayWorkedReason,
  holidayNames,
  type OverlayReason,
  type SwapOffReason,
  type SwapWorkReason,
  type Text,
  type WeeklyRestReason,
} from './reasons.js';
export { type Channel, type ClockStart, DECREE_118_FROM, type ReceiptOptions } from './receipt.js';
export {
  type AgencyOverlay,
  type AgencyOverlayInput,
  type CalendarSchemas,
  calendarSchemas,
  type EntryStatus,
  type HolidayId,
  type HolidayLaw,
  type HolidayLawInput,
  type HolidayRule,
  holidayIds,
  type OfficialSchedule,
  type OfficialScheduleInput,
  type ScheduleEntry,
  type Session,
  type Source,
  type WorkingHours,
  type WorkingHoursInput,
} from './schema.js';
export { defaultLaws, defaultSchedules } from './shipped.js';
export { type TransferDeadline, transferDeadline } from './transferDeadline.js';
export {
  type CountingPolicy,
  countingPolicies,
  type Duration,
  type DurationUnit,
  durationUnits,
} from './units.js';
export {
  parseHolidayLaws,
  parseOfficialSchedule,
  type ScheduleValidation,
  type ValidateScheduleOptions,
  validateSchedule,
} from './validateSchedule.js';
export { withOverlay } from './withOverlay.js';
export { workingDaysBetween } from './workingDaysBetween.js';
export { workingHoursBetween } from './workingHoursBetween.js';
