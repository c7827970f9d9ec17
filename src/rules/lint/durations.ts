/**
 * Time limits compared in one unit, for the lint rules that keep one limit within another (a step's own limit
 * within the total, a result's limit, an extension). Eight working hours make a working day (domain notes §5:
 * "8 working hours make a working day"), so working hours and working days compare; calendar days and months
 * compare only with themselves — a month is 28 to 31 days, and a working day is not a calendar day, so any other
 * pair is incomparable (and the rules say so rather than guess).
 */
import type { DurationData } from '../schema/common.js';
import type { TimeLimit } from '../schema/timing.js';

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
 * Whether `limit` is longer than `total`. Against an `immediate` total (the same day) every duration is longer.
 *
 * @param limit - the limit to check
 * @param total - the limit it should stay within
 * @returns `longer`, `within` or `incomparable`
 * @example
 * compareLimits({ amount: 20, unit: 'working-hours' }, { type: 'duration', amount: 3, unit: 'working-days' })
 * //=> 'within'   (20 working hours = 2.5 working days)
 * compareLimits({ amount: 15, unit: 'working-days' }, { amount: 1, unit: 'months' }) //=> 'incomparable'
 */
export function compareLimits(limit: DurationData, total: TimeLimit | DurationData): Comparison {
  if ('type' in total && total.type === 'immediate') return 'longer';
  const a = measure(limit);
  const b = measure(total as DurationData);
  if (a.scale !== b.scale) return 'incomparable';
  return a.size > b.size + 1e-9 ? 'longer' : 'within';
}

/** A total as message parameters: its amount and unit (`immediate` for the same day). */
export function totalParams(total: TimeLimit | DurationData): { total: number; totalUnit: string } {
  if ('type' in total && total.type === 'immediate') return { total: 0, totalUnit: 'immediate' };
  const d = total as DurationData;
  return { total: d.amount, totalUnit: d.unit };
}
