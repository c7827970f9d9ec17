/** Lint rule EXTENSION_EXCEEDS_LIMIT: an extension longer than the procedure's own limit. */
import rule from '../../../src/rules/lint/rules/extensionExceedsLimit.js';
import { basis } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['timing', 'extension', 'limit', 'amount'],
      mutate: (d) => {
        d.timing.extension = { limit: { amount: 5, unit: 'working-days' }, basis };
      },
      params: { amount: 5, unit: 'working-days', total: 3, totalUnit: 'working-days' },
    },
    {
      path: ['timing', 'extension', 'limit', 'amount'],
      mutate: (d) => {
        d.timing.limit = { type: 'immediate' };
        d.steps.forEach((s: { time: number }) => {
          s.time = 0;
        });
        d.timing.extension = { limit: { amount: 1, unit: 'working-days' }, basis };
      },
      params: { totalUnit: 'immediate' },
    },
  ],
  [
    (d) => {
      // A certification that may take at most 2 more working days, or longer by written agreement.
      d.timing.extension = { limit: { amount: 2, unit: 'working-days' }, byAgreement: true, basis };
    },
  ],
);
