/**
 * @name dueInstant
 * @summary The clock start and the due instant of {@link deadline}, in epoch milliseconds, without the explanation.
 *
 * @description
 * The same count as `deadline` (one function counts for both), without the days off and the notes: a fraction of
 * the cost, for reading many appointments at once — the engine's statistics read a million this way.
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param receivedAt - the receipt instant
 * @param limit - `{ amount, unit }`
 * @param options - counting policy, cut-off, channel
 * @returns `{ start, due }` in epoch milliseconds
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_INSTANT`, `INVALID_COUNT`, `INVALID_OPTIONS`, `OUT_OF_RANGE`
 *
 * @example
 * // Received Thursday 12/02/2026 at 10:00, 3 working days: Tuesday 24/02 at 10:00, Tết skipped.
 * dueInstant(cal, '2026-02-12T10:00:00+07:00', { amount: 3, unit: 'working-days' }).due; // 1771902000000
 */
import { type Calendar, indexOf } from './calendar.js';
import { type InstantInput, parseInstant } from './date.js';
import { countDeadline } from './deadline.js';
import type { ReceiptOptions } from './receipt.js';
import type { Duration } from './units.js';

export function dueInstant(
  calendar: Calendar,
  receivedAt: InstantInput,
  limit: Duration,
  options: ReceiptOptions = {},
): { readonly start: number; readonly due: number } {
  const index = indexOf(calendar);
  const { start, due } = countDeadline(index, parseInstant(receivedAt, ['receivedAt']), limit, options, null);
  return { start, due };
}
