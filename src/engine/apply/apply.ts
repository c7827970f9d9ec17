/**
 * Applying one event to a snapshot — the engine's pure `transition(snapshot, event)`: check the event (schema,
 * sequence, order), find who acts and whether they may, ask the compiled machine (memoised), run the law's checks
 * that need the calendar, then reduce the snapshot and chain the event's hash. A rejected event leaves the
 * snapshot untouched; an accepted one gives a new snapshot (or, inside a replay, updates the replay's own).
 */
import { type Calendar, calendarVersion } from '../../calendar/index.js';
import { type CountingDefaults, countingAtReceipt, countingOf, type DossierContext } from '../context.js';
import { engineError, isRejection, type Rejection, rejection } from '../errors.js';
import { phaseOf } from '../interop/phase.js';
import { regimeAt } from '../law.js';
import type { CompiledProcedure } from '../machine/compile.js';
import { nextTransition } from '../machine/memo.js';
import { Chain } from '../snapshot/chain.js';
import type { DossierSnapshot, MutableSnapshot } from '../snapshot/schema.js';
import { canonicalInstant, isBefore, legalDay } from '../time.js';
import { asideActions, choiceProblem } from './aside.js';
import { actingStep, NOT_HERE } from './authorize.js';
import { allowedTypes, machineContextOf } from './candidates.js';
import type { DossierEvent } from './events.js';
import { calendarProblem, closingProblem, whyNot } from './guards.js';
import { migrated } from './migrate.js';
import { checkEvent } from './parse.js';
import { documentsProblem, type ReceiptFacts, receiptFacts } from './receipt.js';
import { reduce } from './reduce.js';

/** What applying needs from the engine: the calendar, the counting defaults, and its definitions. */
export interface ApplyEnvironment {
  readonly calendar: Calendar;
  readonly defaults: CountingDefaults;
  /** The compiled definition of a content hash, or `null` when it is not registered. */
  lookup(hash: string): CompiledProcedure | null;
}

/** How to apply. */
export interface ApplyMode {
  /** The event was checked before (by `parseEvent`, or validated when recorded). */
  readonly trusted: boolean;
  /** The snapshot is a replay's own: update it in place. */
  readonly inPlace: boolean;
  /** The running hash chain of a replay (else one is made from the snapshot's head). */
  readonly chain?: Chain;
  /** Check only: give `null` when the event would be accepted (no hash, no new snapshot). */
  readonly dryRun?: boolean;
  /** Take the hashes events carry as recorded, without computing them (the portal's own, trusted store). */
  readonly trustHashes?: boolean;
  /** A replay's memo: the dossier's context and the calendar's version, made once instead of per event. */
  readonly memo?: ReplayMemo;
}

/**
 * What a replay reads for every event and that changes only with the definition, the counting pinned at receipt
 * or the channel chosen at submission: kept from one event to the next while those three stay the same objects.
 */
export class ReplayMemo {
  #ctx: DossierContext | null = null;
  #hash = '';
  #counting: DossierSnapshot['counting'] = null;
  #channel: DossierSnapshot['channel'] = null;
  readonly calendarVersion: string;

  constructor(env: ApplyEnvironment) {
    this.calendarVersion = calendarVersion(env.calendar);
  }

  /** The context of the snapshot, as `contextOf` gives it. */
  contextOf(env: ApplyEnvironment, snapshot: DossierSnapshot): DossierContext {
    const ctx = this.#ctx;
    if (
      ctx !== null &&
      this.#hash === snapshot.procedure.hash &&
      this.#counting === snapshot.counting &&
      this.#channel === snapshot.channel
    )
      return ctx;
    const next = contextOf(env, snapshot);
    this.#ctx = next;
    this.#hash = snapshot.procedure.hash;
    this.#counting = snapshot.counting;
    this.#channel = snapshot.channel;
    return next;
  }
}

/** The compiled definition of a snapshot, or a thrown `UNKNOWN_DEFINITION`. */
export function compiledOf(env: ApplyEnvironment, snapshot: DossierSnapshot): CompiledProcedure {
  const c = env.lookup(snapshot.procedure.hash);
  if (c === null) {
    const { code, version, hash } = snapshot.procedure;
    throw engineError('UNKNOWN_DEFINITION', { code, version, hash }, ['procedure', 'hash']);
  }
  return c;
}

/** The context of one dossier. */
export function contextOf(env: ApplyEnvironment, snapshot: DossierSnapshot): DossierContext {
  const compiled = compiledOf(env, snapshot);
  return { calendar: env.calendar, compiled, counting: countingOf(compiled, snapshot, env.defaults) };
}

/**
 * Applies one event: the next snapshot, or the rejection (`null` in a dry run when accepted).
 *
 * @example
 * const next = applyOne(env, snapshot, event, { trusted: false, inPlace: false });
 * if (isRejection(next)) console.log(next.messageVi);
 */
