/** AGENCY_UNUSED (warning) — an agency with no role and no step (a misspelt reference counts as its likely agency). */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'AGENCY_UNUSED',
  severity: 'warning',
  docs: 'an agency with no role and no step',
  check: (ctx, report) => {
    const used = new Set(ctx.agencyReferences.map((r) => r.resolved));
    ctx.definition.agencies.forEach((a, i) => {
      if (!used.has(a.id)) report({ agency: a.id }, ['agencies', i]);
    });
  },
});
