/**
 * What one dossier adds to a group in one period `[start, end)` — read as the dossier stood at the period's end
 * (ledger entries from the end on are left out), the due instant and "late" from the engine's one owner
 * (`sla/deadline.ts`, `sla/outcome.ts`), read without their explanation. The definitions (docs/engine.md §12):
 * - handled: received before the end, not finished before the start (received in the period, or carried over);
 * - finished in the period: resolved (the decision, or the return when a definition records none), refused,
 *   withdrawn or stopped; a resolved dossier is early, on time or late by `outcomeOf`;
 * - open at the end: overdue when the end is after the appointment in force, else within time;
 * - Decision 766: finish = the terminal instant, else the period's end, or the request of a supplement still
 *   awaited; late by `lateReasons` (after the due instant, an apology, more than one supplement request); with no
 *   due instant, late when the time used (less the supplement wait) exceeds the time limit;
 * - processing time of a resolved dossier: working time from receipt to the decision, less the pauses.
 */
import { type DurationUnit, workingHoursBetween } from '../../calendar/index.js';
import type { DossierContext } from '../context.js';
import type { ClockEntry } from '../sla/clock.js';
import { measure } from '../sla/clock.js';
import { type DeadlineFacts, resultDeadline } from '../sla/deadline.js';
import { type DueMs, dossierDueMs } from '../sla/dueMs.js';
import { lateReasons, outcomeOf, timeliness } from '../sla/outcome.js';
import { vnInstant } from '../time.js';
import { type Contribution, K } from './counts.js';
import { digitisationOf } from './digitisation.js';
import { type DossierFacts, finishOf, isoLedger } from './facts.js';

const HOUR = 3_600_000;

/** The dossier's facts as of the period's end, shared by the classification and the warnings. */
export interface AsOf {
  /** The ledger entries before the end. */
  readonly ledger: readonly ClockEntry[];
  /** Supplement requests during processing before the end. */
  readonly supplements: number;
  /** The due instants read at the end, for a dossier open then (else `null`). */
  readonly openView: DueMs | null;
  /** The request of the supplement awaited at the end, if any (epoch ms). */
  readonly waitingSince: number | null;
}

/**
 * Classifies a dossier in `[start, end)` into `c` (cleared before); `null` when the period does not concern it.
 */
export function classify(
  ctx: DossierContext,
  f: DossierFacts,
  start: number,
  end: number,
  c: Contribution,
): AsOf | null {
  const r = f.receivedAt;
  if (r === null) {
    if (
      f.outcome === 'refused-at-desk' &&
      f.finishedAt !== null &&
      f.finishedAt >= start &&
      f.finishedAt < end
    ) {
      c.v[K.refusedAtDesk] = 1;
      return { ledger: f.ledger, supplements: 0, openView: null, waitingSince: null };
    }
    return null;
  }
  const fin = finishOf(f);
  if (r >= end || (fin !== null && fin < start)) return null;
  if (r >= start) {
    c.v[K.received] = 1;
    if (f.channel === 'online') c.v[K.receivedOnline] = 1;
    else if (f.channel === 'post') c.v[K.receivedPost] = 1;
    else c.v[K.receivedInPerson] = 1;
    c.v[K.deskSupplementRequests] = f.deskSupplements;
  } else c.v[K.carriedOver] = 1;

  // The ledger as it stood at the end, and what happened in the period.
  const at = f.ledgerAt;
  let kept = at.length;
  while (kept > 0 && at[kept - 1]! >= end) kept--;
  const ledger = kept === at.length ? f.ledger : f.ledger.slice(0, kept);
  const times = kept === at.length ? at : at.slice(0, kept);
  let supplements = f.supplements;
  let waiting: number | null = null;
  let paused = false;
  for (let i = 0; i < f.ledger.length; i++) {
    const e = f.ledger[i]!;
    const t = at[i]!;
    if (e.kind === 'pause') {
      paused = true;
      if (e.reason === 'supplement') {
        if (t >= end) supplements--;
        else {
          waiting = t;
          if (t >= start) c.v[K.supplementRequests]! += 1;
        }
      }
    } else if (t < end && (e.kind === 'reset' || (e.kind === 'resume' && e.reason === 'supplement'))) {
      waiting = null;
    } else if (e.kind === 'extend' && t >= start && t < end) c.v[K.apologies]! += 1;
    else if (e.kind === 'prolong' && t >= start && t < end) c.v[K.extensions]! += 1;
  }
  const input = { limit: f.limit, receivedAt: r, ledger, times };
  const facts = { supplements };

  let end766: number;
  let view766: DueMs | null;
  let openView: DueMs | null = null;
  if (fin !== null && fin < end) {
    waiting = null;
    end766 = fin;
    view766 = dossierDueMs(ctx, input, fin);
    if (f.decidedAt !== null || f.outcome === 'result-returned') {
      const outcome =
        view766 === null
          ? noDueLate(ctx, f, ledger, fin)
            ? 'late'
            : 'on-time'
          : outcomeOf(facts, fin, view766).outcome;
      if (outcome === 'early') c.v[K.resolvedEarly] = 1;
      else if (outcome === 'on-time') c.v[K.resolvedOnTime] = 1;
      else c.v[K.resolvedLate] = 1;
      c.v[K.processed] = 1;
      const ms = workingMs(ctx, r, fin) - (paused ? pausedMs(ctx, ledger, at, r, fin) : 0);
      c.v[K.processingMs] = Math.max(0, ms);
      c.minutes = ms > 0 ? ms / 60_000 : 0;
    } else if (f.outcome === 'refused') c.v[K.refused] = 1;
    else if (f.outcome === 'withdrawn') c.v[K.withdrawn] = 1;
    else c.v[K.stopped] = 1;
  } else {
    openView = dossierDueMs(ctx, input, end);
    if (openView !== null && end > openView.due) c.v[K.openOverdue] = 1;
    else c.v[K.openWithinTime] = 1;
    end766 = waiting ?? end;
    view766 = waiting === null ? openView : dossierDueMs(ctx, input, waiting);
  }
  if (f.results !== null)
    resultsOf(
      ctx,
      f,
      { limit: f.limit, receivedAt: vnInstant(r), ledger: isoLedger(f, kept) },
      fin !== null && fin < end ? fin : null,
      start,
      end,
      c,
    );
  const late =
    view766 === null ? noDueLate(ctx, f, ledger, end766) : lateReasons(facts, end766, view766).length > 0;
  c.v[K.counted766] = 1;
  if (!late) c.v[K.onTime766] = 1;
  digitisationOf(ctx, f, end, c);
  return { ledger, supplements, openView, waitingSince: waiting };
}

