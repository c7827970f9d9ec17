/**
 * The count behind every deadline, in epoch milliseconds: where the clock (re)started, the calendar's due instant
 * of the budget from there, and how far the pauses moved it. `ledgerDeadline` (deadline.ts) writes its views from
 * this count; the statistics read it directly (`dossierDueMs`, dueMs.ts) so a summary of a million dossiers writes
 * and parses no instant it does not need. One count, so the views and the figures cannot disagree.
 */
import { addWorkingHoursMs, type Calendar, type DurationUnit, dueInstant } from '../../calendar/index.js';
import type { CountingOptions } from '../context.js';
import type { PauseReason } from '../snapshot/schema.js';
import { type ClockEntry, isWorkingUnit, measure } from './clock.js';

export type { ClockEntry };

import { extendPeriodMs } from './counting.js';

const HOUR = 3_600_000;

/** The index of the clock's (re)start entry in force at `until`: the last `start` or `reset` at or before it. */
export function originIndex(ledger: readonly ClockEntry[], times: readonly number[], until: number): number {
  let origin = -1;
  for (let i = 0; i < ledger.length; i++) {
    const kind = ledger[i]!.kind;
    if ((kind === 'start' || kind === 'reset') && times[i]! <= until) origin = i;
  }
  return origin;
}

/** A pause the count met: its entry, its resume's (or -1 while it runs), and the time it added. */
export interface CountedPause {
  readonly pause: number;
  readonly resume: number;
  /** Working hours added (working units), or whole days × 24 (calendar units). */
  readonly hours: number;
}

/** The due instant of a budget counted from a clock start, moved by the pauses. */
export interface LedgerDue {
  readonly origin: number;
  readonly start: number;
  readonly baseDue: number;
  readonly due: number;
  /** The reason the clock is paused at the instant read, or `null`. */
  readonly paused: PauseReason | null;
}

/**
 * Moves a base due instant by every pause that began at or after the clock's origin and before the due instant (and
 * before `until`, the end of a step): each counted from the clock start at the earliest — time before the clock
 * started never counts — an open pause up to `at`. Working units add working hours; calendar units lengthen the
 * period by the whole days paused (Civil Code 2015 Art. 148(5)). `counted` receives each pause, when given.
 */
export function movedDue(
  calendar: Calendar,
  unit: DurationUnit,
  budget: number,
  ledger: readonly ClockEntry[],
  times: readonly number[],
  origin: number,
  start: number,
  baseDue: number,
  until: number,
  at: number,
  counted: CountedPause[] | null,
): LedgerDue {
  const from = times[origin]!;
  const working = isWorkingUnit(unit);
  let due = baseDue;
  let paused: PauseReason | null = null;
  let extraDays = 0;
  // Pauses from the origin's instant on, paired with the first later resume of the same reason (as recorded).
  const pauses: number[] = [];
  const resumes: number[] = [];
  for (let i = 0; i < ledger.length; i++) {
    const e = ledger[i]!;
    if (e.kind === 'pause' && times[i]! >= from) {
      pauses.push(i);
      resumes.push(-1);
    } else if (e.kind === 'resume') {
      for (let p = 0; p < pauses.length; p++) {
        if (resumes[p] === -1 && (ledger[pauses[p]!] as { reason: PauseReason }).reason === e.reason) {
          resumes[p] = i;
          break;
        }
      }
    }
  }
  for (let p = 0; p < pauses.length; p++) {
    const i = pauses[p]!;
    const j = resumes[p]!;
    const t = times[i]!;
    // Pauses after the due instant, or after the step ended, do not move it.
    if (t >= due || t >= until) continue;
    const end = j === -1 ? at : times[j]!;
    if (j === -1 && t <= at) paused = (ledger[i] as { reason: PauseReason }).reason;
    const c = Math.max(t, start);
    const length = end > c ? measure(calendar, unit, c, end) : 0;
    if (working) {
      if (length > 0) due = addWorkingHoursMs(calendar, due, length);
      counted?.push({ pause: i, resume: j, hours: length });
    } else {
      const days = Math.ceil(length / 24 - 1e-9);
      extraDays += days;
      due = extendPeriodMs(calendar, from, budget, unit, extraDays, baseDue);
      counted?.push({ pause: i, resume: j, hours: days * 24 });
    }
  }
  return { origin, start, baseDue, due, paused };
}

/**
 * The calendar's clock start and due instant of an amount from an instant, in epoch ms — as `baseDeadline` counts
 * it (a fraction of a calendar day or month is added as calendar time after the whole part).
 */
export function baseDueMs(
  calendar: Calendar,
  counting: CountingOptions,
  from: number,
  amount: number,
  unit: DurationUnit,
): { readonly start: number; readonly due: number } {
  if (isWorkingUnit(unit) || Number.isInteger(amount))
    return dueInstant(calendar, from, { amount, unit }, counting);
  const whole = Math.floor(amount);
  const days = (amount - whole) * (unit === 'months' ? 30 : 1);
  const d = dueInstant(calendar, from, { amount: Math.max(1, whole), unit }, counting);
  return { start: d.start, due: (whole === 0 ? d.start : d.due) + days * 24 * HOUR };
}
