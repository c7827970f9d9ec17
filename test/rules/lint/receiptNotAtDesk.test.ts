/** Lint rule RECEIPT_NOT_AT_DESK: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/receiptNotAtDesk.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 0, 'agency'],
    mutate: (d) => {
      d.steps[0].agency = 'office';
    },
  },
]);
