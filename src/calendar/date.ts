/**
 * Calendar days and instants, independent of the host time zone.
 *
 * A calendar day is a `YYYY-MM-DD` string; internally it is an *epoch day* (days since 1970-01-01), so day
 * arithmetic is integer arithmetic. An instant is absolute (ISO-8601 with an offset, or epoch milliseconds).
 * The legal zone is Asia/Ho_Chi_Minh, a fixed UTC+7 with no daylight saving since 13/06/1975, so the legal day
 * of an instant is `floor((ms + 7 h) / 1 day)` — no `Intl`, no host `TZ`.
 */
import { type CalendarError, calendarError, shown } from './errors.js';

/** Default error paths, allocated once (these functions are on every call's hot path). */
const PATH_DATE: readonly string[] = ['date'];
const PATH_INSTANT: readonly string[] = ['instant'];

/** A calendar day, `YYYY-MM-DD` (ngày dương lịch). */
export type CalendarDate = string;
/** What the API accepts as a day: `YYYY-MM-DD`, or a `Date` read in Asia/Ho_Chi_Minh. */
export type DateInput = CalendarDate | Date;
/** An absolute instant: ISO-8601 with offset (`2026-02-12T09:30:00+07:00`), epoch milliseconds, or a `Date`. */
export type InstantInput = string | number | Date;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
/** UTC+7, the offset of Asia/Ho_Chi_Minh. */
export const VN_OFFSET_MS = 7 * 3_600_000;

