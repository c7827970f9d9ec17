/** Lint rule AGENCY_UNUSED: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/agencyUnused.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['agencies', 2],
      mutate: (d) => void d.agencies.push({ id: 'tax', name: { vi: 'Thuế' } }),
    },
  ],
  [
    (d) => {
      // An agency that only decides a result is used.
      d.agencies.push({ id: 'tax', name: { vi: 'Thuế' } });
      d.results = [
        {
          id: 'notice',
          name: { vi: 'Thông báo thuế' },
          agency: 'tax',
          limit: { amount: 1, unit: 'working-days' },
        },
      ];
    },
  ],
);
