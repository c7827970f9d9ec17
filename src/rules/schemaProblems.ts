/**
 * Turns zod issues into located, bilingual problems, by the issues' parameters only (zod's own English messages
 * never reach a text). An unknown key is reported at the key itself (`['steps', 0, 'copeis']`), a missing key at
 * the key it should have been, so every path points at something in the input or at the object that lacks it.
 * A time limit of 0 gets its own code, `LIMIT_ZERO_USE_IMMEDIATE`, which says what to write instead.
 */
import type { core } from 'zod/mini';
import { type Problem, type ProblemPath, problem } from './problems.js';

/**
 * Maps the issues of a failed zod parse to problems (one per unknown key).
 *
 * @param issues - `result.error.issues` of a failed `safeParse`
 * @param input - the input that was parsed (to tell a missing value from a wrong one)
 * @returns one problem per issue (one per unknown key)
 * @example
 * schemaProblems(procedureSchema.safeParse({ ...judicialRecordJson, level: 'ward' }).error.issues, …)
 * //=> [{ code: 'SCHEMA_INVALID_VALUE', path: ['level'], messageVi: 'Giá trị không hợp lệ; các giá trị cho phép: "central", …' }]
 */
export function schemaProblems(issues: readonly core.$ZodIssue[], input: unknown): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path: ProblemPath = issue.path.filter(
      (p): p is string | number => typeof p === 'string' || typeof p === 'number',
    );
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys)
          out.push(problem('SCHEMA_UNKNOWN_KEY', 'error', { key }, [...path, key]));
        break;
      case 'invalid_type': {
        const expected = String(issue.expected);
        out.push(
          hasPath(input, path)
            ? problem(
                'SCHEMA_INVALID_TYPE',
                'error',
                { expected, received: kindOf(valueAt(input, path)) },
                path,
              )
            : problem('SCHEMA_MISSING', 'error', { expected }, path),
        );
        break;
      }
      case 'too_small':
      case 'too_big': {
        // Decree 118/2025 Art. 17(4): a same-day procedure is `{ "type": "immediate" }` — one way, said once.
        if (issue.code === 'too_small' && valueAt(input, path) === 0 && isSameDayAmount(path)) {
          out.push(problem('LIMIT_ZERO_USE_IMMEDIATE', 'error', {}, path));
          break;
        }
        const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        const what = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'length' : 'value';
        out.push(
          problem(
            'SCHEMA_OUT_OF_RANGE',
            'error',
            {
              what,
              bound: issue.code === 'too_small' ? 'min' : 'max',
              limit,
              exclusive: issue.inclusive === false,
            },
            path,
          ),
        );
        break;
      }
      case 'invalid_format':
        out.push(problem('SCHEMA_INVALID_FORMAT', 'error', { format: String(issue.format) }, path));
        break;
      case 'invalid_value':
        out.push(
          problem('SCHEMA_INVALID_VALUE', 'error', { values: issue.values.map((v) => String(v)) }, path),
        );
        break;
      case 'invalid_union': {
        // A discriminated union whose `type` is missing or unknown: point at the discriminator.
        const discriminator = (issue as { discriminator?: unknown }).discriminator;
        const note = (issue as { note?: unknown }).note;
        out.push(
          problem(
            'SCHEMA_INVALID',
            'error',
            { discriminator: typeof discriminator === 'string' ? discriminator : note ? 'type' : null },
            path,
          ),
        );
        break;
      }
      default:
        out.push(problem('SCHEMA_INVALID', 'error', { discriminator: null }, path));
    }
  }
  return out;
}

/**
 * Whether a path is the amount of a limit that may be the same day — the procedure's, a variant's, a result's, a
 * step's own — where an author writing 0 means "the same day".
 */
function isSameDayAmount(path: ProblemPath): boolean {
  return /^(timing\/limit|timing\/variants\/\d+\/limit|results\/\d+\/limit|steps\/\d+\/limit)\/amount$/.test(
    path.join('/'),
  );
}

/** Whether `path` names an existing value in `input` (own properties only). */
export function hasPath(input: unknown, path: ProblemPath): boolean {
  return valueAt(input, path) !== undefined;
}

function valueAt(input: unknown, path: ProblemPath): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'number' : 'number';
  return typeof value;
}
