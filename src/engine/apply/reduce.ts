/**
 * The reducer: runs the machine's marker actions (from the pure `transition()` result) on the snapshot — a copy,
 * or, inside a replay, the replay's own snapshot in place. Every check that can refuse the event has run before,
 * so the reducer never fails. Lists are copied before their first change unless owned (an input snapshot is never
 * mutated); a few dozen entries at most.
 */
import { round } from '../../shared/values.js';
import { regimeAt } from '../law.js';
import type { CompiledProcedure } from '../machine/compile.js';
import type { EngineAction } from '../machine/config.js';
import { openPauses } from '../sla/clock.js';
import type {
  Digitisation,
  DossierSnapshot,
  LedgerEntry,
  MutableSnapshot,
  Outcome,
  PinnedCounting,
  StartAfter,
  StateValue,
  Visit,
} from '../snapshot/schema.js';
import type { DossierEvent } from './events.js';
import type { ReceiptFacts } from './receipt.js';

/** What an event brings besides itself. */
export interface Effects {
  readonly value: StateValue;
  readonly actions: readonly EngineAction[];
  readonly head: string;
  readonly calendarVersion: string;
  /** RECEIVE: the limit and conditions fixed, and the counting pinned. */
  readonly receipt: { readonly facts: ReceiptFacts; readonly counting: PinnedCounting } | null;
}

/**
 * The next snapshot. `inPlace`: the snapshot is a replay's own intermediate one, updated instead of copied.
 */
