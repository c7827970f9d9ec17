/** Lint rule DUPLICATE_ID: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/duplicateId.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 2, 'id'],
    mutate: (d) => {
      d.steps[2].id = 'review';
      d.steps[1].actions[0].to = 'review2';
    },
  },
  {
    path: ['fields', 1, 'values', 1, 'value'],
    mutate: (d) => {
      d.fields[1].values[1].value = 'citizen';
    },
  },
]);
