/** Lint rule FIELD_RANGE_INVERTED: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/fieldRangeInverted.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['fields', 0, 'min'],
    mutate: (d) => {
      d.fields[0].min = 60;
    },
  },
]);
