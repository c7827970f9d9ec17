/**
 * The national days off of one solar year for civil servants: weekly rest days, statutory holidays by the law in
 * force, compensatory days, and the government's official schedule (which overrides the statutory default for the
 * holidays it covers). Pure: laws and schedules in, one reason list per day out.
 */
import { epochDayOf, formatDay, weekdayOf } from './date.js';
import { lunarNewYearEpochDay, lunarToEpochDay } from './lunar.js';
import type { HolidayId } from './names.js';
import { type DayReason, type DayStatus, holidayNames, WEEKLY_REST_SOURCE } from './reasons.js';
import type { HolidayLaw, HolidayRule, OfficialSchedule, ScheduleEntry, Source } from './schema.js';

/** What the calendar knows of one day: the reasons applied, and proposals shown but not applied. */
export interface DayEntry {
  readonly reasons: DayReason[];
  readonly proposals: DayReason[];
}

/** The days of one year that are not ordinary working weekdays, by epoch day. */
export type YearReasons = Map<number, DayEntry>;

/** The entry of a day, created when missing. */
export function entryOf(out: YearReasons, day: number): DayEntry {
  let entry = out.get(day);
  if (!entry) {
    entry = { reasons: [], proposals: [] };
    out.set(day, entry);
  }
  return entry;
}

/** Laws and schedules, validated and grouped for fast look-up. */
export interface NationalData {
  readonly laws: readonly HolidayLaw[];
  /** The official schedule of each year that has one. */
  readonly schedules: ReadonlyMap<number, OfficialSchedule>;
  /** Schedule entries by the solar year of their date (the 2019 schedule swaps 31/12/2018). */
  readonly entriesByYear: ReadonlyMap<
    number,
    readonly { entry: ScheduleEntry; schedule: OfficialSchedule }[]
  >;
  readonly applyProposed: boolean;
}

const isWeekend = (day: number): boolean => {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
};

/** Computes the reasons of every non-ordinary day of `year`. */
export function nationalYearReasons(data: NationalData, year: number): YearReasons {
  const out: YearReasons = new Map();
  // Reasons are handed out by dayInfo, so they are frozen: no caller can change the calendar through them.
  const add = (day: number, reason: DayReason): void => {
    entryOf(out, day).reasons.push(Object.freeze(reason));
  };

  const first = epochDayOf(year, 1, 1);
  const last = epochDayOf(year, 12, 31);
  for (let day = first; day <= last; day++) {
    if (isWeekend(day))
      add(day, { kind: 'weekly-rest', effect: 'off', status: 'confirmed', source: WEEKLY_REST_SOURCE });
  }

  const schedule = data.schedules.get(year);
  let lastScheduled = Number.NEGATIVE_INFINITY;
  for (const y of data.schedules.keys()) if (y > lastScheduled) lastScheduled = y;
  const covered = new Set<HolidayId>(schedule?.covers ?? []);

  // Statutory holidays by the laws in force; those a published schedule covers only name weekend days.
  const compensatoryCandidates: { day: number; holiday: HolidayId; law: HolidayLaw }[] = [];
  for (const law of data.laws) {
    if (law.status === 'proposed' && !data.applyProposed) continue;
    const lawStatus: DayStatus = law.status === 'proposed' ? 'proposed' : 'confirmed';
    for (const rule of law.holidays) {
      const scheduled = covered.has(rule.holiday);
      for (const h of statutoryDays(rule, year)) {
        if (!inForce(law, h.day)) continue;
        if (scheduled && !isWeekend(h.day)) continue;
        // Provisional: a day the law leaves to a yearly decision not published, or a day of a holiday that the
        // year's published schedule does not cover — its notice may still move or add days (2027: CV 10065/VPCP-KGVX
        // fixes Tết and National Day only, so New Year, Hùng Kings, 30/4, 1/5 and Culture Day 2027 are provisional).
        const chosen = h.chosen && !scheduled;
        // A year after the last published schedule (2028 on) is provisional as a whole: its notice may move days.
        const uncovered = !scheduled && (schedule !== undefined || year > lastScheduled);
        add(h.day, {
          kind: 'holiday',
          effect: 'off',
          holiday: rule.holiday,
          name: holidayNames[rule.holiday],
          law: law.id,
          status: lawStatus === 'confirmed' && (chosen || uncovered) ? 'provisional' : lawStatus,
          source: chosen
            ? provisionalSource(law, rule.holiday)
            : uncovered
              ? uncoveredSource(law, schedule)
              : law.source,
        });
        if (law.compensatory && !scheduled && !h.chosen && isWeekend(h.day)) {
          compensatoryCandidates.push({ day: h.day, holiday: rule.holiday, law });
        }
      }
    }
  }

  // Labor Code 2019 Art. 111(3) (2012: Art. 115(3)): a holiday on a weekly rest day gives the next working day.
  // Several in a row (Hùng Kings Sat 29/04/2023, 30/4 Sun) take the following working days in order.
  compensatoryCandidates.sort((a, b) => a.day - b.day);
  const taken = new Set<number>();
  for (const c of compensatoryCandidates) {
    let day = c.day + 1;
    while (isWeekend(day) || taken.has(day) || out.get(day)?.reasons.some((r) => r.effect === 'off')) day++;
    taken.add(day);
    add(day, {
      kind: 'compensatory',
      effect: 'off',
      holiday: c.holiday,
      name: holidayNames[c.holiday],
      for: formatDay(c.day),
      // Only holidays the year's schedule does not cover get a computed compensatory day: the schedule has not
      // fixed it (2027-05-03 for Saturday 01/05/2027), so it stays provisional until a notice is loaded.
      status: 'provisional',
      source: c.law.compensatorySource ?? c.law.source,
    });
  }

  for (const { entry, schedule: from } of data.entriesByYear.get(year) ?? []) {
    // A proposal not adopted is kept for the record and never applied; a proposal is applied only when asked.
    const applied = entry.status === 'confirmed' || (entry.status === 'proposed' && data.applyProposed);
    const status: DayStatus = entry.status;
    const { id: _id, ...source } = from.sources.find((s) => s.id === entry.source)!;
    const day = epochDayOf(...splitDay(entry.date));
    const reason = scheduleReason(entry, status, source);
    if (applied) add(day, reason);
    else entryOf(out, day).proposals.push(Object.freeze(reason));
  }

  // The weekend days inside a Tết break are Tết too (mùng 1 on Saturday 10/02/2024).
  nameWeekendsInside(out, 'tet', first, last);
  return out;
}

