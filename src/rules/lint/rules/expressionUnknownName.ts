/** EXPRESSION_UNKNOWN_NAME — found while compiling the expressions (`expressions/compile.ts`). */
import { expressionProblems } from '../context.js';
import type { LintRule } from '../rule.js';

const rule: LintRule = {
  code: 'EXPRESSION_UNKNOWN_NAME',
  severity: 'error',
  docs: '`abraod` ("did you mean `abroad`?")',
  check: (ctx) => expressionProblems(ctx, 'EXPRESSION_UNKNOWN_NAME'),
};
export default rule;
