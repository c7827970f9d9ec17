/**
 * How the command line writes days, instants, amounts and limits — always in Vietnam time (UTC+7, no daylight
 * saving), read from the instant itself, so the output never depends on the host's `TZ`. An instant written at
 * 00:00 as a due instant is the end of the day before ("24 giờ 00 phút", Civil Code 2015 Art. 148(6)), as the
 * engine's forms print it.
 */
import { type CalendarDate, formatInstant, legalDay } from '../calendar/index.js';
import { cliError } from './errors.js';
import type { Lang, Texts } from './messages/index.js';

/**
 * `YYYY-MM-DD` as `DD/MM/YYYY`.
 *
 * @example
 * viDate('2026-02-17') //=> '17/02/2026'
 */
export function viDate(date: CalendarDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** The weekday of a `YYYY-MM-DD` day, 0 Sunday … 6 Saturday (computed on the date itself, not the host's zone). */
export function weekday(date: CalendarDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * A day with its weekday.
 *
 * @example
 * dayText('2026-02-17', texts('vi')) //=> 'Thứ Ba 17/02/2026'
 */
export function dayText(date: CalendarDate, t: Texts): string {
  return `${t.WEEKDAY({ day: weekday(date) })} ${viDate(date)}`;
}

/**
 * An instant in Vietnam time with its weekday; with `due`, 00:00 is written 24:00 of the day before.
 *
 * @example
 * instantText('2026-02-24T10:00:00+07:00', texts('vi')) //=> '10:00, Thứ Ba 24/02/2026'
 * instantText('2026-03-02T00:00:00+07:00', texts('vi'), { due: true }) //=> '24:00, Chủ nhật 01/03/2026'
 */
export function instantText(instant: string, t: Texts, options: { readonly due?: boolean } = {}): string {
  const ms = Date.parse(instant);
  const local = formatInstant(ms);
  if (options.due && local.slice(11, 19) === '00:00:00') return `24:00, ${dayText(legalDay(ms - 1), t)}`;
  return `${local.slice(11, 16)}, ${dayText(local.slice(0, 10), t)}`;
}

/**
 * A whole amount with the grouping of the language: đồng by name, another currency by its ISO 4217 code.
 *
 * @example
 * money(205000, texts('vi'), 'vi')     //=> '205.000 đồng'
 * money(10, texts('en'), 'en', 'USD') //=> '10 USD'
 */
export function money(amount: number, t: Texts, lang: Lang, currency = 'VND'): string {
  const text = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(amount);
  // Another currency (USD at missions abroad) is shown by its ISO 4217 code, the same in both languages.
  return currency === 'VND' ? t.VND({ amount: text }) : `${text} ${currency}`;
}

/**
 * A number as the language writes it (decimal comma in Vietnamese), 2 decimals at most.
 *
 * @example
 * numberText(0.5, 'vi') //=> '0,5'
 */
export function numberText(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
}

/** A number of hours or a share, rounded for reading (2 decimals at most). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * A time limit in words.
 *
 * @example
 * limitText({ amount: 3, unit: 'working-days' }, texts('vi')) //=> '3 ngày làm việc'
 */
export function limitText(
  limit: { readonly amount: number; readonly unit: string },
  t: Texts,
  lang: Lang = 'vi',
): string {
  const n = limit.amount;
  const shown = numberText(n, lang);
  switch (limit.unit) {
    case 'working-days':
      return t.UNIT_working_days({ n, shown });
    case 'working-hours':
      return t.UNIT_working_hours({ n, shown });
    case 'calendar-days':
      return t.UNIT_calendar_days({ n, shown });
    case 'months':
      return t.UNIT_months({ n, shown });
    default:
      return `${n} ${limit.unit}`;
  }
}

const OFFSETLESS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/**
 * Reads an instant given on the command line: ISO 8601 with an offset, or without one meaning Vietnam time (the
 * law's zone — the host's zone never enters). Checked by the calendar; a bad one is a usage error naming the
 * option.
 *
 * @example
 * instantOption('2026-02-12T10:00', '--from') //=> '2026-02-12T10:00:00+07:00'
 * instantOption('2026-02-12T03:00:00Z', '--from') //=> '2026-02-12T10:00:00+07:00'
 */
export function instantOption(value: string, option: string): string {
  const text = OFFSETLESS.test(value) ? `${value.length === 16 ? `${value}:00` : value}+07:00` : value;
  try {
    legalDay(text); // the calendar's own check: a real day, a real time, an offset
    return formatInstant(Date.parse(text));
  } catch {
    throw cliError('BAD_OPTION_VALUE', { option, value, expected: 'instant' });
  }
}

/**
 * Reads a day: `YYYY-MM-DD`, or `D/M/YYYY` as Vietnamese write it. The calendar checks it is a real day.
 *
 * @example
 * dateArgument('17/2/2026') //=> '2026-02-17'
 */
export function dateArgument(value: string): string {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (vn) return `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  return value;
}
