/**
 * iCalendar (RFC 5545) for all-day events: what `motcua calendar <year> --ics` writes, so a portal can publish the
 * days off and a phone can subscribe to them. Written here rather than with a generator package: the maintained
 * ones need Node 22 (ical-generator 11) or bring a validation library along (ics 3); what an all-day feed needs is
 * small and the tests parse every file back with ical.js, an independent parser.
 *
 * - lines end with CRLF (§3.1) and are folded at 75 octets, never inside a UTF-8 sequence: a continuation line
 *   starts with one space;
 * - TEXT values escape backslash, semicolon, comma and newline (§3.3.11);
 * - all-day events are `DTSTART;VALUE=DATE` with an exclusive `DTEND;VALUE=DATE` (§3.6.1), floating dates, so no
 *   time zone enters;
 * - UIDs are stable (made from the day), so a subscribed calendar updates an event instead of duplicating it.
 */

/** One all-day event. */
export interface AllDayEvent {
  readonly uid: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly summary: string;
  readonly description?: string;
  readonly status: 'CONFIRMED' | 'TENTATIVE';
  readonly categories?: readonly string[];
  /** `TRANSP:TRANSPARENT`: a day off does not make its viewer busy. */
  readonly transparent?: boolean;
}

/** The calendar around the events. */
export interface IcsCalendar {
  /** `PRODID`, e.g. `-//motcua//Lich nghi//VI`. */
  readonly prodId: string;
  /** Shown as the calendar's name (RFC 7986 `NAME`, and `X-WR-CALNAME` for older clients). */
  readonly name: string;
  readonly description?: string;
  /** `DTSTAMP` of every event: when the feed was made, epoch ms (written in UTC). */
  readonly stamp: number;
  readonly events: readonly AllDayEvent[];
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11).
 *
 * @example
 * escapeText('Nghỉ bù; xem CV 6519, VPCP\nghi chú') //=> 'Nghỉ bù\\; xem CV 6519\\, VPCP\\nghi chú'
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), splitting only between characters.
 *
 * @example
 * foldLine('SUMMARY:' + 'Tết '.repeat(20)).split('\r\n ').every((l) => new TextEncoder().encode(l).length <= 75)
 * //=> true
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line is one of its 75 octets
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: string) => date.replaceAll('-', '');

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function utcStamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The iCalendar text of all-day events.
 *
 * @example
 * icsText({ prodId: '-//motcua//Lich nghi//VI', name: 'Lịch nghỉ 2026', stamp: Date.UTC(2026, 0, 1), events: [
 *   { uid: '20260217-lich-nghi@motcua', date: '2026-02-17', summary: 'Nghỉ Tết Âm lịch', status: 'CONFIRMED' },
 * ] })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…DTSTART;VALUE=DATE:20260217\r\nDTEND;VALUE=DATE:20260218\r\n…'
 */
export function icsText(calendar: IcsCalendar): string {
  const stamp = utcStamp(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`DESCRIPTION:${escapeText(calendar.description)}`] : []),
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
  ];
  for (const e of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      `STATUS:${e.status}`,
      `TRANSP:${e.transparent === false ? 'OPAQUE' : 'TRANSPARENT'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
