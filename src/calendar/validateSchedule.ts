import { scheduleChecks } from './checks.js';
import lawsData from './data/laws.json';
import { type CalendarIssue, dataError } from './errors.js';
import { parseData, readData } from './parseData.js';
import { calendarSchemas, type HolidayLaw, type HolidayLawInput, type OfficialSchedule } from './schema.js';

/** What {@link validateSchedule} found: the schedule as the calendar reads it, or every problem. */
export type ScheduleValidation =
  | { readonly ok: true; readonly schedule: OfficialSchedule; readonly issues: readonly [] }
  | { readonly ok: false; readonly schedule: null; readonly issues: readonly CalendarIssue[] };

/** Options of {@link validateSchedule}. */
export interface ValidateScheduleOptions {
  /** The holiday laws to check the schedule against (default: the shipped laws, as `createCalendar()` uses). */
  readonly laws?: readonly HolidayLawInput[];
}

/**
 * @summary Checks an official schedule (lịch nghỉ lễ, tết) before a portal loads it.
 *
 * @description
 * The data a portal loads when the ministry publishes next year's notice passes the same checks the shipped
 * schedules pass: the input guard (size, depth, prototype keys), the strict schema (unknown keys refused — a
 * misspelt `workedon` is an error, not a dropped field), and the rules a shape cannot say: every entry inside the
 * schedule's year (a swap across New Year excepted, with its pair inside), swaps in pairs, sources that exist,
 * weekdays off and Saturdays worked where they belong, every covered holiday listed with the days the law grants,
 * and a statutory holiday made a working day only by an explicit `holiday-worked` entry with its reason. Each
 * problem is a located, bilingual issue (`code`, `params`, `message`, `messageVi`, `path`).
 *
 * @param json - the schedule, as parsed from JSON
 * @param options - the laws to check against (default: the shipped ones)
 * @returns `{ ok: true, schedule }` with defaults filled in, or `{ ok: false, issues }`
 * @throws {CalendarError} `INVALID_OPTIONS` when `options.laws` is not valid
 *
 * @example
 * // Tết Đinh Mùi 2027 (CV 10065/VPCP-KGVX), with a typo in a key:
 * const result = validateSchedule({
 *   year: 2027,
 *   covers: ['tet'],
 *   sources: [{ id: 'CV 10065/VPCP-KGVX', document: 'Công văn 10065/VPCP-KGVX của Văn phòng Chính phủ' }],
 *   entries: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({
 *     kind: 'holiday', date, holiday: 'tet', source: 'CV 10065/VPCP-KGVX', staus: 'confirmed',
 *   })),
 * });
 * result.ok; // false
 * result.issues[0].messageVi; // 'khoá "staus" không có trong định dạng (có phải là "status"?)'
 * result.issues[0].path; // ['entries', 0, 'staus']
 */
export function validateSchedule(json: unknown, options: ValidateScheduleOptions = {}): ScheduleValidation {
  const laws = options.laws
    ? parseData(calendarSchemas().Laws, options.laws, 'INVALID_OPTIONS', ['options', 'laws'])
    : (lawsData as HolidayLaw[]);
  const result = readData(calendarSchemas().OfficialSchedule, json, [], scheduleChecks(laws));
  return result.ok
    ? { ok: true, schedule: result.value, issues: [] }
    : { ok: false, schedule: null, issues: result.issues };
}

/**
 * @summary Reads an official schedule, or throws with every problem.
 *
 * @description
 * {@link validateSchedule} for code that prefers an exception: the same checks, and a `CalendarError`
 * `INVALID_SCHEDULE` whose `issues` lists every problem.
 *
 * @param json - the schedule, as parsed from JSON
 * @param options - the laws to check against (default: the shipped ones)
 * @returns the schedule as the calendar reads it (defaults filled in)
 * @throws {CalendarError} `INVALID_SCHEDULE`
 *
 * @example
 * const schedule2028 = parseOfficialSchedule(await (await fetch('/lich-nghi/2028.json')).json());
 * const cal = createCalendar({ schedules: [schedule2028] });
 */
export function parseOfficialSchedule(
  json: unknown,
  options: ValidateScheduleOptions = {},
): OfficialSchedule {
  const result = validateSchedule(json, options);
  if (!result.ok) throw dataError('INVALID_SCHEDULE', result.issues);
  return result.schedule;
}
