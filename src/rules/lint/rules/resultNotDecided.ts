/**
 * RESULT_NOT_DECIDED — a declared result that no action decides (no `issue-result`, and no `reply` of a
 * consultation branch, names it): the dossier is finished only when every result is returned, so it never would
 * be. With one result, an `issue-result` naming none decides it.
 */

import { resultDecisions } from '../results.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'RESULT_NOT_DECIDED',
  severity: 'error',
  docs: 'a result that no `issue-result` or `reply` action names in `result` (with one result, an `issue-result` naming none decides it)',
  check: ({ definition: d }, report) => {
    const decided = new Set(resultDecisions(d).map((x) => x.resolved));
    d.results.forEach((r, i) => {
      if (!decided.has(r.id)) report({ result: r.id }, ['results', i, 'id']);
    });
  },
});