export function reduce(
  snapshot: DossierSnapshot,
  event: DossierEvent,
  effects: Effects,
  c: CompiledProcedure,
  inPlace: boolean,
): DossierSnapshot {
  let s: MutableSnapshot;
  // The supplement counts as they were before this event (in place, `s` is `snapshot`).
  const { deskSupplements, supplements, regime } = snapshot;
  // The results as they were (the reducer replaces the list, never edits it): which ones this event touched.
  const resultsBefore = snapshot.results;
  if (inPlace) {
    s = snapshot as MutableSnapshot;
    s.calendarVersion = effects.calendarVersion;
    s.seq = event.seq;
    s.lastAt = event.at;
    s.head = effects.head;
    s.state = effects.value;
  } else {
    // Every field listed (not spread): snapshots share one object shape, which keeps replay fast.
    s = {
      format: 2,
      procedure: snapshot.procedure,
      calendarVersion: effects.calendarVersion,
      seq: event.seq,
      lastAt: event.at,
      head: effects.head,
      state: effects.value,
      channel: snapshot.channel,
      regime: snapshot.regime,
      submittedAt: snapshot.submittedAt,
      receivedAt: snapshot.receivedAt,
      dossierCode: snapshot.dossierCode,
      limit: snapshot.limit,
      consultation: snapshot.consultation,
      counting: snapshot.counting,
      conditions: snapshot.conditions,
      deskSupplements: snapshot.deskSupplements,
      supplements: snapshot.supplements,
      decidedAt: snapshot.decidedAt,
      finishedAt: snapshot.finishedAt,
      outcome: snapshot.outcome,
      ledger: snapshot.ledger,
      visits: snapshot.visits,
    };
    if (snapshot.migratedFrom) s.migratedFrom = snapshot.migratedFrom;
    if (snapshot.implementer !== undefined) s.implementer = snapshot.implementer;
    if (snapshot.delivery !== undefined) s.delivery = snapshot.delivery;
    if (snapshot.feePaidAt !== undefined) s.feePaidAt = snapshot.feePaidAt;
    if (snapshot.paidOnline !== undefined) s.paidOnline = snapshot.paidOnline;
    if (snapshot.startAfter !== undefined) s.startAfter = snapshot.startAfter;
    if (snapshot.results !== undefined) s.results = snapshot.results;
    if (snapshot.digitisation !== undefined) s.digitisation = snapshot.digitisation;
  }
  // (No closures below: they would move these variables to the heap.)
  const actions = effects.actions;
  let visits: Visit[] = s.visits as Visit[];
  let ownVisits = inPlace;
  let ledger: LedgerEntry[] = s.ledger as LedgerEntry[];
  let ownLedger = inPlace;
  // The giver of the next handoff and its planned end on the dossier clock.
  let giverStep: string | null = null;
  let giverEnd = 0;
  for (let a = 0; a < actions.length; a++) {
    const action = actions[a]!;
    switch (action.type) {
      case 'recordSubmission':
        if (event.type === 'SUBMIT') {
          s.channel = event.channel;
          s.submittedAt ??= event.at;
          s.regime = regimeAt(event.at);
          if (event.implementer !== undefined) s.implementer = event.implementer;
          if (event.delivery !== undefined) s.delivery = event.delivery;
        }
        break;
      case 'recordDeskSupplement':
        s.deskSupplements = deskSupplements + 1;
        break;
      case 'recordReceipt': {
        const receipt = effects.receipt;
        if (event.type !== 'RECEIVE' || receipt === null) break;
        s.receivedAt = event.at;
        s.regime = regimeAt(event.at);
        s.dossierCode = event.dossierCode;
        s.limit = receipt.facts.limit;
        s.conditions = receipt.facts.conditions;
        s.consultation = event.consultation ?? 'parallel';
        s.counting = receipt.counting;
        const results = c.procedure.definition.results;
        if (results.length > 0)
          s.results = results.map((r) => ({ id: r.id, issuedAt: null, returnedAt: null }));
        const wait = receipt.facts.startAfter;
        if (wait !== null) s.startAfter = wait;
        // What was digitised or reused at receipt (checked against the definition before).
        if (event.documents !== undefined) s.digitisation = { documents: { ...event.documents } };
        // Decree 118/2025 Art. 17(3): the time limit counts from complete, valid receipt — or, where the law says
        // so, once the named event has also happened (fees already paid online count from the receipt).
        if (wait === null || (wait.after === 'FEE_PAID' && s.feePaidAt !== undefined)) {
          if (!ownLedger) {
            ledger = ledger.slice();
            ownLedger = true;
          }
          ledger.push({ kind: 'start', at: event.at, seq: event.seq });
        }
        break;
      }
      case 'leaveStep': {
        const i = findOpen(visits, action.params.step);
        if (i < 0) break;
        const visit = visits[i]!;
        if (!ownVisits) {
          visits = visits.slice();
          ownVisits = true;
        }
        if (inPlace) (visit as { end: string | null }).end = event.at;
        else visits[i] = { ...visit, end: event.at };
        giverStep = visit.step;
        giverEnd = plannedEnd(c, visit);
        break;
      }
      case 'joinBranches': {
        // Parallel branches share their window: the join starts when the longest planned branch ends.
        let consultVisit = -1;
        for (let i = visits.length - 1; i >= 0; i--) {
          if (visits[i]!.step === action.params.consult) {
            consultVisit = i;
            break;
          }
        }
        let end = giverEnd;
        for (let i = consultVisit + 1; i < visits.length; i++) end = Math.max(end, plannedEnd(c, visits[i]!));
        giverEnd = end;
        break;
      }
      case 'enterStep': {
        // A step with no share of the time (time 0) is due with the dossier. No step is planned past the dossier's
        // budget (sequential consultation, rework after RETURN): its share is cut at the appointment.
        const time = scaledShare(c.steps.get(action.params.step)?.time ?? 0, c, s.limit);
        const budget = s.limit?.amount ?? 0;
        const from = Math.min(giverEnd, budget);
        if (!ownVisits) {
          visits = visits.slice();
          ownVisits = true;
        }
        visits.push({
          step: action.params.step,
          from: giverStep,
          at: event.at,
          end: null,
          plan: [from, time > 0 ? Math.min(round(giverEnd + time, 6), budget) : budget],
        });
        break;
      }
      case 'requestSupplement':
        s.supplements = supplements + 1;
        break;
      case 'pauseClock':
      case 'resumeClock':
        if (!ownLedger) {
          ledger = ledger.slice();
          ownLedger = true;
        }
        ledger.push({
          kind: action.type === 'pauseClock' ? 'pause' : 'resume',
          at: event.at,
          seq: event.seq,
          reason: action.params.reason,
        });
        break;
      case 'restartClock':
        // Decree 118/2025 Art. 19(5): the processing time restarts from zero when the complete dossier returns —
        // unless it has not started yet (it still waits for its event).
        if (!ownLedger) {
          ledger = ledger.slice();
          ownLedger = true;
        }
        ledger.push({ kind: 'resume', at: event.at, seq: event.seq, reason: 'supplement' });
        if (hasStarted(ledger)) ledger.push({ kind: 'reset', at: event.at, seq: event.seq });
        break;
      case 'issueResult':
      case 'returnResult': {
        const list = s.results;
        if (list === undefined) break;
        const one =
          action.type === 'issueResult'
            ? action.params.result
            : event.type === 'RETURN_RESULT'
              ? event.result
              : undefined;
        const next = list.map((r) => {
          if (action.type === 'issueResult')
            return r.id === one && r.issuedAt === null ? { ...r, issuedAt: event.at } : r;
          // A return hands back the one result named, or every result issued and not yet handed back.
          const mine = one === undefined ? r.issuedAt !== null : r.id === one;
          return mine && r.returnedAt === null ? { ...r, returnedAt: event.at } : r;
        });
        s.results = next;
        break;
      }
      case 'recordFee':
        s.feePaidAt = event.at;
        if (event.type === 'FEE_PAID' && event.online !== undefined) s.paidOnline = event.online;
        break;
      case 'prolongDeadline':
        if (event.type === 'EXTEND') {
          if (!ownLedger) {
            ledger = ledger.slice();
            ownLedger = true;
          }
          ledger.push({
            kind: 'prolong',
            at: event.at,
            seq: event.seq,
            to: event.newDueDate,
            reason: event.reason,
          });
        }
        break;
      case 'recordDecision':
        // With several results, the decision is the last result's (below).
        if (s.results === undefined) s.decidedAt = event.at;
        break;
      case 'extendDeadline':
        if (event.type === 'APOLOGIZE') {
          if (!ownLedger) {
            ledger = ledger.slice();
            ownLedger = true;
          }
          ledger.push({
            kind: 'extend',
            at: event.at,
            seq: event.seq,
            to: event.newDueDate,
            reason: event.reason,
          });
        }
        break;
      case 'finish': {
        s.finishedAt = event.at;
        s.outcome = action.params.outcome as Outcome;
        // Open steps end with the dossier.
        for (let i = 0; i < visits.length; i++) {
          if (visits[i]!.end !== null) continue;
          if (!ownVisits) {
            visits = visits.slice();
            ownVisits = true;
          }
          const open = visits[i]!;
          if (inPlace) (open as { end: string | null }).end = event.at;
          else visits[i] = { ...open, end: event.at };
        }
        if (s.outcome === 'refused' || s.outcome === 'withdrawn' || s.outcome === 'stopped') {
          // An open pause ends with the dossier.
          for (const p of openPauses(ledger)) {
            if (!ownLedger) {
              ledger = ledger.slice();
              ownLedger = true;
            }
            ledger.push({ kind: 'resume', at: event.at, seq: event.seq, reason: p });
          }
        }
        break;
      }
      default:
        action satisfies never;
    }
  }
  if (event.type === 'RETURN_RESULT' && event.delivery !== undefined) s.delivery = event.delivery;
  if ((event.type === 'ISSUE_RESULT' || event.type === 'RETURN_RESULT') && event.digitised !== undefined)
    s.digitisation = resultDigitised(s, resultsBefore, event.digitised);
  // Several results: the dossier is decided when the last of them is issued.
  if (s.results !== undefined && s.decidedAt === null && s.results.every((r) => r.issuedAt !== null))
    s.decidedAt = event.at;
  // The event the clock waited for (Decree 118/2025 Art. 17(3) read with the sector rule): the clock starts.
  const wait = s.startAfter;
  if (wait !== undefined && s.receivedAt !== null && startsClock(wait, event) && !hasStarted(ledger)) {
    if (!ownLedger) {
      ledger = ledger.slice();
      ownLedger = true;
    }
    ledger.push({ kind: 'start', at: event.at, seq: event.seq });
  }
  s.visits = visits;
  s.ledger = ledger;
  if (regime && s.regime === null) s.regime = regime;
  return s;
}