export function applyOne(
  env: ApplyEnvironment,
  snapshot: DossierSnapshot,
  input: unknown,
  mode: ApplyMode,
): DossierSnapshot | Rejection | null {
  const parsed = mode.trusted ? (input as DossierEvent) : checkEvent(input);
  if (isRejection(parsed)) return parsed;
  // Instants are stored in one form (+07:00), so they compare as strings and persist compactly.
  const at = canonicalInstant(parsed.at);
  const event = at === parsed.at ? parsed : ({ ...parsed, at } as DossierEvent);
  if (event.seq !== snapshot.seq + 1)
    return rejection('STALE_SEQUENCE', { seq: event.seq, expected: snapshot.seq + 1 }, ['seq']);
  if (snapshot.lastAt !== null && isBefore(event.at, snapshot.lastAt))
    return rejection('OUT_OF_ORDER', { at: event.at, lastAt: snapshot.lastAt }, ['at']);
  const memo = mode.memo;
  const ctx = memo === undefined ? contextOf(env, snapshot) : memo.contextOf(env, snapshot);
  const c = ctx.compiled;
  const version = memo === undefined ? calendarVersion(env.calendar) : memo.calendarVersion;
  if (event.type === 'MIGRATE') return applyMigration(env, ctx, snapshot, event, mode);
  const chosen = choiceProblem(c, snapshot, event);
  if (chosen) return chosen;
  const aside = asideActions(c, snapshot, event);
  if (aside === 'not-here') return notAllowed(ctx, snapshot, event);
  if (aside !== null) {
    if (isRejection(aside)) return aside;
    const late = calendarProblem(ctx, snapshot, event, snapshot.regime ?? regimeAt(event.at), null);
    if (late) return late;
    if (mode.dryRun) return null;
    const head = chainOn(mode, snapshot, event);
    if (typeof head !== 'string') return head;
    const effects = {
      value: snapshot.state,
      actions: aside,
      head,
      calendarVersion: version,
    };
    return reduce(snapshot, event, { ...effects, receipt: null }, c, mode.inPlace);
  }

  // Who acts: the step resolved from the agency when the event does not name it.
  const step = actingStep(c, snapshot, event);
  if (step === NOT_HERE) return notAllowed(ctx, snapshot, event);
  if (typeof step !== 'string') return step;
  const regime = snapshot.regime ?? regimeAt(event.at);
  if (event.type === 'STOP' || event.type === 'APOLOGIZE') {
    const problem = closingProblem(ctx, snapshot, event, regime);
    if (problem) return problem;
  }
  const context = machineContextOf(snapshot, event.at);
  const routed =
    step !== '' && (event as { step?: string }).step === undefined
      ? ({ ...event, step } as DossierEvent)
      : event;
  const next = nextTransition(c, snapshot.consultation, snapshot.state, routed, context);
  if (next === null) return whyNot(event, snapshot, context) ?? notAllowed(ctx, snapshot, event);

  let facts: ReceiptFacts | null = null;
  if (event.type === 'RECEIVE') {
    // Conditions read the office chosen at submission and the receipt day (Asia/Ho_Chi_Minh).
    const r = receiptFacts(c.procedure, event.fields ?? {}, snapshot.channel ?? 'in-person', {
      ...(snapshot.implementer === undefined ? {} : { implementer: snapshot.implementer }),
      receiptDay: legalDay(event.at),
    });
    if (isRejection(r)) return r;
    const documents = documentsProblem(c.procedure, event.documents);
    if (documents) return documents;
    facts = r;
  }
  const problem = calendarProblem(ctx, snapshot, event, regime, facts);
  if (problem) return problem;
  if (mode.dryRun) return null;

  const head = chainOn(mode, snapshot, event);
  if (typeof head !== 'string') return head;
  return reduce(
    snapshot,
    routed,
    {
      value: next.value,
      actions: next.actions,
      head,
      calendarVersion: version,
      receipt: facts === null ? null : { facts, counting: countingAtReceipt(c, env.defaults) },
    },
    c,
    mode.inPlace,
  );
}

/**
 * The event's hash after the snapshot's head, checked against the hash it carries. Inside a replay the running
 * chain keeps the head as bytes and the replay writes it once at the end (`''` here).
 */
function chainOn(mode: ApplyMode, snapshot: DossierSnapshot, event: DossierEvent): string | Rejection {
  const chain = mode.chain ?? new Chain(snapshot.head);
  if (mode.trustHashes && event.hash !== undefined) {
    chain.trust(event.hash);
    return mode.chain ? '' : event.hash;
  }
  chain.advance(event);
  if (event.hash !== undefined && !chain.is(event.hash)) {
    const expected = chain.head();
    chain.undo();
    return rejection('HASH_MISMATCH', { seq: event.seq, expected, given: event.hash }, ['hash']);
  }
  return mode.chain ? '' : chain.head();
}

/** `NOT_ALLOWED`, with the dossier's phase and the event types allowed now (never a raw state value). */
export function notAllowed(ctx: DossierContext, snapshot: DossierSnapshot, event: DossierEvent): Rejection {
  return rejection(
    'NOT_ALLOWED',
    { type: event.type, phase: phaseOf(snapshot), allowed: allowedTypes(ctx, snapshot) },
    ['type'],
  );
}

function applyMigration(
  env: ApplyEnvironment,
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  event: Extract<DossierEvent, { type: 'MIGRATE' }>,
  mode: ApplyMode,
): DossierSnapshot | Rejection | null {
  if (snapshot.finishedAt !== null) return notAllowed(ctx, snapshot, event);
  const parts = migrated(ctx.compiled, env.lookup(event.definition), snapshot, event);
  if (isRejection(parts)) return parts;
  if (mode.dryRun) return null;
  const head = chainOn(mode, snapshot, event);
  if (typeof head !== 'string') return head;
  const s = (mode.inPlace ? snapshot : { ...snapshot }) as MutableSnapshot;
  s.procedure = parts.procedure;
  s.state = parts.state;
  s.conditions = parts.conditions;
  s.visits = parts.visits;
  s.migratedFrom = parts.migratedFrom;
  s.seq = event.seq;
  s.lastAt = event.at;
  s.head = head;
  s.calendarVersion = calendarVersion(env.calendar);
  return s;
}
