/** Lint rule RESULT_LIMIT_EXCEEDS_TOTAL: a result due after the procedure's total. */
import rule from '../../../src/rules/lint/rules/resultLimitExceedsTotal.js';
import { withResults } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['results', 1, 'limit', 'amount'],
      mutate: (d) => {
        withResults(d);
        d.results[1].limit = { amount: 5, unit: 'working-days' };
      },
      params: { result: 'residence', amount: 5, total: 3 },
    },
    {
      path: ['results', 0, 'limit', 'amount'],
      mutate: (d) => {
        withResults(d);
        d.timing.limit = { type: 'immediate' };
        d.steps.forEach((s: { time: number }) => {
          s.time = 0;
        });
        d.results[1].limit = { type: 'immediate' };
      },
      params: { result: 'certificate', totalUnit: 'immediate' },
    },
  ],
  [
    withResults,
    (d) => {
      withResults(d);
      d.results[1].limit = { amount: 24, unit: 'working-hours' };
    },
    (d) => {
      withResults(d);
      d.results[1].limit = { type: 'immediate' };
    },
  ],
);
