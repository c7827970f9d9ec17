/** FORWARD_CYCLE — the steps loop without a `return` action (only `return` may go back). */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'FORWARD_CYCLE',
  severity: 'error',
  docs: '`review` forwards back to `receive` (only `return` may go back)',
  check: ({ facts }, report) => {
    if (facts.cycle) report({ from: facts.cycle.from, to: facts.cycle.to }, facts.cycle.path);
  },
});
