/**
 * The SLA ledger: a deadline is a budget (the time limit in its unit) plus the ledger of the dossier's clock —
 * start at receipt (Decree 118/2025 Art. 17(3)), pauses (financial obligation in land procedures; Decree
 * 101/2024, article UNVERIFIED), resets (supplement: the time restarts from zero, Art. 19(5)) and the single
 * extension after an apology (Art. 19(6), 12(5)). Due instants are derived from it and the calendar when read,
 * never stored, so a corrected calendar recomputes every open deadline, and each due date can say what moved it.
 */
import type { Calendar, CountingPolicy, DayInfo, DurationUnit, Text } from '../calendar/index.js';
import { legalDay, shiftDay, vnInstant } from './regime.js';
import type { LedgerEntry, PauseReason, Regime } from './snapshot.js';

/** How the calendar counts for a dossier. */
export interface CountingOptions {
  readonly policy: CountingPolicy;
  readonly cutoff: string | null;
  readonly channel: 'in-person' | 'post' | 'online';
  /** An online dossier accepted outside working hours (calendar `ReceiptOptions.onlineOutsideHours`). */
  readonly onlineOutsideHours: 'as-sent' | 'next-working-instant';
}

/** A pause of the clock and how far it moved the deadline. */
export interface PauseView {
  readonly reason: PauseReason;
  readonly from: string;
  /** `null` while the clock is still paused. */
  readonly to: string | null;
  /** Event (seq) that paused and resumed. */
  readonly seq: number;
  /**
   * Time added to the due instant: working hours (working units), or whole days × 24 hours (calendar units: each
   * pause counts as the days it spans, rounded up, Civil Code 2015 Art. 148(5)).
   */
  readonly hours: number;
}

/** A deadline read from the ledger and the calendar. */
export interface DeadlineView {
  readonly unit: DurationUnit;
  /** Budget on the dossier clock, in `unit`. */
  readonly budget: number;
  /** The instant of the clock's (re)start entry: the receipt, or the return of the complete dossier. */
  readonly clockFrom: string;
  /** When the calendar starts counting (next working day after 15:00, …). */
  readonly start: string;
  /** Due before pauses and extension. */
  readonly baseDue: string;
  /** Due after pauses (and, for the dossier, the extension). */
  readonly due: string;
  readonly dueDate: string;
  /** The reason the clock is paused at the instant read, or `null`. */
  readonly paused: PauseReason | null;
  readonly pauses: readonly PauseView[];
  /** Resets before this deadline's clock start (supplements), with their events. */
  readonly resets: readonly { readonly at: string; readonly seq: number }[];
  /** Holidays, compensatory, swapped and closed days skipped between the clock start and the due day. */
  readonly daysOff: readonly DayInfo[];
  /** How the calendar reached the date, one line per rule. */
  readonly notes: readonly Text[];
}

const HOUR = 3_600_000;

/** Is the unit counted on working time (as opposed to calendar time)? */
export function isWorkingUnit(unit: DurationUnit): boolean {
  // A plain switch (checked exhaustive by `never`): this runs for every measure of every step read.
  switch (unit) {
    case 'working-days':
    case 'working-hours':
      return true;
    case 'calendar-days':
    case 'months':
      return false;
    default: {
      const none: never = unit;
      return none;
    }
  }
}

/** Length of `[from, to]` on the unit's time: working hours, or plain hours for calendar units. */
export function measure(
  calendar: Calendar,
  unit: DurationUnit,
  from: string | number,
  to: string | number,
): number {
  const a = typeof from === 'number' ? from : Date.parse(from);
  const b = typeof to === 'number' ? to : Date.parse(to);
  if (b <= a) return 0;
  return isWorkingUnit(unit) ? calendar.workingHoursBetween(a, b) : (b - a) / HOUR;
}

/** Moves an instant by `hours` working hours (working units; calendar units go through `extendPeriod`). */
function shift(calendar: Calendar, instant: string, hours: number): string {
  if (hours <= 0) return instant;
  return calendar.addWorkingHours(instant, hours);
}

/** The (re)start entry of the clock in force at an instant: the last `start` or `reset` at or before it. */
export function originAt(ledger: readonly LedgerEntry[], until: number): LedgerEntry | undefined {
  let origin: LedgerEntry | undefined;
  for (const e of ledger) {
    if ((e.kind === 'start' || e.kind === 'reset') && Date.parse(e.at) <= until) origin = e;
  }
  return origin;
}

/** Pauses of the clock from an instant on, paired with their resumes. */
export function pausesAfter(
  ledger: readonly LedgerEntry[],
  from: number,
): { reason: PauseReason; from: string; to: string | null; seq: number }[] {
  const out: { reason: PauseReason; from: string; to: string | null; seq: number }[] = [];
  for (const e of ledger) {
    if (e.kind === 'pause' && Date.parse(e.at) >= from)
      out.push({ reason: e.reason, from: e.at, to: null, seq: e.seq });
    if (e.kind === 'resume') {
      const open = out.find((p) => p.to === null && p.reason === e.reason);
      if (open) open.to = e.at;
    }
  }
  return out;
}