function nameWeekendsInside(out: YearReasons, holiday: HolidayId, first: number, last: number): void {
  const days = [...out.entries()]
    .filter(([, e]) =>
      e.reasons.some((r) => r.kind === 'holiday' && r.holiday === holiday && r.effect === 'off'),
    )
    .map(([d]) => d)
    .filter((d) => d >= first && d <= last);
  if (days.length === 0) return;
  const from = Math.min(...days);
  const to = Math.max(...days);
  for (let d = from; d <= to; d++) {
    const rs = out.get(d)?.reasons;
    if (rs && isWeekend(d) && !rs.some((r) => r.kind === 'holiday')) {
      const lawSource = rs.find((r) => r.kind === 'weekly-rest')!.source;
      rs.push(
        Object.freeze<DayReason>({
          kind: 'holiday',
          effect: 'off',
          holiday,
          name: holidayNames[holiday],
          law: null,
          status: 'confirmed',
          source: { ...lawSource, note: 'Weekly rest day inside the Tết break' },
        }),
      );
    }
  }
}

/** Whether a law is in force on an epoch day. */
export function inForce(law: HolidayLaw, day: number): boolean {
  let span = lawSpans.get(law);
  if (!span) {
    span = [dayOf(law.effectiveFrom), law.effectiveTo === undefined ? Infinity : dayOf(law.effectiveTo)];
    lawSpans.set(law, span);
  }
  return day >= span[0] && day <= span[1];
}

/** The first and last epoch day of each law (laws are frozen data, so the span never changes). */
const lawSpans = new WeakMap<HolidayLaw, readonly [number, number]>();
const dayOf = (date: string): number => epochDayOf(...splitDay(date));

function provisionalSource(law: HolidayLaw, holiday: HolidayId): Source {
  return {
    ...law.source,
    note:
      holiday === 'tet'
        ? 'The Prime Minister picks the Tết days each year; no official schedule for this year yet, so the days follow the pattern of the 2019–2026 decisions (provisional).'
        : 'The adjacent day is picked each year; no official schedule for this year yet, so it follows the pattern of the 2021–2026 decisions (provisional).',
  };
}

function uncoveredSource(law: HolidayLaw, schedule: OfficialSchedule | undefined): Source {
  return {
    ...law.source,
    note:
      schedule === undefined
        ? 'No official schedule is published for this year yet: the day follows the law until the notice is loaded (provisional).'
        : `The ${schedule.year} official schedule (${schedule.sources.map((s) => s.id).join(', ')}) does not cover this holiday: the day follows the law until a notice covering it is loaded (provisional).`,
  };
}

