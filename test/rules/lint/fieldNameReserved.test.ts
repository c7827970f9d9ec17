/** Lint rule FIELD_NAME_RESERVED: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/fieldNameReserved.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['fields', 2, 'id'],
    mutate: (d) => {
      d.fields[2].id = 'channel';
    },
  },
  {
    path: ['fields', 2, 'id'],
    mutate: (d) => {
      d.fields[2].id = 'constructor';
    },
  },
  {
    // A name cel-js itself registers (a type name): reported, never thrown (review #1).
    path: ['fields', 2, 'id'],
    mutate: (d) => {
      d.fields[2].id = 'type';
    },
  },
]);
