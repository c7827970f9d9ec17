/** Lint rule DATE_LITERAL_INVALID: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/dateLiteralInvalid.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['fees', 0, 'when'],
      mutate: (d) => {
        d.fees[0].when = 'birthDate <= "2007-1-1"';
      },
    },
    {
      path: ['documents', 1, 'when'],
      mutate: (d) => {
        d.documents[1].when = '"2026-02-30" > birthDate';
      },
    },
    {
      // The receipt day compares as text too.
      path: ['fees', 0, 'when'],
      mutate: (d) => {
        d.fees[0].when = 'receiptDay >= "2026-1-1"';
      },
      params: { value: '2026-1-1', field: 'receiptDay' },
    },
  ],
  [
    (d) => {
      d.fees[0].when = 'receiptDay >= "2026-01-01" && receiptDay <= "2026-12-31"';
    },
  ],
);
