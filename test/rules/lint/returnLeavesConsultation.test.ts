/** Lint rule RETURN_LEAVES_CONSULTATION: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/returnLeavesConsultation.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 3, 'actions', 1, 'to'],
    params: { step: 'ask-a', to: 'review', branch: 'ask-a' },
    mutate: (d) => {
      d.steps[1].actions.push({ type: 'consult', branches: ['ask-a', 'ask-b'], join: 'return' });
      d.steps.push(
        {
          id: 'ask-a',
          name: { vi: 'A' },
          agency: 'office',
          role: 'consult',
          actions: [{ type: 'reply' }, { type: 'return', to: d.steps[1].id }],
        },
        { id: 'ask-b', name: { vi: 'B' }, agency: 'office', role: 'consult', actions: [{ type: 'reply' }] },
      );
    },
  },
]);
