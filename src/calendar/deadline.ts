import { addWorkingDaysAt, firstWorkingDayAfter } from './addWorkingDays.js';
import { addHoursAt } from './addWorkingHours.js';
import { type Calendar, indexOf } from './calendar.js';
import type { CalendarIndex } from './calendarIndex.js';
import { calendarPeriodOf, periodEndDay } from './calendarPeriod.js';
import { checkAmount } from './counts.js';
import {
  formatDay,
  formatInstant,
  type InstantInput,
  instantAt,
  legalDayOf,
  parseDay,
  parseInstant,
} from './date.js';
import { type DayInfo, dayInfoOf } from './dayInfo.js';
import { calendarError, dataError, shown } from './errors.js';
import { issue } from './issues.js';
import { viDate } from './names.js';
import { dayEndMs } from './nextWorkingInstant.js';
import type { Text } from './reasons.js';
import {
  type ClockStartMs,
  checkOptions,
  clockStartMs,
  type ReceiptOptions,
  sameDayReceipt,
} from './receipt.js';
import { type CountingPolicy, type Duration, durationUnits } from './units.js';

/** The appointment date of a dossier, and how it was reached. */
export interface Deadline {
  readonly receivedAt: string;
  readonly limit: Duration;
  readonly policy: CountingPolicy;
  /** The instant the clock starts. */
  readonly start: string;
  /** The due instant: late when the result comes after it. */
  readonly due: string;
  /** The appointment day printed on the receipt slip. */
  readonly dueDate: string;
  /** Days off between the receipt and the due day that are not plain weekends: holidays, swaps, closures. */
  readonly daysOff: readonly DayInfo[];
  /** Plain weekly rest days in the same span. */
  readonly weeklyRestDays: number;
  /** How the date was reached, one line per rule. */
  readonly notes: readonly Text[];
}

/**
 * @summary The appointment date (ngày hẹn trả kết quả) of a dossier received at an instant, with the reasons.
 *
 * @description
 * Starts the clock by the receipt rules ({@link clockStart}), then counts the time limit in its unit:
 * - working days, by the chosen policy: `working-hours` (the default: N × 8 working hours from the next working
 *   instant of complete receipt, Decree 118/2025 Art. 17(3)), `working-days-cutoff` (day 1 is the receipt day when
 *   received before the cut-off, due at the end of the last day's working hours) or `civil-code` (the receipt day
 *   is not counted). Fractions (0.5 day) are counted in working hours; 0 is "the same day" under every policy;
 * - working hours, from the clock start;
 * - calendar days and months by the Civil Code 2015 Art. 147–148 ({@link calendarPeriod}): due at 24:00 of the
 *   last day, moved to the next working day when it is a day off.
 * The result lists every holiday, compensatory, swapped or closed day skipped, so the desk can say why.
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param receivedAt - the receipt instant printed on the receipt slip
 * @param limit - `{ amount, unit }`
 * @param options - counting policy, cut-off, channel
 * @returns {@link Deadline}
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_INSTANT`, `INVALID_COUNT`, `INVALID_OPTIONS`, `OUT_OF_RANGE`
 *
 * @example
 * // Business registration, 3 working days, received Thursday 12/02/2026 at 10:00: 24 working hours from then,
 * // the rest of the 12th, the 13th, then Tết (16–20/02) and the weekends skipped; due Tuesday 24/02 at 10:00.
 * const limit = { amount: 3, unit: 'working-days' };
 * deadline(cal, '2026-02-12T10:00:00+07:00', limit).due; // '2026-02-24T10:00:00+07:00'
 * // The same under the cut-off policy a portal may choose: the receipt day is day 1, due Monday 23/02 at 17:00.
 * deadline(cal, '2026-02-12T10:00:00+07:00', limit, { policy: 'working-days-cutoff' }).due; // '2026-02-23T17:00:00+07:00'
 */
export function deadline(
  calendar: Calendar,
  receivedAt: InstantInput,
  limit: Duration,
  options: ReceiptOptions = {},
): Deadline {
  const index = indexOf(calendar);
  const received = parseInstant(receivedAt, ['receivedAt']);
  const notes: Text[] = [];
  const { c, amount, start, due, dueDay } = countDeadline(index, received, limit, options, notes);
  const { daysOff, weeklyRestDays } = skippedDays(index, legalDayOf(received), dueDay);
  return {
    receivedAt: formatInstant(received),
    limit: { amount, unit: limit.unit },
    policy: c.policy,
    start: formatInstant(start),
    due: formatInstant(due),
    dueDate: formatDay(dueDay),
    daysOff,
    weeklyRestDays,
    notes,
  };
}

/**
 * The count behind {@link deadline} and `dueInstant`: the clock start, the due instant and its day, in epoch ms;
 * the notes are written when a list is given (the explanation costs more than the count).
 */
