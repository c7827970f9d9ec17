/**
 * FEE_CURRENCY_UNKNOWN — a fee's `currency` is not an ISO 4217 code in current use (`currencies.ts`): a typo
 * (`"VDN"`, `"UDS"`) would otherwise become a currency of its own in the totals. The closest code is suggested.
 * Foreign currencies themselves are legitimate where a text sets them — visa fees for foreigners in Vietnam
 * (Circular 25/2021/TT-BTC, in USD), the fees of missions abroad (Circular 264/2016/TT-BTC) — so they are not
 * flagged.
 */
import { currencyCodes, isCurrency } from '../../currencies.js';
import { suggestion } from '../../suggest.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'FEE_CURRENCY_UNKNOWN',
  severity: 'error',
  docs: '`"currency": "VDN"` ("did you mean `VND`?"): not an ISO 4217 code in current use',
  check: ({ definition: d }, report) => {
    d.fees.forEach((fee, i) => {
      if (!isCurrency(fee.currency))
        report({ currency: fee.currency, suggestion: suggestion(fee.currency, currencyCodes) }, [
          'fees',
          i,
          'currency',
        ]);
    });
  },
});
