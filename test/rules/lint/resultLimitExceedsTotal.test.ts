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
  ],
  [
    withResults,
    (d) => {
      withResults(d);
      d.results[1].limit = { amount: 24, unit: 'working-hours' };
    },
  ],
);
