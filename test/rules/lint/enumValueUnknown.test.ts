/** Lint rule ENUM_VALUE_UNKNOWN: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/enumValueUnknown.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
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
]);
