/**
 * The facts of a snapshot checked against each other and against its definition — what `restore` refuses, so a
 * stored snapshot edited to read better (a shorter or longer time limit, a ledger emptied or given an extra
 * restart, a finished dossier moved back to "submitted", another procedure's content hash) does not come back.
 * The event log stays the truth: `verifyHistory` replays it and shows where a snapshot departs from it.
 */

import type { Path } from '../../shared/errors.js';
import { allowedLimits, conditionKeys } from '../apply/receipt.js';
import { regimeAt } from '../law.js';
import { type CompiledProcedure, stateExists } from '../machine/compile.js';
import type { SnapshotParams } from '../messages/en.js';
import { genesis } from './chain.js';
import { digitisationProblem } from './digitisation.js';
import type { DossierSnapshot, StateValue } from './schema.js';

/** A consistency problem: the message parameters and the path of the bad fact. */
export interface Inconsistency {
  readonly params: SnapshotParams;
  readonly path: Path;
}

const TOP_OUTCOME: Readonly<Record<string, DossierSnapshot['outcome']>> = {
  refusedAtDesk: 'refused-at-desk',
  refused: 'refused',
  withdrawn: 'withdrawn',
  stopped: 'stopped',
  resultReturned: 'result-returned',
};

/** States known to exist, per compiled definition (resolving a state in XState is not free). */
const knownStates = new WeakMap<CompiledProcedure, Set<string>>();

function exists(c: CompiledProcedure, s: DossierSnapshot): boolean {
  let known = knownStates.get(c);
  if (!known) {
    known = new Set();
    knownStates.set(c, known);
  }
  const key = `${s.consultation}|${s.regime}|${JSON.stringify(s.state)}`;
  if (known.has(key)) return true;
  if (!stateExists(c, s.consultation, s.state, s.regime)) return false;
  if (known.size < 10_000) known.add(key);
  return true;
}

/**
 * The first inconsistency of a snapshot, or `null`.
 *
 * @example
 * inconsistency(compiled, { ...snapshot, state: 'submitted' }) // { params: { problem: 'state-facts', … }, path: ['state'] }
 */
