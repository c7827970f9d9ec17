/**
 * Replay, the desk's next events, and the verification of a history: all three run the one `applyOne`.
 */
import type { Procedure } from '../../rules/index.js';
import type { LocalizedError } from '../../shared/errors.js';
import { quote } from '../../shared/messages.js';
import { isRejection, type Rejection } from '../errors.js';
import { report } from '../messages/index.js';
import { Chain, genesis } from '../snapshot/chain.js';
import type { DossierSnapshot, MutableSnapshot } from '../snapshot/schema.js';
import { MIN_MS, vnInstant } from '../time.js';
import { type ApplyEnvironment, applyOne, contextOf, ReplayMemo } from './apply.js';
import { candidates } from './candidates.js';
import { type DossierEvent, type DossierEventType, type EventActor, eventActor } from './events.js';
import { checkEvent } from './parse.js';

/** The snapshot of a new dossier under a definition (state `new`, no events, the chain at its start). */
export function startSnapshot(procedure: Procedure, calendarVersion: string): DossierSnapshot {
  const d = procedure.definition;
  return {
    format: 2,
    procedure: { code: d.code, version: d.version, hash: procedure.hash },
    calendarVersion,
    seq: 0,
    lastAt: null,
    head: genesis(procedure.hash),
    state: 'new',
    channel: null,
    regime: null,
    submittedAt: null,
    receivedAt: null,
    dossierCode: null,
    limit: null,
    consultation: 'parallel',
    counting: null,
    conditions: {},
    deskSupplements: 0,
    supplements: 0,
    decidedAt: null,
    finishedAt: null,
    outcome: null,
    ledger: [],
    visits: [],
  };
}

/** The answer of a replay: the snapshot, or the first rejection with its event's index and the last snapshot. */
export type ReplayResult =
  | { readonly ok: true; readonly snapshot: DossierSnapshot }
  | {
      readonly ok: false;
      readonly rejection: Rejection;
      readonly index: number;
      readonly snapshot: DossierSnapshot;
    };

/**
 * Applies events in order from a new dossier, checking each (schema, law, and the recorded hash when an event
 * carries one); stops at the first rejection. `trusted` (events from the portal's own store, checked when they
 * were recorded): no schema check, and the hashes the events carry are taken as recorded (`verifyHistory`
 * recomputes them). The snapshots in between are the replay's own: each event updates
 * the last one in place.
 */
export function replayEvents(
  env: ApplyEnvironment,
  procedure: Procedure,
  events: readonly unknown[],
  trusted: boolean,
): ReplayResult {
  // Events are checked in a first pass, then applied: two small loops the JIT optimises separately run faster
  // than one that does both. An event that fails its check is reported in its turn, after the ones before it.
  const n = events.length;
  const checked: (DossierEvent | Rejection)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = trusted ? (events[i] as DossierEvent) : checkEvent(events[i]);
    checked[i] = e;
    if (isRejection(e)) break;
  }
  const memo = new ReplayMemo(env);
  let snapshot = startSnapshot(procedure, memo.calendarVersion);
  const chain = new Chain(snapshot.head);
  // The head is written once, when the replay hands its snapshot out.
  const out = (s: DossierSnapshot): DossierSnapshot => {
    (s as MutableSnapshot).head = chain.head();
    return s;
  };
  for (let i = 0; i < n; i++) {
    const event = checked[i]!;
    if (isRejection(event)) return { ok: false, rejection: event, index: i, snapshot: out(snapshot) };
    const r = applyOne(env, snapshot, event, {
      trusted: true,
      inPlace: true,
      chain,
      trustHashes: trusted,
      memo,
    });
    if (r === null || isRejection(r)) return { ok: false, rejection: r!, index: i, snapshot: out(snapshot) };
    snapshot = r;
  }
  return { ok: true, snapshot: out(snapshot) };
}

/** An event the desk may record now: for its buttons. */
export interface NextEvent {
  readonly type: DossierEventType;
  /** The agency that sends it (`null`: the applicant, or any agency recording it on their behalf). */
  readonly by: string | null;
  /** The step acting, for step events. */
  readonly step: string | null;
  /** The step it leads to, for FORWARD and RETURN. */
  readonly to: string | null;
  /** The one result a RETURN_RESULT hands back (a dossier with several results); otherwise `null`. */
  readonly result: string | null;
  /** The implementing office a SUBMIT names (definitions with `implementers`: the first, or the one chosen). */
  readonly implementer: string | null;
  readonly actor: EventActor;
}