/**
 * Step shares are written for the procedure's own limit; under a variant limit in the same unit (20 working days
 * in a disadvantaged area instead of 10) they scale with it, so each step keeps its part of the dossier's time.
 */
function scaledShare(time: number, c: CompiledProcedure, limit: DossierSnapshot['limit']): number {
  const base = c.procedure.definition.timing.limit;
  if (
    time === 0 ||
    limit === null ||
    base.type !== 'duration' ||
    base.unit !== limit.unit ||
    base.amount <= 0
  )
    return time;
  const scaled = (time * limit.amount) / base.amount;
  // Calendar days and months are counted whole (Civil Code Art. 147–148): a scaled share is rounded down (so the
  // steps still fit the limit), to one day at least.
  return limit.unit === 'calendar-days' || limit.unit === 'months' ? Math.max(1, Math.floor(scaled)) : scaled;
}

/** Where the next step starts on the plan: the end of a step's share, or its start when it has none. */
function plannedEnd(c: CompiledProcedure, visit: Visit): number {
  return (c.steps.get(visit.step)?.time ?? 0) > 0 ? visit.plan[1] : visit.plan[0];
}

/** Whether the clock has started (a `start` in the ledger). */
function hasStarted(ledger: readonly LedgerEntry[]): boolean {
  for (let i = 0; i < ledger.length; i++) if (ledger[i]!.kind === 'start') return true;
  return false;
}

/** Whether an event is the one the clock waits for. */
function startsClock(wait: StartAfter, event: DossierEvent): boolean {
  if (event.type !== wait.after) return false;
  return event.type !== 'REPLY' || wait.step === undefined || event.step === wait.step;
}

function findOpen(visits: readonly Visit[], step: string): number {
  for (let i = visits.length - 1; i >= 0; i--)
    if (visits[i]!.step === step && visits[i]!.end === null) return i;
  return -1;
}

/**
 * The digitisation facts once an ISSUE_RESULT or RETURN_RESULT says whether the result was digitised and stored:
 * the dossier's one result, or each result this event issued or handed back (a dossier with several); the later
 * record wins.
 */
function resultDigitised(
  s: DossierSnapshot,
  before: DossierSnapshot['results'],
  digitised: boolean,
): Digitisation {
  const old = s.digitisation;
  const results = s.results;
  if (results === undefined) return { ...old, result: digitised };
  const marks: Record<string, boolean> = { ...old?.results };
  let touched = false;
  for (let i = 0; i < results.length; i++) {
    if (results[i] === before?.[i]) continue;
    marks[results[i]!.id] = digitised;
    touched = true;
  }
  return touched ? { ...old, results: marks } : (old ?? {});
}