export function inconsistency(c: CompiledProcedure, s: DossierSnapshot): Inconsistency | null {
  const d = c.procedure.definition;
  const bad = (params: Omit<SnapshotParams, 'field'>, path: Path): Inconsistency => ({
    params: { field: path.join('.'), ...params } as SnapshotParams,
    path,
  });
  if (s.procedure.code !== d.code || s.procedure.version !== d.version) {
    return bad(
      {
        problem: 'procedure-mismatch',
        hash: s.procedure.hash.slice(0, 20),
        expected: `${d.code} ${d.version}`,
        given: `${s.procedure.code} ${s.procedure.version}`,
      },
      ['procedure'],
    );
  }
  if (!exists(c, s))
    return bad(
      {
        problem: 'state-unknown',
        state: JSON.stringify(s.state).slice(0, 100),
        procedure: `${d.code} ${d.version}`,
      },
      ['state'],
    );
  const top = typeof s.state === 'string' ? s.state : (Object.keys(s.state)[0] ?? '');
  const facts = (expected: string, path: Path = ['state']) =>
    bad({ problem: 'state-facts', state: top, expected }, path);

  // The timeline: submitted ≤ received ≤ decided ≤ finished ≤ last event; the chain's start for a new dossier.
  const last = s.lastAt === null ? null : Date.parse(s.lastAt);
  if ((s.seq === 0) !== (s.lastAt === null))
    return facts('a dossier has events exactly when it has a last event', ['seq']);
  if (s.seq === 0 && (s.head !== genesis(s.procedure.hash) || s.migratedFrom !== undefined))
    return facts('a dossier without events has the chain at its start', ['head']);
  const order: [keyof DossierSnapshot, string | null][] = [
    ['submittedAt', s.submittedAt],
    ['receivedAt', s.receivedAt],
    ['decidedAt', s.decidedAt],
    ['finishedAt', s.finishedAt],
  ];
  let previous = Number.NEGATIVE_INFINITY;
  for (const [key, value] of order) {
    if (value === null) continue;
    const ms = Date.parse(value);
    if (ms < previous || last === null || ms > last)
      return facts('submission, receipt, decision and end come in order, by the last event', [key]);
    previous = ms;
  }
  const first = s.receivedAt ?? s.submittedAt;
  if (s.regime !== (first === null ? null : regimeAt(first)))
    return facts('the rule set of the receipt day', ['regime']);

  // What each top state implies.
  const received = s.receivedAt !== null;
  if (top === 'new' && (s.seq !== 0 || s.channel !== null)) return facts('nothing recorded yet');
  if (top === 'submitted' || top === 'incomplete' || top === 'refusedAtDesk') {
    if (received || s.ledger.length > 0 || s.visits.length > 0 || s.limit !== null || s.dossierCode !== null)
      return facts('not received: no receipt, clock, visits, time limit or dossier code', ['receivedAt']);
    if (s.submittedAt === null || s.channel === null) return facts('a submission', ['submittedAt']);
    if (top === 'incomplete' && s.deskSupplements < 1)
      return facts('a supplement asked at the desk', ['deskSupplements']);
  }
  if (top === 'processing' && (!received || s.finishedAt !== null || s.outcome !== null))
    return facts('received and not finished', ['receivedAt']);
  if (received && (s.limit === null || s.counting === null || s.dossierCode === null))
    return facts('a received dossier has its time limit, counting and dossier code', ['limit']);
  const finalOutcome = TOP_OUTCOME[top];
  if (finalOutcome !== undefined) {
    if (s.outcome !== finalOutcome || s.finishedAt === null)
      return facts(`finished as ${finalOutcome}`, ['outcome']);
  } else if (s.outcome !== null || s.finishedAt !== null) return facts('not finished', ['outcome']);

  // The time limit is one the definition gives.
  if (s.limit !== null) {
    const allowed = allowedLimits(c.procedure);
    if (!allowed.some((l) => l.amount === s.limit!.amount && l.unit === s.limit!.unit))
      return bad(
        {
          problem: 'limit-not-allowed',
          given: `${s.limit.amount} ${s.limit.unit}`,
          allowed: allowed.map((l) => `${l.amount} ${l.unit}`),
        },
        ['limit'],
      );
  }
  const keys = conditionKeys(c.procedure);
  for (const key in s.conditions)
    if (!keys.includes(key))
      return bad({ problem: 'conditions-unknown', given: key.slice(0, 80) }, ['conditions', key]);

  const ledger = ledgerProblem(s, last, d.timing.extension !== undefined);
  if (ledger !== null) return bad(ledger.params, ledger.path);
  const chosen = choicesProblem(c, s, last) ?? digitisationProblem(c, s);
  if (chosen !== null) return bad(chosen.params, chosen.path);

  // Visits: steps of the definition, inside the events' span, the open ones exactly the steps the state is in.
  const open: string[] = [];
  const from = s.receivedAt === null ? Number.POSITIVE_INFINITY : Date.parse(s.receivedAt);
  const budget = s.limit?.amount ?? 0;
  for (let i = 0; i < s.visits.length; i++) {
    const v = s.visits[i]!;
    if (!c.steps.has(v.step) || (v.from !== null && !c.steps.has(v.from)))
      return bad({ problem: 'visit-step-unknown', index: i, step: v.step.slice(0, 64) }, [
        'visits',
        i,
        'step',
      ]);
    const at = Date.parse(v.at);
    const end = v.end === null ? null : Date.parse(v.end);
    if (at < from || last === null || at > last || (end !== null && (end < at || end > last)))
      return facts('visits inside the events from receipt to the last event', ['visits', i]);
    if (v.plan[0] < 0 || v.plan[0] > v.plan[1] || v.plan[1] > budget + 1e-9)
      return facts('a visit planned inside the time limit', ['visits', i, 'plan']);
    if (v.end === null) open.push(v.step);
  }
  const active: string[] = [];
  let supplement = false;
  let payment = false;
  const walk = (value: StateValue): void => {
    if (typeof value === 'string') return;
    for (const key in value) {
      const child = value[key]!;
      if (typeof child === 'string') {
        if (child !== ':replied' && c.steps.has(key)) active.push(key);
        if (child === 'supplement') supplement = true;
        if (child.startsWith('payment-')) payment = true;
      } else walk(child);
    }
  };
  walk(s.state);
  open.sort();
  active.sort();
  if (open.join('\n') !== active.join('\n')) {
    const i = s.visits.findIndex((v) => v.end === null && !active.includes(v.step));
    return bad({ problem: 'visits-disagree', open, active }, i >= 0 ? ['visits', i, 'end'] : ['visits']);
  }
  // The clock pauses exactly while a supplement (or, where it pauses, a payment) is awaited.
  const pausedFor = openReasons(s);
  if (supplement !== pausedFor.includes('supplement'))
    return facts('the clock paused exactly while a supplement is awaited', ['ledger']);
  if (d.timing.financialObligationPausesClock && payment !== pausedFor.includes('financial-obligation'))
    return facts('the clock paused exactly while the financial obligation is awaited', ['ledger']);
  return null;
}

