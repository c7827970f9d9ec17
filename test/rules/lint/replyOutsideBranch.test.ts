/** Lint rule REPLY_OUTSIDE_BRANCH: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/replyOutsideBranch.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 1, 'actions', 2],
    mutate: (d) => void d.steps[1].actions.push({ type: 'reply' }),
  },
]);
