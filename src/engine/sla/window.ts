/**
 * The window to ask for a supplement during processing (Decree 118/2025 Art. 19(5): 03 working days from receipt),
 * or a sector law's own — counted by the Civil Code from the day after receipt, whatever policy the appointment uses.
 */
import type { Calendar, DurationUnit } from '../../calendar/index.js';
import type { CountingOptions, DossierContext } from '../context.js';
import { cachedDeadline } from './counting.js';

/** The window to ask for a supplement during processing. */
export interface RequestWindow {
  readonly amount: number;
  readonly unit: DurationUnit;
}

/** Decree 118/2025 Art. 19(5): 03 working days from receipt. */
export const DEFAULT_REQUEST_WINDOW: RequestWindow = Object.freeze({ amount: 3, unit: 'working-days' });

/** The request window of a dossier's definition: its sector rule, else the decree's 3 working days. */
export function requestWindowOf(ctx: DossierContext): RequestWindow {
  return ctx.compiled.procedure.definition.timing.supplement.requestWindow ?? DEFAULT_REQUEST_WINDOW;
}

/**
 * The last instant to ask for a supplement during processing: "03 ngày làm việc kể từ ngày tiếp nhận" (Decree
 * 118/2025 Art. 19(5); Decree 61/2018 Art. 19(4)). A period in days counted from an event starts the next day
 * (Civil Code 2015 Art. 147(2)) and ends with the working hours of its last day: the end of the third working day
 * after the receipt day, whatever policy the appointment is counted by — the engine refuses a later request, so
 * it must not refuse one this reading allows. `from` is the receipt — under Decree 61/2018, which allows several
 * requests, the latest restart of the clock (the time "tính lại từ đầu").
 *
 * @example
 * supplementWindow(cal, '2026-03-02T09:00:00+07:00', counting) // '2026-03-05T17:00:00+07:00'
 *
 * Where a sector law sets another window (`timing.supplement.requestWindow`: 7 working days to appraise and
 * notify once for a construction permit, Construction Law 2014 Art. 102(1) as amended in 2020), it is counted
 * the same way.
 */
export function supplementWindow(
  calendar: Calendar,
  from: string,
  counting: CountingOptions,
  window: RequestWindow = DEFAULT_REQUEST_WINDOW,
): string {
  return cachedDeadline(calendar, from, window.amount, window.unit, {
    policy: 'civil-code',
    cutoff: null,
    channel: counting.channel,
    onlineOutsideHours: 'as-sent',
  }).due;
}
