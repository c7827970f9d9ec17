/** Lint rule AGENCY_UNUSED: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/agencyUnused.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['agencies', 2],
    mutate: (d) => void d.agencies.push({ id: 'tax', name: { vi: 'Thuế' } }),
  },
]);
