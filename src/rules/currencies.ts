/**
 * The ISO 4217 currency codes in current use, as CLDR lists them (the list `Intl.supportedValuesOf('currency')`
 * gives on Node 20; a test checks the runtime knows no code missing here). Data, not code: a fee's `currency`
 * must be one of them (lint `FEE_CURRENCY_UNKNOWN`), so a typo (`"VDN"`) never becomes a currency of its own in
 * the totals.
 */
const codes = `
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP
GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD
KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO
NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL
SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST
XAF XCD XCG XDR XOF XPF XSU YER ZAR ZMW ZWG ZWL
`;

/**
 * Whether a code is an ISO 4217 currency in current use.
 *
 * @param code - a fee's `currency`
 * @returns whether it is listed
 * @example
 * isCurrency('USD') //=> true  (visa fees, Circular 25/2021/TT-BTC)
 * isCurrency('VDN') //=> false
 */
export function isCurrency(code: string): boolean {
  return currencyCodes.has(code);
}

/** Every listed code. */
export const currencyCodes: ReadonlySet<string> = new Set(codes.split(/\s+/).filter(Boolean));
