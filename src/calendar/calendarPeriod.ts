import { addMonths } from 'date-fns/addMonths';
import { type Calendar, indexOf } from './calendar.js';
import type { CalendarIndex } from './calendarIndex.js';
import { checkDayCount } from './counts.js';
import {
  type CalendarDate,
  type DateInput,
  epochDayOf,
  formatDay,
  formatInstant,
  instantAt,
  parseDay,
} from './date.js';
import { type DayInfo, dayInfoOf } from './dayInfo.js';
import { calendarError, dataError } from './errors.js';
import { issue } from './issues.js';

export interface CalendarPeriod {
  /** The first day of the period: the day after the event (Art. 147(2)). */
  readonly start: CalendarDate;
  /** The last day before any shift (event + n days, or the same day number n months later). */
  readonly nominalEnd: CalendarDate;
  /** The last day after Art. 148(5): the next working day when the nominal last day is a day off. */
  readonly end: CalendarDate;
  /** 24:00 of `end` (Art. 148(6)), as the instant `end + 1 day, 00:00 +07:00`. */
  readonly endsAt: string;
  /** The days off the end was moved over, with their reasons. */
  readonly shiftedOver: readonly DayInfo[];
}

export type PeriodLength = { readonly days: number } | { readonly months: number };

/**
 * @summary A period in calendar days or months, counted as the Civil Code 2015 counts it.
 *
 * @description
 * - a period in days starts the day after the event (Art. 147(2)) and its last day is event + n;
 * - a period in months ends on the same day number n months later, or on the last day of that month when the day
 *   does not exist (Art. 148(3); date-fns `addMonths` clamps the same way);
 * - if the last day is a day off (weekly rest, holiday, or any non-working day of this calendar), the period ends
 *   at the end of the next working day (Art. 148(5));
 * - the period ends at 24:00 of its last day (Art. 148(6)): `endsAt` is that instant.
 * Used when another law does not say otherwise (Art. 145) — a construction permit in calendar days, say.
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param event - the day of the event (receipt of the dossier)
 * @param length - `{ days: n }` or `{ months: n }`, n a non-negative safe integer
 * @returns {@link CalendarPeriod}
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_DATE`, `INVALID_COUNT`, `INVALID_OPTIONS`, `OUT_OF_RANGE`
 *
 * @example
 * // 15 calendar days from 16/04/2026: the nominal last day, Friday 01/05, is Labour Day; the period ends at
 * // 24:00 on Monday 04/05/2026.
 * calendarPeriod(cal, '2026-04-16', { days: 15 }).end; // '2026-05-04'
 * calendarPeriod(cal, '2026-01-31', { months: 1 }).end; // '2026-03-02' — 28/02 is the month's last day, a Saturday
 */
export function calendarPeriod(calendar: Calendar, event: DateInput, length: PeriodLength): CalendarPeriod {
  return calendarPeriodOf(indexOf(calendar), event, length);
}

/** {@link calendarPeriod} on the calendar's index. */
export function calendarPeriodOf(
  index: CalendarIndex,
  event: DateInput,
  length: PeriodLength,
): CalendarPeriod {
  const day = parseDay(event, ['event']);
  index.yearOfDay(day, ['event']);
  if (length === null || typeof length !== 'object' || 'days' in length === 'months' in length) {
    throw dataError('INVALID_OPTIONS', [issue('PERIOD_SHAPE', {}, ['length'])]);
  }
  const nominal = nominalEnd(day, length);
  const shiftedOver: DayInfo[] = [];
  let end = nominal;
  for (;;) {
    const y = index.yearOfDay(end, ['length']);
    if (y.working[end - y.start]) break;
    shiftedOver.push(dayInfoOf(index, y, end - y.start));
    end++;
  }
  return {
    start: formatDay(day + 1),
    nominalEnd: formatDay(nominal),
    end: formatDay(end),
    endsAt: formatInstant(instantAt(end + 1, 0)),
    shiftedOver,
  };
}

/**
 * The last day of a period (epoch day) without its explanation: the nominal last day, rolled over days off to the
 * next working day (Civil Code 2015 Art. 148(5)) — what `deadline` counts when it is not asked to explain.
 */
export function periodEndDay(index: CalendarIndex, day: number, length: PeriodLength): number {
  let end = nominalEnd(day, length);
  for (;;) {
    const y = index.yearOfDay(end, ['length']);
    if (y.working[end - y.start]) return end;
    end++;
  }
}

function nominalEnd(day: number, length: PeriodLength): number {
  if ('days' in length) return day + nonNegative(length.days, ['length', 'days']);
  const months = nonNegative(length.months, ['length', 'months']);
  // Local noon exists in every host zone, so date-fns' local-time arithmetic cannot shift the day.
  const [y, m, d] = formatDay(day).split('-').map(Number) as [number, number, number];
  const shifted = addMonths(new Date(y, m - 1, d, 12), months);
  return epochDayOf(shifted.getFullYear(), shifted.getMonth() + 1, shifted.getDate());
}

function nonNegative(n: number, path: readonly (string | number)[]): number {
  checkDayCount(n, path);
  if (n < 0) {
    throw calendarError('INVALID_COUNT', { value: String(n), rule: 'negative-period' }, path);
  }
  return n;
}
