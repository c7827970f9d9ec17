/**
 * @name summaryPeriod
 * @summary The period of a summary (kỳ báo cáo): two legal days, or two instants — checked, never rolled over.
 *
 * @description
 * Days are legal days (Asia/Ho_Chi_Minh): `{ from: '2026-01-01', to: '2026-12-31' }` runs from 00:00 of the first
 * day to 24:00 of the last, both days included. Instants are ISO-8601 with an offset: `[from, to)`, the end
 * excluded, so consecutive periods share no instant. A day that does not exist (`2026-02-31`) is refused with
 * `INVALID_PERIOD` — `Date` would silently read it as 3 March. The months of a period (for a summary grouped by
 * month) are the calendar months it touches, each cut to the period.
 *
 * @example
 * summaryPeriod({ from: '2026-02-01', to: '2026-02-28' }).end // Date.parse('2026-03-01T00:00:00+07:00')
 * summaryPeriod({ from: '2026-02-01', to: '2026-02-31' })     // throws StatisticsError INVALID_PERIOD ('not-a-day')
 */
import { quote } from '../../shared/messages.js';
import { ISO_DAY, instantMs, realDay } from '../time.js';
import { statisticsError } from './errors.js';

/** A period as given: two days `YYYY-MM-DD` (both included) or two instants (the end excluded). */
export interface SummaryPeriodInput {
  readonly from: string;
  readonly to: string;
}

/** A checked period: `[start, end)` in epoch milliseconds, and the ends as given. */
export interface SummaryPeriod {
  readonly from: string;
  readonly to: string;
  readonly kind: 'days' | 'instants';
  readonly start: number;
  readonly end: number;
}

const VN = 7 * 3_600_000;
const dayStart = (day: string): number => Date.parse(`${day}T00:00:00Z`) - VN;

export function summaryPeriod(input: SummaryPeriodInput): SummaryPeriod {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw statisticsError('INVALID_PERIOD', { problem: 'not-an-object', from: quote(input), to: '' }, [
      'period',
    ]);
  const { from, to } = input;
  const shown = { from: quote(from), to: quote(to) };
  const isDay = (v: unknown): v is string => typeof v === 'string' && ISO_DAY.test(v);
  if (isDay(from) || isDay(to)) {
    if (!isDay(from) || !isDay(to)) {
      const other = isDay(from) ? to : from;
      const problem = instantMs(other) !== null ? 'mixed' : 'not-a-day';
      throw statisticsError('INVALID_PERIOD', { problem, ...shown }, ['period', isDay(from) ? 'to' : 'from']);
    }
    for (const [key, day] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (!realDay(day))
        throw statisticsError('INVALID_PERIOD', { problem: 'not-a-day', ...shown }, ['period', key]);
      else if (instantMs(`${day}T00:00:00+07:00`) === null)
        throw statisticsError('INVALID_PERIOD', { problem: 'out-of-range', ...shown }, ['period', key]);
    if (from > to) throw statisticsError('INVALID_PERIOD', { problem: 'order', ...shown }, ['period']);
    return { from, to, kind: 'days', start: dayStart(from), end: dayStart(to) + 86_400_000 };
  }
  const start = instantMs(from);
  const end = instantMs(to);
  if (start === null || end === null || typeof from !== 'string' || typeof to !== 'string')
    throw statisticsError('INVALID_PERIOD', { problem: 'not-an-instant', ...shown }, [
      'period',
      start === null ? 'from' : 'to',
    ]);
  if (start >= end) throw statisticsError('INVALID_PERIOD', { problem: 'order', ...shown }, ['period']);
  return { from, to, kind: 'instants', start, end };
}

/** A month of a period: `YYYY-MM` and its part of the period, `[start, end)`. */
export interface PeriodMonth {
  readonly month: string;
  readonly start: number;
  readonly end: number;
}

/** The month (`YYYY-MM`, Vietnam time) of an instant. */
export function monthOf(ms: number): string {
  return new Date(ms + VN).toISOString().slice(0, 7);
}

/** The first instant of the month after the one containing `ms` (Vietnam time). */
export function nextMonthStart(ms: number): number {
  const d = new Date(ms + VN);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - VN;
}

/**
 * The calendar months a period touches, each cut to the period.
 *
 * @example
 * periodMonths(summaryPeriod({ from: '2026-01-15', to: '2026-02-10' })).map((m) => m.month) // ['2026-01', '2026-02']
 */
export function periodMonths(period: Pick<SummaryPeriod, 'start' | 'end'>): PeriodMonth[] {
  const out: PeriodMonth[] = [];
  for (let s = period.start; s < period.end; ) {
    const e = Math.min(nextMonthStart(s), period.end);
    out.push({ month: monthOf(s), start: s, end: e });
    s = e;
  }
  return out;
}
