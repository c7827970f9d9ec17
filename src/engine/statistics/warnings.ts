/**
 * The warnings a manager acts on, as bounded lists: each keeps its `limit` most pressing entries (and counts all),
 * so memory does not grow with the number of dossiers, and two lists merge by keeping the most pressing of both —
 * a total order (pressure, then dossier code, procedure and history head), so merging is associative and
 * commutative. Read at the period's end, like the figures:
 * - `DUE_SOON`: open, within time, due within `dueWithinHours` working hours;
 * - `OVERDUE`: open, past the appointment in force — how late, in working hours;
 * - `STEP_HELD`: a step holding the dossier longer than its share of the time limit, or past its own deadline;
 * - `SUPPLEMENT_REQUEST_LATE`: a supplement asked during processing after the 3 working days (Decree 118/2025
 *   Art. 19(5); Decree 61/2018 Art. 19(4)) — the engine refuses such requests, so these come from data it did not
 *   make;
 * - `APOLOGY_LATE`: an apology sent less than one working day (8 working hours) before the appointment it moved —
 *   allowed (the day before the due day), but leaving the applicant almost no notice (Art. 19(6));
 * - `ONLINE_ACCEPTANCE_LATE`: an online dossier accepted, or still not accepted at the end, after the 8 working
 *   hours (Art. 17(2); Decree 118/2025 only).
 * The first two and the third leave out dossiers whose clock stands still (waiting for the applicant), as
 * `evaluate` does.
 */

import { onlineAcceptanceDeadline } from '../../calendar/index.js';
import { round } from '../../shared/values.js';
import type { DossierContext } from '../context.js';
import { type DeadlineView, dossierDeadline, stepDeadline } from '../sla/deadline.js';
import { supplementWindow } from '../sla/window.js';
import { vnInstant } from '../time.js';

const isoOrNull = (ms: number | null): string | null => (ms === null ? null : vnInstant(ms));

import type { AsOf } from './classify.js';
import { workingMs } from './classify.js';
import { type DossierFacts, isoLedger, visitEnd, visitStart } from './facts.js';
import type { en } from './messages/en.js';
import { report } from './messages/index.js';

export const warningCodes = [
  'DUE_SOON',
  'OVERDUE',
  'STEP_HELD',
  'SUPPLEMENT_REQUEST_LATE',
  'APOLOGY_LATE',
  'ONLINE_ACCEPTANCE_LATE',
] as const;
export type WarningCode = (typeof warningCodes)[number];

/** A warning's parameters (plain JSON). */
export type WarningParams<C extends WarningCode = WarningCode> = Parameters<(typeof en)[C]>[0];

/** An entry of a list: how pressing it is (more first), its order key, and its parameters. */
export interface WarningEntry {
  readonly pressure: number;
  readonly key: string;
  readonly params: WarningParams;
}

/** One list: every entry counted, the most pressing kept. */
export interface WarningList {
  count: number;
  entries: WarningEntry[];
}

export type WarningLists = Record<WarningCode, WarningList>;

export function emptyWarnings(): WarningLists {
  const w = {} as WarningLists;
  for (const c of warningCodes) w[c] = { count: 0, entries: [] };
  return w;
}

/** `a` goes before `b`: more pressing, then by key. */
function before(a: WarningEntry, b: WarningEntry): boolean {
  return a.pressure !== b.pressure ? a.pressure > b.pressure : a.key < b.key;
}

/** Adds an entry to a list, keeping at most `limit`. */
export function push(list: WarningList, entry: WarningEntry, limit: number): void {
  list.count++;
  const e = list.entries;
  if (e.length >= limit && !before(entry, e[e.length - 1]!)) return;
  let i = e.length;
  while (i > 0 && before(entry, e[i - 1]!)) i--;
  e.splice(i, 0, entry);
  if (e.length > limit) e.pop();
}

/** Merges `from` into `into` (counts add; the most pressing `limit` entries stay). */
export function mergeWarnings(into: WarningLists, from: WarningLists, limit: number): void {
  for (const c of warningCodes) {
    const a = into[c];
    const b = from[c];
    const count = a.count + b.count;
    for (const entry of b.entries) push(a, entry, limit);
    a.count = count;
  }
}

