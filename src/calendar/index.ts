/**
 * motcua/calendar — the Vietnamese legal calendar for the one-stop mechanism: working days of state agencies,
 * statutory holidays by the law in force, compensatory and swapped days, official yearly schedules, agency
 * overlays, working hours, receipt rules and deadlines. Pure, and independent of the host time zone.
 */

export { type LocalizedError, MotcuaError } from '../shared/errors.js';
export type { Calendar, CalendarOptions } from './calendar.js';
export type { CalendarPeriod, PeriodLength } from './calendarPeriod.js';
export { createCalendar, defaultLaws, defaultSchedules } from './createCalendar.js';
export {
  type CalendarDate,
  type DateInput,
  formatInstant,
  type InstantInput,
  legalDay,
} from './date.js';
export type { DayInfo } from './dayInfo.js';
export type { Deadline } from './deadline.js';
export {
  CalendarError,
  type CalendarErrorCode,
  type CalendarIssue,
  type CalendarIssueCode,
} from './errors.js';
export { fromLunar, type LunarDate, toLunar } from './lunar.js';
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
export {
  type Channel,
  type ClockStart,
  DECREE_118_FROM,
  type OnlineAcceptanceDeadline,
  type ReceiptOptions,
  type TransferDeadline,
} from './receipt.js';
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
export {
  type CountingPolicy,
  countingPolicies,
  type Duration,
  type DurationUnit,
  durationUnits,
} from './units.js';
export {
  parseOfficialSchedule,
  type ScheduleValidation,
  type ValidateScheduleOptions,
  validateSchedule,
} from './validateSchedule.js';
