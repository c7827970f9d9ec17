/** Lint rule UNKNOWN_STEP: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/unknownStep.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 0, 'actions', 0, 'to'],
    mutate: (d) => {
      d.steps[0].actions[0].to = 'reveiw';
    },
  },
  {
    path: ['initialStep'],
    mutate: (d) => {
      d.initialStep = 'start';
    },
  },
]);
