/**
 * STEP_TIME_EXCEEDS_TOTAL — the longest path through the steps takes more than the time limit (parallel
 * branches count as their longest; `return` and supplements do not count). Variants in the limit's unit are
 * not checked: the engine scales the shares with them.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'STEP_TIME_EXCEEDS_TOTAL',
  severity: 'error',
  docs: "longest path 3.5 working days, limit 3 (parallel branches count as their longest; `return` and supplements do not count). Variants in the limit's unit are not checked: the engine scales the shares with them (a 5-day variant of a 10-day procedure halves every share)",
  check: ({ definition, facts }, report) => {
    const limit = definition.timing.limit;
    const total = limit.type === 'duration' ? limit.amount : 0;
    const longest = facts.graph.longestPath;
    if (longest === undefined || longest <= total + 1e-9) return;
    report(
      {
        longest,
        unit: limit.type === 'duration' ? limit.unit : 'immediate',
        limit: total,
        criticalPath: facts.graph.criticalPath,
      },
      ['timing', 'limit'],
    );
  },
});
