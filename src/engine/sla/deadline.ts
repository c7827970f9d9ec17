/**
 * The one owner of the due instant and of "late": every view — `dossierDeadline`, `stepDeadline`, `slaStatus`,
 * `evaluate`, the forms, the statistics and the DVCQG record — reads its deadlines and its early / on time / late
 * here, so they cannot disagree.
 *
 * A deadline is a budget (the time limit in its unit) plus the ledger of the dossier's clock, read against the
 * calendar: from the clock (re)start in force (receipt, Decree 118/2025 Art. 17(3); the return of the complete
 * dossier after a supplement, Art. 19(5)), counted by the policy fixed at receipt, moved by every pause that
 * began before it (time before the clock started never counts; an open pause counts up to the instant read), and
 * — for the dossier — replaced by the new appointment after an apology (Art. 19(6), 12(5)), itself moved on by
 * the time the clock stood still after the apology.
 */
import {
  addWorkingHours,
  type Calendar,
  type CountingPolicy,
  calendarPeriod,
  type DayInfo,
  type DurationUnit,
  dayInfo,
  deadline,
  isWorkingDay,
} from '../../calendar/index.js';
import { LruCache } from '../../shared/lru.js';
import type { CountingOptions, DossierContext } from '../context.js';
import { type Text, text } from '../messages/index.js';
import type { DossierSnapshot, LedgerEntry, PauseReason, Visit } from '../snapshot/schema.js';
import { legalDay, shiftDay, vnInstant } from '../time.js';
import { extensionOf, isWorkingUnit, measure, originAt, pausesAfter } from './clock.js';

const HOUR = 3_600_000;

/** A pause of the clock and how far it moved the deadline. */
export interface PauseView {
  readonly reason: PauseReason;
  readonly from: string;
  /** `null` while the clock is still paused. */
  readonly to: string | null;
  /** Event (seq) that paused. */
  readonly seq: number;
  /**
   * Time added to the due instant: working hours (working units), or whole days × 24 hours (calendar units: each
   * pause counts as the days it spans, rounded up, Civil Code 2015 Art. 148(5)). Time before the clock started is
   * not counted.
   */
  readonly hours: number;
}

/** The new appointment after an apology (Decree 118/2025 Art. 19(6), 12(5)). */
export interface DeadlineExtension {
  /** The new appointment day given in the apology. */
  readonly to: string;
  /** The end of that day as an appointment (its working hours' end; 24:00 for calendar units). */
  readonly printed: string;
  /** The appointment in force: `printed`, moved on by the time the clock stood still after the apology. */
  readonly due: string;
  readonly reason: string;
  readonly at: string;
  readonly seq: number;
}

/** A deadline read from the ledger and the calendar. */
export interface DeadlineView {
  readonly unit: DurationUnit;
  /** Budget on the dossier clock, in `unit`. */
  readonly budget: number;
  /** The counting policy that produced it (fixed at receipt). */
  readonly policy: CountingPolicy;
  /** The instant of the clock's (re)start entry: the receipt, or the return of the complete dossier. */
  readonly clockFrom: string;
  /** When the calendar starts counting (the next working instant, the next working day after 15:00, …). */
  readonly start: string;
  /** Due before pauses and extension. */
  readonly baseDue: string;
  /** Due after pauses, before any extension. */
  readonly ledgerDue: string;
  /** The due instant in force: `ledgerDue`, or the extended appointment after an apology (dossier only). */
  readonly due: string;
  /** The appointment day of `due`. */
  readonly dueDate: string;
  readonly extension: DeadlineExtension | null;
  /** The reason the clock is paused at the instant read, or `null`. */
  readonly paused: PauseReason | null;
  readonly pauses: readonly PauseView[];
  /** Resets before this deadline's clock start (supplements), with their events. */
  readonly resets: readonly { readonly at: string; readonly seq: number }[];
  /** Holidays, compensatory, swapped and closed days skipped between the clock start and the due day. */
  readonly daysOff: readonly DayInfo[];
  /** How the calendar reached the date, one line per rule; the first names the counting policy. */
  readonly notes: readonly Text[];
}

/**
 * The dossier's deadline (the appointment, ngày hẹn trả) read at an instant (epoch ms): open pauses count up to
 * it. `null` before receipt.
 *
 * @example
 * dossierDeadline(ctx, snapshot, Date.parse('2026-05-04T09:00:00+07:00'))?.due // '2026-05-14T09:00:00+07:00'
 */
export function dossierDeadline(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  at: number,
): DeadlineView | null {
  const limit = snapshot.limit;
  if (limit === null || snapshot.receivedAt === null) return null;
  const view = ledgerDeadline(
    ctx.calendar,
    ctx.counting,
    snapshot.ledger,
    limit.amount,
    limit.unit,
    Number.POSITIVE_INFINITY,
    at,
  );
  if (view === null) return null;
  const ext = extensionOf(snapshot.ledger);
  if (ext === null) return view;
  const extension = extendedDue(ctx, snapshot.ledger, ext, view);
  return { ...view, extension, due: extension.due, dueDate: dayOfDue(extension.due) };
}

