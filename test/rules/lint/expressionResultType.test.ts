/** Lint rule EXPRESSION_RESULT_TYPE: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/expressionResultType.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fees[0].when = 'copies + 1';
    },
  },
  {
    path: ['fees', 0, 'amount', 'expr'],
    mutate: (d) => {
      d.fees[0].amount = { expr: 'area * 2.0' };
    },
  },
]);