function openReasons(s: DossierSnapshot): string[] {
  const open: string[] = [];
  for (const e of s.ledger) {
    if (e.kind === 'pause') open.push(e.reason);
    if (e.kind === 'resume') open.splice(open.indexOf(e.reason), 1);
  }
  return open;
}

/** The ledger's rules: one start at receipt, in order, inside the events; pauses and resumes paired; a reset only
 * with the resume of a supplement; supplements counted; at most one extension. */
function ledgerProblem(
  s: DossierSnapshot,
  last: number | null,
  extendable: boolean,
): (Omit<Inconsistency, 'params'> & { params: Omit<SnapshotParams, 'field'> }) | null {
  const ledger = s.ledger;
  if (s.receivedAt === null)
    return ledger.length === 0 ? null : { params: { problem: 'ledger-start' }, path: ['ledger'] };
  // A clock that waits for an event starts once, when it happens (or at receipt if it happened before).
  const waits = s.startAfter !== undefined;
  const start = ledger[0];
  if (!waits && (start === undefined || start.kind !== 'start' || start.at !== s.receivedAt))
    return { params: { problem: 'ledger-start' }, path: ['ledger', 0] };
  let started = !waits;
  const from = Date.parse(s.receivedAt);
  let previousAt = from;
  let previousSeq = 0;
  const open: string[] = [];
  let supplementPauses = 0;
  let extensions = 0;
  let prolongs = 0;
  for (let i = 0; i < ledger.length; i++) {
    const e = ledger[i]!;
    const at = Date.parse(e.at);
    if (at < previousAt || e.seq < previousSeq)
      return { params: { problem: 'ledger-order', index: i }, path: ['ledger', i] };
    if (last === null || at > last || e.seq > s.seq)
      return {
        params: { problem: 'ledger-outside', index: i, from: s.receivedAt, to: s.lastAt ?? '', seq: s.seq },
        path: ['ledger', i],
      };
    previousAt = at;
    previousSeq = e.seq;
    const pair = (expected: string) => ({
      params: { problem: 'ledger-pairs' as const, index: i, expected },
      path: ['ledger', i],
    });
    switch (e.kind) {
      case 'start':
        if (waits ? started : i !== 0) return { params: { problem: 'ledger-start' }, path: ['ledger', i] };
        started = true;
        break;
      case 'pause':
        if (open.includes(e.reason))
          return pair('a pause while the clock is already paused for the same reason');
        open.push(e.reason);
        if (e.reason === 'supplement') supplementPauses++;
        break;
      case 'resume': {
        const k = open.indexOf(e.reason);
        if (k < 0) return pair('a resume without its pause');
        open.splice(k, 1);
        break;
      }
      case 'reset': {
        if (!started) return pair('a restart only once the clock has started');
        const before = ledger[i - 1];
        if (
          before?.kind !== 'resume' ||
          before.reason !== 'supplement' ||
          before.at !== e.at ||
          before.seq !== e.seq
        )
          return pair('a restart only when the complete dossier comes back after a supplement');
        break;
      }
      case 'extend':
        if (++extensions > 1) return pair('at most one extension (the appointment moves only once)');
        break;
      case 'prolong':
        if (++prolongs > 1 || extensions > 0 || !extendable)
          return pair("at most one extension the procedure's text allows, before any apology");
        break;
      default:
        e satisfies never;
    }
  }
  if (supplementPauses !== s.supplements)
    return {
      params: {
        problem: 'ledger-pairs',
        index: ledger.length - 1,
        expected: 'as many supplement pauses as supplement requests',
      },
      path: ['supplements'],
    };
  return null;
}