export function countDeadline(
  index: CalendarIndex,
  received: number,
  limit: Duration,
  options: ReceiptOptions,
  notes: Text[] | null,
): { c: ClockStartMs; amount: number; start: number; due: number; dueDay: number } {
  if (limit === null || typeof limit !== 'object') {
    throw dataError('INVALID_OPTIONS', [issue('WRONG_TYPE', { expected: 'object' }, ['limit'])]);
  }
  if (!durationUnits.includes(limit.unit)) {
    throw dataError('INVALID_OPTIONS', [
      issue('NOT_ONE_OF', { value: shown(limit.unit), allowed: durationUnits }, ['limit', 'unit']),
    ]);
  }
  const amount = checkAmount(limit.amount, PATH_AMOUNT);
  if (amount < 0)
    throw calendarError('INVALID_COUNT', { value: String(amount), rule: 'negative-limit' }, PATH_AMOUNT);
  const c = clockStartMs(index, received, checkOptions(options));
  if (notes) notes.push(...c.notes);
  // A plain switch (exhaustive by `never`): this runs for every appointment a summary of a million dossiers reads.
  let counted: { start: number; due: number; dueDay: number };
  const unit = limit.unit;
  switch (unit) {
    case 'working-days':
      counted = countWorkingDays(index, c, amount, notes);
      break;
    case 'working-hours': {
      const due = addHoursAt(index, c.start, amount);
      counted = { start: c.start, due, dueDay: legalDayOf(due) };
      break;
    }
    case 'calendar-days':
    case 'months': {
      const whole = wholeAmount(amount, unit);
      const day = legalDayOf(received);
      const length = unit === 'months' ? { months: whole } : { days: whole };
      let end: number;
      if (notes === null) end = periodEndDay(index, day, length);
      else {
        const period = calendarPeriodOf(index, formatDay(day), length);
        notes.push({
          vi: `Thời hạn theo ngày, tháng: tính từ ngày tiếp theo ngày tiếp nhận, kết thúc 24 giờ ngày cuối cùng${period.end === period.nominalEnd ? '' : `; ngày cuối ${viDate(period.nominalEnd)} là ngày nghỉ nên kết thúc ngày ${viDate(period.end)}`} (Bộ luật Dân sự 2015, Điều 147, 148)`,
          en: `Calendar period: from the day after receipt to 24:00 of the last day${period.end === period.nominalEnd ? '' : `; the last day ${period.nominalEnd} is a day off, so it ends on ${period.end}`} (Civil Code 2015 Art. 147–148)`,
        });
        end = parseDay(period.end);
      }
      counted = { start: instantAt(day + 1, 0), due: instantAt(end + 1, 0), dueDay: end };
      break;
    }
    default:
      return unit satisfies never;
  }
  const { start, due, dueDay } = counted;
  return { c, amount, start, due, dueDay };
}

function countWorkingDays(
  index: CalendarIndex,
  c: ClockStartMs,
  amount: number,
  notes: Text[] | null,
): { start: number; due: number; dueDay: number } {
  const hoursPerDay = index.hoursPerDay;
  if (amount === 0) {
    // Same-day procedures (trả trong ngày): the receipt day if received in the day (by the cut-off), else the next
    // working day, whatever the policy — working hours included (Law on Civil Status Art. 5(3); Decree 23/2015
    // Art. 7).
    const day = legalDayOf(c.counted);
    const sameDay = sameDayReceipt(index, c.counted, c.cutoff).sameDay;
    const dueDay = sameDay ? day : firstWorkingDayAfter(index, day, PATH_AMOUNT);
    notes?.push({
      vi: `Trả trong ngày: ${viDate(formatDay(dueDay))}`,
      en: `Same day: ${formatDay(dueDay)}`,
    });
    return { start: c.start, due: dayEndMs(index, dueDay), dueDay };
  }
  if (c.policy === 'working-hours') {
    notes?.push({
      vi: `Tính theo giờ làm việc: ${amount} ngày × ${hoursPerDay} giờ`,
      en: `Counted in working hours: ${amount} days × ${hoursPerDay} hours`,
    });
    const due = addHoursAt(index, c.start, amount * hoursPerDay);
    return { start: c.start, due, dueDay: legalDayOf(due) };
  }
  const firstDay = c.firstDay!;
  const whole = Math.floor(amount);
  const fraction = amount - whole;
  // Whole days count days (a half-day Saturday desk's Saturday is a day); the fraction counts working hours from
  // the end of the last whole day (from the clock start when there is none), but never past the end of the next
  // day — so a larger amount is never due earlier.
  const y = index.yearOfDay(firstDay);
  const dayEnd = (n: number): number => {
    const d = addWorkingDaysAt(index, y, firstDay - y.start, n - 1, PATH_AMOUNT);
    return dayEndMs(index, d.year.start + d.offset);
  };
  let due = whole === 0 ? c.start : dayEnd(whole);
  if (fraction > 0) due = Math.min(addHoursAt(index, due, fraction * hoursPerDay), dayEnd(whole + 1));
  notes?.push({
    vi: `Ngày thứ nhất: ${viDate(formatDay(firstDay))}; hẹn trả cuối giờ làm việc ngày thứ ${amount}`,
    en: `Day 1: ${formatDay(firstDay)}; due at the end of working hours on day ${amount}`,
  });
  return { start: c.start, due, dueDay: legalDayOf(due) };
}

const PATH_AMOUNT: readonly string[] = ['limit', 'amount'];

function wholeAmount(amount: number, unit: 'calendar-days' | 'months'): number {
  if (Number.isInteger(amount)) return amount;
  throw calendarError(
    'INVALID_COUNT',
    { value: String(amount), rule: unit === 'months' ? 'whole-months' : 'whole-calendar-days' },
    PATH_AMOUNT,
  );
}

function skippedDays(
  index: CalendarIndex,
  from: number,
  to: number,
): { daysOff: DayInfo[]; weeklyRestDays: number } {
  const daysOff: DayInfo[] = [];
  let weeklyRestDays = 0;
  for (let day = from + 1; day <= to; day++) {
    const y = index.yearOfDay(day);
    const offset = day - y.start;
    if (y.working[offset]) continue;
    const reasons = y.entries.get(day)?.reasons ?? [];
    // A weekend on which a desk only receives is still a plain weekly rest day for counting.
    if (reasons.every((r) => r.kind === 'weekly-rest' || r.effect === 'reception')) weeklyRestDays++;
    else daysOff.push(dayInfoOf(index, y, offset));
  }
  return { daysOff, weeklyRestDays };
}