interface StatutoryDay {
  readonly day: number;
  /** True when the law leaves this day to a yearly decision (Tết days, the day next to National Day). */
  readonly chosen: boolean;
}

/** The days a holiday rule gives in a solar year, before any schedule. */
export function statutoryDays(rule: HolidayRule, year: number): StatutoryDay[] {
  // A switch, not ts-pattern: this runs once per rule and year when a year is indexed, and a calendar form should
  // not carry a matching library for it; `exhaustive` keeps a new rule kind a compile error.
  switch (rule.kind) {
    case 'solar':
      return [{ day: epochDayOf(year, rule.month, rule.day), chosen: false }];
    case 'lunar':
      return [{ day: lunarToEpochDay(year, rule.month, rule.day, false), chosen: false }];
    case 'lunar-new-year':
      return tetBlock(lunarNewYearEpochDay(year), rule.days).map((day) => ({ day, chosen: true }));
    case 'solar-with-adjacent': {
      const day = epochDayOf(year, rule.month, rule.day);
      return [
        { day, chosen: false },
        { day: day + adjacentOffset(weekdayOf(day)), chosen: true },
      ];
    }
    default:
      return exhaustive(rule);
  }
}

/** The reason a schedule entry gives its day. */
function scheduleReason(entry: ScheduleEntry, status: DayStatus, source: Source): DayReason {
  switch (entry.kind) {
    case 'holiday':
      return {
        kind: 'holiday',
        effect: 'off',
        holiday: entry.holiday,
        name: holidayNames[entry.holiday],
        law: null,
        status,
        source,
      };
    case 'compensatory':
      return {
        kind: 'compensatory',
        effect: 'off',
        holiday: entry.holiday,
        name: holidayNames[entry.holiday],
        for: entry.for,
        status,
        source,
      };
    case 'swap-off':
      return { kind: 'swap-off', effect: 'off', workedOn: entry.workedOn, status, source };
    case 'swap-work':
      return { kind: 'swap-work', effect: 'work', insteadOf: entry.insteadOf, status, source };
    case 'holiday-worked':
      return {
        kind: 'holiday-worked',
        effect: 'work',
        holiday: entry.holiday,
        name: holidayNames[entry.holiday],
        reason: entry.reason,
        status,
        source,
      };
    default:
      return exhaustive(entry);
  }
}

/** A case a switch over a union forgot: a compile error, and never reached at run time. */
function exhaustive(value: never): never {
  throw new TypeError(`unexpected ${JSON.stringify(value)}`);
}

/**
 * The weekdays off for Tết when no schedule is published, following the Prime Minister's decisions 2019–2026:
 * the eve (the last day of the lunar year) and mùng 1–3 that fall on weekdays; if no weekend falls among them,
 * the rest of that Monday–Friday week (2019, 2022, 2025, 2026); otherwise one weekday before and the rest after
 * (2020, 2021, 2023, 2024).
 */
export function tetBlock(newYear: number, days: number): number[] {
  const eve = newYear - 1;
  const core = [eve, eve + 1, eve + 2, eve + 3];
  const weekdays = core.filter((d) => !isWeekend(d));
  if (weekdays.length >= days) return weekdays.slice(0, days);
  if (weekdays.length === core.length) {
    const monday = eve - (weekdayOf(eve) - 1);
    const block = [monday, monday + 1, monday + 2, monday + 3, monday + 4];
    while (block.length < days) block.push(nextWeekday(block[block.length - 1]!));
    return block.slice(0, days);
  }
  const block = [...weekdays];
  block.unshift(previousWeekday(eve));
  let next = eve + 3;
  while (block.length < days) {
    next = nextWeekday(next);
    block.push(next);
  }
  return block;
}

function nextWeekday(day: number): number {
  let d = day + 1;
  while (isWeekend(d)) d++;
  return d;
}

function previousWeekday(day: number): number {
  let d = day - 1;
  while (isWeekend(d)) d--;
  return d;
}

/**
 * National Day's adjacent day (Labor Code 2019 Art. 112(1)(đ): 1/9 or 3/9) when no schedule is published,
 * following the 2021–2026 decisions: the side that joins a weekend, else the day before.
 * 2/9 on Mon → 3/9; Tue, Wed, Fri, Sat → 1/9; Thu → 3/9; Sun → 3/9 (a weekday).
 */
function adjacentOffset(weekday: number): number {
  return weekday === 1 || weekday === 4 || weekday === 0 ? 1 : -1;
}

function splitDay(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}
