/** RECEIPT_NOT_AT_DESK (warning) — the first step is not done by the one-stop desk, which receives (Art. 17). */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'RECEIPT_NOT_AT_DESK',
  severity: 'warning',
  docs: 'the first step is not done by the desk (Art. 17)',
  check: ({ definition, facts, stepAgency }, report) => {
    const i = facts.index.get(facts.graph.initial);
    if (i === undefined) return;
    const agency = stepAgency[i];
    if (agency !== null && agency !== undefined && agency !== definition.roles.desk)
      report({}, ['steps', i, 'agency']);
  },
});
