/**
 * @name factRow
 * @summary The flat fact table of dossiers — one row per dossier, as it stood at an instant — for a warehouse:
 * the SQL of docs/sql/indicators.sql computes the resolved on-time rate, the open and overdue count and the
 * Decision 766 indicator from it, with the same answers as `summarize` for the period ending at that instant.
 *
 * @description
 * Instants are ISO-8601 in `+07:00` (a SQL `TIMESTAMPTZ`); `due` is the appointment in force read at the
 * dossier's end (or at `asOf` while open), `due_766` the appointment before any apology read at the Decision 766
 * end (the finish, else the request of a supplement awaited at `asOf`, else `asOf`); `used_hours` the time from
 * receipt to that end less the supplement wait (for rows with no due instant). Every value from the engine's one
 * owner of the due instant (`sla/deadline.ts`).
 *
 * @example
 * for (const row of engine.factRows(snapshots, { asOf: '2027-01-01T00:00:00+07:00' })) db.insert('dossiers', row);
 */

import { round } from '../../shared/values.js';
import type { DossierContext } from '../context.js';
import { parseDossierCode } from '../interop/dossierCode.js';
import { measure } from '../sla/clock.js';
import { dossierDueMs } from '../sla/dueMs.js';
import { outcomeOf } from '../sla/outcome.js';
import { vnInstant } from '../time.js';
import { workingMs } from './classify.js';
import { type DossierFacts, finishOf } from './facts.js';

/** One row of the fact table. */
export interface FactRow {
  readonly dossier_code: string | null;
  readonly procedure: string;
  readonly version: string;
  readonly agency: string;
  readonly field: string;
  readonly level: string;
  readonly channel: string | null;
  readonly submitted: string | null;
  readonly received: string | null;
  readonly due: string | null;
  readonly due_766: string | null;
  readonly finished: string | null;
  /** How it ended by `asOf`: `resolved` (the decision), `refused`, `withdrawn`, `stopped`, `refused-at-desk`, or `null`. */
  readonly resolution: 'resolved' | 'refused' | 'withdrawn' | 'stopped' | 'refused-at-desk' | null;
  /** `early`, `on-time`, `late` when resolved; `open-within`, `open-overdue` while open; else `null`. */
  readonly outcome: 'early' | 'on-time' | 'late' | 'open-within' | 'open-overdue' | null;
  readonly waiting_since: string | null;
  readonly pauses: number;
  readonly paused_hours: number;
  readonly supplements: number;
  readonly apology: boolean;
  readonly limit_hours: number | null;
  readonly used_hours: number | null;
  readonly processing_hours: number | null;
  /** Received online, the result handed back online, the fees (if paid by `asOf`) paid online — toàn trình. */
  readonly fully_online: boolean;
  /** The fees paid by `asOf`; whether online (`null`: not paid, or not said). */
  readonly fee_paid: boolean;
  readonly paid_online: boolean | null;
  /** The documents recorded at receipt: how many, digitised, reused (the rest on paper). */
  readonly documents_recorded: number;
  readonly documents_digitised: number;
  readonly documents_reused: number;
  /** The dossier's results (1, or its several) and how many were recorded digitised and stored. */
  readonly results: number;
  readonly results_digitised: number;
}

const HOUR = 3_600_000;
const iso = (ms: number | null) => (ms === null ? null : vnInstant(ms));

