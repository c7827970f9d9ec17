/**
 * STEP_LIMIT_EXCEEDS_TOTAL — a step's own legal limit (`steps[].limit`, counted from the day its agency receives
 * the dossier) is longer than the procedure's total, or than a variant's, while the law keeps it within the total
 * (`withinTotal: true`). Compared in one unit (8 working hours = 1 working day); units that cannot be compared are
 * `LIMIT_UNITS_INCOMPARABLE`. Against an `immediate` total every step limit is longer. The `completion` time is
 * not counted: it is extra time the law gives when the dossier must be completed.
 */
import { compareLimits, limitParams, totalParams } from '../durations.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'STEP_LIMIT_EXCEEDS_TOTAL',
  severity: 'error',
  docs: "`steps[].limit` 15 working days with `withinTotal: true` in a 10-working-day procedure (or longer than a variant); path of the step limit's `amount`",
  check: ({ definition: d }, report) => {
    d.steps.forEach((s, i) => {
      const limit = s.limit;
      if (!limit?.withinTotal) return;
      const against = [
        { total: d.timing.limit, variant: null },
        ...d.timing.variants.map((v, k) => ({ total: v.limit, variant: k })),
      ];
      for (const { total, variant } of against) {
        if (compareLimits(limit, total) !== 'longer') continue;
        report({ step: s.id, ...limitParams(limit), ...totalParams(total), variant }, [
          'steps',
          i,
          'limit',
          'amount',
        ]);
      }
    });
  },
});
