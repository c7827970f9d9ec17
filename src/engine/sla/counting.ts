/**
 * The calendar's counting as the deadlines use it: the base deadline of an amount (fractional step shares of
 * calendar units included), periods lengthened by whole days of pause, the end of an appointment day, the days off
 * a moved deadline skips — each answer cached per calendar (calendars are immutable, so answers never go stale).
 * Only `deadline.ts` composes these into due instants.
 */
import {
  type Calendar,
  calendarPeriod,
  type DayInfo,
  type DurationUnit,
  dayInfo,
  deadline,
  dueInstant,
  isWorkingDay,
} from '../../calendar/index.js';
import { LruCache } from '../../shared/lru.js';
import type { CountingOptions } from '../context.js';
import { type Text, text } from '../messages/index.js';
import { legalDay, shiftDay, vnInstant } from '../time.js';
import { isWorkingUnit } from './clock.js';

const HOUR = 3_600_000;

/** The appointment day of a due instant: 24:00 belongs to the day before (Civil Code 2015 Art. 148(6)). */
export function dayOfDue(due: string): string {
  return legalDay(Date.parse(due) - 1);
}

/** The end of working hours of a day (the due instant of an appointment day). */
export function appointmentDue(calendar: Calendar, day: string): string {
  return deadline(calendar, `${day}T00:00:00+07:00`, { amount: 0, unit: 'working-days' }, { cutoff: null })
    .due;
}

/** The end of a day as an appointment: the first working day from it, at the end of its working hours or 24:00. */
export function endOfDay(calendar: Calendar, day: string, workingHours: boolean): string {
  let d = day;
  for (let i = 0; i < 366 && !isWorkingDay(calendar, d); i++) d = shiftDay(d, 1);
  return workingHours ? appointmentDue(calendar, d) : `${shiftDay(d, 1)}T00:00:00+07:00`;
}

/**
 * A period in calendar days or months lengthened by `extraDays` whole days of pause: its nominal last day moves
 * by that many days, then rolls over days off to the next working day and ends at 24:00 (Civil Code 2015
 * Art. 148(5), (6)), by the calendar's `calendarPeriod`. A fractional step share (0.5 day) keeps its hour and
 * moves by whole days.
 */
export function extendPeriodMs(
  calendar: Calendar,
  from: number,
  amount: number,
  unit: DurationUnit,
  extraDays: number,
  baseDue: number,
): number {
  if (extraDays === 0) return baseDue;
  if (!Number.isInteger(amount)) return baseDue + extraDays * 24 * HOUR;
  const nominal = calendarPeriod(
    calendar,
    legalDay(from),
    unit === 'months' ? { months: amount } : { days: amount },
  ).nominalEnd;
  return Date.parse(calendarPeriod(calendar, nominal, { days: extraDays }).endsAt);
}

export interface BaseDeadline {
  readonly start: string;
  readonly due: string;
  readonly dueDate: string;
  readonly daysOff: readonly DayInfo[];
  readonly notes: readonly Text[];
}

/**
 * The calendar's deadline of an amount, with a first note naming the policy. Step shares in calendar days or
 * months may be fractions (0.5 day): the whole part is counted by the Civil Code rules, the fraction is added as
 * calendar time (a month as 30 days), and a share below one day runs from the start of the period (00:00 the day
 * after receipt, Art. 147(2)).
 */
export function baseDeadline(
  calendar: Calendar,
  counting: CountingOptions,
  from: string,
  amount: number,
  unit: DurationUnit,
  explain = true,
): BaseDeadline {
  const count = explain ? cachedDeadline : unexplainedDeadline;
  if (isWorkingUnit(unit) || Number.isInteger(amount)) return count(calendar, from, amount, unit, counting);
  const whole = Math.floor(amount);
  const days = (amount - whole) * (unit === 'months' ? 30 : 1);
  const d = count(calendar, from, Math.max(1, whole), unit, counting);
  const anchor = whole === 0 ? d.start : d.due;
  const due = vnInstant(Date.parse(anchor) + days * 24 * HOUR);
  return { start: d.start, due, dueDate: dayOfDue(due), daysOff: d.daysOff, notes: d.notes };
}

/** An empty list, shared (deadlines read without their explanation). */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * The calendar's deadline without its explanation: the same start and due (`dueInstant`), not cached —
 * for reading many dossiers once each (the statistics).
 */
export function unexplainedDeadline(
  calendar: Calendar,
  from: string,
  amount: number,
  unit: DurationUnit,
  counting: CountingOptions,
): BaseDeadline {
  const d = dueInstant(calendar, Date.parse(from), { amount, unit }, counting);
  // The base's own day is read only to explain the days off: not needed here (the view computes its `dueDate`).
  return { start: vnInstant(d.start), due: vnInstant(d.due), dueDate: '', daysOff: NONE, notes: NONE };
}

/** Deadlines already computed, per calendar (calendars are immutable, so answers never go stale). */
const deadlines = new WeakMap<Calendar, LruCache<string, BaseDeadline>>();
const MAX_CACHED_DEADLINES = 5_000;

export function cachedDeadline(
  calendar: Calendar,
  from: string,
  amount: number,
  unit: DurationUnit,
  counting: CountingOptions,
): BaseDeadline {
  let cache = deadlines.get(calendar);
  if (!cache) {
    cache = new LruCache(MAX_CACHED_DEADLINES);
    deadlines.set(calendar, cache);
  }
  const key = `${from}|${amount}|${unit}|${counting.policy}|${counting.cutoff}|${counting.channel}|${counting.onlineOutsideHours}`;
  let d = cache.get(key);
  if (!d) {
    const c = deadline(calendar, from, { amount, unit }, counting);
    // Calendar days and months follow the Civil Code whatever the policy: no policy line for them.
    const notes = isWorkingUnit(unit)
      ? [text('EXPLAIN_POLICY', { policy: counting.policy }), ...c.notes]
      : c.notes;
    d = { start: c.start, due: c.due, dueDate: c.dueDate, daysOff: c.daysOff, notes };
    cache.set(key, d);
  }
  return d;
}

/** Days off (not plain weekends) strictly after `from` up to `to`, for deadlines moved by pauses. */
const daysOffCache = new WeakMap<Calendar, LruCache<string, readonly DayInfo[]>>();

export function daysOffBetween(calendar: Calendar, from: string, to: string): readonly DayInfo[] {
  let cache = daysOffCache.get(calendar);
  if (!cache) {
    cache = new LruCache(MAX_CACHED_DEADLINES);
    daysOffCache.set(calendar, cache);
  }
  const key = `${from}|${to}`;
  const known = cache.get(key);
  if (known) return known;
  const out: DayInfo[] = [];
  let day = from;
  for (let i = 0; i < 400 && day < to; i++) {
    day = shiftDay(day, 1);
    const info = dayInfo(calendar, day);
    if (!info.working && !info.reasons.every((r) => r.kind === 'weekly-rest')) out.push(info);
  }
  cache.set(key, out);
  return out;
}
