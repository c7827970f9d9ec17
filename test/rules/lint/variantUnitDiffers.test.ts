/** Lint rule VARIANT_UNIT_DIFFERS: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/variantUnitDiffers.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['timing', 'variants', 0, 'limit', 'unit'],
    mutate: (d) => {
      d.timing.variants = [{ when: 'abroad', limit: { amount: 1, unit: 'calendar-days' } }];
    },
  },
]);
