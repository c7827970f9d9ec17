/** Lint rule DUPLICATE_ID: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/duplicateId.js';
import { withResults } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['steps', 2, 'id'],
      mutate: (d) => {
        d.steps[2].id = 'review';
        d.steps[1].actions[0].to = 'review2';
      },
    },
    {
      path: ['fields', 1, 'values', 1, 'value'],
      mutate: (d) => {
        d.fields[1].values[1].value = 'citizen';
      },
    },
    {
      path: ['results', 1, 'id'],
      mutate: (d) => {
        withResults(d);
        d.results[1].id = 'certificate';
        d.steps[3].actions[0].result = 'certificate';
      },
      params: { kind: 'result' },
    },
    {
      path: ['implementers', 1, 'id'],
      mutate: (d) => {
        d.implementers = [
          { id: 'commune', name: { vi: 'Uỷ ban nhân dân xã' }, kind: 'people-committee' },
          { id: 'commune', name: { vi: 'Uỷ ban nhân dân phường' }, kind: 'people-committee' },
        ];
      },
      params: { kind: 'implementer' },
    },
  ],
  [
    (d) => {
      // A changed fee is two entries with one id (their overlap is FEE_EFFECTIVE_OVERLAP's).
      d.fees = [
        { ...d.fees[0], effective: { from: '2025-07-01', to: '2025-12-31' } },
        { ...d.fees[0], amount: 60000, effective: { from: '2026-01-01' } },
      ];
    },
  ],
);