/** The fact row of a dossier as it stood at `asOf` (epoch ms), or `null` if it was not submitted by then. */
export function factRow(ctx: DossierContext, f: DossierFacts, asOf: number): FactRow | null {
  if (f.submittedAt === null || f.submittedAt >= asOf) return null;
  const d = ctx.compiled.procedure.definition;
  const r = f.receivedAt !== null && f.receivedAt < asOf ? f.receivedAt : null;
  const rawFin = finishOf(f);
  const fin = rawFin !== null && rawFin < asOf ? rawFin : null;
  let kept = f.ledgerAt.length;
  while (kept > 0 && f.ledgerAt[kept - 1]! >= asOf) kept--;
  const ledger = kept === f.ledger.length ? f.ledger : f.ledger.slice(0, kept);
  const times = kept === f.ledgerAt.length ? f.ledgerAt : f.ledgerAt.slice(0, kept);
  let supplements = f.supplements;
  let pauses = 0;
  let pausedMs = 0;
  let waiting: number | null = null;
  let apology = false;
  const end = fin ?? asOf;
  for (let i = 0; i < f.ledger.length; i++) {
    const e = f.ledger[i]!;
    const t = f.ledgerAt[i]!;
    if (e.kind === 'pause' && e.reason === 'supplement' && t >= asOf) supplements--;
    if (i >= kept) continue;
    if (e.kind === 'pause') {
      pauses++;
      let until = end;
      for (let j = i + 1; j < kept; j++) {
        const x = f.ledger[j]!;
        if (x.kind === 'resume' && x.reason === e.reason) {
          until = Math.min(end, f.ledgerAt[j]!);
          break;
        }
      }
      if (r !== null) pausedMs += workingMs(ctx, Math.max(r, t), until);
      if (e.reason === 'supplement') waiting = t;
    } else if (e.kind === 'reset' || (e.kind === 'resume' && e.reason === 'supplement')) waiting = null;
    else if (e.kind === 'extend') apology = true;
  }
  if (fin !== null) waiting = null;
  const input = { limit: f.limit, receivedAt: r, ledger, times };
  const view = r === null ? null : dossierDueMs(ctx, input, end);
  const end766 = fin ?? waiting ?? asOf;
  const view766 = r === null ? null : end766 === end ? view : dossierDueMs(ctx, input, end766);
  const decided = fin !== null && (f.decidedAt !== null || f.outcome === 'result-returned');
  const resolution =
    r === null
      ? f.outcome === 'refused-at-desk' && fin !== null
        ? 'refused-at-desk'
        : null
      : fin === null
        ? null
        : decided
          ? 'resolved'
          : (f.outcome as 'refused' | 'withdrawn' | 'stopped');
  let outcome: FactRow['outcome'] = null;
  if (resolution === 'resolved' && view !== null) outcome = outcomeOf({ supplements }, fin!, view).outcome;
  else if (r !== null && fin === null)
    outcome = view !== null && asOf > view.due ? 'open-overdue' : 'open-within';
  const limit = f.limit;
  const limitHours =
    limit === null
      ? null
      : limit.unit === 'working-days'
        ? limit.amount * 8
        : limit.unit === 'working-hours'
          ? limit.amount
          : limit.unit === 'calendar-days'
            ? limit.amount * 24
            : limit.amount * 720;
  let usedHours: number | null = null;
  if (r !== null && limit !== null) {
    let waited = 0;
    for (let i = 0; i < kept; i++) {
      const e = f.ledger[i]!;
      if (e.kind !== 'pause' || e.reason !== 'supplement') continue;
      let until = end766;
      for (let j = i + 1; j < kept; j++) {
        const x = f.ledger[j]!;
        if ((x.kind === 'resume' && x.reason === 'supplement') || x.kind === 'reset') {
          until = Math.min(end766, f.ledgerAt[j]!);
          break;
        }
      }
      const from = Math.max(r, f.ledgerAt[i]!);
      if (until > from) waited += measure(ctx.calendar, limit.unit, from, until);
    }
    usedHours = round(measure(ctx.calendar, limit.unit, r, end766) - waited, 4);
  }
  return {
    dossier_code: f.dossierCode,
    procedure: f.procedure.code,
    version: f.procedure.version,
    agency: (f.dossierCode === null ? null : parseDossierCode(f.dossierCode)?.agency) ?? d.roles.desk,
    field: d.field.vi,
    level: d.level,
    channel: f.channel,
    submitted: iso(f.submittedAt),
    received: iso(r),
    due: iso(view?.due ?? null),
    due_766: iso(view766?.ledgerDue ?? null),
    finished: iso(fin),
    resolution,
    outcome,
    waiting_since: iso(waiting),
    pauses,
    paused_hours: round(pausedMs / HOUR, 4),
    supplements,
    apology,
    limit_hours: limitHours,
    used_hours: usedHours,
    processing_hours:
      resolution === 'resolved' ? round(Math.max(0, workingMs(ctx, r!, fin!) - pausedMs) / HOUR, 4) : null,
    ...digitisationColumns(ctx, f, asOf),
  };
}

/** The online-service and digitisation columns, read as statistics/digitisation.ts reads them. */
function digitisationColumns(
  ctx: DossierContext,
  f: DossierFacts,
  asOf: number,
): Pick<
  FactRow,
  | 'fully_online'
  | 'fee_paid'
  | 'paid_online'
  | 'documents_recorded'
  | 'documents_digitised'
  | 'documents_reused'
  | 'results'
  | 'results_digitised'
> {
  const feePaid = f.feePaidAt !== null && f.feePaidAt < asOf;
  const delivery = f.delivery ?? ctx.compiled.procedure.definition.channels.delivery[0] ?? 'desk';
  const g = f.digitisation;
  let recorded = 0;
  let digitised = 0;
  let reused = 0;
  const docs = g?.documents;
  if (docs !== undefined)
    for (const id in docs) {
      recorded++;
      if (docs[id] === 'digitised') digitised++;
      else if (docs[id] === 'reused') reused++;
    }
  const results = f.results ?? null;
  let resultsDigitised = 0;
  if (results === null) resultsDigitised = g?.result === true ? 1 : 0;
  else for (const x of results) if (g?.results?.[x.id] === true) resultsDigitised++;
  return {
    fully_online: f.channel === 'online' && delivery === 'online' && (!feePaid || f.paidOnline === true),
    fee_paid: feePaid,
    paid_online: feePaid ? f.paidOnline : null,
    documents_recorded: recorded,
    documents_digitised: digitised,
    documents_reused: reused,
    results: results === null ? 1 : results.length,
    results_digitised: resultsDigitised,
  };
}
