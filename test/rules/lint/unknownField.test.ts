/** Lint rule UNKNOWN_FIELD: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/unknownField.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['checks', 0, 'field'],
    mutate: (d) => void d.checks.push({ id: 'c', expr: 'copies > 0', field: 'copy', message: { vi: 'x' } }),
  },
]);
