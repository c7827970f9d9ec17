import { type Calendar, indexOf } from './calendar.js';
import { formatDay, formatInstant, type InstantInput, parseInstant } from './date.js';
import { type ClockStart, checkOptions, clockStartMs, type ReceiptOptions } from './receipt.js';

/**
 * @summary When the processing clock starts for a dossier received at an instant.
 *
 * @description
 * The clock counts from complete, valid receipt (Decree 118/2025 Art. 17(3)). Under `working-hours` (the default)
 * it runs from the next working instant; under `working-days-cutoff` a dossier received on a working day by the
 * cut-off makes that day day 1, otherwise day 1 is the next working day; under `civil-code` the receipt day is never
 * counted (Civil Code 2015 Art. 147(2) by analogy).
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param receivedAt - the receipt instant printed on the receipt slip
 * @param options - policy, cut-off (`'15:00'`), channel
 * @returns {@link ClockStart}
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_INSTANT`, `INVALID_OPTIONS`, `OUT_OF_RANGE`
 *
 * @example
 * // Received Friday 13/02/2026 at 15:30, after the 15:00 cut-off; Tết follows.
 * clockStart(cal, '2026-02-13T15:30:00+07:00', { policy: 'working-days-cutoff' }).firstDay; // '2026-02-23'
 * clockStart(cal, '2026-02-13T15:30:00+07:00').start; // '2026-02-13T15:30:00+07:00' — working hours count at once
 */
export function clockStart(
  calendar: Calendar,
  receivedAt: InstantInput,
  options: ReceiptOptions = {},
): ClockStart {
  const index = indexOf(calendar);
  const c = clockStartMs(index, parseInstant(receivedAt, ['receivedAt']), checkOptions(options));
  return {
    receivedAt: formatInstant(c.received),
    countedFrom: formatInstant(c.counted),
    start: formatInstant(c.start),
    firstDay: c.firstDay === null ? null : formatDay(c.firstDay),
    policy: c.policy,
    notes: c.notes,
  };
}