/** A warning as the summary gives it: the code, its parameters and both texts. */
export type SummaryWarning = ReturnType<typeof report<WarningCode>>;

export function warningReport(code: WarningCode, params: WarningParams): SummaryWarning {
  return report(code, params as never);
}

/** Agencies' Vietnamese names, per compiled definition. */
const names = new WeakMap<object, Map<string, string>>();
function agencyName(ctx: DossierContext, id: string): string {
  let m = names.get(ctx.compiled);
  if (!m) {
    m = new Map(ctx.compiled.procedure.definition.agencies.map((a) => [a.id, a.name.vi]));
    names.set(ctx.compiled, m);
  }
  return m.get(id) ?? id;
}

/** The agencies holding the dossier at an instant (the steps open then), as names. */
function holders(ctx: DossierContext, f: DossierFacts, t: number): string {
  const out: string[] = [];
  for (const v of f.visits) {
    const from = visitStart(v);
    const until = visitEnd(v);
    if (from > t || (until !== null && until <= t)) continue;
    const agency = ctx.compiled.steps.get(v[0])?.agency;
    const name = agency === undefined ? v[0] : agencyName(ctx, agency);
    if (!out.includes(name)) out.push(name);
  }
  if (out.length === 0) out.push(agencyName(ctx, ctx.compiled.procedure.definition.roles.desk));
  return out.join(', ');
}

const HOUR = 3_600_000;
const hoursOf = (ms: number): number => round(ms / HOUR);

/** Options of the warnings. */
export interface WarningOptions {
  readonly dueWithinHours: number;
  readonly limit: number;
}

/**
 * The warnings of one dossier for the period `[start, end)`, from its facts as of the end (`asOf`, from
 * {@link classify} on the whole period).
 */
export function dossierWarnings(
  ctx: DossierContext,
  f: DossierFacts,
  asOf: AsOf,
  start: number,
  end: number,
  lists: WarningLists,
  options: WarningOptions,
): void {
  const base = (t: number) => ({
    dossierCode: f.dossierCode,
    procedure: f.procedure.code,
    agency: holders(ctx, f, t),
  });
  const key = `${f.dossierCode ?? ''}\u0000${f.procedure.code}\u0000${f.head}`;
  // A dossier may have several entries in a list (two branches held past their share): the step or the instant
  // tells them apart, so the order is total and merging does not depend on the order of arrival.
  const add = (code: WarningCode, pressure: number, params: WarningParams) => {
    const p = params as { step?: string; at?: string };
    push(lists[code], { pressure, key: `${key}\u0000${p.step ?? p.at ?? ''}`, params }, options.limit);
  };
  const view = asOf.openView;
  if (view !== null && view.paused === null) {
    const due = view.due;
    if (end > due) {
      const late = workingMs(ctx, due, end);
      add('OVERDUE', late, { ...base(end - 1), due: vnInstant(due), hours: hoursOf(late) });
    } else {
      const left = workingMs(ctx, end, due);
      if (left <= options.dueWithinHours * HOUR)
        add('DUE_SOON', -left, { ...base(end - 1), due: vnInstant(due), hours: hoursOf(left) });
    }
    stepsHeld(ctx, f, asOf, end, add, base);
  }
  if (f.receivedAt !== null && (asOf.supplements > 0 || f.ledger.some((e) => e.kind === 'extend')))
    eventWarnings(ctx, f, start, end, add, base);
  if (f.channel === 'online' && f.regime !== 'decree-61-2018')
    onlineAcceptance(ctx, f, start, end, add, base);
}

type Add = (code: WarningCode, pressure: number, params: WarningParams) => void;
type Base = (t: number) => { dossierCode: string | null; procedure: string; agency: string };

