/**
 * The definition the CEL reference of docs/rules.md is priced on: `name` a text of at most 100 characters,
 * `copies` and `pages` integers, `area` a number, `kind` an enum (`citizen`, `foreigner`), `birthDate` a date,
 * `isForeigner` a yes/no, and the implementing offices `commune` and `mission`.
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
    def.fields.push({ id: 'pages', type: 'integer', label: { vi: 'Số trang' }, min: 1, max: 1000 });
    def.implementers = [
      { id: 'commune', name: { vi: 'Uỷ ban nhân dân xã' }, kind: 'people-committee' },
      { id: 'mission', name: { vi: 'Cơ quan đại diện' }, kind: 'diplomatic-mission' },
    ];
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
