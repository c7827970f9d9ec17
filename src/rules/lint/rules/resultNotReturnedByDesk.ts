/** RESULT_NOT_RETURNED_BY_DESK (warning) — `return-result` done by an agency other than the desk (Art. 20(1), 22). */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'RESULT_NOT_RETURNED_BY_DESK',
  severity: 'warning',
  docs: '`return-result` done by an agency other than the desk (Art. 20(1), 22)',
  check: ({ definition, stepAgency }, report) => {
    definition.steps.forEach((s, i) => {
      const agency = stepAgency[i];
      if (agency === null || agency === undefined) return;
      if (s.actions.some((a) => a.type === 'return-result') && agency !== definition.roles.desk) {
        report({ step: s.id }, ['steps', i, 'agency']);
      }
    });
  },
});
