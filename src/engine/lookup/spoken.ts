/**
 * Dates, times and dossier codes as a speaker reads them, for a telephone line's text-to-speech: "17 giờ ngày 2
 * tháng 3 năm 2026" (no leading zeros, the month as a number, as Vietnamese is spoken), "5 p.m. on 2 March 2026";
 * a period that ends at midnight is "hết ngày 12 tháng 3" / "the end of 12 March" (Civil Code 2015 Art. 148(6));
 * a code is spelled character by character with its separators named ("gạch ngang", "dash").
 */
import { legalDay } from '../time.js';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Hours and minutes of an instant in Vietnam, and its legal day (the day before for midnight). */
function parts(instant: string): { h: number; m: number; day: string; midnight: boolean } {
  const local = new Date(Date.parse(instant) + 7 * 3_600_000).toISOString();
  const h = Number(local.slice(11, 13));
  const m = Number(local.slice(14, 16));
  const midnight = h === 0 && m === 0;
  return { h, m, midnight, day: legalDay(Date.parse(instant) - (midnight ? 1 : 0)) };
}

/**
 * A day as spoken in Vietnamese.
 *
 * @example
 * spokenDayVi('2026-02-24') //=> 'ngày 24 tháng 2 năm 2026'
 */
export function spokenDayVi(day: string): string {
  return `ngày ${Number(day.slice(8, 10))} tháng ${Number(day.slice(5, 7))} năm ${day.slice(0, 4)}`;
}

/**
 * A due instant as spoken in Vietnamese.
 *
 * @example
 * spokenClockVi('2026-02-24T10:30:00+07:00') //=> '10 giờ 30 phút ngày 24 tháng 2 năm 2026'
 * spokenClockVi('2026-03-13T00:00:00+07:00') //=> 'hết ngày 12 tháng 3 năm 2026'
 */
export function spokenClockVi(instant: string): string {
  const { h, m, day, midnight } = parts(instant);
  if (midnight) return `hết ${spokenDayVi(day)}`;
  return `${h} giờ${m === 0 ? '' : ` ${m} phút`} ${spokenDayVi(day)}`;
}

/**
 * A day as spoken in English.
 *
 * @example
 * spokenDayEn('2026-02-24') //=> '24 February 2026'
 */
export function spokenDayEn(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS_EN[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/**
 * A due instant as spoken in English (twelve-hour clock).
 *
 * @example
 * spokenClockEn('2026-03-02T17:00:00+07:00') //=> '5 p.m. on 2 March 2026'
 */
export function spokenClockEn(instant: string): string {
  const { h, m, day, midnight } = parts(instant);
  if (midnight) return `the end of ${spokenDayEn(day)}`;
  if (h === 12 && m === 0) return `noon on ${spokenDayEn(day)}`;
  const hour = h % 12 === 0 ? 12 : h % 12;
  const minutes = m === 0 ? '' : `:${String(m).padStart(2, '0')}`;
  return `${hour}${minutes} ${h < 12 ? 'a.m.' : 'p.m.'} on ${spokenDayEn(day)}`;
}

const SEPARATORS_VI: Readonly<Record<string, string>> = {
  '-': 'gạch ngang',
  '.': 'chấm',
  '/': 'gạch chéo',
  _: 'gạch dưới',
};
const SEPARATORS_EN: Readonly<Record<string, string>> = {
  '-': 'dash',
  '.': 'dot',
  '/': 'slash',
  _: 'underscore',
};

function spell(code: string, names: Readonly<Record<string, string>>): string {
  const out: string[] = [];
  for (const ch of code) {
    if (/\s/.test(ch)) continue;
    out.push(names[ch] ?? ch);
  }
  return out.join(' ');
}

/**
 * A dossier code spelled for a Vietnamese speaker.
 *
 * @example
 * spokenCodeVi('H29-260210-0001') //=> 'H 2 9 gạch ngang 2 6 0 2 1 0 gạch ngang 0 0 0 1'
 */
export function spokenCodeVi(code: string): string {
  return spell(code, SEPARATORS_VI);
}

/** A dossier code spelled for an English speaker ("H 2 9 dash 2 6 …"). */
export function spokenCodeEn(code: string): string {
  return spell(code, SEPARATORS_EN);
}
