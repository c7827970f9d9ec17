/**
 * How the calendar reads data from outside with zod (schedules and laws; hours and overlays have plain guards,
 * `shapes.ts`): the input guard first (size, depth, prototype keys — `inspectInput`), then the zod schema, then the
 * checks a shape cannot express. Every
 * problem becomes a located, bilingual issue from the calendar's message tables; zod's own texts never reach a
 * message.
 */
import type * as z from 'zod/mini';
import type { Path } from '../shared/errors.js';
import { inspectInput } from '../shared/guard.js';
import { type CalendarIssue, dataError, shown } from './errors.js';
import { issue } from './issues.js';
import { KNOWN_KEYS, suggestKey } from './keys.js';
import type { SizeKind } from './messages/issues.en.js';
import type { ExpectedType } from './messages/options.en.js';
import { DAY_PATTERN } from './patterns.js';
import { calendarDataLimits } from './shapes.js';

/** The outcome of reading data: the parsed value, or every issue found. */
export type DataResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly value: null; readonly issues: readonly CalendarIssue[] };

/**
 * Guards, parses and checks `input`. `check` runs only on a value that passed the schema and returns the issues a
 * shape cannot express, with paths relative to the value.
 */
export function readData<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  path: Path,
  check?: (value: T) => CalendarIssue[],
): DataResult<T> {
  const guarded = inspectInput(input, calendarDataLimits);
  if (guarded.length > 0) return failed(guarded.map((i) => ({ ...i, path: [...path, ...i.path] })));
  const parsed = schema.safeParse(input);
  if (!parsed.success) return failed(fromZod(parsed.error.issues, input, path));
  const problems = check?.(parsed.data) ?? [];
  if (problems.length > 0) return failed(problems.map((i) => ({ ...i, path: [...path, ...i.path] })));
  return { ok: true, value: parsed.data, issues: [] };
}

/** {@link readData}, throwing `INVALID_SCHEDULE` or `INVALID_OPTIONS` with every issue. */
export function parseData<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  code: 'INVALID_SCHEDULE' | 'INVALID_OPTIONS',
  path: Path,
  check?: (value: T) => CalendarIssue[],
): T {
  const result = readData(schema, input, path, check);
  if (!result.ok) throw dataError(code, result.issues);
  return result.value;
}

function failed(issues: readonly CalendarIssue[]): DataResult<never> {
  return { ok: false, value: null, issues };
}

/** The value at a path of a plain-data input (the guard has walked it), or `undefined`. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const EXPECTED: Readonly<Record<string, ExpectedType>> = {
  string: 'string',
  number: 'number',
  int: 'integer',
  boolean: 'boolean',
  object: 'object',
  array: 'array',
};

const ORIGIN: Readonly<Record<string, SizeKind>> = { number: 'number', array: 'list', string: 'text' };

/** The calendar's own issues for zod's. */
function fromZod(issues: readonly z.core.$ZodIssue[], input: unknown, base: Path): CalendarIssue[] {
  const out: CalendarIssue[] = [];
  for (const i of issues) {
    const rel = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const path = [...base, ...rel];
    const value = valueAt(input, i.path);
    switch (i.code) {
      case 'invalid_type': {
        const parent = valueAt(input, i.path.slice(0, -1));
        const key = rel[rel.length - 1];
        if (value === undefined && typeof key === 'string' && parent !== null && typeof parent === 'object') {
          out.push(issue('REQUIRED', { key: key.slice(0, 100) }, path));
        } else {
          out.push(issue('WRONG_TYPE', { expected: EXPECTED[i.expected] ?? 'object' }, path));
        }
        break;
      }
      case 'unrecognized_keys':
        for (const key of i.keys) {
          out.push(
            issue('UNKNOWN_KEY', { key: key.slice(0, 100), suggestion: suggestKey(key, KNOWN_KEYS) }, [
              ...path,
              key,
            ]),
          );
        }
        break;
      case 'invalid_value':
        out.push(issue('NOT_ONE_OF', { value: shown(value), allowed: i.values.map(String) }, path));
        break;
      case 'invalid_union': {
        // A discriminated union names the discriminator's allowed values (zod 4.6: `options`).
        const options = (i as { options?: readonly unknown[] }).options;
        out.push(
          options
            ? issue('NOT_ONE_OF', { value: shown(value), allowed: options.map(String) }, path)
            : issue('INVALID', {}, path),
        );
        break;
      }
      case 'too_small':
        out.push(
          issue(
            'TOO_SMALL',
            {
              kind: ORIGIN[i.origin] ?? 'number',
              minimum: Number(i.minimum),
              inclusive: i.inclusive !== false,
            },
            path,
          ),
        );
        break;
      case 'too_big':
        out.push(
          issue(
            'TOO_BIG',
            {
              kind: ORIGIN[i.origin] ?? 'number',
              maximum: Number(i.maximum),
              inclusive: i.inclusive !== false,
            },
            path,
          ),
        );
        break;
      case 'invalid_format':
        out.push(
          issue(
            'BAD_FORMAT',
            {
              value: shown(value),
              // zod 4.6 gives the pattern as the regex literal (`/^…$/`).
              format: 'pattern' in i && i.pattern === String(DAY_PATTERN) ? 'YYYY-MM-DD' : 'HH:MM',
            },
            path,
          ),
        );
        break;
      case 'custom':
        out.push(
          i.params?.code === 'NOT_A_DAY'
            ? issue('NOT_A_DAY', { value: shown(value) }, path)
            : issue('INVALID', {}, path),
        );
        break;
      default:
        out.push(issue('INVALID', {}, path));
    }
  }
  return out;
}
