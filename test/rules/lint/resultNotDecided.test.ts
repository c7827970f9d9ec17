/** Lint rule RESULT_NOT_DECIDED: a result nobody decides. */
import rule from '../../../src/rules/lint/rules/resultNotDecided.js';
import { withResults } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      // The branch replies without naming the residence record.
      path: ['results', 1, 'id'],
      mutate: (d) => {
        withResults(d);
        d.steps[3].actions = [{ type: 'reply' }];
      },
      params: { result: 'residence' },
    },
    {
      // One result, but nothing issues it.
      path: ['results', 0, 'id'],
      mutate: (d) => {
        d.results = [
          {
            id: 'certificate',
            name: { vi: 'Giấy chứng nhận' },
            agency: 'office',
            limit: { amount: 3, unit: 'working-days' },
          },
        ];
      },
    },
  ],
  [
    withResults,
    (d) => {
      // With one result, an issue-result naming none decides it.
      d.results = [
        {
          id: 'certificate',
          name: { vi: 'Giấy chứng nhận' },
          agency: 'office',
          limit: { amount: 3, unit: 'working-days' },
        },
      ];
      d.steps[1].actions[0] = { type: 'issue-result', to: 'return' };
    },
  ],
);
