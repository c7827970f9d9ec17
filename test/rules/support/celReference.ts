/**
 * The definition the CEL reference of docs/rules.md is priced on: `name` a text of at most 100 characters,
 * `copies` an integer, `kind` an enum (`citizen`, `foreigner`), `birthDate` a date, `isForeigner` a yes/no.
 */
import { safeDefineProcedure } from '../../../src/rules/index.js';
import { minimal } from '../fixtures.js';

/** The cost of an expression of the reference (as a condition, else as an amount), or the codes refusing it. */
export function referenceCost(expr: string): number | string {
  let codes: string[] | undefined;
  for (const where of ['when', 'amount'] as const) {
    const def = minimal();
    def.fields.push({
      id: 'isForeigner',
      type: 'boolean',
      label: { vi: 'Người nước ngoài' },
      default: false,
    });
    if (where === 'when') def.fees[0].when = expr;
    else def.fees[0].amount = { expr };
    const r = safeDefineProcedure(def);
    const path = where === 'when' ? ['fees', 0, 'when'] : ['fees', 0, 'amount', 'expr'];
    if (r.ok) return Math.ceil(r.procedure.expression(path)!.cost);
    const found = r.problems.map((p) => p.code);
    codes ??= found;
    if (found.some((c) => c !== 'EXPRESSION_RESULT_TYPE')) break;
  }
  return (codes ?? []).join(', ');
}
