/** Lint rule ENUM_VALUE_UNKNOWN: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/enumValueUnknown.js';
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
        d.fees[0].when = 'kind == "foriegner"';
      },
    },
    {
      path: ['fees', 0, 'when'],
      mutate: (d) => {
        d.fees[0].when = 'kind in ["citizen", "alien"]';
      },
    },
    {
      path: ['fees', 0, 'when'],
      mutate: (d) => {
        d.fees[0].when = 'channel == "onlne"';
      },
      params: { value: 'onlne', name: 'channel', suggestion: 'online' },
    },
    {
      path: ['fees', 0, 'when'],
      mutate: (d) => {
        d.fees[0].when = 'channel in ["post", "internet"]';
      },
    },
    {
      path: ['fields', 1, 'default'],
      mutate: (d) => {
        d.fields[1].default = 'resident';
      },
    },
    {
      // `implementer` takes the ids of the declared implementing offices.
      path: ['fees', 0, 'when'],
      mutate: (d) => {
        d.implementers = implementers;
        d.fees[0].when = 'implementer == "notary"';
      },
      params: {
        value: 'notary',
        name: 'implementer',
        builtIn: true,
        values: ['commune', 'mission'],
        suggestion: null,
      },
    },
    {
      path: ['documents', 1, 'when'],
      mutate: (d) => {
        d.implementers = implementers;
        d.documents[1].when = '!(implementer in ["commune", "misison"])';
      },
      params: { value: 'misison', suggestion: 'mission' },
    },
  ],
  [
    (d) => {
      d.implementers = implementers;
      d.fees[0].when = 'implementer == "mission" || !(implementer in ["commune"])';
    },
  ],
);
