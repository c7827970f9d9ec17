import { deepFreeze } from '../shared/values.js';
import { checkedLaws, checkedSchedules } from './checked.js';
import { scheduleChecks } from './checks.js';
import { type CalendarIssue, dataError } from './errors.js';
import { parseData, readData } from './parseData.js';
import { calendarSchemas, type HolidayLaw, type HolidayLawInput, type OfficialSchedule } from './schema.js';
import { shippedLaws } from './shipped.js';

/** What {@link validateSchedule} found: the schedule as the calendar reads it, or every problem. */
export type ScheduleValidation =
  | { readonly ok: true; readonly schedule: OfficialSchedule; readonly issues: readonly [] }
  | { readonly ok: false; readonly schedule: null; readonly issues: readonly CalendarIssue[] };

/** Options of {@link validateSchedule}. */
export interface ValidateScheduleOptions {
  /**
   * The holiday laws to check the schedule against (default: the shipped laws, as `createCalendar()` uses), as
   * written or as {@link parseHolidayLaws} returns them.
   */
  readonly laws?: readonly (HolidayLawInput | HolidayLaw)[];
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
 * problem is a located, bilingual issue (`code`, `params`, `message`, `messageVi`, `path`). A schedule that passes
 * comes back frozen, ready for `createCalendar({ schedules: [schedule] })`.
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
  const laws = options.laws ? lawsOf(options.laws) : shippedLaws;
  const result = readData(calendarSchemas().OfficialSchedule, json, [], scheduleChecks(laws));
  if (!result.ok) return { ok: false, schedule: null, issues: result.issues };
  // `$schema` only tells an editor which JSON Schema to use: it is not part of the data (nor of the calendar's
  // version hash), so a file with it and one without read the same.
  const { $schema: _editorOnly, ...data } = result.value;
  const schedule = deepFreeze(data);
  checkedSchedules.set(schedule, (other) => (other === laws ? [] : scheduleChecks(other)(schedule)));
  return { ok: true, schedule, issues: [] };
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
 * @returns the schedule as the calendar reads it (defaults filled in), frozen
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

/**
 * @summary Reads holiday laws (a new law, a correction), or throws with every problem.
 *
 * @description
 * The input guard, then the strict schema of a law (`HolidayLaw`: its holidays, the dates it is in force, whether
 * it grants compensatory days, its source). The laws come back frozen, ready for `createCalendar({ laws })` and
 * `validateSchedule(json, { laws })`. A calendar's laws replace the shipped ones: start from `defaultLaws()`.
 *
 * @param json - the laws, as parsed from JSON
 * @returns the laws with defaults filled in, frozen
 * @throws {CalendarError} `INVALID_OPTIONS` with every problem in `issues`
 *
 * @example
 * const laws = parseHolidayLaws(defaultLaws());
 * laws.map((law) => law.status); // ['confirmed', 'confirmed', 'confirmed']
 * isWorkingDay(createCalendar({ laws }), '2026-11-24'); // false — Vietnam Culture Day
 */
export function parseHolidayLaws(json: unknown): readonly HolidayLaw[] {
  const laws = deepFreeze(parseData(calendarSchemas().Laws, json, 'INVALID_OPTIONS', []));
  for (const law of laws) checkedLaws.add(law);
  return laws;
}

/** Laws already checked as they are; others read with {@link parseHolidayLaws}'s schema. */
function lawsOf(laws: readonly (HolidayLawInput | HolidayLaw)[]): readonly HolidayLaw[] {
  if (Array.isArray(laws) && laws.every((law) => checkedLaws.has(law) || shippedLaws.includes(law))) {
    return laws as readonly HolidayLaw[];
  }
  return parseData(calendarSchemas().Laws, laws, 'INVALID_OPTIONS', ['options', 'laws']);
}
