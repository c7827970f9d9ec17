/**
 * A lint rule, ESLint style: one file per rule under `lint/rules/`, each with its code, severity, the example
 * shown in docs/rules.md (the table there is generated from the registry) and its check. A rule reads the
 * shared facts of the {@link LintContext} (indexes, graph, compiled expressions) and reports problems of its own
 * code only.
 */
import type { Params } from '../../shared/errors.js';
import type { ParamsOf } from '../../shared/messages.js';
import type { LintProblemCode } from '../codes.js';
import type { en } from '../messages/en.js';
import { type MessageCode, type Problem, type ProblemPath, problem, type Severity } from '../problems.js';
import type { LintContext } from './context.js';

type RuleCode = LintProblemCode & MessageCode;

/** A registered lint rule. */
export interface LintRule {
  readonly code: RuleCode;
  readonly severity: Severity;
  /** The docs line: what the rule finds, with an example (Markdown). */
  readonly docs: string;
  /** The rule's problems for one definition. */
  readonly check: (context: LintContext) => Problem[];
}

/** Reports a problem of the rule's code. */
export type Report<C extends RuleCode> = (params: ParamsOf<typeof en, C> & Params, path: ProblemPath) => void;

/**
 * Declares a lint rule.
 *
 * @param rule - code, severity, docs line and check (which reports with the rule's code)
 * @returns the registered rule
 * @example
 * export default defineRule({
 *   code: 'AGENCY_UNUSED', severity: 'warning', docs: 'an agency with no role and no step',
 *   check: (ctx, report) => { … report({ agency: 'tax' }, ['agencies', 2]); },
 * });
 */
export function defineRule<C extends RuleCode>(rule: {
  readonly code: C;
  readonly severity: Severity;
  readonly docs: string;
  readonly check: (context: LintContext, report: Report<C>) => void;
}): LintRule {
  return {
    code: rule.code,
    severity: rule.severity,
    docs: rule.docs,
    check: (context) => {
      const out: Problem[] = [];
      rule.check(context, (params, path) => out.push(problem(rule.code, rule.severity, params, path)));
      return out;
    },
  };
}
