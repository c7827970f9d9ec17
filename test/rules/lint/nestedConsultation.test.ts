/** Lint rule NESTED_CONSULTATION: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/nestedConsultation.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 3, 'actions', 0],
    mutate: (d) => {
      d.steps[1].actions.push({ type: 'consult', branches: ['ask-a'], join: 'return' });
      d.steps.push(
        {
          id: 'ask-a',
          name: { vi: 'A' },
          agency: 'office',
          role: 'consult',
          actions: [{ type: 'consult', branches: ['ask-b'], join: 'ask-c' }],
        },
        { id: 'ask-b', name: { vi: 'B' }, agency: 'office', role: 'consult', actions: [{ type: 'reply' }] },
        { id: 'ask-c', name: { vi: 'C' }, agency: 'office', role: 'consult', actions: [{ type: 'reply' }] },
      );
    },
  },
]);
