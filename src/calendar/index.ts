/**
 * motcua/calendar — the Vietnamese legal calendar for the one-stop mechanism: working days of state agencies,
 * statutory holidays by the law in force, compensatory and swapped days, official yearly schedules, agency
 * overlays, working hours, receipt rules and deadlines. Pure, and independent of the host time zone.
 */

export { MAX_YEAR, MIN_YEAR } from './calendarIndex.js';
export type { CalendarPeriod, PeriodLength } from './calendarPeriod.js';
export {
  type Calendar,
  type CalendarOptions,
  createCalendar,
  defaultLaws,
  defaultSchedules,
  parseOfficialSchedule,
} from './createCalendar.js';
export {
  type CalendarDate,
  type DateInput,
  formatInstant,
  type InstantInput,
  legalDay,
} from './date.js';
export type { DayInfo } from './dayInfo.js';
export type { Deadline } from './deadline.js';
export { CalendarError, type CalendarErrorCode, type LocalizedError } from './errors.js';
export { fromLunar, type LunarDate, toLunar } from './lunar.js';
export {
  type CompensatoryReason,
  type DayReason,
  type DayStatus,
  type HolidayReason,
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
  AgencyOverlaySchema,
  type EntryStatus,
  type HolidayId,
  type HolidayLaw,
  type HolidayLawInput,
  HolidayLawSchema,
  type HolidayRule,
  holidayIds,
  type OfficialSchedule,
  type OfficialScheduleInput,
  OfficialScheduleSchema,
  type ScheduleEntry,
  type Session,
  type Source,
  type WorkingHours,
  type WorkingHoursInput,
  WorkingHoursSchema,
} from './schema.js';
export {
  type CountingPolicy,
  countingPolicies,
  type Duration,
  type DurationUnit,
  durationUnits,
} from './units.js';
