/**
 * How `createCalendar` reads its options: known keys only, `applyProposed` a boolean, and every piece of data
 * already checked by its reader (`checked.ts`) — schedules, laws, hours, overlays. Plain code with three issue
 * texts, so a page that builds a calendar carries neither zod nor the readers. Every problem is a located,
 * bilingual issue in an `INVALID_OPTIONS` or `INVALID_SCHEDULE` error.
 */
import type { Path } from '../shared/errors.js';
import { reporter } from '../shared/messages.js';
import type { CalendarOptions } from './calendar.js';
import { checkedHours, checkedLaws, checkedOverlays, checkedSchedules } from './checked.js';
import { type CalendarIssue, dataError } from './errors.js';
import { suggestKey } from './keys.js';
import { optionIssueMessagesEn } from './messages/options.en.js';
import { optionIssueMessagesVi } from './messages/options.vi.js';
import type { AgencyOverlay, HolidayLaw, OfficialSchedule, WorkingHours } from './schema.js';
import { DEFAULT_HOURS, shippedLaws, shippedSchedules } from './shipped.js';

const report = /* @__PURE__ */ reporter(optionIssueMessagesEn, optionIssueMessagesVi);
type Table = typeof optionIssueMessagesEn;
const optionIssue = <C extends keyof Table & string>(
  code: C,
  params: Parameters<Table[C]>[0],
  path: Path,
): CalendarIssue => report(code, params as never, path);

const OPTION_KEYS: readonly string[] = ['schedules', 'laws', 'applyProposed', 'hours', 'overlays'];

/** What a calendar is built from, read from its options. */
export interface CalendarData {
  readonly laws: readonly HolidayLaw[];
  /** Schedules loaded at run time (each replaces the shipped one of its year). */
  readonly schedules: readonly OfficialSchedule[];
  readonly hours: WorkingHours;
  readonly overlays: readonly AgencyOverlay[];
  readonly applyProposed: boolean;
}

/**
 * Reads `createCalendar`'s options in the order its errors are reported: keys and `applyProposed`, laws,
 * schedules, hours, overlays — each stage throwing every issue it found.
 */
export function readCalendarOptions(options: CalendarOptions): CalendarData {
  checkOptionKeys(options);
  const laws = options.laws === undefined ? shippedLaws : readLaws(options.laws);
  const schedules = options.schedules === undefined ? [] : readSchedules(options.schedules, laws);
  const hours = options.hours === undefined ? DEFAULT_HOURS : readHours(options.hours);
  const overlays = options.overlays === undefined ? [] : readOverlays(options.overlays);
  return { laws, schedules, hours, overlays, applyProposed: options.applyProposed === true };
}

/** Options are an object of known keys: a misspelt `overlay` is an error, not a silently national calendar. */
function checkOptionKeys(options: unknown): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw dataError('INVALID_OPTIONS', [optionIssue('WRONG_TYPE', { expected: 'object' }, ['options'])]);
  }
  const problems: CalendarIssue[] = [];
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) {
      const suggestion = suggestKey(key, OPTION_KEYS);
      problems.push(optionIssue('UNKNOWN_KEY', { key: key.slice(0, 100), suggestion }, ['options', key]));
    }
  }
  const apply = (options as { applyProposed?: unknown }).applyProposed;
  if (apply !== undefined && typeof apply !== 'boolean') {
    problems.push(optionIssue('WRONG_TYPE', { expected: 'boolean' }, ['options', 'applyProposed']));
  }
  if (problems.length > 0) throw dataError('INVALID_OPTIONS', problems);
}

/** A list option, or `INVALID_OPTIONS` (`INVALID_SCHEDULE` for schedules). */
function listOf(
  value: unknown,
  key: string,
  code: 'INVALID_OPTIONS' | 'INVALID_SCHEDULE',
): readonly unknown[] {
  if (Array.isArray(value)) return value;
  throw dataError(code, [optionIssue('WRONG_TYPE', { expected: 'array' }, ['options', key])]);
}

/** Laws as `parseHolidayLaws` returns them (or the shipped ones). */
function readLaws(value: unknown): readonly HolidayLaw[] {
  const laws = listOf(value, 'laws', 'INVALID_OPTIONS') as readonly HolidayLaw[];
  const problems = laws.flatMap((law, i) =>
    checkedLaws.has(law) || shippedLaws.includes(law)
      ? []
      : [optionIssue('NOT_CHECKED', { what: 'laws' }, ['options', 'laws', i])],
  );
  if (problems.length > 0) throw dataError('INVALID_OPTIONS', problems);
  // The shipped laws passed back (`createCalendar({ laws: cal.laws })`) are the shipped laws.
  if (laws.length === shippedLaws.length && laws.every((law, i) => law === shippedLaws[i]))
    return shippedLaws;
  return Object.freeze([...laws]);
}

/** Schedules as `parseOfficialSchedule` returns them, checked again against the calendar's laws. */
function readSchedules(value: unknown, laws: readonly HolidayLaw[]): readonly OfficialSchedule[] {
  const schedules = listOf(value, 'schedules', 'INVALID_SCHEDULE') as readonly OfficialSchedule[];
  const path = ['options', 'schedules'];
  const problems = schedules.flatMap((schedule, i): CalendarIssue[] => {
    const recheck = checkedSchedules.get(schedule);
    // A shipped schedule holds under the shipped laws; under others it must be checked against them first.
    if (!recheck && shippedSchedules.includes(schedule) && laws === shippedLaws) return [];
    if (!recheck) return [optionIssue('NOT_CHECKED', { what: 'schedule' }, [...path, i])];
    return recheck(laws).map((x) => ({ ...x, path: [...path, i, ...x.path] }));
  });
  if (problems.length > 0) throw dataError('INVALID_SCHEDULE', problems);
  return Object.freeze([...schedules]);
}

/** Hours as `parseWorkingHours` returns them. */
function readHours(hours: unknown): WorkingHours {
  if (hours === DEFAULT_HOURS || checkedHours.has(hours as WorkingHours)) return hours as WorkingHours;
  throw dataError('INVALID_OPTIONS', [optionIssue('NOT_CHECKED', { what: 'hours' }, ['options', 'hours'])]);
}

/** Overlays as `parseAgencyOverlay` returns them. */
function readOverlays(value: unknown): readonly AgencyOverlay[] {
  const overlays = listOf(value, 'overlays', 'INVALID_OPTIONS') as readonly AgencyOverlay[];
  const problems = overlays.flatMap((overlay, i) =>
    checkedOverlays.has(overlay)
      ? []
      : [optionIssue('NOT_CHECKED', { what: 'overlay' }, ['options', 'overlays', i])],
  );
  if (problems.length > 0) throw dataError('INVALID_OPTIONS', problems);
  return Object.freeze([...overlays]);
}