/** Epoch day of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of an epoch day (Howard Hinnant's civil_from_days). */
export function civilOf(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Day of the week of an epoch day: 0 Sunday … 6 Saturday (as `Date#getDay`). */
export function weekdayOf(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** `YYYY-MM-DD` of an epoch day. */
export function formatDay(epochDay: number): CalendarDate {
  const { year, month, day } = civilOf(epochDay);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The year, month and day of a `YYYY-MM-DD` string packed in one number (`year << 9 | month << 5 | day`), or -1
 * when the string is not a real calendar day. Digits are read by char code, not a regex: this is the hot path of
 * every calendar call (48 is '0'; `>>> 0` turns a negative difference into a large number, so one comparison checks
 * each digit), and a packed number allocates nothing.
 */
export function dayKey(input: string): number {
  if (input.length !== 10 || input.charCodeAt(4) !== 45 || input.charCodeAt(7) !== 45) return -1;
  const y1 = input.charCodeAt(0) - 48;
  const y2 = input.charCodeAt(1) - 48;
  const y3 = input.charCodeAt(2) - 48;
  const y4 = input.charCodeAt(3) - 48;
  const m1 = input.charCodeAt(5) - 48;
  const m2 = input.charCodeAt(6) - 48;
  const d1 = input.charCodeAt(8) - 48;
  const d2 = input.charCodeAt(9) - 48;
  if (
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    y4 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    m2 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    d2 >>> 0 > 9
  ) {
    return -1;
  }
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return (year << 9) | (month << 5) | day;
}

/** Days of the year before the first of each month (January = 0), in a common year. */
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Offset in its year (1 January = 0) of the day a {@link dayKey} packs, given whether the year is a leap year. */
export function offsetInYear(key: number, leap: boolean): number {
  const month = (key >> 5) & 15;
  return MONTH_START[month - 1]! + (key & 31) - 1 + (leap && month > 2 ? 1 : 0);
}

/**
 * Epoch day of a calendar-day input. Throws `INVALID_DATE` for anything that is not a real day
 * (`'2026-02-30'`, `''`, an invalid `Date`, a number).
 */
export function parseDay(input: DateInput, path: readonly (string | number)[] = PATH_DATE): number {
  if (typeof input === 'string') {
    const key = dayKey(input);
    if (key >= 0) return epochDayOf(key >> 9, (key >> 5) & 15, key & 31);
  } else if (input instanceof Date) {
    const ms = input.getTime();
    if (!Number.isNaN(ms)) return Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
  }
  throw invalidDate(input, path);
}

function invalidDate(input: unknown, path: readonly (string | number)[]): CalendarError {
  return calendarError('INVALID_DATE', { value: shown(input), form: 'day' }, path);
}

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Epoch milliseconds of an instant. A string must carry its offset (`Z` or `±hh:mm`): a bare local time is
 * ambiguous across hosts, so it is refused with `INVALID_INSTANT` rather than read in the host's zone.
 */
export function parseInstant(input: InstantInput, path: readonly (string | number)[] = PATH_INSTANT): number {
  if (typeof input === 'number') {
    if (Number.isFinite(input) && Number.isSafeInteger(Math.trunc(input))) return input;
    throw invalidInstant(input, path);
  }
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw invalidInstant(input, path);
    return ms;
  }
  if (typeof input === 'string') {
    const m = INSTANT_RE.exec(input);
    if (m) {
      const [, y, mo, d, h, mi, s, frac, zone] = m;
      const year = Number(y);
      const month = Number(mo);
      const day = Number(d);
      const hour = Number(h);
      const minute = Number(mi);
      const second = s === undefined ? 0 : Number(s);
      const validDay = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
      // 24:00 is accepted as the end of a day (Civil Code 2015 Art. 148(6) speaks of "24 giờ").
      const validTime =
        (hour < 24 && minute < 60 && second < 60) || (hour === 24 && minute === 0 && second === 0 && !frac);
      if (validDay && validTime) {
        let offsetMinutes = 0;
        let validOffset = true;
        if (zone && zone.toUpperCase() !== 'Z') {
          const sign = zone[0] === '-' ? -1 : 1;
          const digits = zone.slice(1).replace(':', '');
          const oh = Number(digits.slice(0, 2));
          const om = Number(digits.slice(2));
          validOffset = oh <= 23 && om <= 59;
          offsetMinutes = sign * (oh * 60 + om);
        }
        if (!validOffset) throw invalidInstant(input, path);
        const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
        return (
          (epochDayOf(year, month, day) * 1440 + hour * 60 + minute - offsetMinutes) * MS_PER_MINUTE +
          second * 1000 +
          ms
        );
      }
    }
  }
  throw invalidInstant(input, path);
}

function invalidInstant(input: unknown, path: readonly (string | number)[]): CalendarError {
  return calendarError('INVALID_INSTANT', { value: shown(input) }, path);
}

/**
 * @summary An instant written in Vietnam's offset, as the calendar returns instants.
 *
 * @description
 * ISO-8601 with `+07:00` (Asia/Ho_Chi_Minh has kept UTC+7, without daylight saving, since 13/06/1975), whatever the
 * host's time zone; milliseconds are shown only when present. The engine writes every instant it records this way.
 *
 * @param ms - epoch milliseconds
 * @returns `YYYY-MM-DDTHH:MM:SS+07:00`
 *
 * @example
 * formatInstant(Date.parse('2026-02-09T18:30:00Z')); // '2026-02-10T01:30:00+07:00'
 * formatInstant(Date.parse('2026-02-12T02:30:00.250Z')); // '2026-02-12T09:30:00.250+07:00'
 */
export function formatInstant(ms: number): string {
  const local = ms + VN_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - day * MS_PER_DAY;
  const h = Math.floor(msOfDay / 3_600_000);
  const mi = Math.floor((msOfDay % 3_600_000) / MS_PER_MINUTE);
  const s = Math.floor((msOfDay % MS_PER_MINUTE) / 1000);
  const milli = msOfDay % 1000;
  const fraction = milli ? `.${String(milli).padStart(3, '0')}` : '';
  return `${formatDay(day)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}${fraction}+07:00`;
}

/**
 * @summary The legal day of an instant: the calendar day in Vietnam (Asia/Ho_Chi_Minh, UTC+7).
 *
 * @description
 * The day a receipt slip prints for an instant, whatever the host's time zone: a dossier submitted online at
 * 01:30 on 10/02/2026 in Vietnam (18:30 UTC on the 9th) was received on the 10th.
 *
 * @param instant - ISO-8601 with an offset, epoch milliseconds, or a `Date`
 * @returns `YYYY-MM-DD`
 * @throws {CalendarError} `INVALID_INSTANT` for a string without an offset or an invalid instant
 *
 * @example
 * legalDay('2026-02-09T18:30:00Z'); // '2026-02-10'
 * legalDay('2026-02-10T01:00:00+09:00'); // '2026-02-09'
 */
export function legalDay(instant: InstantInput): CalendarDate {
  return formatDay(legalDayOf(parseInstant(instant)));
}

/** The legal (Vietnamese) day of an instant in epoch milliseconds. */
export function legalDayOf(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
}

/** Minutes since local midnight (UTC+7) of an instant, with fractions for seconds. */
export function legalMinuteOfDay(ms: number): number {
  const local = ms + VN_OFFSET_MS;
  return (local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY) / MS_PER_MINUTE;
}

/** The instant at `minute` minutes after local midnight of an epoch day. */
export function instantAt(epochDay: number, minute: number): number {
  return epochDay * MS_PER_DAY + Math.round(minute * MS_PER_MINUTE) - VN_OFFSET_MS;
}
