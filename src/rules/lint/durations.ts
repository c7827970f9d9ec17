/**
 * Time limits compared in one unit, for the lint rules that keep one limit within another (a step's own limit
 * within the total, a result's limit, an extension). Eight working hours make a working day (domain notes §5:
 * "8 working hours make a working day"), so working hours and working days compare; calendar days and months
 * compare only with themselves — a month is 28 to 31 days, and a working day is not a calendar day, so any other
 * pair is incomparable (and the rules say so rather than guess).
 */
import type { DurationData, Period } from '../schema/common.js';
import type { TimeLimit } from '../schema/timing.js';

/** A limit as definitions write it: the same day (`{ "type": "immediate" }`) or a duration. */
export type Limit = TimeLimit | Period | DurationData;

/** The duration of a limit, or `null` for the same day. */
function span(limit: Limit): DurationData | null {
  if ('type' in limit && limit.type === 'immediate') return null;
  const d = limit as DurationData;
  return { amount: d.amount, unit: d.unit };
}

/** How a limit stands against another: longer, within it, or not comparable. */
export type Comparison = 'longer' | 'within' | 'incomparable';

/** The scale a unit is measured on, and its size there. */
function measure(d: DurationData): { scale: string; size: number } {
  switch (d.unit) {
    case 'working-days':
      return { scale: 'working', size: d.amount };
    case 'working-hours':
      return { scale: 'working', size: d.amount / 8 };
    case 'calendar-days':
    case 'months':
      return { scale: d.unit, size: d.amount };
  }
}

/**
 * Whether `limit` is longer than `total`. The same day (`immediate`) is within anything; against a same-day
 * total every duration is longer.
 *
 * @param limit - the limit to check
 * @param total - the limit it should stay within
 * @returns `longer`, `within` or `incomparable`
 * @example
 * compareLimits({ amount: 20, unit: 'working-hours' }, { type: 'duration', amount: 3, unit: 'working-days' })
 * //=> 'within'   (20 working hours = 2.5 working days)
 * compareLimits({ amount: 15, unit: 'working-days' }, { amount: 1, unit: 'months' }) //=> 'incomparable'
 */
export function compareLimits(limit: Limit, total: Limit): Comparison {
  const a = span(limit);
  const b = span(total);
  if (a === null) return 'within';
  if (b === null) return 'longer';
  const x = measure(a);
  const y = measure(b);
  if (x.scale !== y.scale) return 'incomparable';
  return x.size > y.size + 1e-9 ? 'longer' : 'within';
}

/**
 * A limit as message parameters: its amount and unit (`immediate`, amount 0, for the same day).
 *
 * @example
 * limitParams({ type: 'immediate' }) //=> { amount: 0, unit: 'immediate' }
 */
export function limitParams(limit: Limit): { amount: number; unit: string } {
  const d = span(limit);
  return d === null ? { amount: 0, unit: 'immediate' } : { amount: d.amount, unit: d.unit };
}

/** A total as message parameters: its amount and unit (`immediate` for the same day). */
export function totalParams(total: Limit): { total: number; totalUnit: string } {
  const { amount, unit } = limitParams(total);
  return { total: amount, totalUnit: unit };
}
