/** Lint rule UNKNOWN_AGENCY: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/unknownAgency.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 1, 'agency'],
    mutate: (d) => {
      d.steps[1].agency = 'ofice';
    },
  },
  {
    path: ['roles', 'lead'],
    mutate: (d) => {
      d.roles.lead = 'nobody';
    },
  },
]);
