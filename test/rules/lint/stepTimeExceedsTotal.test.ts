/** Lint rule STEP_TIME_EXCEEDS_TOTAL: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/stepTimeExceedsTotal.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['timing', 'limit'],
    mutate: (d) => {
      d.steps[1].time = 2.5;
    },
  },
  {
    // Parallel branches count as their maximum: 0.5 + 1 + max(1.5, 2) + 0.5 = 4 > 3.
    path: ['timing', 'limit'],
    mutate: (d) => {
      d.steps[1].time = 1;
      d.steps[1].actions = [{ type: 'consult', branches: ['ask-a', 'ask-b'], join: 'return' }];
      d.steps.push(
        {
          id: 'ask-a',
          name: { vi: 'A' },
          agency: 'office',
          role: 'consult',
          time: 1.5,
          actions: [{ type: 'reply' }],
        },
        {
          id: 'ask-b',
          name: { vi: 'B' },
          agency: 'office',
          role: 'consult',
          time: 2,
          actions: [{ type: 'reply' }],
        },
      );
    },
  },
  {
    path: ['timing', 'limit'],
    mutate: (d) => {
      d.timing.limit = { type: 'immediate' };
    },
  },
]);
