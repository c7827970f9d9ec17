/**
 * A problem as `check` reports it: the library's problem (code, severity, path, English and Vietnamese text) plus
 * where it is in the file (line, column) and the suggestion the library gave, if any ("did you mean …?").
 */
import type { JsonDocument } from '../json.js';

/** What the library reports (rules' `Problem`, a schedule issue): the shared bilingual shape. */
export interface LibraryProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly messageVi: string;
  /** Parameters of the message; `suggestion` (a string or several) is printed as "did you mean …?". */
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

/** A problem located in its file. */
export interface LocatedProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly path: readonly (string | number)[];
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly messageVi: string;
  /** What the author probably meant (from the problem's `params.suggestion`). */
  readonly suggestions: readonly string[];
}

/**
 * The suggestions a problem carries in `params.suggestion` (one string or a list), or none.
 *
 * @example
 * suggestionsOf({ params: { suggestion: 'review' } })          //=> ['review']
 * suggestionsOf({ params: { suggestion: ['desk', 'disk'] } })  //=> ['desk', 'disk']
 * suggestionsOf({})                                            //=> []
 */
export function suggestionsOf(problem: {
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}): string[] {
  const s = problem.params?.suggestion;
  if (typeof s === 'string' && s !== '') return [s];
  if (Array.isArray(s)) return s.filter((x): x is string => typeof x === 'string' && x !== '');
  return [];
}

/** Places a library problem in its file (an unknown key at the key itself, anything else at its value). */
export function locateProblem(document: JsonDocument, problem: LibraryProblem): LocatedProblem {
  const { line, column } = document.locate(problem.path, { key: problem.code === 'SCHEMA_UNKNOWN_KEY' });
  return {
    code: problem.code,
    severity: problem.severity,
    path: problem.path,
    line,
    column,
    message: problem.message,
    messageVi: problem.messageVi,
    suggestions: suggestionsOf(problem),
  };
}
