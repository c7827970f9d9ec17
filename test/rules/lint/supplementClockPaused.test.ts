/** Lint rule SUPPLEMENT_CLOCK_PAUSED: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/supplementClockPaused.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['timing', 'supplement', 'clock'],
    mutate: (d) => {
      d.timing.supplement = { clock: 'pause' };
    },
  },
]);
