/**
 * The counters of one group of a summary — whole numbers only (times in working milliseconds), so partial
 * summaries merge by adding them, associatively and commutatively — and the figures read from them.
 */
import { round } from '../../shared/values.js';
import { type Histogram, histogramJson, medianMinutes } from './histogram.js';
import { type DigitisationFigures, digitisationFigures } from './indicators.js';

/** The counter names of a group, in the order of the partial JSON. */
export const COUNTERS = [
  'received',
  'carriedOver',
  'receivedInPerson',
  'receivedOnline',
  'receivedPost',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'refused',
  'withdrawn',
  'stopped',
  'openWithinTime',
  'openOverdue',
  'refusedAtDesk',
  'supplementRequests',
  'deskSupplementRequests',
  'apologies',
  'extensions',
  'counted766',
  'onTime766',
  'processed',
  'processingMs',
  // Online services and digitisation (issue 15; statistics/digitisation.ts gives each definition).
  'receivedFullyOnline',
  'feesPaid',
  'feesPaidOnline',
  'inputsRecorded',
  'inputsDigitised',
  'documentsRecorded',
  'documentsDigitised',
  'documentsReused',
  'resultsIssued',
  'resultsDigitised',
] as const;
export type Counter = (typeof COUNTERS)[number];

/** The index of each counter in a group's list. */
export const K = Object.fromEntries(COUNTERS.map((k, i) => [k, i])) as Readonly<Record<Counter, number>>;

/**
 * What each result of a dossier with several (a liên thông group) adds: issued early, on time, late (against its
 * own limit), or not issued at the end, within time or overdue.
 */
export const RESULT_SLOTS = ['early', 'onTime', 'late', 'openWithinTime', 'openOverdue'] as const;
export type ResultSlot = (typeof RESULT_SLOTS)[number];

/** The counters of a group (by {@link K}), the histogram of its processing times, and its results' counts. */
export interface Counts {
  readonly v: Float64Array;
  readonly histogram: Histogram;
  readonly results: Map<string, Float64Array>;
}

/** What one dossier adds to a group in one period: the counters, its processing time (−1: none), its results. */
export interface Contribution {
  readonly v: Float64Array;
  minutes: number;
  /** `[result id, slot index]` of each result of a dossier with several. */
  readonly results: [string, number][];
}

export function emptyCounts(): Counts {
  return { v: new Float64Array(COUNTERS.length), histogram: new Map(), results: new Map() };
}

export function emptyContribution(): Contribution {
  return { v: new Float64Array(COUNTERS.length), minutes: -1, results: [] };
}

/** Clears a contribution for the next dossier. */
export function clearContribution(c: Contribution): void {
  c.v.fill(0);
  c.minutes = -1;
  if (c.results.length > 0) c.results.length = 0;
}

function resultSlots(into: Counts, id: string): Float64Array {
  let r = into.results.get(id);
  if (!r) {
    r = new Float64Array(RESULT_SLOTS.length);
    into.results.set(id, r);
  }
  return r;
}

/** Adds a dossier's contribution to a group. */
export function addContribution(into: Counts, c: Contribution, bucket: number): void {
  const a = into.v;
  const b = c.v;
  for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
  if (bucket >= 0) into.histogram.set(bucket, (into.histogram.get(bucket) ?? 0) + 1);
  for (const [id, slot] of c.results) resultSlots(into, id)[slot]! += 1;
}

/** Adds a group's counters to another's. */
export function addCounts(into: Counts, from: Counts): void {
  for (let i = 0; i < into.v.length; i++) into.v[i]! += from.v[i]!;
  for (const [b, n] of from.histogram) into.histogram.set(b, (into.histogram.get(b) ?? 0) + n);
  for (const [id, r] of from.results) {
    const to = resultSlots(into, id);
    for (let i = 0; i < r.length; i++) to[i]! += r[i]!;
  }
}

/** A group's counters as plain JSON. */
export interface CountsJson {
  readonly counters: readonly number[];
  readonly histogram: readonly (readonly [number, number])[];
  /** `[result id, early, onTime, late, openWithinTime, openOverdue]`, by id. */
  readonly results: readonly (readonly [string, ...number[]])[];
}

export function countsJson(c: Counts): CountsJson {
  const results = [...c.results.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, r]) => [id, ...Array.from(r)] as [string, ...number[]]);
  return { counters: Array.from(c.v), histogram: histogramJson(c.histogram), results };
}

const rate = (part: number, whole: number): number | null => (whole > 0 ? round(part / whole, 4) : null);
const HOUR = 3_600_000;

/**
 * The figures of a group (domain notes §7; docs/engine.md §12 gives every definition); the online-service and
 * digitisation figures (`online`, `payment`, `digitisation`, `decision766Groups`) come from `indicators.ts`.
 */
