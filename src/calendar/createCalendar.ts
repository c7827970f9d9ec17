/**
 * @name createCalendar
 * @summary The working-day calendar of Vietnamese state agencies.
 *
 * @description
 * National rules (weekly rest, statutory holidays by the law in force, compensatory days) and the official yearly
 * schedules shipped with the library, plus any schedule the portal loads at run time (next year's, as soon as it is
 * published), an agency overlay and working hours. The calendar is immutable; answers are computed from a compact
 * index built lazily, one year at a time, and never depend on the host's time zone.
 *
 * @param options - {@link CalendarOptions}
 * @returns a {@link Calendar}
 * @throws {CalendarError} `INVALID_SCHEDULE` or `INVALID_OPTIONS`, with every problem in `issues`
 *
 * @example
 * const cal = createCalendar();
 * cal.isWorkingDay('2026-02-17') // false — Tết Bính Ngọ
 * cal.addWorkingDays('2026-02-12', 3) // '2026-02-24'
 * const agency = cal.withOverlay({ agency: 'UBND phường Bến Thành', closures: [{ from: '2026-10-05', reason: 'Bão' }] });
 */
import { z } from 'zod';
import { canonicalJson, sha256Hex } from '../shared/hash.js';
import { deepFreeze } from '../shared/values.js';
import { addWorkingDays } from './addWorkingDays.js';
import { addWorkingHours } from './addWorkingHours.js';
import { CalendarIndex, MAX_YEAR, MIN_YEAR, NationalCache } from './calendarIndex.js';
import { type CalendarPeriod, calendarPeriod, type PeriodLength } from './calendarPeriod.js';
import lawsData from './data/laws.json';
import schedulesData from './data/official-schedules.json';
import type { CalendarDate, DateInput, InstantInput } from './date.js';
import { type DayInfo, dayInfo, holidays } from './dayInfo.js';
import { type Deadline, deadline } from './deadline.js';
import { CalendarError } from './errors.js';
import { isWorkingDay } from './isWorkingDay.js';
import type { NationalData } from './nationalDays.js';
import { nextWorkingInstant } from './nextWorkingInstant.js';
import {
  type ClockStart,
  clockStart,
  type OnlineAcceptanceDeadline,
  onlineAcceptanceDeadline,
  type ReceiptOptions,
  type TransferDeadline,
  transferDeadline,
} from './receipt.js';
import {
  type AgencyOverlay,
  type AgencyOverlayInput,
  AgencyOverlaySchema,
  type HolidayLaw,
  type HolidayLawInput,
  HolidayLawSchema,
  type OfficialSchedule,
  type OfficialScheduleInput,
  OfficialScheduleSchema,
  type ScheduleEntry,
  type WorkingHours,
  type WorkingHoursInput,
  WorkingHoursSchema,
} from './schema.js';
import type { Duration } from './units.js';
import { workingDaysBetween } from './workingDaysBetween.js';
import { workingHoursBetween } from './workingHoursBetween.js';

