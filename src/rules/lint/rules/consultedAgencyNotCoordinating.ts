/**
 * CONSULTED_AGENCY_NOT_COORDINATING (warning) — a consultation branch done by an agency missing from
 * `roles.coordinating` (cơ quan phối hợp, Decree 118/2025 Art. 20(2)).
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'CONSULTED_AGENCY_NOT_COORDINATING',
  severity: 'warning',
  docs: 'a consultation branch done by an agency missing from `roles.coordinating` (Art. 20(2))',
  check: ({ definition, facts, stepAgency }, report) => {
    const coordinating = new Set(definition.roles.coordinating.map((c) => c.agency));
    for (const s of definition.steps) {
      for (const action of s.actions) {
        if (action.type !== 'consult') continue;
        for (const branch of action.branches) {
          const index = facts.index.get(branch);
          if (index === undefined) continue;
          const agency = stepAgency[index];
          if (agency === null || agency === undefined || coordinating.has(agency)) continue;
          report({ agency, step: branch }, ['steps', index, 'agency']);
        }
      }
    }
  },
});
