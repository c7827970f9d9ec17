import { canonicalJson, sha256Hex } from '../shared/hash.js';
import { deepFreeze } from '../shared/values.js';
import { addWorkingDays } from './addWorkingDays.js';
import { addWorkingHours } from './addWorkingHours.js';
import type { Calendar, CalendarOptions } from './calendar.js';
import { CalendarIndex, NationalCache } from './calendarIndex.js';
import { calendarPeriod } from './calendarPeriod.js';
import { hoursChecks, overlayChecks, scheduleChecks } from './checks.js';
import lawsData from './data/laws.json';
import schedulesData from './data/official-schedules.json';
import { dayInfo, holidays } from './dayInfo.js';
import { deadline } from './deadline.js';
import { type CalendarIssue, dataError, issue } from './errors.js';
import { isWorkingDay } from './isWorkingDay.js';
import type { NationalData } from './nationalDays.js';
import { nextWorkingInstant } from './nextWorkingInstant.js';
import { parseData, suggestKey } from './parseData.js';
import { MAX_YEAR, MIN_YEAR } from './range.js';
import { clockStart, onlineAcceptanceDeadline, transferDeadline } from './receipt.js';
import {
  type AgencyOverlay,
  calendarSchemas,
  type HolidayLaw,
  type HolidayLawInput,
  type OfficialSchedule,
  type OfficialScheduleInput,
  type ScheduleEntry,
  type WorkingHours,
} from './schema.js';
import { workingDaysBetween } from './workingDaysBetween.js';
import { workingHoursBetween } from './workingHoursBetween.js';

/** 07:30–11:30 and 13:00–17:00, the most common hours of one-stop desks; 8 hours a day. */
const DEFAULT_HOURS: WorkingHours = {
  sessions: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
  hoursPerDay: 8,
};

/**
 * The shipped data, typed and frozen (every calendar shares it). The test suite passes it through
 * `validateSchedule` and the law schema (test/calendar/official-schedules.test.ts checks that nothing changes),
 * so the calendar does not parse it at every cold start.
 */
const shipped = deepFreeze({
  laws: lawsData as HolidayLaw[],
  schedules: schedulesData as OfficialSchedule[],
});

const OPTION_KEYS: readonly string[] = ['schedules', 'laws', 'applyProposed', 'hours', 'overlays'];

/**
 * The holiday laws shipped with the library: Labor Code 2012 Art. 115 (2013–2020), Labor Code 2019 Art. 112 (from
 * 2021) and Resolution 28/2026/QH16 Art. 2 (Vietnam Culture Day, from 01/07/2026).
 *
 * @returns a fresh copy, to extend and pass as `createCalendar({ laws })`
 *
 * @example
 * defaultLaws().map((law) => law.id); // ['labor-code-2012', 'labor-code-2019', 'resolution-28-2026-qh16']
 */
export function defaultLaws(): HolidayLawInput[] {
  return JSON.parse(JSON.stringify(lawsData)) as HolidayLawInput[];
}

/**
 * The official schedules shipped with the library (2019–2027), each citing the notices it comes from.
 *
 * @returns a fresh copy
 *
 * @example
 * defaultSchedules().find((s) => s.year === 2027)?.covers; // ['tet', 'national-day'] — CV 10065/VPCP-KGVX
 */
export function defaultSchedules(): OfficialScheduleInput[] {
  return JSON.parse(JSON.stringify(schedulesData)) as OfficialScheduleInput[];
}

/**
 * @summary The working-day calendar of Vietnamese state agencies.
 *
 * @description
 * National rules (weekly rest, statutory holidays by the law in force, compensatory days) and the official yearly
 * schedules shipped with the library, plus any schedule the portal loads at run time (next year's, as soon as it is
 * published), agency overlays and working hours. Every option is checked before use — the input guard, then its
 * schema, then the rules a shape cannot express — and a problem is an `INVALID_SCHEDULE` or `INVALID_OPTIONS` error
 * listing every issue with its path. The calendar is immutable; answers are computed from a compact index built
 * lazily, one year at a time, and never depend on the host's time zone.
 *
 * @param options - {@link CalendarOptions}
 * @returns a {@link Calendar}
 * @throws {CalendarError} `INVALID_SCHEDULE` or `INVALID_OPTIONS`, with every problem in `issues`
 *
 * @example
 * const cal = createCalendar();
 * cal.isWorkingDay('2026-02-17'); // false — Tết Bính Ngọ
 * cal.addWorkingDays('2026-02-12', 3); // '2026-02-24' — received Thursday 12/02/2026, Tết 16–20/02 skipped
 * const desk = createCalendar({ hours: { sessions: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] } });
 * desk.nextWorkingInstant('2026-02-14T20:00:00+07:00'); // '2026-02-23T08:00:00+07:00' — after Tết, at opening time
 */
