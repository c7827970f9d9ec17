/** Lint rule EXPRESSION_TYPE: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/expressionType.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fees[0].when = 'copies > "2"';
    },
  },
]);
