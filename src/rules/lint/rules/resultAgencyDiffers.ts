/**
 * RESULT_AGENCY_DIFFERS (warning) — a result is issued by a step done by another agency than the one the result
 * names as deciding. Often a slip (the wrong step names the result); sometimes faithful (the desk hands over a
 * result decided elsewhere), hence a warning.
 */

import { resultDecisions } from '../results.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'RESULT_AGENCY_DIFFERS',
  severity: 'warning',
  docs: 'result `residence` decided by `police`, issued by a step of `justice`; path of the action naming it',
  check: ({ definition: d, stepAgency, resultAgency }, report) => {
    const index = new Map(d.results.map((r, i) => [r.id, i] as const));
    for (const x of resultDecisions(d)) {
      const r = x.resolved === null ? undefined : index.get(x.resolved);
      if (r === undefined) continue;
      const agency = resultAgency[r];
      const doer = stepAgency[x.step];
      if (agency === null || agency === undefined || doer === null || doer === undefined || agency === doer)
        continue;
      report({ result: d.results[r]!.id, step: d.steps[x.step]!.id, stepAgency: doer, agency }, x.path);
    }
  },
});
