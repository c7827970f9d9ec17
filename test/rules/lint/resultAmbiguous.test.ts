/** Lint rule RESULT_AMBIGUOUS: an issue-result without `result` when several results exist. */
import rule from '../../../src/rules/lint/rules/resultAmbiguous.js';
import { withResults } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['steps', 1, 'actions', 0],
      mutate: (d) => {
        withResults(d);
        d.steps[1].actions[0] = { type: 'issue-result', to: 'return' };
      },
      params: { step: 'review', results: ['certificate', 'residence'] },
    },
  ],
  [
    withResults,
    (d) => {
      d.steps[1].actions[0] = { type: 'issue-result', to: 'return' };
    },
  ],
);
