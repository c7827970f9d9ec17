/**
 * Plain guards for the shapes of the calendar's options (working hours, agency overlays): the same answers as their
 * zod schemas in `schema.ts` — the same issues, in the same order, with the same paths, and the same parsed value
 * with defaults filled in (test/calendar/guards.test.ts checks both on generated inputs) — without loading zod, so a
 * form that builds a calendar pays for neither. zod stays the source of truth of the formats (types, JSON Schema,
 * `calendarSchemas()`); these guards mirror the few shapes read on every `createCalendar`.
 */
import type { Path } from '../shared/errors.js';
import { type InputLimits, inspectInput } from '../shared/guard.js';
import { type CalendarIssue, shown } from './errors.js';
import { issue } from './issues.js';
import { KNOWN_KEYS, suggestKey } from './keys.js';
import type { SizeKind } from './messages/issues.en.js';
import type { ExpectedType } from './messages/options.en.js';
import { DAY_PATTERN, isCalendarDay } from './patterns.js';

/** Limits of the input guard for calendar data: a year's schedule is a few dozen entries, a note a paragraph. */
export const calendarDataLimits: InputLimits = {
  maxDepth: 12,
  maxArrayLength: 400,
  maxStringLength: 4_000,
  maxNodes: 20_000,
  maxObjectKeys: 50,
};

/** What a guard returns for a value it refused (its issues are in `out`). */
export const BAD: unique symbol = /* @__PURE__ */ Symbol('bad');

/** Reads a value at `path`: the parsed value, or {@link BAD} with its issues pushed to `out`. */
export type Shape<T> = (value: unknown, path: Path, out: CalendarIssue[]) => T | typeof BAD;

const wrongType = (expected: ExpectedType, path: Path, out: CalendarIssue[]): typeof BAD => {
  out.push(issue('WRONG_TYPE', { expected }, path));
  return BAD;
};

/**
 * The length check of zod's `z.minLength`, which runs on anything with a `length` — even a value whose type was
 * already refused (`[]` for a string gets both issues), so the guards give the same issues.
 */
function minLength(v: unknown, min: number, path: Path, out: CalendarIssue[]): void {
  if (min <= 0 || v === null || v === undefined) return;
  const length = (v as { length?: unknown }).length;
  if (length === undefined || (length as number) >= min) return;
  const kind: SizeKind = Array.isArray(v) ? 'list' : typeof v === 'string' ? 'text' : 'number';
  out.push(issue('TOO_SMALL', { kind, minimum: min, inclusive: true }, path));
}

/** A string, at least `min` characters long, matching `pattern` (a day also has to exist). */
export function text(min = 0, pattern?: RegExp): Shape<string> {
  return (v, path, out) => {
    if (typeof v !== 'string') {
      wrongType('string', path, out);
      minLength(v, min, path, out);
      return BAD;
    }
    const before = out.length;
    minLength(v, min, path, out);
    if (pattern && !pattern.test(v)) {
      out.push(
        issue(
          'BAD_FORMAT',
          { value: shown(v), format: pattern === DAY_PATTERN ? 'YYYY-MM-DD' : 'HH:MM' },
          path,
        ),
      );
    } else if (pattern === DAY_PATTERN && !isCalendarDay(v)) {
      out.push(issue('NOT_A_DAY', { value: shown(v) }, path));
    }
    return out.length === before ? v : BAD;
  };
}

