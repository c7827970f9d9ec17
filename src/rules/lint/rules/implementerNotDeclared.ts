/**
 * IMPLEMENTER_NOT_DECLARED — a condition or amount reads `implementer` while the procedure declares no
 * `implementers`: the variable exists only when several kinds of office carry the procedure out (commune, notary
 * office, diplomatic mission), chosen at SUBMIT.
 */
import { expressionProblems } from '../context.js';
import type { LintRule } from '../rule.js';

const rule: LintRule = {
  code: 'IMPLEMENTER_NOT_DECLARED',
  severity: 'error',
  docs: '`implementer == "mission"` in a procedure without `implementers` (a comparison with an id not among them is `ENUM_VALUE_UNKNOWN`)',
  check: (ctx) => expressionProblems(ctx, 'IMPLEMENTER_NOT_DECLARED'),
};
export default rule;