export interface SummaryFigures extends DigitisationFigures {
  /** Received in the period (tiếp nhận trong kỳ). */
  readonly received: number;
  /** Received before the period and not finished when it began (kỳ trước chuyển sang). */
  readonly carriedOver: number;
  /** `received + carriedOver`: the dossiers the period handled. */
  readonly handled: number;
  /** Received in the period, by channel (DVCQG KenhThucHien). */
  readonly receivedByChannel: { readonly inPerson: number; readonly online: number; readonly post: number };
  /** `online / received` (Decision 766: ≥ 50 % earns full points). */
  readonly onlineShare: number | null;
  /** Resolved in the period — the decision issued (đã giải quyết): early, on time, late. */
  readonly resolved: {
    readonly total: number;
    readonly early: number;
    readonly onTime: number;
    readonly late: number;
  };
  /** **The resolved on-time rate**: `(early + onTime) / resolved` — the figure reports to managers show. */
  readonly resolvedOnTimeRate: number | null;
  /** Still open at the period's end: within time, or past the appointment in force (quá hạn). */
  readonly inProgress: { readonly total: number; readonly withinTime: number; readonly overdue: number };
  /** Refused during processing (Art. 19(3)), withdrawn (Art. 21), stopped (Art. 19(5) closure …) in the period. */
  readonly refused: number;
  readonly withdrawn: number;
  readonly stopped: number;
  /** Refused at the desk in the period (never received: not in `handled`; DVCQG 3). */
  readonly refusedAtDesk: number;
  /** Supplement requests during processing dated in the period. */
  readonly supplementRequests: number;
  /** Supplement requests at the desk (before receipt) of the dossiers received in the period. */
  readonly deskSupplementRequests: number;
  /** Apologies with a new appointment dated in the period (Art. 19(6): the dossier counts late). */
  readonly apologies: number;
  /** Extensions the procedure's own text allows (EXTEND), dated in the period — not late. */
  readonly extensions: number;
  /**
   * **The Decision 766 progress indicator**: dossiers finished or in progress on time ÷ dossiers handled in the
   * period (finish: the terminal instant, else the period's end, or the supplement request of a dossier waiting
   * for it; more than one supplement request, or an apology, is late).
   */
  readonly decision766: {
    readonly counted: number;
    readonly onTime: number;
    readonly late: number;
    readonly rate: number | null;
  };
  /**
   * Per result of the dossiers with several (a liên thông group: birth certificate, residence, health card), by
   * result id: issued in the period early, on time or late against the result's own limit, or not issued at the
   * period's end (the dossier still open), within time or overdue. Empty when no dossier has several results.
   */
  readonly byResult: Readonly<Record<string, Readonly<Record<ResultSlot, number>>>>;
  /** Working hours from receipt to the decision, less the time the clock stood still, of the dossiers resolved. */
  readonly processingHours: {
    readonly count: number;
    readonly average: number | null;
    /** From the bounded histogram: within half a working minute, or 0.2 %, of the true median. */
    readonly median: number | null;
  };
}

export function figuresOf(counts: Counts): SummaryFigures {
  const v = counts.v;
  const c = Object.fromEntries(COUNTERS.map((k, i) => [k, v[i]!])) as Record<Counter, number>;
  const resolved = c.resolvedEarly + c.resolvedOnTime + c.resolvedLate;
  const median = medianMinutes(counts.histogram);
  return {
    received: c.received,
    carriedOver: c.carriedOver,
    handled: c.received + c.carriedOver,
    receivedByChannel: { inPerson: c.receivedInPerson, online: c.receivedOnline, post: c.receivedPost },
    onlineShare: rate(c.receivedOnline, c.received),
    resolved: { total: resolved, early: c.resolvedEarly, onTime: c.resolvedOnTime, late: c.resolvedLate },
    resolvedOnTimeRate: rate(c.resolvedEarly + c.resolvedOnTime, resolved),
    inProgress: {
      total: c.openWithinTime + c.openOverdue,
      withinTime: c.openWithinTime,
      overdue: c.openOverdue,
    },
    refused: c.refused,
    withdrawn: c.withdrawn,
    stopped: c.stopped,
    refusedAtDesk: c.refusedAtDesk,
    supplementRequests: c.supplementRequests,
    deskSupplementRequests: c.deskSupplementRequests,
    apologies: c.apologies,
    extensions: c.extensions,
    decision766: {
      counted: c.counted766,
      onTime: c.onTime766,
      late: c.counted766 - c.onTime766,
      rate: rate(c.onTime766, c.counted766),
    },
    byResult: Object.fromEntries(
      [...counts.results.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, r]) => [
          id,
          Object.fromEntries(RESULT_SLOTS.map((k, i) => [k, r[i]!])) as Record<ResultSlot, number>,
        ]),
    ),
    processingHours: {
      count: c.processed,
      average: c.processed > 0 ? round(c.processingMs / c.processed / HOUR) : null,
      median: median === null ? null : round(median / 60),
    },
    ...digitisationFigures(c),
  };
}
