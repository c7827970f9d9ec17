/** Lint rule FINANCIAL_OBLIGATION_CLOCK_RUNS: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/financialObligationClockRuns.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['timing', 'financialObligationPausesClock'],
    mutate: (d) => {
      d.steps[1].actions[0] = { type: 'request-financial-obligation', to: 'return' };
    },
  },
]);