export function createCalendar(options: CalendarOptions = {}): Calendar {
  checkOptionKeys(options);
  const laws = options.laws
    ? deepFreeze(parseData(calendarSchemas().Laws, options.laws, 'INVALID_OPTIONS', ['options', 'laws']))
    : shipped.laws;
  const extra = options.schedules
    ? deepFreeze(
        parseData(
          calendarSchemas().Schedules,
          options.schedules,
          'INVALID_SCHEDULE',
          ['options', 'schedules'],
          (list) =>
            list.flatMap((s, i) => scheduleChecks(laws)(s).map((x) => ({ ...x, path: [i, ...x.path] }))),
        ),
      )
    : [];
  const byYear = new Map<number, OfficialSchedule>();
  for (const s of [...shipped.schedules, ...extra]) byYear.set(s.year, s);
  const hours = options.hours
    ? deepFreeze(
        parseData(
          calendarSchemas().WorkingHours,
          options.hours,
          'INVALID_OPTIONS',
          ['options', 'hours'],
          hoursChecks,
        ),
      )
    : DEFAULT_HOURS;
  const overlays = options.overlays
    ? deepFreeze(
        parseData(
          calendarSchemas().Overlays,
          options.overlays,
          'INVALID_OPTIONS',
          ['options', 'overlays'],
          (list) => list.flatMap((o, i) => overlayChecks(o).map((x) => ({ ...x, path: [i, ...x.path] }))),
        ),
      )
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
  // The fingerprint hashes all the data: computed on first read, not at every cold start.
  const version = lazy(() => fingerprint({ laws, schedules: [...byYear.values()], applyProposed, hours }));
  return build(new NationalCache(national), hours, overlays, version);
}

/** Options are an object of known keys: a misspelt `overlay` is an error, not a silently national calendar. */
function checkOptionKeys(options: unknown): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw dataError('INVALID_OPTIONS', [issue('WRONG_TYPE', { expected: 'object' }, ['options'])]);
  }
  const problems: CalendarIssue[] = [];
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) {
      problems.push(
        issue('UNKNOWN_KEY', { key: key.slice(0, 100), suggestion: suggestKey(key, OPTION_KEYS) }, [
          'options',
          key,
        ]),
      );
    }
  }
  const apply = (options as { applyProposed?: unknown }).applyProposed;
  if (apply !== undefined && typeof apply !== 'boolean') {
    problems.push(issue('WRONG_TYPE', { expected: 'boolean' }, ['options', 'applyProposed']));
  }
  if (problems.length > 0) throw dataError('INVALID_OPTIONS', problems);
}

function build(
  national: NationalCache,
  hours: WorkingHours,
  overlays: readonly AgencyOverlay[],
  baseVersion: () => string,
): Calendar {
  const index = new CalendarIndex(national, hours, overlays);
  const version = overlays.length ? lazy(() => `${baseVersion()}+${fingerprint(overlays)}`) : baseVersion;
  return {
    get version() {
      return version();
    },
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
        [
          ...overlays,
          deepFreeze(
            parseData(calendarSchemas().AgencyOverlay, input, 'INVALID_OPTIONS', ['overlay'], overlayChecks),
          ),
        ],
        baseVersion,
      ),
    schedules: () => [...national.data.schedules.values()].sort((a, b) => a.year - b.year),
  };
}

function lazy(compute: () => string): () => string {
  let value: string | undefined;
  return () => {
    value ??= compute();
    return value;
  };
}

/** A short fingerprint of the calendar's data (16 hex digits of the SHA-256 of its canonical JSON). */
function fingerprint(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, 16);
}
