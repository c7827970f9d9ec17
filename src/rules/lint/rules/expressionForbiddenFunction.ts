/** EXPRESSION_FORBIDDEN_FUNCTION — found while compiling the expressions (`expressions/compile.ts`). */
import { expressionProblems } from '../context.js';
import type { LintRule } from '../rule.js';

const rule: LintRule = {
  code: 'EXPRESSION_FORBIDDEN_FUNCTION',
  severity: 'error',
  docs: '`name.matches("^(a+)+$")`; any function outside the cost model (`bytes.json()`, `getHours("Asia/Ho_Chi_Minh")`, `optional.of(x)`)',
  check: (ctx) => expressionProblems(ctx, 'EXPRESSION_FORBIDDEN_FUNCTION'),
};
export default rule;
