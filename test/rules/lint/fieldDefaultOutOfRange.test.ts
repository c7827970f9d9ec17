/** Lint rule FIELD_DEFAULT_OUT_OF_RANGE: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/fieldDefaultOutOfRange.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['fields', 0, 'default'],
    mutate: (d) => {
      d.fields[0].default = 0;
    },
  },
]);