export interface CalendarOptions {
  /** Official schedules to add; one for a year already shipped replaces it. */
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

export interface Calendar {
  /** A fingerprint of the rules and data this calendar was built from; pin it in snapshots. */
  readonly version: string;
  /** The days this calendar answers for. */
  readonly range: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** The agency of the last overlay, or `null` for the national calendar. */
  readonly agency: string | null;
  isWorkingDay(date: DateInput): boolean;
  dayInfo(date: DateInput): DayInfo;
  holidays(year: number): DayInfo[];
  addWorkingDays(date: DateInput, n: number): CalendarDate;
  workingDaysBetween(from: DateInput, to: DateInput): number;
  addWorkingHours(instant: InstantInput, hours: number): string;
  workingHoursBetween(from: InstantInput, to: InstantInput): number;
  nextWorkingInstant(instant: InstantInput): string;
  calendarPeriod(event: DateInput, length: PeriodLength): CalendarPeriod;
  clockStart(receivedAt: InstantInput, options?: ReceiptOptions): ClockStart;
  deadline(receivedAt: InstantInput, limit: Duration, options?: ReceiptOptions): Deadline;
  transferDeadline(receivedAt: InstantInput, options?: { readonly cutoff?: string | null }): TransferDeadline;
  onlineAcceptanceDeadline(submittedAt: InstantInput): OnlineAcceptanceDeadline;
  /** The same calendar with one more overlay (an agency's closures, openings, hours) on top. */
  withOverlay(overlay: AgencyOverlayInput): Calendar;
  /** The official schedules in force, by year. */
  schedules(): readonly OfficialSchedule[];
}

/** 07:30–11:30 and 13:00–17:00, the most common hours of one-stop desks; 8 hours a day. */
const DEFAULT_HOURS: WorkingHours = {
  sessions: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
  hoursPerDay: 8,
};

/** The holiday laws shipped with the library (Labor Codes 2012 and 2019, Resolution 28/2026/QH16). */
export function defaultLaws(): HolidayLawInput[] {
  return JSON.parse(JSON.stringify(lawsData)) as HolidayLawInput[];
}

/** The official schedules shipped with the library (2019–2026). */
export function defaultSchedules(): OfficialScheduleInput[] {
  return JSON.parse(JSON.stringify(schedulesData)) as OfficialScheduleInput[];
}

/**
 * Validates an official schedule loaded at run time (next year's, say).
 * @throws {CalendarError} `INVALID_SCHEDULE` with every problem in `issues`
 */
export function parseOfficialSchedule(data: unknown): OfficialSchedule {
  return parse(OfficialScheduleSchema, data, 'INVALID_SCHEDULE', ['schedule']);
}

/**
 * The shipped data, as typed and frozen (every calendar shares it). The test suite validates it against the same
 * schemas (test/calendar/official-schedules.test.ts checks that parsing changes nothing), so the calendar does not
 * pay zod's first-parse cost at every cold start.
 */
const shipped = deepFreeze({
  laws: lawsData as HolidayLaw[],
  schedules: schedulesData as OfficialSchedule[],
});

export function createCalendar(options: CalendarOptions = {}): Calendar {
  if (options === null || typeof options !== 'object') {
    throw new CalendarError(
      'INVALID_OPTIONS',
      'options must be an object',
      'tùy chọn phải là một đối tượng',
      ['options'],
    );
  }
  const base = shipped;
  const laws = options.laws
    ? deepFreeze(parse(z.array(HolidayLawSchema), options.laws, 'INVALID_OPTIONS', ['options', 'laws']))
    : base.laws;
  const extra = options.schedules
    ? deepFreeze(
        parse(z.array(OfficialScheduleSchema), options.schedules, 'INVALID_SCHEDULE', [
          'options',
          'schedules',
        ]),
      )
    : [];
  const byYear = new Map<number, OfficialSchedule>();
  for (const s of [...base.schedules, ...extra]) byYear.set(s.year, s);
  const hours = options.hours
    ? parse(WorkingHoursSchema, options.hours, 'INVALID_OPTIONS', ['options', 'hours'])
    : DEFAULT_HOURS;
  const overlays = options.overlays
    ? parse(z.array(AgencyOverlaySchema), options.overlays, 'INVALID_OPTIONS', ['options', 'overlays'])
    : [];
  const applyProposed = options.applyProposed === true;

  const entriesByYear = new Map<number, { entry: ScheduleEntry; schedule: OfficialSchedule }[]>();
  for (const schedule of byYear.values()) {
    for (const entry of schedule.entries) {
      const year = Number(entry.date.slice(0, 4));
      const list = entriesByYear.get(year) ?? [];
      list.push({ entry, schedule });
      entriesByYear.set(year, list);
    }
  }
  const national: NationalData = { laws, schedules: byYear, entriesByYear, applyProposed };
  const version = fingerprint({ laws, schedules: [...byYear.values()], applyProposed, hours });
  return build(new NationalCache(national), hours, overlays, version);
}

function build(
  national: NationalCache,
  hours: WorkingHours,
  overlays: readonly AgencyOverlay[],
  baseVersion: string,
): Calendar {
  const index = new CalendarIndex(national, hours, overlays);
  const version = overlays.length ? `${baseVersion}+${fingerprint(overlays)}` : baseVersion;
  return {
    version,
    range: { from: `${MIN_YEAR}-01-01`, to: `${MAX_YEAR}-12-31` },
    agency: overlays.at(-1)?.agency ?? null,
    isWorkingDay: (date) => isWorkingDay(index, date),
    dayInfo: (date) => dayInfo(index, date),
    holidays: (year) => holidays(index, year),
    addWorkingDays: (date, n) => addWorkingDays(index, date, n),
    workingDaysBetween: (from, to) => workingDaysBetween(index, from, to),
    addWorkingHours: (instant, h) => addWorkingHours(index, instant, h),
    workingHoursBetween: (from, to) => workingHoursBetween(index, from, to),
    nextWorkingInstant: (instant) => nextWorkingInstant(index, instant),
    calendarPeriod: (event, length) => calendarPeriod(index, event, length),
    clockStart: (receivedAt, opts) => clockStart(index, receivedAt, opts),
    deadline: (receivedAt, limit, opts) => deadline(index, receivedAt, limit, opts),
    transferDeadline: (receivedAt, opts) => transferDeadline(index, receivedAt, opts),
    onlineAcceptanceDeadline: (submittedAt) => onlineAcceptanceDeadline(index, submittedAt),
    withOverlay: (input) =>
      build(
        national,
        hours,
        [...overlays, parse(AgencyOverlaySchema, input, 'INVALID_OPTIONS', ['overlay'])],
        baseVersion,
      ),
    schedules: () => [...national.data.schedules.values()].sort((a, b) => a.year - b.year),
  };
}

function parse<T>(
  schema: z.ZodType<T>,
  data: unknown,
  code: 'INVALID_SCHEDULE' | 'INVALID_OPTIONS',
  path: (string | number)[],
): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: [...path, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: i.message,
  }));
  const first = issues[0]!;
  const what = code === 'INVALID_SCHEDULE' ? 'official schedule' : 'calendar options';
  const whatVi = code === 'INVALID_SCHEDULE' ? 'lịch nghỉ chính thức' : 'tùy chọn lịch';
  throw new CalendarError(
    code,
    `invalid ${what} at ${first.path.join('.')}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
    `${whatVi} không hợp lệ tại ${first.path.join('.')}: ${first.message}${issues.length > 1 ? ` (và ${issues.length - 1} lỗi khác)` : ''}`,
    first.path,
    issues,
  );
}

/** FNV-1a (32-bit) of the canonical JSON of the data, as 8 hex digits. */
/** A short fingerprint of the calendar's data (16 hex digits of the SHA-256 of its canonical JSON). */
function fingerprint(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, 16);
}
