/** BRANCH_WITHOUT_JOIN — a consultation branch that never reaches `reply` before its join. */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'BRANCH_WITHOUT_JOIN',
  severity: 'error',
  docs: 'a consultation branch that never reaches `reply` before its join',
  check: ({ facts }, report) => {
    for (const b of facts.branches) {
      if (!b.replies && !b.nested) report({ branch: b.branch, join: b.join }, b.path);
    }
  },
});
