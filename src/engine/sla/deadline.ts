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
  type DayInfo,
  type DurationUnit,
} from '../../calendar/index.js';
import { periodAmount } from '../../rules/index.js';
import type { CountingOptions, DossierContext } from '../context.js';
import type { Text } from '../messages/index.js';
import type { DossierSnapshot, LedgerEntry, PauseReason, Visit } from '../snapshot/schema.js';
import { legalDay, shiftDay, vnInstant } from '../time.js';
import { type Extension, extensionOf, isWorkingUnit, measure } from './clock.js';
import { appointmentDue, baseDeadline, dayOfDue, daysOffBetween, endOfDay, NONE } from './counting.js';
import { type CountedPause, movedDue, originIndex } from './ledgerCount.js';

export { appointmentDue, endOfDay };

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

/**
 * A new appointment: after an apology (`apology`, Decree 118/2025 Art. 19(6), 12(5)) — the dossier is late — or
 * as the procedure's own text allows (`extension`, e.g. Decree 23/2015 Art. 21 for certifications).
 */
export interface DeadlineExtension {
  readonly kind: 'apology' | 'extension';
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

/** What the dossier's deadline is read from: its time limit, its receipt and its clock ledger. */
export interface DeadlineFacts {
  readonly limit: DossierSnapshot['limit'];
  readonly receivedAt: string | null;
  readonly ledger: readonly LedgerEntry[];
}

/** Options of {@link dossierDeadline} and {@link stepDeadline}. */
export interface DeadlineOptions {
  /**
   * Explain the deadline (default true). `false` gives the same instants, pauses and extension with `notes`,
   * `daysOff` and `resets` left empty — the same count at a fraction of the cost, for reading many dossiers at
   * once (the statistics).
   */
  readonly explain?: boolean;
}

/**
 * The dossier's deadline (the appointment, ngày hẹn trả) read at an instant (epoch ms): open pauses count up to
 * it. `null` before receipt.
 *
 * @example
 * dossierDeadline(ctx, snapshot, Date.parse('2026-05-04T09:00:00+07:00'))?.due // '2026-05-14T09:00:00+07:00'
 * dossierDeadline(ctx, snapshot, Date.parse('2026-05-04T09:00:00+07:00'), { explain: false })?.due // the same
 */
export function dossierDeadline(
  ctx: DossierContext,
  snapshot: DeadlineFacts,
  at: number,
  options: DeadlineOptions = {},
): DeadlineView | null {
  const limit = snapshot.limit;
  if (limit === null || snapshot.receivedAt === null) return null;
  const explain = options.explain !== false;
  const view = ledgerDeadline(
    ctx.calendar,
    ctx.counting,
    snapshot.ledger,
    limit.amount,
    limit.unit,
    Number.POSITIVE_INFINITY,
    at,
    explain,
  );
  if (view === null) return null;
  const ext = extensionOf(snapshot.ledger);
  if (ext === null) return view;
  const extension = extendedDue(ctx, snapshot.ledger, ext, view, explain);
  return { ...view, extension, due: extension.due, dueDate: dayOfDue(extension.due) };
}

/**
 * A visit's deadline on the dossier clock: the clock reaching the visit's planned end (`plan[1]`), read at an
 * instant. `null` without a time limit. `{ explain: false }` as for {@link dossierDeadline}.
 */
export function stepDeadline(
  ctx: DossierContext,
  snapshot: DeadlineFacts,
  visit: Pick<Visit, 'end' | 'plan'>,
  at: number,
  options: DeadlineOptions = {},
): DeadlineView | null {
  const limit = snapshot.limit;
  if (limit === null) return null;
  const until = visit.end === null ? Number.POSITIVE_INFINITY : Date.parse(visit.end);
  return ledgerDeadline(
    ctx.calendar,
    ctx.counting,
    snapshot.ledger,
    visit.plan[1],
    limit.unit,
    until,
    at,
    options.explain !== false,
  );
}

/**
 * A result's deadline (a liên thông group hands back several, Decree 63/2024): its own limit counted from the
 * dossier's clock start by the dossier's counting, moved by the same pauses and restarts. The apology's new
 * appointment moves the dossier's appointment only. `null` before the clock starts.
 *
 * @example
 * resultDeadline(ctx, snapshot, 'residence', at)?.dueDate // '2027-02-12' (2 working days after Tết 2027)
 */
export function resultDeadline(
  ctx: DossierContext,
  snapshot: DeadlineFacts,
  result: string,
  at: number,
): DeadlineView | null {
  const def = ctx.compiled.results.get(result);
  if (def === undefined || snapshot.receivedAt === null) return null;
  const { amount, unit } = periodAmount(def.limit);
  return ledgerDeadline(
    ctx.calendar,
    ctx.counting,
    snapshot.ledger,
    amount,
    unit,
    Number.POSITIVE_INFINITY,
    at,
  );
}

/**
 * A step's own legal limit (`steps[].limit`: police 2 working days, the other commune 3), counted from the day its
 * agency actually received the dossier — the visit's start — by the dossier's counting, paused with the dossier's
 * clock while the visit lasts, plus the `completion` time when a supplement was asked during the visit. `null` for a
 * step without one.
 *
 * @example
 * stepLimitDeadline(ctx, snapshot, policeVisit, at)?.due // '2027-02-12T17:00:00+07:00'
 */
export function stepLimitDeadline(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  visit: Visit,
  at: number,
): DeadlineView | null {
  const limit = ctx.compiled.steps.get(visit.step)?.limit;
  if (limit === undefined) return null;
  const own = periodAmount(limit);
  const until = visit.end === null ? Number.POSITIVE_INFINITY : Date.parse(visit.end);
  const start = Date.parse(visit.at);
  let budget = own.amount;
  let completed = false;
  const ledger: LedgerEntry[] = [{ kind: 'start', at: visit.at, seq: 0 }];
  for (const e of snapshot.ledger) {
    if (e.kind !== 'pause' && e.kind !== 'resume') continue;
    ledger.push(e);
    const t = Date.parse(e.at);
    // The agency had to have the dossier completed during its step: the law gives it more time, once.
    if (e.kind === 'pause' && e.reason === 'supplement' && t >= start && t <= until) completed = true;
  }
  if (completed && limit.completion !== undefined)
    budget += inUnit(limit.completion.amount, limit.completion.unit, own.unit);
  return ledgerDeadline(ctx.calendar, ctx.counting, ledger, budget, own.unit, until, at);
}

/** An amount in another unit: working hours and working days convert (8 hours a day); others must match (lint). */
function inUnit(amount: number, from: DurationUnit, to: DurationUnit): number {
  if (from === to) return amount;
  if (from === 'working-days' && to === 'working-hours') return amount * 8;
  if (from === 'working-hours' && to === 'working-days') return amount / 8;
  return amount;
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
  explain = true,
): DeadlineView | null {
  const times = ledger.map((e) => Date.parse(e.at));
  const o = originIndex(ledger, times, until);
  if (o < 0) return null;
  const origin = ledger[o]!;
  const base = baseDeadline(calendar, counting, origin.at, budget, unit, explain);
  const counted: CountedPause[] = [];
  const moved = movedDue(
    calendar,
    unit,
    budget,
    ledger,
    times,
    o,
    Date.parse(base.start),
    Date.parse(base.due),
    until,
    at,
    counted,
  );
  const due = moved.due === Date.parse(base.due) ? base.due : vnInstant(moved.due);
  const pauses: PauseView[] = counted.map((p) => {
    const e = ledger[p.pause] as Extract<LedgerEntry, { kind: 'pause' }>;
    return {
      reason: e.reason,
      from: e.at,
      to: p.resume < 0 ? null : ledger[p.resume]!.at,
      seq: e.seq,
      hours: p.hours,
    };
  });
  const resets = !explain
    ? NONE
    : ledger
        .filter((e, i) => e.kind === 'reset' && times[i]! <= times[o]!)
        .map((e) => ({ at: e.at, seq: e.seq }));
  const daysOff =
    due === base.due || !explain
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
    paused: moved.paused,
    pauses,
    resets,
    daysOff,
    notes: base.notes,
  };
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
  ext: Extension,
  now: DeadlineView,
  explain: boolean,
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
    explain,
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
  const kind = ext.kind === 'extend' ? 'apology' : 'extension';
  return { kind, to: ext.to, printed, due, reason: ext.reason, at: ext.at, seq: ext.seq };
}
