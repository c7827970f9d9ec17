/** NO_RESULT_RETURN — no step returns the result to the applicant (Decree 118/2025 Art. 22). */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'NO_RESULT_RETURN',
  severity: 'error',
  docs: 'no step has `return-result`',
  check: ({ facts }, report) => {
    if (!facts.returnsResult) report({}, ['steps']);
  },
});
