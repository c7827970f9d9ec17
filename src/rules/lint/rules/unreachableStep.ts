/**
 * UNREACHABLE_STEP — a step nothing leads to. A `reply` leads to its join only inside the consultation, so a
 * first step that only replies reaches nothing.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'UNREACHABLE_STEP',
  severity: 'error',
  docs: 'a step nothing leads to (a `reply` leads to its join only inside the consultation, so a first step that only replies reaches nothing)',
  check: ({ facts }, report) => {
    for (const [id, i] of facts.index) {
      if (!facts.graph.reachable.has(id)) report({ step: id, initial: facts.graph.initial }, ['steps', i]);
    }
  },
});
