/** Validation of the counts the calendar is asked to add: never a silent wrong date from NaN or 1.5 days. */
import { calendarError, shown } from './errors.js';

/** Default error paths, allocated once (these functions are on every call's hot path). */
const PATH_N: readonly string[] = ['n'];
const PATH_AMOUNT: readonly string[] = ['amount'];

/** A whole number of days (safe integer), or `INVALID_COUNT`. */
export function checkDayCount(n: unknown, path: readonly (string | number)[] = PATH_N): number {
  if (typeof n === 'number' && Number.isSafeInteger(n)) return n;
  throw calendarError('INVALID_COUNT', { value: shown(n), rule: 'whole-days' }, path);
}

/** A finite amount (hours, or a fractional number of days in a time limit), or `INVALID_COUNT`. */
export function checkAmount(n: unknown, path: readonly (string | number)[] = PATH_AMOUNT): number {
  if (typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= 1e7) return n;
  throw calendarError('INVALID_COUNT', { value: shown(n), rule: 'finite-amount' }, path);
}
