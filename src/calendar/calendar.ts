/**
 * The calendar a portal works with: what `createCalendar` returns and what it accepts. Every method is documented
 * here, where editors and the shipped `.d.ts` show it; the examples use the national calendar with the schedules
 * shipped in this release (`const cal = createCalendar()`), and `test/calendar/docs.test.ts` runs each of them.
 */
import type { CalendarPeriod, PeriodLength } from './calendarPeriod.js';
import type { CalendarDate, DateInput, InstantInput } from './date.js';
import type { DayInfo } from './dayInfo.js';
import type { Deadline } from './deadline.js';
import type { ClockStart, OnlineAcceptanceDeadline, ReceiptOptions, TransferDeadline } from './receipt.js';
import type {
  AgencyOverlayInput,
  HolidayLawInput,
  OfficialSchedule,
  OfficialScheduleInput,
  WorkingHoursInput,
} from './schema.js';
import type { Duration } from './units.js';

/** What {@link createCalendar} accepts; every field is optional and checked (unknown keys are refused). */
export interface CalendarOptions {
  /**
   * Official schedules to add (next year's, as soon as the ministry publishes it); one for a year already shipped
   * replaces it. Each is checked like {@link validateSchedule} against the calendar's laws.
   */
  readonly schedules?: readonly OfficialScheduleInput[];
  /** Replace the shipped holiday laws (a new law: pass `[...defaultLaws(), newLaw]`). */
  readonly laws?: readonly HolidayLawInput[];
  /** Apply entries that are only proposed (default false: they are shown by `dayInfo` but not applied). */
  readonly applyProposed?: boolean;
  /** Working hours; default 07:30–11:30 and 13:00–17:00, 8 hours a day. */
  readonly hours?: WorkingHoursInput;
  /** Closures and openings over the national calendar (a province's, then an agency's), in order. */
  readonly overlays?: readonly AgencyOverlayInput[];
}

/**
 * Lịch làm việc — the working-day calendar of Vietnamese state agencies: weekly rest, statutory holidays by the
 * law in force, compensatory and swapped days, the official yearly schedules, an agency's overlays and hours.
 * Immutable; answers never depend on the host's time zone. Days are `YYYY-MM-DD` (a `Date` is read in
 * Asia/Ho_Chi_Minh); instants are ISO-8601 with an offset or epoch milliseconds and come back in `+07:00`.
 */
export interface Calendar {
  /** A fingerprint of the rules and data this calendar was built from; pin it where you store deadlines. */
  readonly version: string;
  /** The days this calendar answers for: 2014-01-01 – 2199-12-31. */
  readonly range: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** The agency of the last overlay, or `null` for the national calendar. */
  readonly agency: string | null;

  /**
   * Whether a day is a working day (ngày làm việc), a Saturday worked in exchange included.
   *
   * @param date - `YYYY-MM-DD`, or a `Date` read in Asia/Ho_Chi_Minh
   * @returns `true` on a working day
   * @throws {CalendarError} `INVALID_DATE`, `OUT_OF_RANGE`
   *
   * @example
   * cal.isWorkingDay('2026-02-17'); // false — mùng 1 Tết Bính Ngọ
   * cal.isWorkingDay('2026-01-10'); // true — Saturday worked in exchange for Friday 02/01/2026
   */
  isWorkingDay(date: DateInput): boolean;

  /**
   * Whether a day is a working day, and why: every reason with its source document, whether the answer is
   * confirmed, provisional or only proposed, the working sessions, the lunar date and the year's schedule.
   *
   * @param date - `YYYY-MM-DD`, or a `Date` read in Asia/Ho_Chi_Minh
   * @returns {@link DayInfo}
   * @throws {CalendarError} `INVALID_DATE`, `OUT_OF_RANGE`
   *
   * @example
   * cal.dayInfo('2026-04-27').summary.vi; // 'Ngày nghỉ: Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) (ngày lễ 26/04/2026 trùng ngày nghỉ hằng tuần)'
   * cal.dayInfo('2027-02-04').status; // 'confirmed' — Tết Đinh Mùi, CV 10065/VPCP-KGVX
   */
  dayInfo(date: DateInput): DayInfo;

  /**
   * The days of a year that are not ordinary: holidays (also on weekends), compensatory and swapped days,
   * Saturdays worked, agency closures and openings, and proposals — in date order.
   *
   * @param year - a whole year, 2014–2199
   * @returns one {@link DayInfo} per such day
   * @throws {CalendarError} `INVALID_YEAR`, `OUT_OF_RANGE`
   *
   * @example
   * cal.holidays(2027).filter((d) => d.reasons.some((r) => r.kind === 'holiday' && r.holiday === 'national-day')).map((d) => d.date); // ['2027-09-02', '2027-09-03']
   */
  holidays(year: number): DayInfo[];

