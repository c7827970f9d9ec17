/** UNKNOWN_AGENCY — a role or a step names no agency; the closest agency id is suggested. */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'UNKNOWN_AGENCY',
  severity: 'error',
  docs: 'step agency `ofice` ("did you mean `office`?"); `roles.lead` names no agency',
  check: (ctx, report) => {
    for (const ref of ctx.agencyReferences) {
      if (!ref.known) report({ id: ref.id, suggestion: ref.suggestion }, ref.path);
    }
  },
});
