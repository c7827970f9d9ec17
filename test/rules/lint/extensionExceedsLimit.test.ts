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
      // 32 working hours = 4 working days > 3.
      path: ['timing', 'extension', 'limit', 'amount'],
      mutate: (d) => {
        d.timing.extension = { limit: { amount: 32, unit: 'working-hours' }, basis };
      },
      params: { amount: 32, unit: 'working-hours' },
    },
  ],
  [
    (d) => {
      // Certification of copies: the same day, at most 2 more working days or longer by written agreement.
      d.timing.limit = { type: 'immediate' };
      d.steps.forEach((s: { time: number }) => {
        s.time = 0;
      });
      d.timing.extension = { limit: { amount: 2, unit: 'working-days' }, byAgreement: true, basis };
    },
    (d) => {
      // A certification that may take at most 2 more working days, or longer by written agreement.
      d.timing.extension = { limit: { amount: 2, unit: 'working-days' }, byAgreement: true, basis };
    },
  ],
);
