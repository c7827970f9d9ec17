/** Lint rule EFFECTIVE_RANGE_INVERTED: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/effectiveRangeInverted.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['effective', 'to'],
    mutate: (d) => {
      d.effective.to = '2025-06-01';
    },
  },
]);
