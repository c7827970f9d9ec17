/**
 * The options of a summary, checked: the period, the grouping, the instant read (for a period not over yet), the
 * warnings and how items from outside are checked. Two partial summaries merge only when their options agree.
 */
import { unknownOption } from '../../rules/suggest.js';
import { quote } from '../../shared/messages.js';
import { isRecord } from '../snapshot/shape.js';
import { instantMs, vnInstant } from '../time.js';
import { statisticsError } from './errors.js';
import type { OptionExpected } from './messages/en.js';
import { type SummaryPeriod, type SummaryPeriodInput, summaryPeriod } from './period.js';
import type { SummaryCheck } from './source.js';

/** What a summary can be grouped by, in any combination. */
export const dimensions = ['agency', 'procedure', 'field', 'level', 'month', 'channel'] as const;
/**
 * A grouping dimension: `agency` — the receiving office, the agency part of the dossier code (Circular 01/2018
 * Art. 19(1)), else the definition's desk agency; `procedure` — the national code (mã TTHC); `field` — the
 * procedure's field (lĩnh vực, in Vietnamese); `level` — the procedure's level; `month` — each calendar month of the
 * period as a period of its own; `channel` — how the dossier came in (`in-person`, `online`, `post`).
 */
export type Dimension = (typeof dimensions)[number];

/** Options of `createSummary` and `summarize`. */
export interface SummaryOptions {
  /** Two legal days (both included) or two instants (the end excluded). */
  readonly period: SummaryPeriodInput;
  /** Dimensions to group by (default none: the total only). */
  readonly groupBy?: readonly Dimension[];
  /**
   * Read the period as it stood at this instant (default: its end) — a period not over yet is read up to now: it
   * ends there, and open dossiers are judged then.
   */
  readonly asOf?: string | number;
  /** The warnings' options, or `false` for none (default: due within 8 working hours, 50 entries a list). */
  readonly warnings?: false | { readonly dueWithinHours?: number; readonly limit?: number };
  /** How items from outside are checked: `shape` (default) or `restore`. */
  readonly check?: SummaryCheck;
}

/** The options as checked, in the form a partial carries. */
export interface CheckedOptions {
  readonly period: SummaryPeriod;
  readonly groupBy: readonly Dimension[];
  /** The instant the period is read at, as given (ISO), or `null`. */
  readonly asOf: string | null;
  readonly warnings: { readonly dueWithinHours: number; readonly limit: number } | null;
  readonly check: SummaryCheck;
  /** `[start, end)` read: the period, cut at `asOf`. */
  readonly start: number;
  readonly end: number;
}

const bad = (
  option: string,
  expected: OptionExpected,
  given: unknown,
  allowed?: readonly string[],
  path: readonly (string | number)[] = [option],
) =>
  statisticsError(
    'INVALID_SUMMARY_OPTIONS',
    { option, expected, given: quote(given), ...(allowed ? { allowed } : {}) },
    path,
  );

/** Refuses a key not among `known` (a misspelt option would else be ignored and the report silently wrong). */
function knownKeys(value: object, known: readonly string[], prefix: string): void {
  const unknown = unknownOption(value, known);
  if (unknown === null) return;
  const { key, suggestion } = unknown;
  throw statisticsError(
    'INVALID_SUMMARY_OPTIONS',
    {
      option: `${prefix}${key}`,
      expected: 'known-option',
      given: quote(key),
      allowed: known,
      ...(suggestion === null ? {} : { suggestion: `${prefix}${suggestion}` }),
    },
    prefix === '' ? [key] : [prefix.slice(0, -1), key],
  );
}

export function checkOptions(options: SummaryOptions): CheckedOptions {
  if (!isRecord(options)) throw bad('options', 'object', options);
  knownKeys(options, ['period', 'groupBy', 'asOf', 'warnings', 'check'], '');
  // A checked period (`summaryPeriod`) or a result's period may be given back: their other keys are derived.
  if (isRecord(options.period)) knownKeys(options.period, ['from', 'to', 'start', 'end', 'kind'], 'period.');
  if (isRecord(options.warnings)) knownKeys(options.warnings, ['dueWithinHours', 'limit'], 'warnings.');
  const period = summaryPeriod(options.period);
  const groupBy = options.groupBy ?? [];
  if (!Array.isArray(groupBy)) throw bad('groupBy', 'dimensions', groupBy, dimensions);
  // The bad dimension itself, where it is: `groupBy: ['province']` names "province" at groupBy.0.
  groupBy.forEach((d: unknown, i) => {
    if (!dimensions.includes(d as Dimension)) throw bad('groupBy', 'one-of', d, dimensions, ['groupBy', i]);
    if (groupBy.indexOf(d as Dimension) !== i)
      throw bad('groupBy', 'dimensions', d, dimensions, ['groupBy', i]);
  });
  let asOf: string | null = null;
  let end = period.end;
  if (options.asOf !== undefined) {
    const ms = instantMs(options.asOf);
    if (ms === null) throw bad('asOf', 'instant', options.asOf);
    // Read before the period starts, a period would be empty: a mistake, not a question.
    if (ms < period.start) throw bad('asOf', 'after-start', options.asOf);
    asOf = vnInstant(ms);
    end = Math.min(end, ms);
  }
  const w = options.warnings;
  let warnings: CheckedOptions['warnings'] = null;
  if (w !== false) {
    if (w !== undefined && (typeof w !== 'object' || w === null || Array.isArray(w)))
      throw bad('warnings', 'object', w);
    const due = w?.dueWithinHours ?? 8;
    const limit = w?.limit ?? 50;
    if (typeof due !== 'number' || !Number.isFinite(due) || due <= 0)
      throw bad('warnings.dueWithinHours', 'positive-number', due);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > 100_000)
      throw bad('warnings.limit', 'positive-integer', limit);
    warnings = { dueWithinHours: due, limit };
  }
  const check = options.check ?? 'shape';
  if (check !== 'shape' && check !== 'restore') throw bad('check', 'one-of', check, ['shape', 'restore']);
  return { period, groupBy: [...groupBy], asOf, warnings, check, start: period.start, end };
}

/** The options two partials must share to merge, as plain JSON. */
export function optionsJson(o: CheckedOptions) {
  return {
    period: { from: o.period.from, to: o.period.to },
    groupBy: o.groupBy,
    asOf: o.asOf,
    warnings: o.warnings,
  };
}
