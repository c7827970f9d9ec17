/**
 * The library's errors as HTTP refusals: a thrown `EngineError`, `RulesError` or `CalendarError` keeps its code,
 * parameters, texts and path (placed under the member of the request body it came from); the status says what
 * kind of refusal it is. Anything else is not the client's fault: `INTERNAL_ERROR`, and only the log sees it.
 */
import { CalendarError } from '../../calendar/index.js';
import { RulesError } from '../../rules/index.js';
import { MotcuaError, type Path } from '../../shared/errors.js';
import { HttpProblem } from './problem.js';

/**
 * The status of a library code: 404 for a definition not registered, 409 for a stale `seq`, else 422.
 *
 * @example
 * statusOf('STALE_SEQUENCE') //=> 409
 */
export function statusOf(code: string): number {
  switch (code) {
    case 'UNKNOWN_DEFINITION':
      return 404;
    case 'STALE_SEQUENCE':
      return 409;
    default:
      return 422;
  }
}

/**
 * The refusal a library error stands for, or `null` for anything else (a bug).
 *
 * @example
 * toProblem(new CalendarError('INVALID_DATE', '…', '…', ['date']), [])?.status //=> 422
 */
export function toProblem(error: unknown, at: Path): HttpProblem | null {
  if (error instanceof HttpProblem) return error;
  if (error instanceof RulesError) {
    return new HttpProblem(422, error.toJSON(), { problems: error.problems, at });
  }
  if (error instanceof MotcuaError) return new HttpProblem(statusOf(error.code), error.toJSON(), { at });
  if (error instanceof CalendarError) {
    const { code, message, messageVi, path } = error;
    return new HttpProblem(422, { code, params: {}, message, messageVi, path }, { at });
  }
  return null;
}

/**
 * Runs a library call for a member of the request body: its errors become refusals located under `at`.
 *
 * @example
 * const snapshot = within(['snapshot'], () => engine.restore(body.snapshot));
 */
export function within<T>(at: Path, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw toProblem(error, at) ?? error;
  }
}
