/**
 * FEE_CURRENCY_WITHOUT_BASIS (warning) — a fee in a currency other than VND with neither `basis` nor `note`.
 * Fees and charges in Vietnam are set and collected in đồng; another currency appears where a text sets it —
 * the fees of Vietnamese missions abroad, in USD (Circular 264/2016/TT-BTC) — so the entry should say which.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'FEE_CURRENCY_WITHOUT_BASIS',
  severity: 'warning',
  docs: '`{ "currency": "USD" }` with neither `basis` nor `note` citing the text that sets it',
  check: ({ definition: d }, report) => {
    d.fees.forEach((fee, i) => {
      if (fee.currency !== 'VND' && !fee.basis && !fee.note)
        report({ id: fee.id, currency: fee.currency }, ['fees', i, 'currency']);
    });
  },
});