/**
 * Each result of a dossier with several, against its own limit (`resultDeadline`, read as `slaStatus` reads it):
 * issued in the period — early, on time or late by `timeliness` — or, the dossier still open at the end, not
 * issued yet: overdue when the end is after its due instant.
 */
function resultsOf(
  ctx: DossierContext,
  f: DossierFacts,
  input: DeadlineFacts,
  fin: number | null,
  start: number,
  end: number,
  c: Contribution,
): void {
  for (const r of f.results!) {
    const issued = r.issuedAt === null ? null : Date.parse(r.issuedAt);
    const at = issued !== null && issued < end ? issued : (fin ?? end);
    const view = resultDeadline(ctx, input, r.id, at);
    if (view === null) continue;
    if (issued !== null && issued < end) {
      if (issued < start) continue;
      const t = timeliness(issued, view.due);
      c.results.push([r.id, t === 'early' ? 0 : t === 'on-time' ? 1 : 2]);
    } else if (fin === null) c.results.push([r.id, end > Date.parse(view.due) ? 4 : 3]);
  }
}

/** Working milliseconds between two instants (whole: instants are whole ms, sessions whole minutes). */
export function workingMs(ctx: DossierContext, from: number, to: number): number {
  return to > from ? Math.round(workingHoursBetween(ctx.calendar, from, to) * HOUR) : 0;
}

/** Working milliseconds of `[from, to]` during which the clock stood still (every pause, with its resume). */
function pausedMs(
  ctx: DossierContext,
  ledger: readonly ClockEntry[],
  at: readonly number[],
  from: number,
  to: number,
): number {
  let total = 0;
  for (let i = 0; i < ledger.length; i++) {
    const e = ledger[i]!;
    if (e.kind !== 'pause') continue;
    let until = to;
    for (let j = i + 1; j < ledger.length; j++) {
      const x = ledger[j]!;
      if (x.kind === 'resume' && x.reason === e.reason) {
        until = at[j]!;
        break;
      }
    }
    total += workingMs(ctx, Math.max(from, at[i]!), Math.min(to, until));
  }
  return total;
}

/**
 * Decision 766 for a dossier with no due instant: late when the time used — from receipt to `end`, less the time
 * it waited for a supplement — exceeds the time limit (working hours for working units, 8 a working day; plain
 * hours for calendar days and months, a month as 30 days).
 */
function noDueLate(
  ctx: DossierContext,
  f: DossierFacts,
  ledger: readonly ClockEntry[],
  end: number,
): boolean {
  const r = f.receivedAt!;
  const limit = f.limit;
  if (limit === null) return false;
  const unit: DurationUnit = limit.unit;
  let waited = 0;
  for (let i = 0; i < ledger.length; i++) {
    const e = ledger[i]!;
    if (e.kind !== 'pause' || e.reason !== 'supplement') continue;
    const from = Math.max(r, f.ledgerAt[i]!);
    let until = end;
    for (let j = i + 1; j < ledger.length; j++) {
      const x = ledger[j]!;
      if ((x.kind === 'resume' && x.reason === 'supplement') || x.kind === 'reset') {
        until = Math.min(end, f.ledgerAt[j]!);
        break;
      }
    }
    if (until > from) waited += measure(ctx.calendar, unit, from, until);
  }
  const used = measure(ctx.calendar, unit, r, end) - waited;
  const max =
    unit === 'working-days'
      ? limit.amount * 8
      : unit === 'working-hours'
        ? limit.amount
        : unit === 'calendar-days'
          ? limit.amount * 24
          : limit.amount * 30 * 24;
  return used > max + 1e-9;
}
