/** Lint rule BRANCH_WITHOUT_JOIN: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/branchWithoutJoin.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 1, 'actions', 2, 'branches', 1],
    mutate: (d) => {
      d.steps[1].actions.push({ type: 'consult', branches: ['ask-a', 'ask-b'], join: 'return' });
      d.steps.push(
        { id: 'ask-a', name: { vi: 'A' }, agency: 'office', role: 'consult', actions: [{ type: 'reply' }] },
        { id: 'ask-b', name: { vi: 'B' }, agency: 'office', role: 'consult', actions: [{ type: 'refuse' }] },
      );
    },
  },
]);
