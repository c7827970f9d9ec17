/**
 * Reading the clock ledger (sổ theo dõi thời hạn): where the clock (re)started, its pauses, and the length of a
 * span on the time limit's own time — working hours for working units, plain hours for calendar days and months.
 */
import { type Calendar, type DurationUnit, workingHoursBetween } from '../../calendar/index.js';
import type { LedgerEntry, PauseReason } from '../snapshot/schema.js';

const HOUR = 3_600_000;

/** A ledger entry without its instant: bulk reads keep the instants beside the entries, as epoch ms. */
export type ClockEntry = LedgerEntry extends infer E
  ? E extends { at: string }
    ? Omit<E, 'at'>
    : never
  : never;

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
    default:
      return unit satisfies never;
  }
}

/**
 * Length of `[from, to]` on the unit's time: working hours, or plain hours for calendar units.
 *
 * @example
 * measure(cal, 'working-days', '2026-02-13T15:00:00+07:00', '2026-02-23T09:00:00+07:00') //=> 3.5
 */
export function measure(
  calendar: Calendar,
  unit: DurationUnit,
  from: string | number,
  to: string | number,
): number {
  const a = typeof from === 'number' ? from : Date.parse(from);
  const b = typeof to === 'number' ? to : Date.parse(to);
  if (b <= a) return 0;
  return isWorkingUnit(unit) ? workingHoursBetween(calendar, a, b) : (b - a) / HOUR;
}

/** The (re)start entry of the clock in force at an instant: the last `start` or `reset` at or before it. */
export function originAt(ledger: readonly LedgerEntry[], until: number): LedgerEntry | undefined {
  let origin: LedgerEntry | undefined;
  for (const e of ledger)
    if ((e.kind === 'start' || e.kind === 'reset') && Date.parse(e.at) <= until) origin = e;
  return origin;
}

/** A pause of the clock, paired with its resume (`to` is `null` while it runs). */
export interface Pause {
  readonly reason: PauseReason;
  readonly from: string;
  readonly to: string | null;
  readonly seq: number;
}

/** Pauses of the clock from an instant on, paired with their resumes. */
export function pausesAfter(ledger: readonly LedgerEntry[], from: number): Pause[] {
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

/** The reasons of the pauses still open at the end of the ledger. */
export function openPauses(ledger: readonly LedgerEntry[]): PauseReason[] {
  const open: PauseReason[] = [];
  for (const e of ledger) {
    if (e.kind === 'pause') open.push(e.reason);
    if (e.kind === 'resume') {
      const i = open.indexOf(e.reason);
      if (i >= 0) open.splice(i, 1);
    }
  }
  return open;
}

/** A new appointment: after an apology (`extend`), or as the procedure's own text allows (`prolong`). */
export type Extension = Extract<LedgerEntry, { kind: 'extend' | 'prolong' }>;

/** The new appointment in force (the last apology's or the procedure's own extension), if any. */
export function extensionOf<E extends ClockEntry>(
  ledger: readonly E[],
): Extract<E, { kind: 'extend' | 'prolong' }> | null {
  for (let i = ledger.length - 1; i >= 0; i--) {
    const e = ledger[i]!;
    if (e.kind === 'extend' || e.kind === 'prolong') return e as Extract<E, { kind: 'extend' | 'prolong' }>;
  }
  return null;
}

/** The apology's new appointment (Decree 118/2025 Art. 19(6)), if any. */
export function apologyOf(ledger: readonly LedgerEntry[]): Extract<LedgerEntry, { kind: 'extend' }> | null {
  for (let i = ledger.length - 1; i >= 0; i--) {
    const e = ledger[i]!;
    if (e.kind === 'extend') return e;
  }
  return null;
}

/** Whether the ledger has an entry of a kind (an apology: `extend`; the procedure's extension: `prolong`). */
export function hasEntry(ledger: readonly LedgerEntry[], kind: LedgerEntry['kind']): boolean {
  for (let i = 0; i < ledger.length; i++) if (ledger[i]!.kind === kind) return true;
  return false;
}
