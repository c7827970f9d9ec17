/** Lint rule RESULT_UNKNOWN: an action naming a result that is not declared. */
import rule from '../../../src/rules/lint/rules/resultUnknown.js';
import { withResults } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['steps', 3, 'actions', 0, 'result'],
      mutate: (d) => {
        withResults(d);
        d.steps[3].actions = [{ type: 'reply', result: 'residense' }];
      },
      params: { id: 'residense', suggestion: 'residence', declared: true },
    },
    {
      path: ['steps', 1, 'actions', 0, 'result'],
      mutate: (d) => {
        d.steps[1].actions[0] = { type: 'issue-result', to: 'return', result: 'certificate' };
      },
      params: { declared: false, suggestion: null },
    },
  ],
  [withResults],
);
