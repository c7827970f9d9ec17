/** Lint rule STEP_LIMIT_EXCEEDS_TOTAL: a step's own limit longer than the total when the law keeps it within. */
import rule from '../../../src/rules/lint/rules/stepLimitExceedsTotal.js';
import { basis } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['steps', 1, 'limit', 'amount'],
      mutate: (d) => {
        d.steps[1].limit = { amount: 4, unit: 'working-days', withinTotal: true, basis };
      },
      params: { step: 'review', amount: 4, total: 3, totalUnit: 'working-days', variant: null },
    },
    {
      // 28 working hours = 3.5 working days > 3.
      path: ['steps', 1, 'limit', 'amount'],
      mutate: (d) => {
        d.steps[1].limit = { amount: 28, unit: 'working-hours', withinTotal: true, basis };
      },
    },
    {
      // Within the total, but longer than the 2-day variant's.
      path: ['steps', 1, 'limit', 'amount'],
      mutate: (d) => {
        d.steps[1].time = 1;
        d.timing.variants = [{ when: 'abroad', limit: { amount: 2, unit: 'working-days' } }];
        d.steps[1].limit = { amount: 3, unit: 'working-days', withinTotal: true, basis };
      },
      params: { variant: 0, total: 2 },
    },
    {
      // Longer than a same-day variant.
      path: ['steps', 1, 'limit', 'amount'],
      mutate: (d) => {
        d.timing.variants = [{ when: 'abroad', limit: { type: 'immediate' } }];
        d.steps[1].limit = { amount: 1, unit: 'working-days', withinTotal: true, basis };
      },
      params: { variant: 0, totalUnit: 'immediate' },
    },
    {
      path: ['steps', 1, 'limit', 'amount'],
      mutate: (d) => {
        d.timing.limit = { type: 'immediate' };
        d.steps.forEach((s: { time: number }) => {
          s.time = 0;
        });
        d.steps[1].limit = { amount: 1, unit: 'working-days', withinTotal: true, basis };
      },
      params: { totalUnit: 'immediate' },
    },
  ],
  [
    (d) => {
      // The same day is within any total.
      d.steps[1].limit = { type: 'immediate', withinTotal: true, basis };
    },
    (d) => {
      // 24 working hours = 3 working days: within.
      d.steps[1].limit = { amount: 24, unit: 'working-hours', withinTotal: true, basis };
    },
    (d) => {
      // Not kept within the total: the law gives the agency its own time (police 15 working days).
      d.steps[1].limit = { amount: 15, unit: 'working-days', basis };
    },
    (d) => {
      // Units that cannot be compared are LIMIT_UNITS_INCOMPARABLE's.
      d.steps[1].limit = { amount: 5, unit: 'calendar-days', withinTotal: true, basis };
    },
  ],
);
