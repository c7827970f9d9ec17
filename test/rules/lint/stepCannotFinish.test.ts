/** Lint rule STEP_CANNOT_FINISH: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/stepCannotFinish.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 1],
    mutate: (d) => {
      d.steps[1].actions = [{ type: 'request-supplement' }];
    },
  },
]);
