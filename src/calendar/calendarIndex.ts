/**
 * The compact index behind every calendar answer. Built lazily, one solar year at a time: a working-day bitmap,
 * running totals of working days and of working minutes, and the list of working days, so that adding or counting
 * working days is an array look-up per year crossed instead of a day-by-day loop.
 */

import { daysInMonth, epochDayOf, formatDay, weekdayOf } from './date.js';
import { type CalendarError, calendarError, shown } from './errors.js';
import { entryOf, type NationalData, nationalYearReasons, type YearReasons } from './nationalDays.js';
import { MAX_YEAR, MIN_YEAR } from './range.js';
import type { DayReason } from './reasons.js';
import type { AgencyOverlay, Session, WorkingHours } from './schema.js';

export { MAX_YEAR, MIN_YEAR } from './range.js';

/** Default error paths, allocated once (these functions are on every call's hot path). */
const PATH_DATE: readonly string[] = ['date'];
const PATH_YEAR: readonly string[] = ['year'];

/** A session as minutes after local midnight, `[start, end)`. */
export type MinuteSession = readonly [number, number];

/** One solar year of the index. */
export interface YearIndex {
  readonly year: number;
  /** Epoch day of 1 January. */
  readonly start: number;
  readonly length: number;
  /** 1 where the day is a working day. */
  readonly working: Uint8Array;
  /** `cum[i]`: working days among the first `i` days of the year. */
  readonly cum: Uint16Array;
  /** Offsets of the working days, in order. */
  readonly list: Uint16Array;
  readonly total: number;
  /** `cumMinutes[i]`: working minutes in the first `i` days. */
  readonly cumMinutes: Float64Array;
  readonly totalMinutes: number;
  /** `YYYY-MM-DD` of each day, so answers need no formatting. */
  readonly dates: readonly string[];
  /** Reasons of the days that are not ordinary weekdays. */
  readonly entries: YearReasons;
  /** Sessions of a working day that differ from the default (an opening with its own hours). */
  readonly sessionOverrides: ReadonlyMap<number, readonly MinuteSession[]>;
  /** Reception-only sessions (a desk that receives on a Saturday morning). */
  readonly reception: ReadonlyMap<number, readonly MinuteSession[]>;
}

export function toMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

export function toMinuteSessions(sessions: readonly Session[]): MinuteSession[] {
  return sessions.map((s) => [toMinutes(s.start), toMinutes(s.end)] as const);
}

/** National data shared by a calendar and every overlay made from it. */
export class NationalCache {
  private readonly years = new Map<number, YearReasons>();
  constructor(readonly data: NationalData) {}

  reasons(year: number): YearReasons {
    let r = this.years.get(year);
    if (!r) {
      r = nationalYearReasons(this.data, year);
      this.years.set(year, r);
    }
    return r;
  }
}

const YEAR_STARTS = /* @__PURE__ */ Array.from({ length: MAX_YEAR - MIN_YEAR + 2 }, (_, i) =>
  epochDayOf(MIN_YEAR + i, 1, 1),
);
export const MIN_DAY = YEAR_STARTS[0]!;
export const MAX_DAY = YEAR_STARTS[YEAR_STARTS.length - 1]! - 1;

export class CalendarIndex {
  /** The years built so far, by `year - MIN_YEAR` (read directly on the hot path; built by {@link year}). */
  readonly years: (YearIndex | undefined)[] = new Array(MAX_YEAR - MIN_YEAR + 1);
  readonly defaultSessions: readonly MinuteSession[];
  readonly hoursPerDay: number;

  constructor(
    readonly national: NationalCache,
    hours: WorkingHours,
    /** Overlays in the order they were laid on; a later one's hours win. */
    readonly overlays: readonly AgencyOverlay[],
  ) {
    const withHours = overlays.filter((o) => o.hours).at(-1)?.hours ?? hours;
    this.defaultSessions = toMinuteSessions(withHours.sessions);
    this.hoursPerDay = withHours.hoursPerDay;
  }

  /** The index of the year containing an epoch day; `OUT_OF_RANGE` outside 2014–2199. */
  yearOfDay(day: number, path: readonly (string | number)[] = PATH_DATE): YearIndex {
    if (day < MIN_DAY || day > MAX_DAY || !Number.isInteger(day)) throw outOfRange(day, path);
    let i = Math.min(Math.floor((day - MIN_DAY) / 365.2425), YEAR_STARTS.length - 2);
    while (YEAR_STARTS[i]! > day) i--;
    while (YEAR_STARTS[i + 1]! <= day) i++;
    return this.year(MIN_YEAR + i);
  }

  /** The index of a year, built on first use. */
  year(year: number, path: readonly (string | number)[] = PATH_YEAR): YearIndex {
    if (!Number.isInteger(year)) throw calendarError('INVALID_YEAR', { value: shown(year) }, path);
    const i = year - MIN_YEAR;
    if (!(i >= 0 && i < this.years.length)) {
      throw calendarError(
        'OUT_OF_RANGE',
        { what: 'year', value: String(year), from: String(MIN_YEAR), to: String(MAX_YEAR) },
        path,
      );
    }
    let y = this.years[i];
    if (!y) {
      y = this.build(year);
      this.years[i] = y;
    }
    return y;
  }

  /** The year after `y`, or `OUT_OF_RANGE` when a count runs past 2199. */
  next(y: YearIndex, path: readonly (string | number)[]): YearIndex {
    if (y.year >= MAX_YEAR) throw outOfRange(MAX_DAY + 1, path);
    return this.year(y.year + 1);
  }

  previous(y: YearIndex, path: readonly (string | number)[]): YearIndex {
    if (y.year <= MIN_YEAR) throw outOfRange(MIN_DAY - 1, path);
    return this.year(y.year - 1);
  }

