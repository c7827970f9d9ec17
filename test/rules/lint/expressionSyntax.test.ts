/** Lint rule EXPRESSION_SYNTAX: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/expressionSyntax.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['fees', 0, 'when'],
      mutate: (d) => {
        d.fees[0].when = 'copies >';
      },
    },
    {
      // CEL has no `not in`: the problem says to write `!(x in y)`, at the column of `not`.
      path: ['fees', 0, 'when'],
      mutate: (d) => {
        d.fees[0].when = 'kind not in ["foreigner"]';
      },
      params: { reason: 'not_in', column: 6 },
    },
    {
      path: ['fees', 0, 'when'],
      mutate: (d) => {
        d.fees[0].when = 'not (kind in ["foreigner"])';
      },
      params: { reason: 'not_operator', column: 1 },
    },
    {
      path: ['fees', 0, 'when'],
      mutate: (d) => {
        d.fees[0].when = 'not abroad';
      },
      params: { reason: 'not_operator' },
    },
  ],
  [
    (d) => {
      d.fees[0].when = '!(kind in ["foreigner"]) && name != "not in"';
    },
  ],
);
