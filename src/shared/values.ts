/**
 * Small value helpers every module uses: deep freezing of shared data, and rounding of reported figures.
 */

/**
 * Freezes a value and everything inside it, so data shared between callers (a loaded definition, the shipped
 * schedules, a memoised transition) cannot be changed under the others. Returns the value.
 *
 * @example
 * const d = deepFreeze({ steps: [{ id: 'receive' }] });
 * Object.isFrozen(d.steps[0]) //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/**
 * A figure rounded to `digits` decimals (2 by default), for reports: 0.1 + 0.2 reads 0.3.
 *
 * @example
 * round(2 / 3) //=> 0.67
 * round(2 / 3, 4) //=> 0.6667
 */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
