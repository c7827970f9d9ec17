/** Lint rule PROCEDURE_TOO_COSTLY: the expressions of one definition add up to more than the procedure budget. */
import rule from '../../../src/rules/lint/rules/procedureTooCostly.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: [],
    mutate: (d) => {
      d.fields[2].maxLength = 3000;
      for (let i = 0; i < 16; i++) {
        d.checks.push({ id: `c${i}`, expr: 'name.split("a").size() < 3000', message: { vi: 'Tên quá dài' } });
      }
    },
    params: { budget: 100000, costliest: 'checks[0].expr' },
  },
]);
