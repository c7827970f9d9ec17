/**
 * The transition memo: XState's pure `transition()` costs ≈ 30 µs, so each distinct situation of a definition is
 * computed once and kept — by state value (by identity: the state values that come out of the memo are shared,
 * frozen objects), then event type, then the few (step, target, conditions) seen, then the guard facts (a number
 * below 16). A restored snapshot's state (from JSON) is found by its JSON text once, then by identity.
 */
import { transition } from 'xstate';
import { deepFreeze } from '../../shared/values.js';
import type { DossierEvent } from '../apply/events.js';
import type { StateValue } from '../snapshot/schema.js';
import type { CompiledProcedure } from './compile.js';
import type { EngineAction, MachineContext } from './config.js';

/** A transition: the next state value and the marker actions; `null` when not allowed. */
export type Transition = { readonly value: StateValue; readonly actions: readonly EngineAction[] } | null;

/** By guard facts. */
type Leaf = (Transition | undefined)[];
interface MemoEntry {
  readonly step: string;
  readonly to: string;
  readonly conditions: string;
  readonly leaf: Leaf;
}
/** Per state: event type → the few (step, target, conditions) seen, scanned in order. */
type Memo = Map<string, MemoEntry[]>;

/** Caps that keep odd inputs from making the memo long or large. */
const MAX_ENTRIES = 64;
const MAX_STATES = 20_000;

/** Per consultation mode: the same state value object may be reached by dossiers of either mode. */
const byIdentity = {
  parallel: new WeakMap<object, { c: CompiledProcedure; memo: Memo }>(),
  sequential: new WeakMap<object, { c: CompiledProcedure; memo: Memo }>(),
};

/** The guard facts as a number: regime, a supplement already asked, decided, apologised. */
export function factsOf(context: Omit<MachineContext, 'conditions'>): number {
  return (
    (context.regime === 'decree-61-2018' ? 8 : 0) +
    (context.supplements > 0 ? 4 : 0) +
    (context.decided ? 2 : 0) +
    (context.apologized ? 1 : 0)
  );
}

/**
 * The transition of an event (its `step` resolved) in a state, under a context.
 *
 * @example
 * nextTransition(c, 'parallel', snapshot.state, { ...event, step: 'receive' }, context)?.value
 */
export function nextTransition(
  c: CompiledProcedure,
  consultation: 'parallel' | 'sequential',
  state: StateValue,
  event: DossierEvent,
  context: MachineContext,
): Transition {
  const memo = memoOf(c, consultation, state);
  const step = (event as { step?: string }).step ?? '';
  const to = (event as { to?: string }).to ?? '';
  const leaf = leafOf(memo, event.type, step, to, conditionsKey(context.conditions));
  const facts = factsOf(context);
  let result = leaf[facts];
  if (result === undefined) {
    const machine = c.machine(consultation);
    const current = machine.resolveState({ value: state, context });
    const [next, actions] = transition(machine, current, event);
    result =
      next === current && actions.length === 0
        ? null
        : // Shared by every snapshot that reaches this state: frozen, so no one can change it under the others.
          deepFreeze({
            value: next.value as StateValue,
            actions: actions.map((a) => ({ type: a.type, params: a.params }) as unknown as EngineAction),
          });
    leaf[facts] = result;
  }
  return result;
}

function leafOf(memo: Memo, type: string, step: string, to: string, conditions: string): Leaf {
  let entries = memo.get(type);
  if (entries === undefined) {
    entries = [];
    memo.set(type, entries);
  }
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.step === step && e.to === to && e.conditions === conditions) return e.leaf;
  }
  if (entries.length >= MAX_ENTRIES) entries.shift();
  const leaf: Leaf = [];
  entries.push({ step, to, conditions, leaf });
  return leaf;
}

function memoOf(c: CompiledProcedure, consultation: 'parallel' | 'sequential', state: StateValue): Memo {
  const identity = byIdentity[consultation];
  if (typeof state === 'object') {
    const known = identity.get(state);
    if (known?.c === c) return known.memo;
  }
  const text = `${consultation}|${typeof state === 'string' ? state : JSON.stringify(state)}`;
  let memo = c.memo.get(text) as Memo | undefined;
  if (!memo) {
    memo = new Map();
    // Least recently added first out (a definition has a few hundred states at most; this is a safety cap).
    if (c.memo.size >= MAX_STATES) c.memo.delete(c.memo.keys().next().value as string);
    c.memo.set(text, memo);
  }
  if (typeof state === 'object') identity.set(state, { c, memo });
  return memo;
}

const conditionKeys = new WeakMap<object, string>();

function conditionsKey(conditions: Readonly<Record<string, boolean>>): string {
  // No conditions (most definitions, and every dossier before receipt): no look-up.
  let empty = true;
  for (const _ in conditions) {
    empty = false;
    break;
  }
  if (empty) return '';
  let key = conditionKeys.get(conditions);
  if (key === undefined) {
    key = '';
    for (const k in conditions) if (conditions[k]) key += `${k};`;
    conditionKeys.set(conditions, key);
  }
  return key;
}
