/**
 * FEE_AMOUNT_NEGATIVE — an amount that reads no field is a constant: evaluated once at load (its cost is bounded
 * like any other), a negative one would fail on every dossier, so it is a load-time error instead. One that
 * depends on fields is checked per dossier (`CONDITION_ERROR`).
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'FEE_AMOUNT_NEGATIVE',
  severity: 'error',
  docs: '`{ "expr": "-5" }` — an amount that reads no field and is negative (one that depends on fields is checked per dossier: `CONDITION_ERROR`)',
  check: (ctx, report) => {
    const fees = ctx.definition.fees;
    for (const e of ctx.expressions) {
      if (e.kind !== 'amount' || !e.compiled || e.compiled.variables.length > 0) continue;
      let value: unknown;
      try {
        value = e.compiled.evaluate(Object.create(null));
      } catch {
        continue; // a constant that fails (1 / 0) is reported per dossier as CONDITION_ERROR
      }
      if ((typeof value === 'bigint' || typeof value === 'number') && value < 0) {
        const fee = typeof e.path[1] === 'number' ? fees[e.path[1]] : undefined;
        report({ source: e.source, amount: Number(value), currency: fee?.currency ?? 'VND' }, e.path);
      }
    }
  },
});
