import { type Calendar, indexOf } from './calendar.js';
import type { CalendarIndex, MinuteSession, YearIndex } from './calendarIndex.js';
import { type CalendarDate, type DateInput, parseDay, weekdayOf } from './date.js';
import { epochDayToLunar, type LunarDate } from './lunar.js';
import type { HolidayId } from './names.js';
import { type DayReason, type DayStatus, describeReason, type Text } from './reasons.js';
import type { Session } from './schema.js';

export interface DayInfo {
  readonly date: CalendarDate;
  /** 0 Sunday … 6 Saturday. */
  readonly weekday: number;
  readonly working: boolean;
  /** The weakest status among the reasons applied: `proposed` < `provisional` < `confirmed`. */
  readonly status: DayStatus;
  /** Why: every reason that applies, in the order weekly rest, holidays, schedule entries, agency overlay. */
  readonly reasons: readonly DayReason[];
  /** Entries only proposed, shown but not applied. */
  readonly proposals: readonly DayReason[];
  /** One line in Vietnamese and English. */
  readonly summary: Text;
  /** Working sessions of the day (`[]` on a day off). */
  readonly sessions: readonly Session[];
  /** Sessions in which a desk only receives dossiers (an agency overlay), `[]` if none. */
  readonly reception: readonly Session[];
  readonly lunar: LunarDate;
  /** The official schedule published for the year, or `null`: then holiday days are provisional. */
  readonly schedule: {
    readonly year: number;
    readonly sources: readonly string[];
    /** The holidays the schedule fixes; the others of the year follow their laws (2027: Tết, National Day). */
    readonly covers: readonly HolidayId[];
  } | null;
}

/**
 * @summary Whether a day is a working day, and why.
 *
 * @description
 * Every reason that applies to the day (weekly rest, which holiday in Vietnamese and English, compensatory day,
 * swapped day, Saturday worked, an agency's closure or opening), each with its source document; whether the
 * answer is confirmed, provisional (no official schedule for the year yet) or only proposed; the working sessions;
 * the lunar date; and the official schedule of the year, if one is published.
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param date - `YYYY-MM-DD` (or a `Date`, read in Asia/Ho_Chi_Minh)
 * @returns {@link DayInfo}
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_DATE`, `OUT_OF_RANGE`
 *
 * @example
 * dayInfo(cal, '2026-02-17').summary.vi; // 'Ngày nghỉ: Nghỉ lễ, tết: Tết Âm lịch (Tết Nguyên đán)'
 * dayInfo(cal, '2026-01-10').working; // true — Saturday worked in exchange for Friday 02/01
 * dayInfo(cal, '2026-04-27').summary.vi; // 'Ngày nghỉ: Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) (ngày lễ 26/04/2026 trùng ngày nghỉ hằng tuần)'
 * dayInfo(cal, '2027-02-04').status; // 'confirmed' — Tết Đinh Mùi, CV 10065/VPCP-KGVX
 * dayInfo(cal, '2027-04-16').status; // 'provisional' — Hùng Kings 2027: the letter does not cover it
 */
export function dayInfo(calendar: Calendar, date: DateInput): DayInfo {
  const index = indexOf(calendar);
  const day = parseDay(date);
  const y = index.yearOfDay(day);
  return dayInfoOf(index, y, day - y.start);
}

/** {@link dayInfo} of day `offset` of an indexed year. */
export function dayInfoOf(index: CalendarIndex, y: YearIndex, offset: number): DayInfo {
  const day = y.start + offset;
  const entry = y.entries.get(day);
  const reasons = entry?.reasons ?? [];
  const working = y.working[offset] === 1;
  const schedule = index.national.data.schedules.get(y.year);
  const lines = reasons.map(describeReason);
  const proposals = entry?.proposals ?? [];
  const open = proposals.filter((r) => r.status !== 'not-adopted').map(describeReason);
  const rejected = proposals.filter((r) => r.status === 'not-adopted').map(describeReason);
  const head: Text = working
    ? { vi: 'Ngày làm việc', en: 'Working day' }
    : { vi: 'Ngày nghỉ', en: 'Day off' };
  const part = (texts: readonly Text[], lang: 'vi' | 'en', label: string): string =>
    texts.length ? ` (${label}: ${texts.map((t) => t[lang]).join('; ')})` : '';
  const summary: Text = {
    vi: `${head.vi}${lines.length ? `: ${lines.map((l) => l.vi).join('; ')}` : ''}${part(open, 'vi', 'đề xuất, chưa áp dụng')}${part(rejected, 'vi', 'đề xuất không được thông qua')}`,
    en: `${head.en}${lines.length ? `: ${lines.map((l) => l.en).join('; ')}` : ''}${part(open, 'en', 'proposed, not applied')}${part(rejected, 'en', 'proposal not adopted')}`,
  };
  return {
    date: y.dates[offset]!,
    weekday: weekdayOf(day),
    working,
    status: weakest(reasons),
    reasons: [...reasons],
    proposals: [...proposals],
    summary,
    sessions: toSessions(index.sessionsOf(y, offset)),
    reception: toSessions(y.reception.get(offset) ?? []),
    lunar: epochDayToLunar(day),
    schedule: schedule
      ? { year: schedule.year, sources: schedule.sources.map((s) => s.id), covers: schedule.covers }
      : null,
  };
}

function weakest(reasons: readonly DayReason[]): DayStatus {
  if (reasons.some((r) => r.status === 'proposed')) return 'proposed';
  if (reasons.some((r) => r.status === 'provisional')) return 'provisional';
  return 'confirmed';
}

const clock = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function toSessions(sessions: readonly MinuteSession[]): Session[] {
  return sessions.map(([s, e]) => ({ start: clock(s), end: clock(e) }));
}
