/** EXPRESSION_RESULT_TYPE — found while compiling the expressions (`expressions/compile.ts`). */
import { expressionProblems } from '../context.js';
import type { LintRule } from '../rule.js';

const rule: LintRule = {
  code: 'EXPRESSION_RESULT_TYPE',
  severity: 'error',
  docs: 'a condition `copies + 1`; an amount `area * 2.0` (double)',
  check: (ctx) => expressionProblems(ctx, 'EXPRESSION_RESULT_TYPE'),
};
export default rule;
