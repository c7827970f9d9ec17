/**
 * Which law governs a dossier, chosen by the day it was received (domain notes §2): Decree 118/2025/NĐ-CP from
 * 01/07/2025; Decree 61/2018/NĐ-CP (amended by Decree 107/2021) before — without the 8-working-hour online
 * acceptance (Art. 17(2)), the right to stop (Art. 21) or the 15-day closure (Art. 19(5)). Forms: Circular
 * 03/2025/TT-VPCP from 15/09/2025, Circular 01/2018/TT-VPCP before.
 */
import { legalDay as calendarLegalDay, DECREE_118_FROM, formatInstant } from '../calendar/index.js';
import { EngineError } from './errors.js';
import type { Regime } from './snapshot.js';

export { DECREE_118_FROM };
/** First day of Circular 03/2025/TT-VPCP (the forms). */
export const CIRCULAR_03_FROM = '2025-09-15';

const VN_OFFSET_MS = 7 * 3_600_000;

/** The legal day (Asia/Ho_Chi_Minh, UTC+7) of an instant, `YYYY-MM-DD`. */
export function legalDay(instant: string | number): string {
  // The engine's own instants are written in +07:00: their day is their first ten characters.
  if (typeof instant === 'string' && instant.endsWith('+07:00') && instant.length >= 25)
    return instant.slice(0, 10);
  return calendarLegalDay(instant);
}

/** An instant as ISO-8601 in Vietnamese time (`2026-02-10T09:30:00+07:00`; milliseconds only when not zero). */
export const vnInstant: (ms: number) => string = formatInstant;

/** The canonical form of an instant the engine stores: `vnInstant` (so instants compare as strings). */
export function canonicalInstant(instant: string): string {
  return instant.length === 25 && instant.endsWith('+07:00') ? instant : vnInstant(Date.parse(instant));
}

/** ISO-8601 with an explicit offset (`Z` or `±HH:MM`), as the events take it. */
const ISO_WITH_OFFSET =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * An instant given to the engine outside an event (`slaStatus(…, at)`, `evaluate(…, now)`, a form's `at`, a
 * migration's `at`): ISO-8601 with an offset, or epoch milliseconds, returned in the engine's `+07:00` form. A
 * string without an offset is refused — it would be read in the host's zone.
 */
export function instantOption(value: unknown, path: readonly (string | number)[]): string {
  const ms =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && ISO_WITH_OFFSET.test(value) && realDay(value)
        ? Date.parse(value)
        : Number.NaN;
  // ±8.64e15 ms is the range of a JavaScript date.
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : String(value);
    throw new EngineError(
      'INVALID_OPTIONS',
      `${shown} is not an instant: use ISO-8601 with an offset (2026-02-10T09:30:00+07:00) or epoch milliseconds`,
      `${shown} không phải thời điểm hợp lệ: dùng ISO-8601 có múi giờ (2026-02-10T09:30:00+07:00) hoặc mili giây`,
      [...path],
    );
  }
  return vnInstant(ms);
}

/** The `YYYY-MM-DD` at the start of an ISO string is a day of the calendar (not 30/02). */
function realDay(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return Number(iso.slice(8, 10)) <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `HH:MM DD/MM/YYYY` of an instant, as the forms print it (giờ … phút, ngày … tháng … năm). */
export function vnClock(instant: string): string {
  const local = new Date(Date.parse(instant) + VN_OFFSET_MS).toISOString();
  return `${local.slice(11, 16)} ${vnDate(local.slice(0, 10))}`;
}

/** The day `n` days after (before, if negative) a `YYYY-MM-DD` day. */
export function shiftDay(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** `DD/MM/YYYY` of a day. */
export function vnDate(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** The rule set of a dossier received (or submitted) at an instant. */
export function regimeAt(instant: string): Regime {
  return legalDay(instant) < DECREE_118_FROM ? 'decree-61-2018' : 'decree-118-2025';
}

/** The forms circular of a dossier received at an instant. */
export function formsCircularAt(instant: string): 'circular-01-2018' | 'circular-03-2025' {
  return legalDay(instant) < CIRCULAR_03_FROM ? 'circular-01-2018' : 'circular-03-2025';
}