/**
 * A deadline of `budget` units on the dossier clock: from the clock (re)start in force at `until` (the end of a
 * step, or +∞ for the dossier), counted by the calendar, then moved by every pause that began before it (an open
 * pause counts up to `at`).
 */
export function deriveDeadline(
  calendar: Calendar,
  counting: CountingOptions,
  ledger: readonly LedgerEntry[],
  budget: number,
  unit: DurationUnit,
  until: number,
  at: number,
): DeadlineView | null {
  const origin = originAt(ledger, until);
  if (!origin) return null;
  const base = baseDeadline(calendar, counting, origin.at, budget, unit);
  let due = base.due;
  const pauses: PauseView[] = [];
  let paused: PauseReason | null = null;
  const working = isWorkingUnit(unit);
  // Calendar units: whole days of pause lengthen the period (see `extendPeriod`).
  let extraDays = 0;
  for (const p of pausesAfter(ledger, Date.parse(origin.at))) {
    // Pauses after the due instant, or after the step ended, do not move it.
    if (Date.parse(p.from) >= Date.parse(due) || Date.parse(p.from) >= until) continue;
    const end = p.to === null ? at : Date.parse(p.to);
    if (p.to === null && Date.parse(p.from) <= at) paused = p.reason;
    const length = measure(calendar, unit, p.from, Math.max(end, Date.parse(p.from)));
    if (working) {
      due = shift(calendar, due, length);
      pauses.push({ ...p, hours: length });
    } else {
      const days = Math.ceil(length / 24 - 1e-9);
      extraDays += days;
      due = extendPeriod(calendar, origin.at, budget, unit, extraDays, base.due);
      pauses.push({ ...p, hours: days * 24 });
    }
  }
  const resets = ledger
    .filter((e) => e.kind === 'reset' && Date.parse(e.at) <= Date.parse(origin.at))
    .map((e) => ({ at: e.at, seq: e.seq }));
  const daysOff =
    due === base.due
      ? base.daysOff
      : [...base.daysOff, ...daysOffBetween(calendar, base.dueDate, legalDay(due))];
  return {
    unit,
    budget,
    clockFrom: origin.at,
    start: base.start,
    baseDue: base.due,
    due,
    dueDate: legalDay(Date.parse(due) - 1),
    paused,
    pauses,
    resets,
    daysOff,
    notes: base.notes,
  };
}

/**
 * A period in calendar days or months lengthened by `extraDays` whole days of pause: its nominal last day moves
 * by that many days, then rolls over days off to the next working day and ends at 24:00 (Civil Code 2015
 * Art. 148(5), (6)), by the calendar's `calendarPeriod`. A fractional step share (0.5 day) keeps its hour and
 * moves by whole days.
 */
function extendPeriod(
  calendar: Calendar,
  from: string,
  amount: number,
  unit: DurationUnit,
  extraDays: number,
  baseDue: string,
): string {
  if (extraDays === 0) return baseDue;
  if (!Number.isInteger(amount)) return vnInstant(Date.parse(baseDue) + extraDays * 24 * HOUR);
  const nominal = calendar.calendarPeriod(
    legalDay(from),
    unit === 'months' ? { months: amount } : { days: amount },
  ).nominalEnd;
  return vnInstant(Date.parse(calendar.calendarPeriod(nominal, { days: extraDays }).endsAt));
}

/**
 * The calendar's deadline of an amount. Step shares in calendar days or months may be fractions (0.5 day): the
 * whole part is counted by the Civil Code rules, the fraction is added as calendar time (a month as 30 days),
 * and a share below one day runs from the start of the period (00:00 the day after receipt, Art. 147(2)).
 */
function baseDeadline(
  calendar: Calendar,
  counting: CountingOptions,
  from: string,
  amount: number,
  unit: DurationUnit,
): { start: string; due: string; dueDate: string; daysOff: readonly DayInfo[]; notes: readonly Text[] } {
  if (isWorkingUnit(unit) || Number.isInteger(amount))
    return cachedDeadline(calendar, from, amount, unit, counting);
  const whole = Math.floor(amount);
  const days = (amount - whole) * (unit === 'months' ? 30 : 1);
  const d = cachedDeadline(calendar, from, Math.max(1, whole), unit, counting);
  const anchor = whole === 0 ? d.start : d.due;
  const due = vnInstant(Date.parse(anchor) + days * 24 * HOUR);
  return { start: d.start, due, dueDate: legalDay(Date.parse(due) - 1), daysOff: d.daysOff, notes: d.notes };
}

/** Deadlines already computed, per calendar (calendars are immutable, so answers never go stale). */
const deadlines = new WeakMap<Calendar, Map<string, ReturnType<Calendar['deadline']>>>();
const MAX_CACHED_DEADLINES = 5_000;