  /**
   * The n-th working day after a day. The day itself is not counted; from a day off, the first working day after
   * it is day 1; a negative n counts back; 0 returns the day itself.
   *
   * @param date - `YYYY-MM-DD`, or a `Date` read in Asia/Ho_Chi_Minh
   * @param n - a safe integer
   * @returns `YYYY-MM-DD`
   * @throws {CalendarError} `INVALID_DATE`, `INVALID_COUNT`, `OUT_OF_RANGE`
   *
   * @example
   * cal.addWorkingDays('2026-02-12', 3); // '2026-02-24' — received Thursday 12/02/2026, Tết 16–20/02 skipped
   * cal.addWorkingDays('2026-02-24', -3); // '2026-02-12'
   */
  addWorkingDays(date: DateInput, n: number): CalendarDate;

  /**
   * The number of working days in (from, to] — the exact inverse of {@link Calendar.addWorkingDays}; negative
   * when `to` is before `from`.
   *
   * @param from - `YYYY-MM-DD` (not counted)
   * @param to - `YYYY-MM-DD` (counted)
   * @returns a whole number of working days
   * @throws {CalendarError} `INVALID_DATE`, `OUT_OF_RANGE`
   *
   * @example
   * cal.workingDaysBetween('2026-02-12', '2026-02-24'); // 3 — 13, 23 and 24 February; Tết 16–20/02 skipped
   */
  workingDaysBetween(from: DateInput, to: DateInput): number;

  /**
   * The earliest instant at which a number of working hours have passed, counting only working sessions of
   * working days (across lunch breaks, evenings, weekends and holidays). Negative hours count back.
   *
   * @param instant - ISO-8601 with an offset, epoch milliseconds, or a `Date`
   * @param hours - a finite number of hours (0.25 day = 2 hours)
   * @returns ISO-8601 in `+07:00`
   * @throws {CalendarError} `INVALID_INSTANT`, `INVALID_COUNT`, `OUT_OF_RANGE`
   *
   * @example
   * // An online dossier arrives Friday 13/02/2026 at 16:00; 8 working hours (Decree 118/2025 Art. 17(2)):
   * // one hour on Friday, then Tết (16–20/02), then seven on Monday 23/02.
   * cal.addWorkingHours('2026-02-13T16:00:00+07:00', 8); // '2026-02-23T16:00:00+07:00'
   */
  addWorkingHours(instant: InstantInput, hours: number): string;

  /**
   * Working hours elapsed from one instant to another — the inverse of {@link Calendar.addWorkingHours}.
   *
   * @param from - an instant
   * @param to - an instant
   * @returns hours, fractional; negative when `to` is before `from`
   * @throws {CalendarError} `INVALID_INSTANT`, `OUT_OF_RANGE`
   *
   * @example
   * cal.workingHoursBetween('2026-02-13T16:00:00+07:00', '2026-02-23T16:00:00+07:00'); // 8 — Tết in between
   */
  workingHoursBetween(from: InstantInput, to: InstantInput): number;

  /**
   * The instant itself if it falls in working hours, else the start of the next working session. Sessions are
   * half-open: 11:30 sharp is past the morning session.
   *
   * @param instant - an instant
   * @returns ISO-8601 in `+07:00`
   * @throws {CalendarError} `INVALID_INSTANT`, `OUT_OF_RANGE`
   *
   * @example
   * cal.nextWorkingInstant('2026-02-14T20:00:00+07:00'); // '2026-02-23T07:30:00+07:00' — Saturday evening, Tết follows
   */
  nextWorkingInstant(instant: InstantInput): string;

  /**
   * A period in calendar days or months, counted as the Civil Code 2015 counts it: from the day after the event
   * (Art. 147(2)); months end on the same day number or the month's last day (Art. 148(3)); a last day off moves
   * to the next working day (Art. 148(5)); it ends at 24:00 (Art. 148(6)).
   *
   * @param event - the day of the event (receipt of the dossier)
   * @param length - `{ days: n }` or `{ months: n }`, n a non-negative safe integer
   * @returns {@link CalendarPeriod}
   * @throws {CalendarError} `INVALID_DATE`, `INVALID_COUNT`, `INVALID_OPTIONS`, `OUT_OF_RANGE`
   *
   * @example
   * cal.calendarPeriod('2026-04-16', { days: 15 }).end; // '2026-05-04' — 01/05 is Labour Day, then a weekend
   */
  calendarPeriod(event: DateInput, length: PeriodLength): CalendarPeriod;