/**
 * The optional facts: the office and delivery chosen are ones the definition offers; the fees paid after the
 * submission; the clock waits for an event the definition names; the results are the definition's, issued and
 * handed back in order inside the events, all handed back when the result is returned, the decision exactly when
 * the last one is issued.
 */
function choicesProblem(
  c: CompiledProcedure,
  s: DossierSnapshot,
  last: number | null,
): (Omit<Inconsistency, 'params'> & { params: Omit<SnapshotParams, 'field'> }) | null {
  const d = c.procedure.definition;
  const unknown = (given: string, path: Path) => ({
    params: { problem: 'choice-unknown' as const, given: given.slice(0, 64) },
    path,
  });
  if (s.implementer !== undefined && !d.implementers.some((i) => i.id === s.implementer))
    return unknown(s.implementer, ['implementer']);
  if (s.delivery !== undefined && !d.channels.delivery.includes(s.delivery))
    return unknown(s.delivery, ['delivery']);
  const within = (at: string | null, from: string | null) =>
    at === null ||
    (from !== null && last !== null && Date.parse(at) >= Date.parse(from) && Date.parse(at) <= last);
  const facts = (expected: string, path: Path) => ({
    params: { problem: 'state-facts' as const, state: topState(s.state), expected },
    path,
  });
  if (s.feePaidAt !== undefined && !within(s.feePaidAt, s.submittedAt))
    return facts('fees paid after the submission, by the last event', ['feePaidAt']);
  if (s.paidOnline !== undefined && s.feePaidAt === undefined)
    return facts('paid online or not only once the fees are paid', ['paidOnline']);
  if (s.startAfter !== undefined) {
    const rules = [d.timing.clockStart, ...d.timing.variants.map((v) => v.clockStart)];
    const named = rules.some((r) => r?.after === s.startAfter!.after && r.step === s.startAfter!.step);
    if (s.receivedAt === null || !named)
      return facts('the clock waits for an event the definition names, from receipt', ['startAfter']);
  }
  const ids = d.results.map((r) => r.id);
  const results = s.results;
  if (s.receivedAt === null || ids.length === 0) {
    return results === undefined
      ? null
      : { params: { problem: 'results-disagree', allowed: ids }, path: ['results'] };
  }
  if (results === undefined || results.map((r) => r.id).join('\n') !== ids.join('\n'))
    return { params: { problem: 'results-disagree', allowed: ids }, path: ['results'] };
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (!within(r.issuedAt, s.receivedAt) || !within(r.returnedAt, r.issuedAt ?? null))
      return facts('each result issued after receipt and handed back after it is issued', ['results', i]);
  }
  if (s.outcome === 'result-returned' && results.some((r) => r.returnedAt === null))
    return facts('the result returned: every result handed back', ['results']);
  if ((s.decidedAt !== null) !== results.every((r) => r.issuedAt !== null))
    return facts('the decision is the issue of the last result', ['decidedAt']);
  return null;
}

function topState(state: StateValue): string {
  return typeof state === 'string' ? state : (Object.keys(state)[0] ?? '');
}
