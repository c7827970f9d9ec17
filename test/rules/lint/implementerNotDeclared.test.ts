/** Lint rule IMPLEMENTER_NOT_DECLARED: `implementer` read by a procedure that declares no implementing offices. */
import rule from '../../../src/rules/lint/rules/implementerNotDeclared.js';
import { testRule } from './ruleTester.js';

const implementers = [
  { id: 'commune', name: { vi: 'Uỷ ban nhân dân xã' }, kind: 'people-committee' },
  { id: 'mission', name: { vi: 'Cơ quan đại diện' }, kind: 'diplomatic-mission' },
];

testRule(
  rule,
  [
    {
      path: ['fees', 0, 'when'],
      mutate: (d) => {
        d.fees[0].when = 'implementer == "mission"';
      },
      params: { source: 'implementer == "mission"' },
    },
    {
      path: ['documents', 1, 'when'],
      mutate: (d) => {
        d.documents[1].when = 'abroad || implementer in ["mission"]';
      },
    },
  ],
  [
    (d) => {
      d.implementers = implementers;
      d.fees[0].when = 'implementer == "mission"';
    },
  ],
);