/**
 * A visit's deadline on the dossier clock: the clock reaching the visit's planned end (`plan[1]`), read at an
 * instant. `null` without a time limit.
 */
export function stepDeadline(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  visit: Visit,
  at: number,
): DeadlineView | null {
  const limit = snapshot.limit;
  if (limit === null) return null;
  const until = visit.end === null ? Number.POSITIVE_INFINITY : Date.parse(visit.end);
  return ledgerDeadline(ctx.calendar, ctx.counting, snapshot.ledger, visit.plan[1], limit.unit, until, at);
}

/**
 * A deadline of `budget` units on the dossier clock: from the clock (re)start in force at `until` (the end of a
 * step, or +∞ for the dossier), counted by the calendar, then moved by every pause that began before it — each
 * counted from the clock's start at the earliest (time before the clock started never counts); an open pause
 * counts up to `at`.
 */
export function ledgerDeadline(
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
  const startMs = Date.parse(base.start);
  let due = base.due;
  const pauses: PauseView[] = [];
  let paused: PauseReason | null = null;
  const working = isWorkingUnit(unit);
  // Calendar units: whole days of pause lengthen the period (see `extendPeriod`).
  let extraDays = 0;
  for (const p of pausesAfter(ledger, Date.parse(origin.at))) {
    const fromMs = Date.parse(p.from);
    // Pauses after the due instant, or after the step ended, do not move it.
    if (fromMs >= Date.parse(due) || fromMs >= until) continue;
    const end = p.to === null ? at : Date.parse(p.to);
    if (p.to === null && fromMs <= at) paused = p.reason;
    const counted = Math.max(fromMs, startMs);
    const length = end > counted ? measure(calendar, unit, counted, end) : 0;
    if (working) {
      if (length > 0) due = addWorkingHours(calendar, due, length);
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
    policy: counting.policy,
    clockFrom: origin.at,
    start: base.start,
    baseDue: base.due,
    ledgerDue: due,
    due,
    dueDate: dayOfDue(due),
    extension: null,
    paused,
    pauses,
    resets,
    daysOff,
    notes: base.notes,
  };
}

/** The appointment day of a due instant: 24:00 belongs to the day before (Civil Code 2015 Art. 148(6)). */
function dayOfDue(due: string): string {
  return legalDay(Date.parse(due) - 1);
}

/**
 * The appointment in force after an apology: the end of the new day (its working hours; 24:00 for calendar-day
 * and month limits, Civil Code 2015 Art. 148(6); a day off rolls to the next working day, Art. 148(5)), moved on
 * by as much as the ledger deadline moved after the apology (pauses, a restart) — in working hours, or in whole
 * days for calendar units — measured from the deadline as it stood at the apology (a pause still open then counts
 * up to the apology only). Never before the ledger's own deadline.
 */
function extendedDue(
  ctx: DossierContext,
  ledger: readonly LedgerEntry[],
  ext: Extract<LedgerEntry, { kind: 'extend' }>,
  now: DeadlineView,
): DeadlineExtension {
  const calendar = ctx.calendar;
  const working = isWorkingUnit(now.unit);
  const printed = endOfDay(calendar, ext.to, working);
  const at = Date.parse(ext.at);
  const before = ledgerDeadline(
    calendar,
    ctx.counting,
    ledger.filter((e) => Date.parse(e.at) <= at),
    now.budget,
    now.unit,
    Number.POSITIVE_INFINITY,
    at,
  );
  let due = printed;
  if (before !== null && Date.parse(now.ledgerDue) > Date.parse(before.ledgerDue)) {
    if (working) {
      due = addWorkingHours(calendar, printed, measure(calendar, now.unit, before.ledgerDue, now.ledgerDue));
    } else {
      const days = Math.round(
        (Date.parse(`${now.dueDate}T00:00:00Z`) - Date.parse(`${before.dueDate}T00:00:00Z`)) / 86_400_000,
      );
      due = endOfDay(calendar, shiftDay(dayOfDue(printed), days), false);
    }
  }
  if (Date.parse(due) < Date.parse(now.ledgerDue)) due = now.ledgerDue;
  return { to: ext.to, printed, due, reason: ext.reason, at: ext.at, seq: ext.seq };
}

/** The end of working hours of a day (the due instant of an appointment day). */
export function appointmentDue(calendar: Calendar, day: string): string {
  return deadline(calendar, `${day}T00:00:00+07:00`, { amount: 0, unit: 'working-days' }, { cutoff: null })
    .due;
}

/** The end of a day as an appointment: the first working day from it, at the end of its working hours or 24:00. */
export function endOfDay(calendar: Calendar, day: string, workingHours: boolean): string {
  let d = day;
  for (let i = 0; i < 366 && !isWorkingDay(calendar, d); i++) d = shiftDay(d, 1);
  return workingHours ? appointmentDue(calendar, d) : `${shiftDay(d, 1)}T00:00:00+07:00`;
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
  const nominal = calendarPeriod(
    calendar,
    legalDay(from),
    unit === 'months' ? { months: amount } : { days: amount },
  ).nominalEnd;
  return vnInstant(Date.parse(calendarPeriod(calendar, nominal, { days: extraDays }).endsAt));
}

interface BaseDeadline {
  readonly start: string;
  readonly due: string;
  readonly dueDate: string;
  readonly daysOff: readonly DayInfo[];
  readonly notes: readonly Text[];
}

/**
 * The calendar's deadline of an amount, with a first note naming the policy. Step shares in calendar days or
 * months may be fractions (0.5 day): the whole part is counted by the Civil Code rules, the fraction is added as
 * calendar time (a month as 30 days), and a share below one day runs from the start of the period (00:00 the day
 * after receipt, Art. 147(2)).
 */
function baseDeadline(
  calendar: Calendar,
  counting: CountingOptions,
  from: string,
  amount: number,
  unit: DurationUnit,
): BaseDeadline {
  if (isWorkingUnit(unit) || Number.isInteger(amount))
    return cachedDeadline(calendar, from, amount, unit, counting);
  const whole = Math.floor(amount);
  const days = (amount - whole) * (unit === 'months' ? 30 : 1);
  const d = cachedDeadline(calendar, from, Math.max(1, whole), unit, counting);
  const anchor = whole === 0 ? d.start : d.due;
  const due = vnInstant(Date.parse(anchor) + days * 24 * HOUR);
  return { start: d.start, due, dueDate: dayOfDue(due), daysOff: d.daysOff, notes: d.notes };
}

/** Deadlines already computed, per calendar (calendars are immutable, so answers never go stale). */
const deadlines = new WeakMap<Calendar, LruCache<string, BaseDeadline>>();
const MAX_CACHED_DEADLINES = 5_000;

function cachedDeadline(
  calendar: Calendar,
  from: string,
  amount: number,
  unit: DurationUnit,
  counting: CountingOptions,
): BaseDeadline {
  let cache = deadlines.get(calendar);
  if (!cache) {
    cache = new LruCache(MAX_CACHED_DEADLINES);
    deadlines.set(calendar, cache);
  }
  const key = `${from}|${amount}|${unit}|${counting.policy}|${counting.cutoff}|${counting.channel}|${counting.onlineOutsideHours}`;
  let d = cache.get(key);
  if (!d) {
    const c = deadline(calendar, from, { amount, unit }, counting);
    // Calendar days and months follow the Civil Code whatever the policy: no policy line for them.
    const notes = isWorkingUnit(unit)
      ? [text('EXPLAIN_POLICY', { policy: counting.policy }), ...c.notes]
      : c.notes;
    d = { start: c.start, due: c.due, dueDate: c.dueDate, daysOff: c.daysOff, notes };
    cache.set(key, d);
  }
  return d;
}

/** Days off (not plain weekends) strictly after `from` up to `to`, for deadlines moved by pauses. */
const daysOffCache = new WeakMap<Calendar, LruCache<string, readonly DayInfo[]>>();

function daysOffBetween(calendar: Calendar, from: string, to: string): readonly DayInfo[] {
  let cache = daysOffCache.get(calendar);
  if (!cache) {
    cache = new LruCache(MAX_CACHED_DEADLINES);
    daysOffCache.set(calendar, cache);
  }
  const key = `${from}|${to}`;
  const known = cache.get(key);
  if (known) return known;
  const out: DayInfo[] = [];
  let day = from;
  for (let i = 0; i < 400 && day < to; i++) {
    day = shiftDay(day, 1);
    const info = dayInfo(calendar, day);
    if (!info.working && !info.reasons.every((r) => r.kind === 'weekly-rest')) out.push(info);
  }
  cache.set(key, out);
  return out;
}

/**
 * The last instant to ask for a supplement during processing: "03 ngày làm việc kể từ ngày tiếp nhận" (Decree
 * 118/2025 Art. 19(5); Decree 61/2018 Art. 19(4)). A period in days counted from an event starts the next day
 * (Civil Code 2015 Art. 147(2)) and ends with the working hours of its last day: the end of the third working day
 * after the receipt day, whatever policy the appointment is counted by — the engine refuses a later request, so
 * it must not refuse one this reading allows. `from` is the receipt — under Decree 61/2018, which allows several
 * requests, the latest restart of the clock (the time "tính lại từ đầu").
 *
 * @example
 * supplementWindow(cal, '2026-03-02T09:00:00+07:00', counting) // '2026-03-05T17:00:00+07:00'
 */
export function supplementWindow(calendar: Calendar, from: string, counting: CountingOptions): string {
  return cachedDeadline(calendar, from, 3, 'working-days', {
    policy: 'civil-code',
    cutoff: null,
    channel: counting.channel,
    onlineOutsideHours: 'as-sent',
  }).due;
}
