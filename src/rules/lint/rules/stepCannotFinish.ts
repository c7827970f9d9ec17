/** STEP_CANNOT_FINISH — a step from which no path reaches `return-result` or `refuse`. */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'STEP_CANNOT_FINISH',
  severity: 'error',
  docs: 'a step from which no path reaches `return-result` or `refuse`',
  check: ({ facts }, report) => {
    for (const [id, i] of facts.index) if (!facts.graph.canFinish.has(id)) report({ step: id }, ['steps', i]);
  },
});
