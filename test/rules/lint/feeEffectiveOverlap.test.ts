/** Lint rule FEE_EFFECTIVE_OVERLAP: two entries of one fee in force on a common day. */
import rule from '../../../src/rules/lint/rules/feeEffectiveOverlap.js';
import { testRule } from './ruleTester.js';

const entry = (effective?: { from: string; to?: string }, amount = 50000) => ({
  id: 'fee',
  kind: 'fee',
  name: { vi: 'Lệ phí' },
  amount,
  ...(effective ? { effective } : {}),
});

testRule(
  rule,
  [
    {
      // The old amount without an end, the new one from 01/01/2026.
      path: ['fees', 1, 'effective'],
      mutate: (d) => {
        d.fees = [entry({ from: '2025-07-01' }), entry({ from: '2026-01-01' }, 60000)];
      },
      params: { id: 'fee', other: 0, from: '2026-01-01' },
    },
    {
      // The same fee twice, both always in force.
      path: ['fees', 1, 'id'],
      mutate: (d) => {
        d.fees = [entry(), entry()];
      },
      params: { other: 0, from: null },
    },
    {
      // Ranges sharing their last and first day (both ends are inclusive).
      path: ['fees', 1, 'effective'],
      mutate: (d) => {
        d.fees = [entry({ from: '2025-07-01', to: '2026-01-01' }), entry({ from: '2026-01-01' }, 60000)];
      },
      params: { from: '2026-01-01' },
    },
  ],
  [
    (d) => {
      d.fees = [entry({ from: '2025-07-01', to: '2025-12-31' }), entry({ from: '2026-01-01' }, 60000)];
    },
    (d) => {
      // An inverted range is EFFECTIVE_RANGE_INVERTED's.
      d.fees = [
        entry({ from: '2026-01-01', to: '2025-01-01' }),
        entry({ from: '2025-07-01', to: '2025-12-31' }),
      ];
    },
  ],
);
