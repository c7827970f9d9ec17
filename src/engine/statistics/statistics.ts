/**
 * @name dossierStatistics
 * @summary Progress indicators of Decision 766/QĐ-TTg (23/06/2022) over a period: the on-time rate, the average
 * processing time per procedure, and the share of dossiers filed online.
 *
 * @description
 * Formulas from a provincial implementation spec (domain notes §7, a lead, not proof):
 * - counted: dossiers received before the period ends and not finished before it starts (dossiers never received
 *   — refused or sent back at the desk — have no clock and are left out);
 * - finish: the decision ("processed" wins over "returned"), refusal, stop or withdrawal; none yet → the period
 *   end; a dossier waiting for a supplement counts its request instant as the end;
 * - on time / late: the engine's one rule (`lateReasons`): late after the due instant, when apologised and
 *   extended, or with more than one supplement request;
 * - processing time: receipt to finish, less the time paused, in working hours for working-day limits;
 * - online share: dossiers received in the period that were filed online (≥ 50 % earns full points).
 *
 * @example
 * const stats = engine.statistics(snapshots, { from: '2026-01-01', to: '2026-03-31' });
 * stats.onTimeRate // 0.94
 */
import { round } from '../../shared/values.js';
import { badArgument } from '../check.js';
import type { DossierContext } from '../context.js';
import { phaseOf } from '../interop/phase.js';
import { measure, pausesAfter } from '../sla/clock.js';
import { dossierDeadline } from '../sla/deadline.js';
import { finishInstant, lateReasons } from '../sla/outcome.js';
import type { DossierSnapshot } from '../snapshot/schema.js';
import { ISO_DAY, realDay } from '../time.js';

export interface StatisticsPeriod {
  /** First day, inclusive (`YYYY-MM-DD`). */
  readonly from: string;
  /** Last day, inclusive. */
  readonly to: string;
}

export interface ProcedureStatistics {
  readonly code: string;
  readonly counted: number;
  readonly onTime: number;
  readonly late: number;
  /** Mean processing time of the dossiers finished in the period, in hours of the limit's unit (working hours). */
  readonly averageHours: number | null;
  /** The same in days (8 working hours a day for working units, 24 hours for calendar units). */
  readonly averageDays: number | null;
  readonly finished: number;
}

export interface DossierStatistics {
  readonly period: StatisticsPeriod;
  readonly counted: number;
  readonly onTime: number;
  readonly late: number;
  /** `onTime / counted`, or `null` when nothing is counted. */
  readonly onTimeRate: number | null;
  readonly received: number;
  readonly receivedOnline: number;
  /** `receivedOnline / received`, or `null`. */
  readonly onlineShare: number | null;
  readonly byProcedure: readonly ProcedureStatistics[];
}

const VN = 7 * 3_600_000;

/** A period of two legal days, checked (never silently rolled over: 2026-02-31 is refused). */
export function checkPeriod(period: StatisticsPeriod): { start: number; end: number } {
  const ok = (d: unknown) => typeof d === 'string' && ISO_DAY.test(d) && realDay(d);
  if (
    typeof period !== 'object' ||
    period === null ||
    !ok(period.from) ||
    !ok(period.to) ||
    period.from > period.to
  )
    throw badArgument(
      'period',
      'period',
      period === null || typeof period !== 'object' ? period : `${String(period.from)}…${String(period.to)}`,
    );
  return {
    start: Date.parse(`${period.from}T00:00:00Z`) - VN,
    end: Date.parse(`${period.to}T00:00:00Z`) - VN + 86_400_000,
  };
}

export function dossierStatistics(
  contextOf: (snapshot: DossierSnapshot) => DossierContext,
  snapshots: Iterable<DossierSnapshot>,
  period: StatisticsPeriod,
): DossierStatistics {
  const { start, end } = checkPeriod(period);
  const groups = new Map<
    string,
    { counted: number; onTime: number; late: number; hours: number[]; unitDay: number }
  >();
  let received = 0;
  let receivedOnline = 0;
  for (const s of snapshots) {
    if (s.receivedAt === null || !s.limit) continue;
    const ctx = contextOf(s);
    const receivedMs = Date.parse(s.receivedAt);
    if (receivedMs >= start && receivedMs < end) {
      received++;
      if (s.channel === 'online') receivedOnline++;
    }
    const finished = finishInstant(s);
    if (receivedMs >= end || (finished !== null && Date.parse(finished) < start)) continue;
    let request: string | null = null;
    for (const e of s.ledger) if (e.kind === 'pause' && e.reason === 'supplement') request = e.at;
    // Waiting now: the phase says so (with the `pause` supplement clock the complete dossier's return writes a
    // `resume`, not a `reset`, so the ledger alone cannot tell).
    const waiting = s.outcome === null && phaseOf(s) === 'awaiting-supplement';
    let finish = finished !== null && Date.parse(finished) < end ? Date.parse(finished) : end;
    if (waiting && request !== null) finish = Math.min(finish, Date.parse(request));
    const view = dossierDeadline(ctx, s, finish);
    if (view === null) continue;
    const late = lateReasons(s, finish, view).length > 0;
    const g = groups.get(s.procedure.code) ?? { counted: 0, onTime: 0, late: 0, hours: [], unitDay: 8 };
    g.counted++;
    if (late) g.late++;
    else g.onTime++;
    if (finished !== null && Date.parse(finished) >= start && Date.parse(finished) < end) {
      let paused = 0;
      for (const p of pausesAfter(s.ledger, receivedMs))
        paused += measure(ctx.calendar, s.limit.unit, p.from, p.to ?? finished);
      g.hours.push(Math.max(0, measure(ctx.calendar, s.limit.unit, s.receivedAt, finished) - paused));
      g.unitDay = s.limit.unit === 'working-days' || s.limit.unit === 'working-hours' ? 8 : 24;
    }
    groups.set(s.procedure.code, g);
  }
  const byProcedure = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, g]): ProcedureStatistics => {
      const avg = g.hours.length > 0 ? g.hours.reduce((x, y) => x + y, 0) / g.hours.length : null;
      return {
        code,
        counted: g.counted,
        onTime: g.onTime,
        late: g.late,
        averageHours: avg === null ? null : round(avg),
        averageDays: avg === null ? null : round(avg / g.unitDay),
        finished: g.hours.length,
      };
    });
  const counted = byProcedure.reduce((n, p) => n + p.counted, 0);
  const onTime = byProcedure.reduce((n, p) => n + p.onTime, 0);
  return {
    period,
    counted,
    onTime,
    late: counted - onTime,
    onTimeRate: counted > 0 ? round(onTime / counted, 4) : null,
    received,
    receivedOnline,
    onlineShare: received > 0 ? round(receivedOnline / received, 4) : null,
    byProcedure,
  };
}
