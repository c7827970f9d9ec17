/** Lint rule EXPRESSION_SYNTAX: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/expressionSyntax.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fees[0].when = 'copies >';
    },
  },
]);
