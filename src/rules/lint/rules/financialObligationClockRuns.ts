/**
 * FINANCIAL_OBLIGATION_CLOCK_RUNS (warning) — a step requests financial obligations (nghĩa vụ tài chính) but
 * their time is counted; land procedures do not count it.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'FINANCIAL_OBLIGATION_CLOCK_RUNS',
  severity: 'warning',
  docs: 'a step requests financial obligations but their time is counted',
  check: ({ definition }, report) => {
    const pays = definition.steps.some((s) =>
      s.actions.some((a) => a.type === 'request-financial-obligation'),
    );
    if (pays && !definition.timing.financialObligationPausesClock)
      report({}, ['timing', 'financialObligationPausesClock']);
  },
});
