/** Lint rule FRACTIONAL_CALENDAR_AMOUNT: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/fractionalCalendarAmount.js';
import { basis, withResults } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['steps', 0, 'time'],
      mutate: (d) => {
        d.timing.limit = { type: 'duration', amount: 3, unit: 'calendar-days' };
      },
    },
    {
      path: ['timing', 'limit', 'amount'],
      mutate: (d) => {
        d.timing.limit = { type: 'duration', amount: 3.5, unit: 'months' };
        for (const s of d.steps) s.time = 1;
      },
    },
    {
      path: ['timing', 'variants', 0, 'limit', 'amount'],
      mutate: (d) => {
        d.timing.variants = [{ when: 'abroad', limit: { amount: 4.5, unit: 'calendar-days' } }];
      },
    },
    {
      path: ['timing', 'supplement', 'applicantWindow', 'amount'],
      mutate: (d) => {
        d.timing.supplement = { applicantWindow: { amount: 0.5, unit: 'months' } };
      },
    },
    {
      path: ['timing', 'supplement', 'requestWindow', 'amount'],
      mutate: (d) => {
        d.timing.supplement = { requestWindow: { amount: 1.5, unit: 'calendar-days', basis } };
      },
    },
    {
      path: ['timing', 'extension', 'limit', 'amount'],
      mutate: (d) => {
        d.timing.extension = { limit: { amount: 0.5, unit: 'months' }, basis };
      },
    },
    {
      path: ['results', 0, 'limit', 'amount'],
      mutate: (d) => {
        withResults(d);
        d.results[0].limit = { amount: 2.5, unit: 'calendar-days' };
      },
    },
    {
      path: ['steps', 1, 'limit', 'completion', 'amount'],
      mutate: (d) => {
        d.steps[1].limit = {
          amount: 15,
          unit: 'calendar-days',
          completion: { amount: 0.5, unit: 'calendar-days' },
          basis,
        };
      },
    },
  ],
  [
    (d) => {
      d.steps[1].limit = {
        amount: 1.5,
        unit: 'working-days',
        completion: { amount: 0.5, unit: 'working-days' },
        basis,
      };
    },
  ],
);
