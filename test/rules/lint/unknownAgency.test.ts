/** Lint rule UNKNOWN_AGENCY: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/unknownAgency.js';
import { withResults } from './builders.js';
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
  {
    // A result's deciding agency is a reference too ("did you mean …?").
    path: ['results', 1, 'agency'],
    mutate: (d) => {
      withResults(d);
      d.results[1].agency = 'polise';
    },
    params: { id: 'polise', suggestion: 'police' },
  },
]);
