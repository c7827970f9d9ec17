/**
 * Dates and times as the lookup writes them (text messages, the kiosk, the web page): a day `DD/MM/YYYY`, a due
 * instant `HH:MM DD/MM/YYYY`, and a period that ends at midnight as 24:00 of its last day (Civil Code 2015
 * Art. 148(6)) — the forms' own rule, read from `forms/model.ts`.
 */
import { vnDate } from '../time.js';

/** A due instant, short: `17:00 02/03/2026`, or `24:00 12/03/2026` for a period ending at midnight. */
export { dueClock, dueShort as shortDue } from '../forms/model.js';

/**
 * A day as written on the slips.
 *
 * @example
 * shortDay('2026-03-10') //=> '10/03/2026'
 */
export function shortDay(day: string): string {
  return vnDate(day);
}
