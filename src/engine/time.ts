/**
 * Instants as the engine stores and checks them. Every instant the engine keeps is written in one form,
 * ISO-8601 in Vietnamese time (`2026-02-10T09:30:00+07:00`, milliseconds only when not zero), so instants compare
 * as strings and persist compactly; every instant given from outside is checked (an offset is required: a time
 * without one would be read in the host's zone) and must fall inside the calendar's years.
 */
import { legalDay as calendarLegalDay, formatInstant, MAX_YEAR, MIN_YEAR } from '../calendar/index.js';

/** First and last instants the engine accepts: the calendar's range (2014-01-01 to 2199-12-31, Vietnam time). */
export const MIN_MS = Date.UTC(MIN_YEAR, 0, 1) - 7 * 3_600_000;
export const MAX_MS = Date.UTC(MAX_YEAR + 1, 0, 1) - 7 * 3_600_000 - 1;

const VN_OFFSET_MS = 7 * 3_600_000;

/** An instant as ISO-8601 in Vietnamese time. */
export const vnInstant: (ms: number) => string = formatInstant;

/** The legal day (Asia/Ho_Chi_Minh, UTC+7) of an instant, `YYYY-MM-DD`. */
/** The legal day of an instant in epoch ms as a day number (days since 1970-01-01 in +07:00): compared, not written. */
export function legalDayNumber(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / 86_400_000);
}

export function legalDay(instant: string | number): string {
  // The engine's own instants are written in +07:00: their day is their first ten characters.
  if (typeof instant === 'string' && instant.length >= 25 && instant.endsWith('+07:00'))
    return instant.slice(0, 10);
  return calendarLegalDay(instant);
}

/** The canonical form of an instant the engine stores (already checked). */
export function canonicalInstant(instant: string): string {
  return instant.length === 25 && instant.endsWith('+07:00') ? instant : vnInstant(Date.parse(instant));
}

/** ISO-8601 with seconds and an explicit offset (`Z` or `±HH:MM`), as the events take it; fractions optional. */
export const ISO_INSTANT =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A `YYYY-MM-DD` day. */
export const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The `YYYY-MM-DD` at the start of an ISO string (already matched by a pattern) names a real day (not 30/02). */
export function realDay(iso: string): boolean {
  const c = (i: number) => iso.charCodeAt(i) - 48;
  const day = c(8) * 10 + c(9);
  const month = c(5) * 10 + c(6);
  if (day <= 28) return true;
  if (month !== 2) return day <= MONTH_DAYS[month - 1]!;
  const year = c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3);
  return day <= (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28);
}

/** The first and last instants of the calendar in the engine's own form (they compare as strings). */
const MIN_TEXT = '2014-01-01T00:00:00+07:00';
const MAX_TEXT = '2199-12-31T23:59:59.999+07:00';

/**
 * The epoch milliseconds of an instant from outside — ISO-8601 with an offset, or whole epoch milliseconds — or
 * `null` when it is not one or falls outside the calendar's years.
 *
 * @example
 * instantMs('2026-02-10T09:30:00+07:00') //=> 1770690600000
 * instantMs('2026-02-10T09:30:00')       //=> null (no offset: it would be read in the host's zone)
 */
export function instantMs(value: unknown): number | null {
  let ms: number;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return null;
    ms = value;
  } else if (typeof value === 'string' && value.length <= 40 && ISO_INSTANT.test(value) && realDay(value)) {
    // The engine's own form (+07:00, whole seconds) is in range exactly when it compares in range as text.
    if (value.length === 25 && value.charCodeAt(19) === 43 && value.endsWith('+07:00'))
      return value >= MIN_TEXT && value <= MAX_TEXT ? Date.parse(value) : null;
    ms = Date.parse(value);
  } else return null;
  return ms >= MIN_MS && ms <= MAX_MS ? ms : null;
}

/** Whether a value is an instant the engine accepts (as {@link instantMs}, without computing it). */
export function isInstant(value: unknown): boolean {
  if (
    typeof value === 'string' &&
    value.length === 25 &&
    value.charCodeAt(19) === 43 &&
    value.endsWith('+07:00') &&
    ISO_INSTANT.test(value) &&
    realDay(value)
  )
    return value >= MIN_TEXT && value <= MAX_TEXT;
  return instantMs(value) !== null;
}

/** The day `n` days after (before, if negative) a `YYYY-MM-DD` day. */
export function shiftDay(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** `DD/MM/YYYY` of a day. */
export function vnDate(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** `HH:MM DD/MM/YYYY` of an instant, as the forms print it (giờ … phút, ngày … tháng … năm). */
export function vnClock(instant: string): string {
  const local = new Date(Date.parse(instant) + VN_OFFSET_MS).toISOString();
  return `${local.slice(11, 16)} ${vnDate(local.slice(0, 10))}`;
}

/**
 * A day or an instant as Vietnamese text writes it: a day `DD/MM/YYYY`, an instant "16 giờ 05, ngày 24/02/2027"
 * (the forms' "… giờ … phút, ngày …", shortened). Anything else (a value already formatted) is returned as is,
 * a missing value as `?`.
 *
 * @example
 * vnWhen('2027-02-24')                //=> '24/02/2027'
 * vnWhen('2027-02-24T16:05:00+07:00') //=> '16 giờ 05, ngày 24/02/2027'
 */
export function vnWhen(value: string | null | undefined): string {
  if (value === null || value === undefined) return '?';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return vnDate(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value))) return value;
  const short = vnClock(value);
  return `${short.slice(0, 2)} giờ ${short.slice(3, 5)}, ngày ${short.slice(6)}`;
}

/**
 * A due instant as Vietnamese text writes it: {@link vnWhen}, except that a period ending at midnight ends at
 * 24 giờ of its last day (Civil Code 2015 Art. 148(6)), as the forms print it.
 *
 * @example
 * vnDue('2027-02-25T00:00:00+07:00') //=> '24 giờ 00, ngày 24/02/2027'
 */
export function vnDue(value: string): string {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(ms)) return vnWhen(value);
  if (vnClock(value).slice(0, 5) !== '00:00') return vnWhen(value);
  return `24 giờ 00, ngày ${vnDate(legalDay(ms - 1))}`;
}

/** `a` is strictly before `b`; plain string comparison when both are in the engine's +07:00 form. */
export function isBefore(a: string, b: string): boolean {
  if (a.length === 25 && b.length === 25 && a.endsWith('+07:00') && b.endsWith('+07:00')) return a < b;
  return Date.parse(a) < Date.parse(b);
}
