/** Lint rule FORWARD_CYCLE: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/forwardCycle.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 1, 'actions', 2, 'to'],
    mutate: (d) => void d.steps[1].actions.push({ type: 'forward', to: 'receive' }),
  },
]);
