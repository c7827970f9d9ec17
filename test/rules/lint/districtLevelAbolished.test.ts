/** Lint rule DISTRICT_LEVEL_ABOLISHED: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/districtLevelAbolished.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['level'],
    mutate: (d) => {
      d.level = 'district';
    },
  },
  {
    path: ['agencies', 1, 'level'],
    mutate: (d) => {
      d.agencies[1].level = 'district';
    },
  },
]);
