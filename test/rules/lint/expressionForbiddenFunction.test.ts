/** Lint rule EXPRESSION_FORBIDDEN_FUNCTION: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/expressionForbiddenFunction.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['documents', 1, 'when'],
    mutate: (d) => {
      d.documents[1].when = 'name.matches("^(a+)+$")';
    },
  },
]);