  /** Sessions of a day, `[]` when it is not a working day. */
  sessionsOf(y: YearIndex, offset: number): readonly MinuteSession[] {
    if (!y.working[offset]) return [];
    return y.sessionOverrides.get(offset) ?? this.defaultSessions;
  }

  private build(year: number): YearIndex {
    const start = epochDayOf(year, 1, 1);
    const length = epochDayOf(year + 1, 1, 1) - start;
    const national = this.national.reasons(year);
    const entries: YearReasons = this.overlays.length ? cloneEntries(national) : national;
    const sessionOverrides = new Map<number, readonly MinuteSession[]>();
    const reception = new Map<number, readonly MinuteSession[]>();
    for (const overlay of this.overlays)
      applyOverlay(overlay, start, length, entries, sessionOverrides, reception);

    const working = new Uint8Array(length);
    const cum = new Uint16Array(length + 1);
    const cumMinutes = new Float64Array(length + 1);
    const list: number[] = [];
    const dates = yearDates(year);
    const defaultMinutes = this.defaultSessions.reduce((sum, [s, e]) => sum + e - s, 0);
    for (let i = 0; i < length; i++) {
      const reasons = entries.get(start + i)?.reasons;
      const isWorking = reasons ? workingFrom(reasons) : true;
      working[i] = isWorking ? 1 : 0;
      if (isWorking) list.push(i);
      cum[i + 1] = cum[i]! + (isWorking ? 1 : 0);
      const override = sessionOverrides.get(i);
      const minutes = !isWorking
        ? 0
        : override
          ? override.reduce((sum, [s, e]) => sum + e - s, 0)
          : defaultMinutes;
      cumMinutes[i + 1] = cumMinutes[i]! + minutes;
    }
    return {
      year,
      start,
      length,
      working,
      cum,
      list: Uint16Array.from(list),
      total: list.length,
      cumMinutes,
      totalMinutes: cumMinutes[length]!,
      dates,
      entries,
      sessionOverrides,
      reception,
    };
  }
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of every day of a year, in order (what answers return, formatted once per year). */
function yearDates(year: number): string[] {
  const dates: string[] = [];
  for (let month = 1; month <= 12; month++) {
    const prefix = `${year}-${pad2(month)}-`;
    for (let day = 1, last = daysInMonth(year, month); day <= last; day++) dates.push(prefix + pad2(day));
  }
  return dates;
}

/**
 * Whether a day with these reasons is worked. An agency's closure wins over everything, then an agency's working
 * opening, then a Saturday worked in exchange, then any day-off reason; a day with no reason is worked.
 */
function workingFrom(reasons: readonly DayReason[]): boolean {
  if (reasons.some((r) => r.kind === 'closure')) return false;
  if (reasons.some((r) => r.effect === 'work')) return true;
  return !reasons.some((r) => r.effect === 'off');
}

function cloneEntries(entries: YearReasons): YearReasons {
  const copy: YearReasons = new Map();
  for (const [day, e] of entries) copy.set(day, { reasons: [...e.reasons], proposals: [...e.proposals] });
  return copy;
}

function applyOverlay(
  overlay: AgencyOverlay,
  start: number,
  length: number,
  entries: YearReasons,
  sessionOverrides: Map<number, readonly MinuteSession[]>,
  reception: Map<number, readonly MinuteSession[]>,
): void {
  const end = start + length - 1;
  const dayOf = (s: string): number =>
    epochDayOf(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
  const source = { document: `Agency overlay: ${overlay.agency}` };
  for (const closure of overlay.closures) {
    const from = Math.max(dayOf(closure.from), start);
    const to = Math.min(dayOf(closure.to ?? closure.from), end);
    for (let d = from; d <= to; d++) {
      entryOf(entries, d).reasons.push(
        Object.freeze<DayReason>({
          kind: 'closure',
          effect: 'off',
          status: 'confirmed',
          agency: overlay.agency,
          reason: closure.reason,
          source: closure.source ? { document: closure.source } : source,
        }),
      );
    }
  }
  for (const opening of overlay.openings) {
    const from = Math.max(opening.from ? dayOf(opening.from) : start, start);
    const to = Math.min(opening.to ? dayOf(opening.to) : end, end);
    const days = new Set<number>();
    if (opening.weekdays) {
      for (let d = from; d <= to; d++) if (opening.weekdays.includes(weekdayOf(d))) days.add(d);
    }
    for (const date of opening.dates ?? []) {
      const d = dayOf(date);
      if (d >= start && d <= end) days.add(d);
    }
    const sessions = toMinuteSessions(opening.sessions);
    for (const d of days) {
      const reasons: DayReason[] | undefined = entries.get(d)?.reasons;
      // An opening only opens a weekly rest day. A holiday stays a holiday (the law grants it), a closure stays
      // closed, and a day already worked — a weekday, or a Saturday worked in exchange (làm bù) — keeps its full
      // hours.
      if (!reasons?.length || reasons.some((r) => r.kind !== 'weekly-rest')) continue;
      if (opening.kind === 'working') sessionOverrides.set(d - start, sessions);
      else reception.set(d - start, sessions);
      reasons.push(
        Object.freeze<DayReason>({
          kind: 'opening',
          effect: opening.kind === 'working' ? 'work' : 'reception',
          status: 'confirmed',
          agency: overlay.agency,
          reason: opening.reason,
          source,
        }),
      );
    }
  }
}

export function outOfRange(day: number, path: readonly (string | number)[]): CalendarError {
  return calendarError(
    'OUT_OF_RANGE',
    {
      what: 'day',
      value: Number.isFinite(day) ? formatDay(day) : shown(day),
      from: `${MIN_YEAR}-01-01`,
      to: `${MAX_YEAR}-12-31`,
    },
    path,
  );
}
