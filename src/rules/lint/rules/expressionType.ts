/** EXPRESSION_TYPE — found while compiling the expressions (`expressions/compile.ts`). */
import { expressionProblems } from '../context.js';
import type { LintRule } from '../rule.js';

const rule: LintRule = {
  code: 'EXPRESSION_TYPE',
  severity: 'error',
  docs: '`copies > "2"`, `abroad && copies`',
  check: (ctx) => expressionProblems(ctx, 'EXPRESSION_TYPE'),
};
export default rule;