  /**
   * When the processing clock starts for a dossier received at an instant (Decree 118/2025 Art. 17(3)): under
   * `working-hours` (the default) at the next working instant; under `working-days-cutoff` day 1 is the receipt
   * day if received on a working day by the cut-off, else the next working day; under `civil-code` the receipt day
   * is never counted.
   *
   * @param receivedAt - the receipt instant printed on the receipt slip
   * @param options - policy, cut-off (`'15:00'`), channel
   * @returns {@link ClockStart}
   * @throws {CalendarError} `INVALID_INSTANT`, `INVALID_OPTIONS`, `OUT_OF_RANGE`
   *
   * @example
   * // Received Friday 13/02/2026 at 15:30, after the 15:00 cut-off; Tết follows.
   * cal.clockStart('2026-02-13T15:30:00+07:00', { policy: 'working-days-cutoff' }).firstDay; // '2026-02-23'
   * cal.clockStart('2026-02-13T15:30:00+07:00').start; // '2026-02-13T15:30:00+07:00' — working hours count at once
   */
  clockStart(receivedAt: InstantInput, options?: ReceiptOptions): ClockStart;

  /**
   * The appointment date (ngày hẹn trả kết quả) of a dossier received at an instant, with every holiday, swap
   * or closure skipped and a note per rule applied. Working days are counted by the policy (`working-hours` by
   * default: N × 8 working hours from receipt); calendar days and months by the Civil Code.
   *
   * @param receivedAt - the receipt instant printed on the receipt slip
   * @param limit - `{ amount, unit }`: `working-days`, `working-hours`, `calendar-days` or `months`
   * @param options - policy, cut-off, channel
   * @returns {@link Deadline}
   * @throws {CalendarError} `INVALID_INSTANT`, `INVALID_COUNT`, `INVALID_OPTIONS`, `OUT_OF_RANGE`
   *
   * @example
   * // Business registration, 3 working days, received Thursday 12/02/2026 at 10:00: Tết 16–20/02 skipped.
   * cal.deadline('2026-02-12T10:00:00+07:00', { amount: 3, unit: 'working-days' }).due; // '2026-02-24T10:00:00+07:00'
   * cal.deadline('2026-02-12T10:00:00+07:00', { amount: 3, unit: 'working-days' }, { policy: 'working-days-cutoff' }).due; // '2026-02-23T17:00:00+07:00'
   */
  deadline(receivedAt: InstantInput, limit: Duration, options?: ReceiptOptions): Deadline;

  /**
   * When a paper dossier received at the desk must reach the processing agency: the same working day, or the
   * start of the next one when received after 15:00, after hours or on a day off (Art. 18 of the decree in force
   * on the receipt day: Decree 118/2025 from 01/07/2025, Decree 61/2018 before).
   *
   * @param receivedAt - the receipt instant
   * @param options - `cutoff` (`'15:00'` by default, `null` for none)
   * @returns {@link TransferDeadline}
   * @throws {CalendarError} `INVALID_INSTANT`, `INVALID_OPTIONS`, `OUT_OF_RANGE`
   *
   * @example
   * cal.transferDeadline('2026-02-13T15:30:00+07:00').by; // '2026-02-23T07:30:00+07:00' — after 15:00, Tết follows
   */
  transferDeadline(receivedAt: InstantInput, options?: { readonly cutoff?: string | null }): TransferDeadline;

  /**
   * When an online dossier must be accepted or sent back for a supplement: 8 working hours after the system's
   * receipt (Decree 118/2025 Art. 17(2)); `acceptBy: null` before 01/07/2025 (Decree 61/2018 sets no limit).
   *
   * @param submittedAt - the instant the system received the dossier
   * @returns {@link OnlineAcceptanceDeadline}
   * @throws {CalendarError} `INVALID_INSTANT`, `OUT_OF_RANGE`
   *
   * @example
   * cal.onlineAcceptanceDeadline('2026-02-13T16:00:00+07:00').acceptBy; // '2026-02-23T16:00:00+07:00'
   * cal.onlineAcceptanceDeadline('2024-03-01T16:00:00+07:00').acceptBy; // null
   */
  onlineAcceptanceDeadline(submittedAt: InstantInput): OnlineAcceptanceDeadline;

  /**
   * The same calendar with one more overlay on top: an agency's closures (storm, local order), openings
   * (Saturday-morning desk) and hours. A closure wins over any opening; the last overlay's hours apply.
   *
   * @param overlay - the agency's days, checked like the options (unknown keys refused)
   * @returns a new {@link Calendar}; this one is unchanged
   * @throws {CalendarError} `INVALID_OPTIONS` with every problem in `issues`
   *
   * @example
   * const ward = cal.withOverlay({ agency: 'UBND phường Bến Thành', closures: [{ from: '2026-10-05', reason: 'Bão số 10' }] });
   * ward.isWorkingDay('2026-10-05'); // false
   */
  withOverlay(overlay: AgencyOverlayInput): Calendar;

  /**
   * The official schedules in force, by year (the shipped ones and those loaded at run time).
   *
   * @returns the schedules, frozen, oldest first
   *
   * @example
   * cal.schedules().map((s) => s.year).at(-1); // 2027
   */
  schedules(): readonly OfficialSchedule[];
}
