/** Lint rule NO_DECISION_RECORDED: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/noDecisionRecorded.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps'],
    mutate: (d) => {
      d.steps[1].actions[0] = { type: 'forward', to: 'return' };
    },
  },
]);
