/** REPLY_OUTSIDE_BRANCH — `reply` in a step that is in no consultation branch. */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'REPLY_OUTSIDE_BRANCH',
  severity: 'error',
  docs: '`reply` in a step that is in no consultation branch',
  check: ({ facts }, report) => {
    for (const r of facts.repliesOutside) report({ step: r.step }, r.path);
  },
});
