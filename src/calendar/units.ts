/**
 * Units of a time limit (đơn vị thời hạn) and the named policies for counting an appointment date.
 * Rule authors name these in procedure definitions; the calendar computes with them.
 */

/**
 * Units a procedure's time limit is published in (the announcement decision, and DVCQG's `DonViTinh`):
 * working days (ngày làm việc, the common case), working hours (giờ làm việc), calendar days (ngày, counted by the
 * Civil Code 2015 Art. 147–148) and months (tháng, Civil Code Art. 148(3)).
 */
export const durationUnits = ['working-days', 'working-hours', 'calendar-days', 'months'] as const;
export type DurationUnit = (typeof durationUnits)[number];

/**
 * How the appointment date (ngày hẹn trả) is counted from the receipt instant. Practice is mixed (see
 * docs/calendar.md); the default is `working-hours`, the others are chosen explicitly:
 * - `working-hours` (default): N × 8 working hours from the (next) working instant of complete receipt — the
 *   receipt slip prints an hour and a date, systems synced with the national portal count in hours, and the
 *   receipt day is never counted as a whole day (Decree 118/2025 Art. 17(3)); the 15:00 cut-off is then a
 *   transfer rule (Art. 18), not a counting rule;
 * - `working-days-cutoff`: received before the cut-off (15:00) the receipt day is day 1, otherwise day 1 is the
 *   next working day; due at the end of the last day's working hours;
 * - `civil-code`: the receipt day is not counted; due at the end of the N-th working day (Civil Code 2015
 *   Art. 147–148 by analogy).
 */
export const countingPolicies = ['working-hours', 'working-days-cutoff', 'civil-code'] as const;
export type CountingPolicy = (typeof countingPolicies)[number];

/** A time limit: an amount in a unit (`{ amount: 15, unit: 'working-days' }`). Fractions allowed (0.5 day). */
export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}
