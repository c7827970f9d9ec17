/**
 * Whether a text is a real calendar day `YYYY-MM-DD` (2026-02-30 is not) — a plain check for the run-time paths
 * (dossier values, date literals in expressions) that do not need a schema.
 */

/** Days of each month outside leap years (February is decided by the year). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * @param value - any text
 * @returns true for a real day written `YYYY-MM-DD`
 * @example
 * isCalendarDay('2026-02-17') //=> true  (Tết Bính Ngọ)
 * isCalendarDay('2026-02-30') //=> false
 */
export function isCalendarDay(value: string): boolean {
  // Read by character codes, not a regular expression: every dossier validated checks its receipt day twice.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  if (month === 2) return day <= ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28);
  return day <= MONTH_DAYS[month - 1]!;
}

/** The number written by the ASCII digits `value[from, to)`, or −1 when one is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Today in Vietnam: the calendar day of an instant in Asia/Ho_Chi_Minh (UTC+7, no daylight saving since
 * 13/06/1975), whatever the host's time zone.
 *
 * @param now - epoch milliseconds (default: now)
 * @returns the day `YYYY-MM-DD`
 * @example
 * legalToday(Date.parse('2025-12-31T17:00:00Z')) //=> '2026-01-01' (00:00 in Hà Nội)
 * legalToday(Date.parse('2025-12-31T16:59:59Z')) //=> '2025-12-31'
 */
export function legalToday(now: number = Date.now()): string {
  // Called for every dossier validated without `on`: the day is kept until its Hanoi midnight passes.
  if (now >= todayFrom && now < todayTo) return today;
  const local = now + HANOI;
  const midnight = local - (((local % DAY) + DAY) % DAY);
  today = new Date(midnight).toISOString().slice(0, 10);
  todayFrom = midnight - HANOI;
  todayTo = todayFrom + DAY;
  return today;
}

const HANOI = 7 * 3_600_000;
const DAY = 86_400_000;
let today = '';
let todayFrom = 0;
let todayTo = 0;
