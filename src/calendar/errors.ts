/**
 * Typed errors of the calendar. Every error is a `CalendarError` (a `MotcuaError`) with a stable `code` a portal
 * can switch on, the `params` its texts were made from, an English `message`, a Vietnamese `messageVi` and the
 * `path` of the bad input (`['date']`, `['options', 'hours', 'sessions', 0]`, …). The texts come from the tables in
 * `messages/`; data and options (schedules, laws, overlays, hours) also list every problem found in `issues`, whose
 * texts come from their own tables (`issues.ts`, `checks.ts`), so a form that only counts days carries none of them.
 */
import { type LocalizedError, MotcuaError, type Path } from '../shared/errors.js';
import { quote, reporter } from '../shared/messages.js';
import { type CalendarErrorCode, calendarErrorMessagesEn } from './messages/errors.en.js';
import { calendarErrorMessagesVi } from './messages/errors.vi.js';
import type { calendarIssueMessagesEn } from './messages/issues.en.js';
import type { optionIssueMessagesEn } from './messages/options.en.js';
import type { scheduleIssueMessagesEn } from './messages/schedule.en.js';

export type { CalendarErrorCode } from './messages/errors.en.js';

/** Codes of the problems listed in `CalendarError.issues` (and returned by `validateSchedule`). */
export type CalendarIssueCode =
  | keyof typeof optionIssueMessagesEn
  | keyof typeof calendarIssueMessagesEn
  | keyof typeof scheduleIssueMessagesEn;

/** One problem found in data: its code, parameters, texts and path. */
export interface CalendarIssue extends LocalizedError {
  readonly code: CalendarIssueCode | `INPUT_${string}`;
}

/** Builds a bilingual report of an error code. */
const report = /* @__PURE__ */ reporter(calendarErrorMessagesEn, calendarErrorMessagesVi);

/**
 * Lỗi lịch — an invalid date, count, range, schedule or option given to the calendar.
 *
 * @example
 * const error = (() => { try { addWorkingDays(cal, '2026-02-30', 1); } catch (e) { return e; } })();
 * error instanceof CalendarError; // true
 * error.code; // 'INVALID_DATE'
 * error.messageVi; // '"2026-02-30" không phải là ngày dương lịch hợp lệ; cần dạng YYYY-MM-DD hoặc một đối tượng ngày hợp lệ'
 * error.path; // ['date']
 */
export class CalendarError extends MotcuaError {
  override readonly name: string = 'CalendarError';
  declare readonly code: CalendarErrorCode;
  /** Every problem found when the input was data (a schedule, options); the first one is also `path`. */
  readonly issues: readonly CalendarIssue[];

  constructor(
    report: LocalizedError & { readonly code: CalendarErrorCode },
    issues: readonly CalendarIssue[] = [],
  ) {
    super(report);
    this.issues = issues;
  }

  override toJSON(): ReturnType<MotcuaError['toJSON']> & { readonly issues: readonly CalendarIssue[] } {
    return { ...super.toJSON(), issues: this.issues };
  }
}

type Table = typeof calendarErrorMessagesEn;

/** A {@link CalendarError} of a code, its texts from the tables. */
export function calendarError<C extends CalendarErrorCode>(
  code: C,
  params: Parameters<Table[C]>[0],
  path: Path = [],
): CalendarError {
  return new CalendarError(report(code, params as never, path));
}

/**
 * The error for data that failed its checks (a schedule, the calendar's options): the first problem's text after
 * the head, every problem in `issues`.
 */
export function dataError(
  code: 'INVALID_SCHEDULE' | 'INVALID_OPTIONS',
  issues: readonly CalendarIssue[],
): CalendarError {
  const first = issues[0]!;
  // A path may hold a key from outside (an unknown key a megabyte long): the text shows it cut, like any value.
  const at = first.path.map((p) => (typeof p === 'string' && p.length > 100 ? `${p.slice(0, 100)}…` : p));
  const head = report(code, { count: issues.length, at: at.join('.') }, first.path);
  return new CalendarError(
    {
      ...head,
      message: `${head.message}: ${first.message}`,
      messageVi: `${head.messageVi}: ${first.messageVi}`,
    },
    issues,
  );
}

/**
 * A value from outside as a message shows it, the same in both languages: a string quoted and cut at 100
 * characters, a finite number as written, a valid `Date` as its ISO instant, anything else as a code literal.
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `\`${value}\``;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '`Invalid Date`' : quote(value.toISOString());
  if (typeof value === 'boolean' || value === null || value === undefined) return `\`${value}\``;
  if (typeof value === 'bigint') return `\`${value}n\``;
  if (Array.isArray(value)) return '`[…]`';
  if (typeof value === 'object') return '`{…}`';
  return `\`${typeof value}\``;
}