/** Steps holding the dossier at the end longer than their share, or past their own deadline. */
function stepsHeld(
  ctx: DossierContext,
  f: DossierFacts,
  asOf: AsOf,
  end: number,
  add: Add,
  base: Base,
): void {
  const limit = f.limit;
  if (limit === null) return;
  const perUnit =
    limit.unit === 'working-days'
      ? 8
      : limit.unit === 'working-hours'
        ? 1
        : limit.unit === 'months'
          ? 720
          : 24;
  const working = limit.unit === 'working-days' || limit.unit === 'working-hours';
  const input = { limit, receivedAt: isoOrNull(f.receivedAt), ledger: isoLedger(f, asOf.ledger.length) };
  for (const v of f.visits) {
    const from = visitStart(v);
    const until = visitEnd(v);
    if (from >= end || (until !== null && until < end)) continue;
    const step = ctx.compiled.steps.get(v[0]);
    if (step === undefined) continue;
    const heldMs = workingMs(ctx, from, end);
    // A share in calendar days is not working time: those steps are judged by their own deadline only.
    const shareMs = working ? step.time * perUnit * HOUR : 0;
    const dl = stepDeadline(ctx, input, { end: null, plan: [v[4], v[5]] }, end, { explain: false });
    const pastOwn = dl !== null && end > Date.parse(dl.due);
    const pastShare = shareMs > 0 && heldMs > shareMs;
    if (!pastOwn && !pastShare) continue;
    add('STEP_HELD', heldMs - shareMs, {
      ...base(end - 1),
      agency: agencyName(ctx, step.agency),
      step: v[0],
      since: vnInstant(from),
      hours: hoursOf(heldMs),
      shareHours: hoursOf(shareMs),
      due: dl?.due ?? null,
    });
  }
}

/** Supplement requests after the 3 working days; apologies less than a working day before the appointment. */
function eventWarnings(
  ctx: DossierContext,
  f: DossierFacts,
  start: number,
  end: number,
  add: Add,
  base: Base,
): void {
  let from = vnInstant(f.receivedAt!);
  const d61 = f.regime === 'decree-61-2018';
  for (let i = 0; i < f.ledger.length; i++) {
    const e = f.ledger[i]!;
    const t = f.ledgerAt[i]!;
    if (t >= end) break;
    if (e.kind === 'reset' && d61) from = vnInstant(t);
    if (t < start) continue;
    if (e.kind === 'pause' && e.reason === 'supplement') {
      const window = supplementWindow(ctx.calendar, from, ctx.counting);
      const w = Date.parse(window);
      if (t > w) {
        const late = workingMs(ctx, w, t);
        add('SUPPLEMENT_REQUEST_LATE', late, { ...base(t), at: vnInstant(t), window, hours: hoursOf(late) });
      }
    } else if (e.kind === 'extend') {
      const before: DeadlineView | null = dossierDeadline(
        ctx,
        { limit: f.limit, receivedAt: isoOrNull(f.receivedAt), ledger: isoLedger(f, i) },
        t,
        { explain: false },
      );
      if (before === null) continue;
      const left = workingMs(ctx, t, Date.parse(before.due));
      if (left < 8 * HOUR)
        add('APOLOGY_LATE', -left, { ...base(t), at: vnInstant(t), due: before.due, hours: hoursOf(left) });
    }
  }
}

/** Online dossiers accepted, or still waiting at the end, after the 8 working hours (Art. 17(2)). */
function onlineAcceptance(
  ctx: DossierContext,
  f: DossierFacts,
  start: number,
  end: number,
  add: Add,
  base: Base,
): void {
  // The 8 hours run from the latest submission: known for a dossier never sent back at the desk, or still waiting.
  const waiting = f.receivedAt === null ? f.state === 'submitted' : f.receivedAt >= end;
  if (f.receivedAt === null && !waiting) return;
  const sent =
    f.receivedAt === null ? (f.lastAt ?? f.submittedAt) : f.deskSupplements === 0 ? f.submittedAt : null;
  if (sent === null || sent < start || sent >= end) return;
  const answer = waiting ? end : f.receivedAt!;
  const used = workingMs(ctx, sent, answer);
  // Less than 8 working hours used: before the deadline, the earliest instant 8 hours have passed.
  if (used < 8 * HOUR) return;
  const { acceptBy } = onlineAcceptanceDeadline(ctx.calendar, sent);
  if (acceptBy === null || answer <= Date.parse(acceptBy)) return;
  add('ONLINE_ACCEPTANCE_LATE', used, {
    ...base(answer - 1),
    submittedAt: vnInstant(sent),
    acceptBy,
    hours: hoursOf(used),
    accepted: !waiting,
  });
}
