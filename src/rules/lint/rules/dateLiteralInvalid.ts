/** DATE_LITERAL_INVALID — found while compiling the expressions (`expressions/compile.ts`). */
import { expressionProblems } from '../context.js';
import type { LintRule } from '../rule.js';

const rule: LintRule = {
  code: 'DATE_LITERAL_INVALID',
  severity: 'error',
  docs: '`birthDate <= "2007-1-1"`, `birthDate == "2026-02-30"` (a `date` field compared with something that is not a real `YYYY-MM-DD`)',
  check: (ctx) => expressionProblems(ctx, 'DATE_LITERAL_INVALID'),
};
export default rule;
