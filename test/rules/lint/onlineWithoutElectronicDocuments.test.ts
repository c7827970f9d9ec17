/** Lint rule ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/onlineWithoutElectronicDocuments.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['documents', 1, 'electronicFormats'],
    mutate: (d) => {
      d.channels.online = 'full';
    },
  },
]);
