/** Lint rule FEE_AMOUNT_NEGATIVE: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/feeAmountNegative.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['fees', 0, 'amount', 'expr'],
    mutate: (d) => {
      d.fees[0].amount = { expr: '-5' };
    },
  },
]);
