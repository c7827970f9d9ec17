/** EXPRESSION_SYNTAX — found while compiling the expressions (`expressions/compile.ts`). */
import { expressionProblems } from '../context.js';
import type { LintRule } from '../rule.js';

const rule: LintRule = {
  code: 'EXPRESSION_SYNTAX',
  severity: 'error',
  docs: '`copies >`',
  check: (ctx) => expressionProblems(ctx, 'EXPRESSION_SYNTAX'),
};
export default rule;