/**
 * The events allowed now — every check run, time checks included (the supplement window, the apology's last day,
 * the closure's period) — at an instant (default: the last event's).
 */
export function nextEvents(
  env: ApplyEnvironment,
  snapshot: DossierSnapshot,
  atMs: number | null,
): NextEvent[] {
  const ctx = contextOf(env, snapshot);
  const at = atMs !== null ? vnInstant(atMs) : (snapshot.lastAt ?? vnInstant(MIN_MS));
  const out: NextEvent[] = [];
  for (const e of candidates(ctx, snapshot, at)) {
    if (applyOne(env, snapshot, e, { trusted: true, inPlace: false, dryRun: true }) !== null) continue;
    const r = e as { by?: string; step?: string; to?: string; result?: string; implementer?: string };
    out.push({
      type: e.type,
      by: r.by ?? null,
      step: r.step ?? null,
      to: r.to ?? null,
      result: r.result ?? null,
      implementer: r.implementer ?? null,
      actor: eventActor(e.type),
    });
  }
  return out;
}

/** What `verifyHistory` found. */
export interface HistoryReport extends LocalizedError {
  readonly code:
    | 'HISTORY_VERIFIED'
    | 'HISTORY_REJECTED'
    | 'HISTORY_HASH_CHANGED'
    | 'HISTORY_SNAPSHOT_DIFFERS'
    | 'HISTORY_HEAD_DIFFERS';
  readonly ok: boolean;
  /** The head the events give (as far as they replay). */
  readonly head: string;
  /** The snapshot the events give (as far as they replay). */
  readonly replayed: DossierSnapshot;
  /** The refusal of the event the replay stopped at, if it did. */
  readonly rejection: Rejection | null;
}

/**
 * Replays a history (the recorded events, with their hashes) and compares it with a stored snapshot, saying
 * exactly where they part ways: the first event whose recorded hash its content does not give, the first event
 * refused, or the first field of the snapshot that differs, or the head.
 */
export function verifyHistory(
  env: ApplyEnvironment,
  procedure: Procedure,
  events: readonly unknown[],
  stored: DossierSnapshot,
): HistoryReport {
  const r = replayEvents(env, procedure, events, false);
  const replayed = r.snapshot;
  const head = replayed.head;
  const done = (
    code: HistoryReport['code'],
    params: Record<string, unknown>,
    path: readonly (string | number)[],
    rejection: Rejection | null = null,
  ): HistoryReport => ({
    ...report(code as 'HISTORY_VERIFIED', params as never, path),
    code,
    ok: code === 'HISTORY_VERIFIED',
    head,
    replayed,
    rejection,
  });
  if (!r.ok) {
    const seq = (events[r.index] as { seq?: unknown } | undefined)?.seq;
    const s = typeof seq === 'number' ? seq : r.index + 1;
    if (r.rejection.code === 'HASH_MISMATCH')
      return done(
        'HISTORY_HASH_CHANGED',
        { index: r.index, seq: s },
        ['events', r.index, 'hash'],
        r.rejection,
      );
    return done(
      'HISTORY_REJECTED',
      { index: r.index, seq: s, code: r.rejection.code },
      ['events', r.index, ...r.rejection.path],
      r.rejection,
    );
  }
  if (stored.head !== head)
    return done('HISTORY_HEAD_DIFFERS', { stored: stored.head, replayed: head, events: events.length }, [
      'head',
    ]);
  const diff = firstDifference(stored, replayed, []);
  if (diff !== null) {
    return done(
      'HISTORY_SNAPSHOT_DIFFERS',
      {
        path: diff.path.join('.'),
        stored: quote(JSON.stringify(diff.a) ?? 'undefined', 60),
        replayed: quote(JSON.stringify(diff.b) ?? 'undefined', 60),
      },
      diff.path,
    );
  }
  return done('HISTORY_VERIFIED', { events: events.length, head }, []);
}

/** The first path where two JSON values differ (the calendar version, which changes with the calendar, aside). */
function firstDifference(
  a: unknown,
  b: unknown,
  path: (string | number)[],
): { path: (string | number)[]; a: unknown; b: unknown } | null {
  if (path.length === 1 && path[0] === 'calendarVersion') return null;
  if (a === b) return null;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return { path, a, b };
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], [...path, i]);
      if (d) return d;
    }
    return null;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
    const d = firstDifference(ra[key], rb[key], [...path, key]);
    if (d) return d;
  }
  return null;
}
