/**
 * The slow reference the statistics are checked against: each dossier read through the engine's public views —
 * the full `slaStatus` at the instant that matters, on the snapshot as it stood at the period's end — and the
 * counts, outcomes and processing times computed plainly from it, one dossier at a time.
 */
import { workingHoursBetween } from '../../src/calendar/index.js';
import type { DossierSnapshot, Engine } from '../../src/engine/index.js';
import { finishInstant } from '../../src/engine/index.js';

export interface ReferenceCounts {
  received: number;
  carriedOver: number;
  early: number;
  onTime: number;
  late: number;
  refused: number;
  withdrawn: number;
  stopped: number;
  openWithin: number;
  openOverdue: number;
  refusedAtDesk: number;
  supplementRequests: number;
  apologies: number;
  counted766: number;
  onTime766: number;
  /** Processing times of the resolved, working hours. */
  hours: number[];
}

const at = (s: string | null) => (s === null ? null : Date.parse(s));

/** The snapshot as it stood at `end`: later ledger entries dropped, a finish at or after it undone. */
export function asOf(s: DossierSnapshot, end: number): DossierSnapshot {
  const ledger = s.ledger.filter((e) => Date.parse(e.at) < end);
  const dropped = s.ledger.filter(
    (e) => e.kind === 'pause' && e.reason === 'supplement' && Date.parse(e.at) >= end,
  ).length;
  const fin = at(finishInstant(s));
  const open = fin === null || fin >= end;
  return {
    ...s,
    ledger,
    supplements: s.supplements - dropped,
    ...(open ? { decidedAt: null, finishedAt: null, outcome: null } : {}),
  };
}

export function emptyReference(): ReferenceCounts {
  return {
    received: 0,
    carriedOver: 0,
    early: 0,
    onTime: 0,
    late: 0,
    refused: 0,
    withdrawn: 0,
    stopped: 0,
    openWithin: 0,
    openOverdue: 0,
    refusedAtDesk: 0,
    supplementRequests: 0,
    apologies: 0,
    counted766: 0,
    onTime766: 0,
    hours: [],
  };
}

/** Adds one dossier read in `[start, end)` to the reference counts. */
export function reference(
  engine: Engine,
  s: DossierSnapshot,
  start: number,
  end: number,
  c: ReferenceCounts,
): void {
  const r = at(s.receivedAt);
  const fin = at(finishInstant(s));
  if (r === null) {
    if (s.outcome === 'refused-at-desk' && fin !== null && fin >= start && fin < end) c.refusedAtDesk++;
    return;
  }
  if (r >= end || (fin !== null && fin < start)) return;
  if (r >= start) c.received++;
  else c.carriedOver++;
  for (const e of s.ledger) {
    const t = Date.parse(e.at);
    if (t < start || t >= end) continue;
    if (e.kind === 'pause' && e.reason === 'supplement') c.supplementRequests++;
    if (e.kind === 'extend') c.apologies++;
  }
  const then = asOf(s, end);
  c.counted766++;
  if (fin !== null && fin < end) {
    const sla = engine.slaStatus(then, fin).dossier!;
    if (sla.outcome !== 'late') c.onTime766++;
    if (s.decidedAt !== null || s.outcome === 'result-returned') {
      if (sla.outcome === 'early') c.early++;
      else if (sla.outcome === 'on-time') c.onTime++;
      else c.late++;
      let paused = 0;
      const ledger = then.ledger;
      ledger.forEach((e, i) => {
        if (e.kind !== 'pause') return;
        const resume = ledger.slice(i + 1).find((x) => x.kind === 'resume' && x.reason === e.reason);
        const a = Math.max(r, Date.parse(e.at));
        const b = Math.min(fin, resume ? Date.parse(resume.at) : fin);
        if (b > a) paused += workingHoursBetween(engine.calendar, a, b);
      });
      c.hours.push(Math.max(0, workingHoursBetween(engine.calendar, r, fin) - paused));
    } else if (s.outcome === 'refused') c.refused++;
    else if (s.outcome === 'withdrawn') c.withdrawn++;
    else c.stopped++;
    return;
  }
  const sla = engine.slaStatus(then, end).dossier!;
  if (end > Date.parse(sla.due)) c.openOverdue++;
  else c.openWithin++;
  let end766 = end;
  if (sla.deadline.paused === 'supplement') {
    const requests = then.ledger.filter((e) => e.kind === 'pause' && e.reason === 'supplement');
    end766 = Date.parse(requests[requests.length - 1]!.at);
  }
  const at766 = engine.slaStatus(then, end766).dossier!;
  const late = end766 > Date.parse(at766.deadline.ledgerDue) || at766.lateBecause.length > 0;
  if (!late) c.onTime766++;
}

/** The exact median of a list. */
export function exactMedian(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
