/**
 * Which law governs a dossier — one place for the legal timeline the engine reads (domain notes §2):
 * - Decree 61/2018/NĐ-CP (amended by Decree 107/2021) for dossiers received before 01/07/2025: no 8-working-hour
 *   online acceptance (Art. 17(2)), no right to stop (Art. 21), no 15-day closure (Art. 19(5));
 * - Decree 118/2025/NĐ-CP from 01/07/2025 (the calendar's `DECREE_118_FROM`, which also switches its receipt
 *   rules);
 * - the forms of Circular 03/2025/TT-VPCP from 15/09/2025, Circular 01/2018/TT-VPCP before.
 * The rule set is chosen by the receipt day (or the submission day before receipt) and kept for the dossier's life.
 */
import { DECREE_118_FROM } from '../calendar/index.js';
import { legalDay } from './time.js';

export { DECREE_118_FROM };

/** First day of Circular 03/2025/TT-VPCP (the desk's forms). */
export const CIRCULAR_03_FROM = '2025-09-15';

/** The rule sets of the one-stop mechanism. */
export const regimes = ['decree-61-2018', 'decree-118-2025'] as const;
export type Regime = (typeof regimes)[number];

/** The forms circulars. */
export type Circular = 'circular-03-2025' | 'circular-01-2018';

/**
 * The rule set of a dossier received (or submitted) at an instant.
 *
 * @example
 * regimeAt('2025-06-30T16:00:00+07:00') //=> 'decree-61-2018'
 * regimeAt('2025-07-01T08:00:00+07:00') //=> 'decree-118-2025'
 */
export function regimeAt(instant: string): Regime {
  return legalDay(instant) < DECREE_118_FROM ? 'decree-61-2018' : 'decree-118-2025';
}

/**
 * The forms circular of a dossier received at an instant.
 *
 * @example
 * formsCircularAt('2025-09-14T10:00:00+07:00') //=> 'circular-01-2018'
 */
export function formsCircularAt(instant: string): Circular {
  return legalDay(instant) < CIRCULAR_03_FROM ? 'circular-01-2018' : 'circular-03-2025';
}
