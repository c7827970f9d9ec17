/**
 * The events that could come next in a dossier's state, as samples: one per (event type, acting agency, step,
 * target) the definition offers there. `allowedTypes` keeps those the machine accepts now — the list a
 * `NOT_ALLOWED` rejection gives; `nextEvents` also runs the law's time checks on them (the desk's buttons).
 */
import type { DossierContext } from '../context.js';
import { regimeAt } from '../law.js';
import type { MachineContext } from '../machine/config.js';
import { nextTransition } from '../machine/memo.js';
import { apologyOf } from '../sla/clock.js';
import { dossierDeadline } from '../sla/deadline.js';
import type { DossierSnapshot, StateValue } from '../snapshot/schema.js';
import { shiftDay } from '../time.js';
import { asideActions } from './aside.js';
import { agencyOf } from './authorize.js';
import type { DossierEvent } from './events.js';

const SAMPLE_TEXT = '—';

/** The machine context of a snapshot (what the guards read). */
export function machineContextOf(snapshot: DossierSnapshot, at: string): MachineContext {
  return {
    regime: snapshot.regime ?? regimeAt(at),
    supplements: snapshot.supplements,
    decided: snapshot.decidedAt !== null,
    apologized: apologyOf(snapshot.ledger) !== null,
    conditions: snapshot.conditions,
  };
}

/** Sample events for the state of a dossier, dated `at`. */
export function candidates(ctx: DossierContext, snapshot: DossierSnapshot, at: string): DossierEvent[] {
  const c = ctx.compiled;
  const d = c.procedure.definition;
  const desk = d.roles.desk;
  const seq = snapshot.seq + 1;
  const out: Record<string, unknown>[] = [];
  const top = typeof snapshot.state === 'string' ? snapshot.state : Object.keys(snapshot.state)[0];
  const add = (e: Record<string, unknown>) => out.push({ seq, at, ...e });
  if (top === 'new' || top === 'incomplete') {
    const office = snapshot.implementer ?? d.implementers[0]?.id;
    add({
      type: 'SUBMIT',
      channel: snapshot.channel ?? 'in-person',
      ...(office === undefined ? {} : { implementer: office }),
    });
  }
  // Beside the machine: the fees, paid once, any time after submission (where there are fees to pay).
  if (top !== 'new' && snapshot.finishedAt === null && snapshot.feePaidAt === undefined)
    add({ type: 'FEE_PAID' });
  if (top === 'submitted') {
    add({ type: 'RECEIVE', by: desk, dossierCode: SAMPLE_TEXT });
    add({ type: 'REQUEST_SUPPLEMENT', by: desk, items: [SAMPLE_TEXT] });
    add({ type: 'REFUSE', by: desk, reasons: [SAMPLE_TEXT] });
  }
  if (top !== 'processing') {
    if (top === 'submitted' || top === 'incomplete') add({ type: 'WITHDRAW' });
    return out as unknown as DossierEvent[];
  }
  const substates = leafStates(snapshot.state);
  for (const visit of snapshot.visits) {
    if (visit.end !== null) continue;
    const step = c.steps.get(visit.step);
    if (!step) continue;
    const by = agencyOf(c, visit.step);
    const at2 = { by, step: visit.step };
    const sub = substates.get(visit.step);
    if (sub === 'supplement') add({ type: 'SUPPLEMENT_RECEIVED' });
    if (sub?.startsWith('payment-')) add({ type: 'FINANCIAL_OBLIGATION_MET' });
    for (const action of step.actions) {
      switch (action.type) {
        case 'forward':
          add({ type: 'FORWARD', ...at2, to: action.to });
          break;
        case 'consult':
          add({ type: 'CONSULT', ...at2 });
          break;
        case 'reply':
          add({ type: 'REPLY', ...at2 });
          break;
        case 'return':
          add({ type: 'RETURN', ...at2, to: action.to, reason: SAMPLE_TEXT });
          break;
        case 'request-supplement':
          add({ type: 'REQUEST_SUPPLEMENT', ...at2, items: [SAMPLE_TEXT] });
          break;
        case 'request-financial-obligation':
          add({ type: 'REQUEST_FINANCIAL_OBLIGATION', ...at2 });
          break;
        case 'refuse':
          add({ type: 'REFUSE', ...at2, reasons: [SAMPLE_TEXT] });
          break;
        case 'approve':
          add({ type: 'APPROVE', ...at2 });
          break;
        case 'issue-result':
          add({ type: 'ISSUE_RESULT', ...at2 });
          break;
        case 'return-result':
          add({ type: 'RETURN_RESULT', ...at2 });
          break;
        default:
          action satisfies never;
      }
    }
  }
  add({ type: 'WITHDRAW' });
  add({ type: 'STOP', by: desk, reason: 'other' });
  if (substates.size > 0 && [...substates.values()].includes('supplement'))
    add({ type: 'STOP', by: desk, reason: 'supplement-not-completed' });
  const view = dossierDeadline(ctx, snapshot, Date.parse(at));
  if (view !== null) {
    add({ type: 'APOLOGIZE', by: desk, reason: SAMPLE_TEXT, newDueDate: shiftDay(view.dueDate, 1) });
    if (d.timing.extension !== undefined)
      add({ type: 'EXTEND', by: desk, reason: SAMPLE_TEXT, newDueDate: shiftDay(view.dueDate, 1) });
  }
  // Each result issued and not yet handed back (the last one by the return step, the others beside it).
  for (const r of snapshot.results ?? [])
    if (r.issuedAt !== null && r.returnedAt === null) {
      const step = snapshot.visits.find((v) => v.end === null && agencyOf(c, v.step) === desk)?.step;
      add({ type: 'RETURN_RESULT', by: desk, result: r.id, ...(step ? { step } : {}) });
    }
  return dedupe(out) as unknown as DossierEvent[];
}

/** The event types the machine accepts now (no time checks): the list `NOT_ALLOWED` gives. */
export function allowedTypes(ctx: DossierContext, snapshot: DossierSnapshot): string[] {
  const at = snapshot.lastAt ?? '2026-01-01T00:00:00+07:00';
  const context = machineContextOf(snapshot, at);
  const types = new Set<string>();
  for (const e of candidates(ctx, snapshot, at)) {
    if (types.has(e.type)) continue;
    const aside = asideActions(ctx.compiled, snapshot, e);
    if (Array.isArray(aside)) types.add(e.type);
    else if (aside !== null) continue;
    else if (nextTransition(ctx.compiled, snapshot.consultation, snapshot.state, e, context) !== null)
      types.add(e.type);
  }
  return [...types];
}

/** The substate of each step in a state value (`working`, `supplement`, `payment-…`, `:replied`). */
function leafStates(value: StateValue, out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') return out;
  for (const key in value) {
    const child = value[key]!;
    if (typeof child === 'string') out.set(key, child);
    else leafStates(child, out);
  }
  return out;
}

function dedupe(events: Record<string, unknown>[]): Record<string, unknown>[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = JSON.stringify(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
