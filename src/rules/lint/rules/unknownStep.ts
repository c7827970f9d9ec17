/**
 * UNKNOWN_STEP — an action or `initialStep` names no step; the closest step id is suggested, and what follows
 * only from the typo (steps behind it unreachable) is not reported.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'UNKNOWN_STEP',
  severity: 'error',
  docs: '`forward.to: "reveiw"` ("did you mean `review`?"); `initialStep` not a step',
  check: ({ facts }, report) => {
    for (const ref of facts.unknownSteps) report({ id: ref.id, suggestion: ref.suggestion }, ref.path);
  },
});
