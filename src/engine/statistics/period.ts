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

/** A day written another way a clerk writes it — 01/03/2026, 1.3.2026, 2026-3-1 — as `YYYY-MM-DD`, or `null`. */
function dayWrittenOtherwise(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > 12) return null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const [y, m, d] = dmy ? [dmy[3]!, dmy[2]!, dmy[1]!] : ymd ? [ymd[1]!, ymd[2]!, ymd[3]!] : [];
  if (y === undefined) return null;
  const day = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  // Only a day the period could take: a hint to write 2300-01-01 would be refused next.
  return day !== v && realDay(day) && instantMs(`${day}T00:00:00+07:00`) !== null ? day : null;
}

/**
 * The period of a calendar month `YYYY-MM`: its first and last days.
 *
 * @example
 * monthPeriod('2026-02') //=> { from: '2026-02-01', to: '2026-02-28' }
 * monthPeriod('2026-2')  // throws StatisticsError INVALID_PERIOD ('not-a-month')
 */
export function monthPeriod(month: string): SummaryPeriodInput {
  const m = typeof month === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month) : null;
  const last = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate() : 0;
  const period = m ? { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` } : null;
  if (period === null || instantMs(`${period.from}T00:00:00+07:00`) === null)
    throw statisticsError('INVALID_PERIOD', { problem: 'not-a-month', from: quote(month), to: '' }, [
      'month',
    ]);
  return period;
}

export function summaryPeriod(input: SummaryPeriodInput): SummaryPeriod {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw statisticsError('INVALID_PERIOD', { problem: 'not-an-object', from: quote(input), to: '' }, [
      'period',
    ]);
  const { from, to } = input;
  const shown = { from: quote(from), to: quote(to) };
  // A day written as clerks write it (01/03/2026): said how to write it, not read as a bad instant.
  for (const [key, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const hint = dayWrittenOtherwise(value);
    if (hint !== null)
      throw statisticsError('INVALID_PERIOD', { problem: 'not-a-day', ...shown, hint }, ['period', key]);
  }
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
