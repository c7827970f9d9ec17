/** Lint rule EFFECTIVE_RANGE_INVERTED: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/effectiveRangeInverted.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['effective', 'to'],
      mutate: (d) => {
        d.effective.to = '2025-06-01';
      },
    },
    {
      path: ['fees', 0, 'effective', 'to'],
      mutate: (d) => {
        d.fees[0].effective = { from: '2026-01-01', to: '2025-12-31' };
      },
      params: { from: '2026-01-01', to: '2025-12-31' },
    },
  ],
  [
    (d) => {
      d.fees[0].effective = { from: '2026-01-01', to: '2026-01-01' };
    },
  ],
);
