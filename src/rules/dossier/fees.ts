/**
 * Fees as published (phí, lệ phí): which entries are in force on the receipt day, their amounts, and the totals
 * per currency. An entry applies when the receipt day is within its `effective` range (both ends inclusive; no
 * range: every day) and its `when` holds; the lint (`FEE_EFFECTIVE_OVERLAP`) guarantees that at most one entry of
 * an id is in force on any day, so a changed fee is never charged twice.
 */
import type { Names, Problem, ProblemPath } from '../problems.js';
import { problem } from '../problems.js';
import type { Fee } from '../schema/fees.js';

/** A fee line due for this dossier. */
export interface FeeDue {
  readonly id: string;
  readonly kind: Fee['kind'];
  readonly name: Names;
  /** In whole units of `currency`. */
  readonly amount: number;
  /** ISO 4217 code, `VND` unless the text sets another (USD at missions abroad). */
  readonly currency: string;
}

/** The fees of a dossier: the lines due, their totals per currency, and the VND total. */
export interface FeesDue {
  readonly items: readonly FeeDue[];
  /** The sum of the items per currency, in order of first appearance: `{ VND: 205000, USD: 10 }`. */
  readonly totals: Readonly<Record<string, number>>;
  /** The sum of the VND items only (`totals.VND`, 0 when there are none); other currencies are in `totals`. */
  readonly total: number;
  /** The currency of `total`. */
  readonly currency: 'VND';
}

/**
 * Whether a fee entry is in force on a day.
 *
 * @param fee - a fee entry
 * @param day - the receipt day `YYYY-MM-DD`
 * @returns whether `effective.from ≤ day ≤ effective.to` (open ends; no range: always)
 * @example
 * feeInForce({ …, effective: { from: '2026-01-01' } }, '2025-12-31') //=> false
 * feeInForce({ …, effective: { from: '2026-01-01' } }, '2026-01-01') //=> true
 */
export function feeInForce(fee: Fee, day: string): boolean {
  const e = fee.effective;
  return e === undefined || (e.from <= day && (e.to === undefined || day <= e.to));
}

/**
 * Totals the fee lines per currency.
 *
 * @param items - the fee lines due
 * @returns the items, their totals per currency and the VND total
 * @example
 * feeTotals([{ amount: 200000, currency: 'VND', … }, { amount: 5000, currency: 'VND', … }, { amount: 10, currency: 'USD', … }])
 * //=> { items, totals: { VND: 205000, USD: 10 }, total: 205000, currency: 'VND' }
 */
export function feeTotals(items: readonly FeeDue[]): FeesDue {
  const totals: Record<string, number> = {};
  for (const item of items) totals[item.currency] = (totals[item.currency] ?? 0) + item.amount;
  return { items, totals, total: totals.VND ?? 0, currency: 'VND' };
}

/**
 * A fee's amount, a `CONDITION_ERROR` when its expression gives no valid amount, or undefined (undecided).
 *
 * @param fee - the fee entry
 * @param i - its index in `fees`
 * @param compute - evaluates its amount expression (undefined when undecided)
 * @returns the amount, a problem, or undefined
 * @example
 * feeAmount({ amount: 50000, … }, 0, () => undefined) //=> 50000
 */
export function feeAmount(fee: Fee, i: number, compute: () => unknown): number | Problem | undefined {
  if (typeof fee.amount === 'number') return fee.amount;
  const raw = compute();
  if (typeof raw === 'bigint' && raw >= 0n && raw <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(raw);
  if (raw === undefined) return undefined;
  const path: ProblemPath = ['fees', i, 'amount', 'expr'];
  const subject = { subject: fee.name.en ?? fee.name.vi, subjectVi: fee.name.vi };
  return problem(
    'CONDITION_ERROR',
    'error',
    {
      source: fee.amount.expr,
      purpose: 'fee-amount',
      ...subject,
      reason: 'not-an-amount',
      detail: String(raw),
    },
    path,
  );
}
