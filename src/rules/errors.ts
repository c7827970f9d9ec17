/**
 * The typed error of the rules module, thrown by `defineProcedure` and `procedureInForce`. It has the motcua
 * error shape (`LocalizedError`: `code`, `message`, `messageVi`, `path`, like `CalendarError`) and carries the
 * full list of problems, so a rule author sees every mistake at once, not one per run.
 */
import type { LocalizedError } from '../calendar/index.js';
import type { Problem, ProblemCode, ProblemPath } from './problems.js';

/**
 * Lỗi định nghĩa thủ tục — a procedure definition (or other rules input) was rejected.
 *
 * `code`, `message`, `messageVi` and `path` describe the first error; `problems` lists every error and warning.
 *
 * @example
 * try {
 *   defineProcedure(json);
 * } catch (e) {
 *   if (e instanceof RulesError) for (const p of e.problems) console.log(p.code, p.path, p.messageVi);
 * }
 */
export class RulesError extends Error implements LocalizedError {
  override readonly name = 'RulesError';
  readonly code: ProblemCode;
  readonly messageVi: string;
  readonly path: ProblemPath;
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const first = errors[0] ?? problems[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    const moreVi = errors.length > 1 ? ` (và ${errors.length - 1} lỗi khác)` : '';
    super(first ? `${first.message}${more}` : 'Invalid rules input');
    this.code = first?.code ?? 'SCHEMA_INVALID';
    this.messageVi = first ? `${first.messageVi}${moreVi}` : 'Dữ liệu quy tắc không hợp lệ';
    this.path = first?.path ?? [];
    this.problems = problems;
  }
}
