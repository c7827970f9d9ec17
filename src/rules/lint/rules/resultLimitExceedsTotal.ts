/**
 * RESULT_LIMIT_EXCEEDS_TOTAL (warning) — a result's limit is longer than the procedure's total: both count from the
 * clock start, so the dossier's appointment would come before one of its results is due. Faithful when the texts
 * really differ (a sector law's longer limit for its own result), hence a warning. Compared in one unit; units
 * that cannot be compared are `LIMIT_UNITS_INCOMPARABLE`.
 */
import { compareLimits, limitParams, totalParams } from '../durations.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'RESULT_LIMIT_EXCEEDS_TOTAL',
  severity: 'warning',
  docs: 'a result due in 15 working days in a 10-working-day procedure',
  check: ({ definition: d }, report) => {
    d.results.forEach((r, i) => {
      if (compareLimits(r.limit, d.timing.limit) !== 'longer') return;
      report({ result: r.id, ...limitParams(r.limit), ...totalParams(d.timing.limit) }, [
        'results',
        i,
        'limit',
        'amount',
      ]);
    });
  },
});
