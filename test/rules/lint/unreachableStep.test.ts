/** Lint rule UNREACHABLE_STEP: each case breaks the clean minimal definition in one way. */
import rule from '../../../src/rules/lint/rules/unreachableStep.js';
import { testRule } from './ruleTester.js';

testRule(rule, [
  {
    path: ['steps', 3],
    mutate: (d) =>
      void d.steps.push({
        id: 'orphan',
        name: { vi: 'Mồ côi' },
        agency: 'office',
        role: 'review',
        actions: [{ type: 'forward', to: 'return' }],
      }),
  },
  {
    // A reply leads to the join only inside a consultation: the first step replying reaches nothing (a
    // counterexample of the property test "any definition the linter accepts is well-formed").
    path: ['steps', 2],
    mutate: (d) => {
      d.steps = [
        { id: 'a', name: { vi: 'A' }, agency: 'desk', role: 'receive', actions: [{ type: 'reply' }] },
        {
          id: 'b',
          name: { vi: 'B' },
          agency: 'desk',
          role: 'return',
          actions: [{ type: 'return-result' }, { type: 'consult', branches: ['a'], join: 'c' }],
        },
        {
          id: 'c',
          name: { vi: 'C' },
          agency: 'office',
          role: 'review',
          actions: [{ type: 'forward', to: 'b' }],
        },
      ];
    },
  },
]);
