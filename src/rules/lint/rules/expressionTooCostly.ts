/** EXPRESSION_TOO_COSTLY — found while compiling the expressions (`expressions/compile.ts`). */
import { expressionProblems } from '../context.js';
import type { LintRule } from '../rule.js';

const rule: LintRule = {
  code: 'EXPRESSION_TOO_COSTLY',
  severity: 'error',
  docs: '`name.split("").exists(a, name.split("").exists(b, a + b == "#!"))`: its cost bound on a maximal dossier exceeds the budget (see Cost); the problem names the expensive part and its column',
  check: (ctx) => expressionProblems(ctx, 'EXPRESSION_TOO_COSTLY'),
};
export default rule;
