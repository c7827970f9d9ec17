/** EFFECTIVE_RANGE_INVERTED — the period in force ends before it starts. */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'EFFECTIVE_RANGE_INVERTED',
  severity: 'error',
  docs: '`to` before `from`',
  check: ({ definition }, report) => {
    const { from, to } = definition.effective;
    if (to !== undefined && to < from) report({ from, to }, ['effective', 'to']);
  },
});
