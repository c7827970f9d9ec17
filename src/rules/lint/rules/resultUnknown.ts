/**
 * RESULT_UNKNOWN — an `issue-result` or `reply` action names a result that is not declared in `results` (the
 * closest result id is suggested), or names one while the procedure declares none.
 */

import { resultDecisions } from '../results.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'RESULT_UNKNOWN',
  severity: 'error',
  docs: '`issue-result.result: "brith"` ("did you mean `birth`?"); a `result` named while `results` is empty',
  check: ({ definition: d }, report) => {
    const known = new Set(d.results.map((r) => r.id));
    for (const x of resultDecisions(d)) {
      if (x.named === undefined || known.has(x.named)) continue;
      report({ id: x.named, suggestion: x.resolved, declared: known.size > 0 }, x.path);
    }
  },
});
