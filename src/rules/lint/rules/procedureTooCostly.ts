/**
 * PROCEDURE_TOO_COSTLY — the expressions of one definition together may cost more than the procedure budget on
 * one dossier (validateDossier evaluates each at most once), so many cheap-looking expressions cannot add up to a
 * stall either.
 */
import { formatPath } from '../../problems.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'PROCEDURE_TOO_COSTLY',
  severity: 'error',
  docs: 'the cost bounds of all the expressions of a definition add up to more than the procedure budget (see Cost)',
  check: (ctx, report) => {
    let total = 0;
    let costliest: { path: (string | number)[]; cost: number } | undefined;
    for (const e of ctx.expressions) {
      if (!e.compiled) continue;
      total += e.compiled.cost;
      if (!costliest || e.compiled.cost > costliest.cost)
        costliest = { path: [...e.path], cost: e.compiled.cost };
    }
    if (total > ctx.budget.procedure && costliest) {
      report(
        { cost: Math.ceil(total), budget: ctx.budget.procedure, costliest: formatPath(costliest.path) },
        [],
      );
    }
  },
});
