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
  {
    path: ['fees', 0, 'amount', 'expr'],
    mutate: (d) => {
      d.fees[0] = {
        ...d.fees[0],
        amount: { expr: '2 - 12' },
        currency: 'USD',
        note: { vi: 'Thu tại cơ quan đại diện' },
      };
    },
    params: { amount: -10, currency: 'USD' },
  },
]);