/** A finite number; `int` as zod's `z.int()` (a safe integer); bounds as `z.minimum`, `z.maximum`, `z.gt`. */
export function number(rule: {
  readonly int?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly gt?: number;
}): Shape<number> {
  const size = (kind: 'TOO_SMALL' | 'TOO_BIG', bound: number, inclusive: boolean, path: Path) =>
    kind === 'TOO_SMALL'
      ? issue('TOO_SMALL', { kind: 'number' satisfies SizeKind, minimum: bound, inclusive }, path)
      : issue('TOO_BIG', { kind: 'number' satisfies SizeKind, maximum: bound, inclusive }, path);
  return (v, path, out) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return wrongType('number', path, out);
    const before = out.length;
    if (rule.int) {
      if (!Number.isInteger(v)) return wrongType('integer', path, out);
      if (v > Number.MAX_SAFE_INTEGER) out.push(size('TOO_BIG', Number.MAX_SAFE_INTEGER, true, path));
      if (v < Number.MIN_SAFE_INTEGER) out.push(size('TOO_SMALL', Number.MIN_SAFE_INTEGER, true, path));
    }
    if (rule.gt !== undefined && !(v > rule.gt)) out.push(size('TOO_SMALL', rule.gt, false, path));
    if (rule.min !== undefined && v < rule.min) out.push(size('TOO_SMALL', rule.min, true, path));
    if (rule.max !== undefined && v > rule.max) out.push(size('TOO_BIG', rule.max, true, path));
    return out.length === before ? v : BAD;
  };
}

/** One of a few strings. A missing one is reported as a value not allowed, as zod's `z.enum` does. */
export function oneOf<const T extends string>(values: readonly T[]): Shape<T> {
  const shape: Shape<T> = (v, path, out) => {
    if ((values as readonly unknown[]).includes(v)) return v as T;
    out.push(issue('NOT_ONE_OF', { value: shown(v), allowed: values }, path));
    return BAD;
  };
  return Object.assign(shape, { readsMissing: true });
}

/** A list of items, at least `min` of them. */
export function list<T>(item: Shape<T>, min = 0): Shape<T[]> {
  return (v, path, out) => {
    if (!Array.isArray(v)) {
      wrongType('array', path, out);
      minLength(v, min, path, out);
      return BAD;
    }
    const before = out.length;
    const items = v.map((x, i) => item(x, [...path, i], out));
    minLength(v, min, path, out);
    return out.length === before ? (items as T[]) : BAD;
  };
}

/** A member of an object: required, optional (absent or `undefined` stays absent), or defaulted. */
export interface Member<T> {
  readonly shape: Shape<T>;
  readonly optional?: boolean;
  readonly default?: () => T;
}

/** A strict object: each member in order, then every unknown key (zod's `strictObject`). */
export function object<T>(members: { readonly [K in keyof T]-?: Member<T[K]> }): Shape<T> {
  const keys = Object.keys(members) as (keyof T & string)[];
  return (v, path, out) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return wrongType('object', path, out);
    const before = out.length;
    const input = v as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const key of keys) {
      const member = members[key] as Member<unknown>;
      const value = input[key];
      if (value === undefined && (member.default || member.optional || !('readsMissing' in member.shape))) {
        if (member.default) result[key] = member.default();
        else if (!member.optional) out.push(issue('REQUIRED', { key }, [...path, key]));
        continue;
      }
      const parsed = member.shape(value, [...path, key], out);
      if (parsed !== BAD) result[key] = parsed;
    }
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(members, key)) {
        out.push(
          issue('UNKNOWN_KEY', { key: key.slice(0, 100), suggestion: suggestKey(key, KNOWN_KEYS) }, [
            ...path,
            key,
          ]),
        );
      }
    }
    return out.length === before ? (result as T) : BAD;
  };
}

/** The outcome of reading data: the parsed value, or every issue found. */
export type ShapeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly CalendarIssue[] };

/**
 * Guards, reads and checks `input` as `readData` does with a zod schema: the input guard (size, depth, prototype
 * keys), then the shape, then `check` — the rules a shape cannot express — on a value that has the shape.
 */
export function readShape<T>(
  shape: Shape<T>,
  input: unknown,
  path: Path,
  check?: (value: T) => CalendarIssue[],
): ShapeResult<T> {
  const at = (issues: readonly CalendarIssue[]) => issues.map((i) => ({ ...i, path: [...path, ...i.path] }));
  const guarded = inspectInput(input, calendarDataLimits);
  if (guarded.length > 0) return { ok: false, issues: at(guarded) };
  const out: CalendarIssue[] = [];
  const value = shape(input, [], out);
  if (value === BAD) return { ok: false, issues: at(out) };
  const problems = check?.(value) ?? [];
  return problems.length > 0 ? { ok: false, issues: at(problems) } : { ok: true, value };
}
