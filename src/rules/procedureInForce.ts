/**
 * Picks the version of a procedure in force on a receipt date. A dossier stays under the rules in force when it
 * was received (Decree 118/2025 transition: dossiers received before 01/07/2025 keep the old rules), so the
 * version is chosen by the receipt day — e.g. the construction permit: 15 calendar days until 30/06/2026,
 * 7 working days from 01/07/2026 (Decree 217/2026 Art. 54).
 */
import type { CalendarDate } from '../calendar/date.js';
import { isCalendarDay } from './calendarDay.js';
import type { Procedure } from './defineProcedure.js';
import { RulesError } from './errors.js';
import { problem } from './problems.js';

/**
 * The version whose `effective.from ≤ receiptDate ≤ effective.to` (open end when `to` is absent), or
 * `undefined` if none is in force. Versions of other procedure codes are ignored when `code` is given. Throws a
 * `RulesError` with `SCHEMA_INVALID_FORMAT` at `['receiptDate']` when the date is not a string naming a real day
 * (`'30/06/2026'`, `'2026-02-30'`, a number), and with `DUPLICATE_ID` when two versions of one code are in force
 * the same day (or versions of several codes are mixed without `code`).
 *
 * @param versions - loaded versions of one procedure (or of several, with `options.code`)
 * @param receiptDate - the receipt day `YYYY-MM-DD`
 * @param options - `code`: the procedure code to pick among mixed versions
 * @returns the version in force, or `undefined`
 * @example
 * procedureInForce([permit2025, permit2026], '2026-06-30')?.definition.version //=> '2025.1'
 * procedureInForce([permit2025, permit2026], '2026-07-01')?.definition.version //=> '2026.1'
 */
export function procedureInForce(
  versions: readonly Procedure[],
  receiptDate: CalendarDate,
  options: { readonly code?: string } = {},
): Procedure | undefined {
  // Untyped callers (JavaScript, JSON) may pass anything: a non-string is refused like a malformed day.
  const given: unknown = receiptDate;
  if (typeof given !== 'string' || !isCalendarDay(given)) {
    throw new RulesError([problem('SCHEMA_INVALID_FORMAT', 'error', { format: 'date' }, ['receiptDate'])]);
  }
  const inForce = versions.filter(({ definition: d }) => {
    if (options.code !== undefined && d.code !== options.code) return false;
    return d.effective.from <= receiptDate && (d.effective.to === undefined || receiptDate <= d.effective.to);
  });
  const codes = new Set(inForce.map((p) => p.definition.code));
  if (inForce.length > codes.size) {
    const code = inForce[0]!.definition.code;
    throw new RulesError([
      problem('DUPLICATE_ID', 'error', { kind: 'version', id: code, date: receiptDate }, ['versions']),
    ]);
  }
  if (codes.size > 1 && options.code === undefined) {
    throw new RulesError([
      problem('DUPLICATE_ID', 'error', { kind: 'procedure', id: [...codes].join(', '), date: null }, [
        'versions',
      ]),
    ]);
  }
  return inForce[0];
}
