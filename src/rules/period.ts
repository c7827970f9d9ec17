/**
 * Reading a period (a step's, a result's or a variant's limit): the same day is `{ "type": "immediate" }` in a
 * definition, and an amount of 0 working days to the calendar, which counts 0 as "the same day" under every
 * policy — one way to write it, one way to count it.
 */
import type { DurationUnit } from '../calendar/units.js';
import type { Period } from './schema/common.js';
import type { TimeLimit } from './schema/timing.js';

/** A period as the calendar counts it. */
export interface PeriodAmount {
  readonly amount: number;
  readonly unit: DurationUnit;
}

/** The calendar's same day: 0 working days. */
const SAME_DAY: PeriodAmount = Object.freeze({ amount: 0, unit: 'working-days' });

/**
 * The amount and unit of a period: `immediate` is 0 working days (the calendar's "same day").
 *
 * @param period - a limit from a definition
 * @returns its amount and unit
 * @example
 * periodAmount({ type: 'immediate' }) //=> { amount: 0, unit: 'working-days' }
 * periodAmount({ amount: 2, unit: 'working-days' }) //=> { amount: 2, unit: 'working-days' }
 */
export function periodAmount(period: Period): PeriodAmount {
  return period.type === 'immediate' ? SAME_DAY : { amount: period.amount, unit: period.unit };
}

/**
 * A period as a procedure time limit (`type` always written).
 *
 * @param period - a limit from a definition
 * @returns the same limit, `{ type: 'immediate' }` or `{ type: 'duration', amount, unit }`
 * @example
 * asTimeLimit({ amount: 5, unit: 'working-days' }) //=> { type: 'duration', amount: 5, unit: 'working-days' }
 */
export function asTimeLimit(period: Period): TimeLimit {
  return period.type === 'immediate'
    ? period
    : { type: 'duration', amount: period.amount, unit: period.unit };
}
