/** Lint rule LIMIT_UNITS_INCOMPARABLE: a limit whose unit the total's cannot be compared with. */
import rule from '../../../src/rules/lint/rules/limitUnitsIncomparable.js';
import { basis, withResults } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['steps', 1, 'limit', 'unit'],
      mutate: (d) => {
        d.steps[1].limit = { amount: 5, unit: 'calendar-days', withinTotal: true, basis };
      },
      params: { subject: 'step-limit', id: 'review', unit: 'calendar-days', totalUnit: 'working-days' },
    },
    {
      path: ['results', 0, 'limit', 'unit'],
      mutate: (d) => {
        withResults(d);
        d.results[0].limit = { amount: 1, unit: 'months' };
      },
      params: { subject: 'result', id: 'certificate' },
    },
    {
      path: ['timing', 'extension', 'limit', 'unit'],
      mutate: (d) => {
        d.timing.extension = { limit: { amount: 2, unit: 'calendar-days' }, basis };
      },
      params: { subject: 'extension', id: null },
    },
  ],
  [
    (d) => {
      d.steps[1].limit = { amount: 16, unit: 'working-hours', withinTotal: true, basis };
      d.timing.extension = { limit: { amount: 1, unit: 'working-days' }, basis };
    },
    (d) => {
      // Not kept within the total: nothing to compare.
      d.steps[1].limit = { amount: 15, unit: 'calendar-days', basis };
    },
  ],
);