function cachedDeadline(
  calendar: Calendar,
  from: string,
  amount: number,
  unit: DurationUnit,
  counting: CountingOptions,
): ReturnType<Calendar['deadline']> {
  let cache = deadlines.get(calendar);
  if (!cache) {
    cache = new Map();
    deadlines.set(calendar, cache);
  }
  const key = `${from}|${amount}|${unit}|${counting.policy}|${counting.cutoff}|${counting.channel}|${counting.onlineOutsideHours}`;
  let d = cache.get(key);
  if (!d) {
    d = calendar.deadline(from, { amount, unit }, counting);
    if (cache.size >= MAX_CACHED_DEADLINES) cache.clear();
    cache.set(key, d);
  }
  return d;
}

/** Days off (not plain weekends) strictly after `from` up to `to`, for deadlines moved by pauses. */
const daysOffCache = new WeakMap<Calendar, Map<string, readonly DayInfo[]>>();

function daysOffBetween(calendar: Calendar, from: string, to: string): readonly DayInfo[] {
  let cache = daysOffCache.get(calendar);
  if (!cache) {
    cache = new Map();
    daysOffCache.set(calendar, cache);
  }
  const key = `${from}|${to}`;
  const known = cache.get(key);
  if (known) return known;
  const out: DayInfo[] = [];
  let day = from;
  for (let i = 0; i < 400 && day < to; i++) {
    day = nextDay(day);
    const info = calendar.dayInfo(day);
    if (!info.working && !info.reasons.every((r) => r.kind === 'weekly-rest')) out.push(info);
  }
  if (cache.size >= MAX_CACHED_DEADLINES) cache.clear();
  cache.set(key, out);
  return out;
}

const nextDay = (day: string): string => shiftDay(day, 1);

/**
 * The last instant to ask for a supplement during processing: "03 ngày làm việc kể từ ngày tiếp nhận" (Decree
 * 118/2025 Art. 19(5); Decree 61/2018 Art. 19(4)). A period in days counted from an event starts the next day
 * (Civil Code 2015 Art. 147(2)) and ends with the working hours of its last day: the end of the third working day
 * after the receipt day, whatever policy the appointment is counted by — the engine refuses a later request, so
 * it must not refuse one this reading allows. `from` is the receipt — under Decree 61/2018, which allows several
 * requests, the engine passes the latest restart of the clock instead (the time "tính lại từ đầu").
 */
export function supplementWindow(calendar: Calendar, receivedAt: string, counting: CountingOptions): string {
  return cachedDeadline(calendar, receivedAt, 3, 'working-days', {
    policy: 'civil-code',
    cutoff: null,
    channel: counting.channel,
    onlineOutsideHours: 'as-sent',
  }).due;
}

/**
 * Why a due date is where it is, one line per rule, Vietnamese and English: the calendar's counting notes, every
 * holiday, compensatory, swapped or closed day skipped, every pause of the clock, and the restart after a
 * supplement.
 *
 * @example
 * explainDeadline(engine.dossierDeadline(snapshot)!).map((t) => t.vi)
 * // ['Tiếp nhận trong ngày làm việc, trước giờ giới hạn: …', 'Bỏ qua 2026-02-17: Ngày nghỉ: … Tết …', …]
 */
export function explainDeadline(view: DeadlineView, regime: Regime | null = 'decree-118-2025'): Text[] {
  const lines: Text[] = [];
  // The restart after a supplement: Decree 118/2025 Art. 19(5), or Decree 61/2018 Art. 19(4) ("tính lại từ đầu").
  const basis =
    regime === 'decree-61-2018'
      ? { vi: 'Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4', en: 'Decree 61/2018 Art. 19(4)' }
      : { vi: 'Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5', en: 'Decree 118/2025 Art. 19(5)' };
  for (const r of view.resets) {
    lines.push({
      vi: `Thời hạn tính lại từ đầu từ ${r.at}, khi nhận đủ hồ sơ bổ sung (${basis.vi})`,
      en: `The time limit restarted from zero at ${r.at}, when the complete dossier came back (${basis.en})`,
    });
  }
  lines.push(...view.notes);
  for (const day of view.daysOff)
    lines.push({ vi: `Bỏ qua ${day.date}: ${day.summary.vi}`, en: `Skipped ${day.date}: ${day.summary.en}` });
  for (const p of view.pauses) {
    const why =
      p.reason === 'financial-obligation'
        ? {
            vi: 'thời gian thực hiện nghĩa vụ tài chính không tính',
            en: 'time spent meeting financial obligations is not counted',
          }
        : { vi: 'chờ bổ sung hồ sơ', en: 'waiting for the supplement' };
    const to = p.to ?? '…';
    const days = p.hours / 24;
    lines.push(
      isWorkingUnit(view.unit)
        ? {
            vi: `Tạm dừng ${p.from} – ${to}: ${why.vi} (+${p.hours} giờ)`,
            en: `Paused ${p.from} – ${to}: ${why.en} (+${p.hours} h)`,
          }
        : {
            vi: `Tạm dừng ${p.from} – ${to}: ${why.vi} (+${days} ngày; Bộ luật Dân sự 2015, Điều 148 khoản 5)`,
            en: `Paused ${p.from} – ${to}: ${why.en} (+${days} days; Civil Code 2015 Art. 148(5))`,
          },
    );
  }
  return lines;
}
