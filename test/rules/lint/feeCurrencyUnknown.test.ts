/** Lint rule FEE_CURRENCY_UNKNOWN: a fee currency that is not an ISO 4217 code in current use. */
import { describe, expect, it } from 'vitest';
import { currencyCodes } from '../../../src/rules/currencies.js';
import rule from '../../../src/rules/lint/rules/feeCurrencyUnknown.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['fees', 0, 'currency'],
      mutate: (d) => {
        d.fees[0].currency = 'VDN';
      },
      params: { currency: 'VDN', suggestion: 'VND' },
    },
    {
      path: ['fees', 0, 'currency'],
      mutate: (d) => {
        d.fees[0].currency = 'QQQ';
      },
      params: { suggestion: null },
    },
  ],
  [
    (d) => {
      // USD, as visa fees in Vietnam and the fees of missions abroad are set.
      d.fees[0] = { ...d.fees[0], amount: 25, currency: 'USD' };
    },
  ],
);

describe('the currency list', () => {
  it('holds every code this runtime knows', () => {
    const runtime = Intl.supportedValuesOf('currency');
    expect(runtime.filter((c) => !currencyCodes.has(c))).toEqual([]);
    expect(currencyCodes.has('VND') && currencyCodes.has('USD') && currencyCodes.has('EUR')).toBe(true);
  });
});
