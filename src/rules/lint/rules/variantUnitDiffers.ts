/**
 * VARIANT_UNIT_DIFFERS (warning) — a time-limit variant in another unit than the limit: the step shares are
 * written in the limit's unit and read in the variant's, so they cannot be checked against it.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'VARIANT_UNIT_DIFFERS',
  severity: 'warning',
  docs: 'limit 10 `working-days`, variant 1 `months` (see below)',
  check: ({ definition }, report) => {
    const limit = definition.timing.limit;
    if (limit.type !== 'duration') return;
    definition.timing.variants.forEach((v, i) => {
      // A same-day variant has no unit to differ.
      if (v.limit.type === 'immediate') return;
      if (v.limit.unit !== limit.unit) {
        report({ variantUnit: v.limit.unit, unit: limit.unit }, ['timing', 'variants', i, 'limit', 'unit']);
      }
    });
  },
});
