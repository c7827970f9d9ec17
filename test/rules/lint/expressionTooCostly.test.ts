/** Lint rule EXPRESSION_TOO_COSTLY: an expression whose cost bound on a maximal dossier exceeds the budget. */
import rule from '../../../src/rules/lint/rules/expressionTooCostly.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fields[2].maxLength = 5000;
      d.fees[0].when = 'name.split("").exists(a, name.split("").exists(b, a+b=="#!"))';
    },
    params: { part: 'name.split("").exists(b, a+b=="#!")', column: 26, budget: 20000 },
  },
  {
    path: ['documents', 1, 'when'],
    mutate: (d) => {
      d.documents[1].when =
        '[1,2,3,4,5,6,7,8,9,10].map(a, [1,2,3,4,5,6,7,8,9,10].map(b, [1,2,3,4,5,6,7,8,9,10].map(c, [1,2,3,4,5,6,7,8,9,10]))).size() > copies';
    },
  },
]);
