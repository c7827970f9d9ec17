/** Lint rule NO_RESULT_RETURN: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/noResultReturn.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps'],
    mutate: (d) => {
      d.steps[2].actions = [{ type: 'refuse' }];
    },
  },
]);
