/** Lint rule RESULT_NOT_RETURNED_BY_DESK: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/resultNotReturnedByDesk.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 2, 'agency'],
    mutate: (d) => {
      d.steps[2].agency = 'office';
    },
  },
]);
