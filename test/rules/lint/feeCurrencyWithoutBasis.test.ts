/** Lint rule FEE_CURRENCY_WITHOUT_BASIS: a fee in another currency than VND that does not say why. */
import rule from '../../../src/rules/lint/rules/feeCurrencyWithoutBasis.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['fees', 0, 'currency'],
      mutate: (d) => {
        d.fees[0] = { ...d.fees[0], amount: 10, currency: 'USD' };
      },
      params: { id: 'fee', currency: 'USD' },
    },
  ],
  [
    (d) => {
      d.fees[0] = {
        ...d.fees[0],
        amount: 10,
        currency: 'USD',
        basis: { document: 'Thông tư 264/2016/TT-BTC' },
      };
    },
    (d) => {
      d.fees[0] = { ...d.fees[0], amount: 10, currency: 'USD', note: { vi: 'Thu tại cơ quan đại diện' } };
    },
  ],
);
