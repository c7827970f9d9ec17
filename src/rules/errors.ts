/**
 * The typed error of the rules module, thrown by `defineProcedure`, `procedureInForce` and a compiled
 * expression's `evaluate`. A `MotcuaError` (code, params, message, messageVi, path — catch one class for the whole
 * library) that carries the full list of problems, so a rule author sees every mistake at once.
 */
import { MotcuaError } from '../shared/errors.js';
import type { ProblemCode } from './codes.js';
import { andMore, type Problem, type ProblemPath } from './problems.js';

/**
 * Lỗi định nghĩa thủ tục — a procedure definition (or other rules input) was rejected.
 *
 * `code`, `params`, `message`, `messageVi` and `path` describe the first error; `problems` lists every error and
 * warning.
 *
 * @example
 * try {
 *   defineProcedure(judicialRecordJson);
 * } catch (e) {
 *   if (e instanceof RulesError) for (const p of e.problems) console.log(p.code, p.path, p.messageVi);
 * }
 */
export class RulesError extends MotcuaError {
  override readonly name = 'RulesError';
  declare readonly code: ProblemCode;
  declare readonly path: ProblemPath;
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const first = errors[0] ?? problems[0];
    if (!first) throw new TypeError('RulesError needs at least one problem');
    const more = errors.length > 1 ? andMore(errors.length - 1) : { en: '', vi: '' };
    super({
      code: first.code,
      params: first.params,
      message: `${first.message}${more.en}`,
      messageVi: `${first.messageVi}${more.vi}`,
      path: first.path,
    });
    this.problems = problems;
  }
}
