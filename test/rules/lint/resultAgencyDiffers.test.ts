/** Lint rule RESULT_AGENCY_DIFFERS: a result issued by a step of another agency than its deciding one. */
import rule from '../../../src/rules/lint/rules/resultAgencyDiffers.js';
import { withResults } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['steps', 1, 'actions', 0, 'result'],
      mutate: (d) => {
        withResults(d);
        d.results[0].agency = 'police';
      },
      params: { result: 'certificate', step: 'review', stepAgency: 'office', agency: 'police' },
    },
    {
      // With one result, the implicit decision is checked too (at the action).
      path: ['steps', 1, 'actions', 0],
      mutate: (d) => {
        d.results = [
          {
            id: 'certificate',
            name: { vi: 'Giấy chứng nhận' },
            agency: 'desk',
            limit: { amount: 3, unit: 'working-days' },
          },
        ];
        d.steps[1].actions[0] = { type: 'issue-result', to: 'return' };
      },
    },
  ],
  [withResults],
);
