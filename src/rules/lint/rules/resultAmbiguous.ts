/**
 * RESULT_AMBIGUOUS — an `issue-result` action that names no result while the procedure declares several: the
 * engine cannot tell which result it issues, whose appointment it meets, or when the dossier is finished.
 */

import { resultDecisions } from '../results.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'RESULT_AMBIGUOUS',
  severity: 'error',
  docs: 'an `issue-result` without `result` when `results` declares more than one',
  check: ({ definition: d }, report) => {
    if (d.results.length < 2) return;
    const results = d.results.map((r) => r.id);
    for (const x of resultDecisions(d)) {
      if (x.type === 'issue-result' && x.named === undefined)
        report({ step: d.steps[x.step]!.id, results }, x.path);
    }
  },
});
