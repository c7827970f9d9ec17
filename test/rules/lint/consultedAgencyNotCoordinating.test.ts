/** Lint rule CONSULTED_AGENCY_NOT_COORDINATING: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/consultedAgencyNotCoordinating.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 4, 'agency'],
    mutate: (d) => {
      d.agencies.push({ id: 'tax', name: { vi: 'Thuế' } });
      d.roles.coordinating = [{ agency: 'tax', liaison: 'vertical-sector' }];
      d.steps[1].actions.push({ type: 'consult', branches: ['ask-tax', 'ask-office'], join: 'return' });
      d.steps.push(
        { id: 'ask-tax', name: { vi: 'Thuế' }, agency: 'tax', role: 'consult', actions: [{ type: 'reply' }] },
        {
          id: 'ask-office',
          name: { vi: 'Sở' },
          agency: 'office',
          role: 'consult',
          actions: [{ type: 'reply' }],
        },
      );
    },
  },
]);
