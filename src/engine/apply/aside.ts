/**
 * Events beside the machine — they never change the legal state: FEE_PAID (the applicant paid the fees, online
 * through the payment platform or at the desk; where the law counts the time from the payment, the clock starts),
 * and the return of one result of several while the others are still being decided (a liên thông group hands each
 * result back when it is ready, Decree 63/2024). Also the checks of what the applicant chooses — the office that
 * carries the procedure out, how the result is delivered — and of the result a RETURN_RESULT names.
 */
import { type Rejection, rejection } from '../errors.js';
import type { CompiledProcedure } from '../machine/compile.js';
import type { EngineAction } from '../machine/config.js';
import { hasEntry } from '../sla/clock.js';
import type { DossierSnapshot } from '../snapshot/schema.js';
import { wrongAgency } from './authorize.js';
import type { DossierEvent } from './events.js';

/**
 * What the event chooses, checked against what the definition offers: the implementing office (required at
 * SUBMIT when the definition lists several kinds), the result delivery (SUBMIT, RETURN_RESULT), the result a
 * RETURN_RESULT names (issued, not yet handed back; every result issued before the last return).
 *
 * @example
 * choiceProblem(c, snapshot, { type: 'SUBMIT', channel: 'online', delivery: 'post', … })?.code
 * //=> 'CHOICE_NOT_OFFERED' (the definition delivers at the desk only)
 */
export function choiceProblem(
  c: CompiledProcedure,
  snapshot: DossierSnapshot,
  event: DossierEvent,
): Rejection | null {
  const d = c.procedure.definition;
  if (event.type !== 'SUBMIT' && event.type !== 'RETURN_RESULT') return null;
  if (event.delivery !== undefined && !d.channels.delivery.includes(event.delivery))
    return rejection(
      'CHOICE_NOT_OFFERED',
      { choice: 'delivery', given: event.delivery, allowed: d.channels.delivery },
      ['delivery'],
    );
  if (event.type === 'SUBMIT') {
    const offices = d.implementers.map((i) => i.id);
    if (event.implementer !== undefined && !offices.includes(event.implementer))
      return rejection(
        'CHOICE_NOT_OFFERED',
        { choice: 'implementer', given: event.implementer, allowed: offices },
        ['implementer'],
      );
    if (event.implementer === undefined && offices.length > 0 && snapshot.implementer === undefined)
      return rejection('IMPLEMENTER_REQUIRED', { allowed: offices }, ['implementer']);
    return null;
  }
  return resultProblem(c, snapshot, event);
}

/** A RETURN_RESULT's result: known, issued, not yet handed back; the last return needs every result issued. */
function resultProblem(
  c: CompiledProcedure,
  snapshot: DossierSnapshot,
  event: Extract<DossierEvent, { type: 'RETURN_RESULT' }>,
): Rejection | null {
  const results = snapshot.results;
  const allowed = [...c.results.keys()];
  if (event.result !== undefined) {
    const r = results?.find((x) => x.id === event.result);
    if (r === undefined)
      return rejection('RESULT_NOT_RETURNABLE', { reason: 'unknown', result: event.result, allowed }, [
        'result',
      ]);
    if (r.issuedAt === null)
      return rejection('RESULT_NOT_RETURNABLE', { reason: 'not-issued', result: r.id, allowed }, ['result']);
    if (r.returnedAt !== null)
      return rejection(
        'RESULT_NOT_RETURNABLE',
        { reason: 'returned', result: r.id, allowed, at: r.returnedAt },
        ['result'],
      );
    return null;
  }
  const pending = (results ?? []).filter((r) => r.issuedAt === null).map((r) => r.id);
  if (pending.length > 0)
    return rejection('RESULT_NOT_RETURNABLE', { reason: 'pending', allowed, pending }, ['type']);
  return null;
}

/** Whether a RETURN_RESULT hands back one result while others are still to come (no state change). */
export function isPartialReturn(snapshot: DossierSnapshot, event: DossierEvent): boolean {
  if (event.type !== 'RETURN_RESULT' || event.result === undefined || snapshot.results === undefined)
    return false;
  return snapshot.results.some((r) => r.id !== event.result && r.returnedAt === null);
}

/**
 * The marker actions of an event beside the machine, its rejection, or `null` when the event is the machine's.
 *
 * - FEE_PAID: once, after submission and before the dossier ends, in a procedure with fees (or whose clock
 *   waits for them); recorded by the applicant, or by an agency of the procedure on their behalf.
 * - RETURN_RESULT of one result while others remain: by the one-stop desk or the result's deciding agency.
 * - EXTEND: the extension the procedure's own text allows (`timing.extension`), once, by the desk, before the
 *   decision and not after an apology; its day is checked against the calendar by `calendarProblem`.
 *
 * @example
 * asideActions(c, snapshot, { type: 'FEE_PAID', seq: 3, at: '2027-02-03T10:00:00+07:00' })
 * //=> [{ type: 'recordFee' }]
 */
export function asideActions(
  c: CompiledProcedure,
  snapshot: DossierSnapshot,
  event: DossierEvent,
): readonly EngineAction[] | Rejection | 'not-here' | null {
  const d = c.procedure.definition;
  if (event.type === 'FEE_PAID') {
    if (snapshot.submittedAt === null || snapshot.finishedAt !== null) return 'not-here';
    if (event.by !== undefined && !c.agencies.has(event.by)) return wrongAgency(event.by, [...c.agencies]);
    if (snapshot.feePaidAt !== undefined)
      return rejection('FEE_NOT_ALLOWED', { reason: 'paid', at: snapshot.feePaidAt }, ['type']);
    const waits =
      d.timing.clockStart?.after === 'FEE_PAID' ||
      d.timing.variants.some((v) => v.clockStart?.after === 'FEE_PAID');
    if (d.fees.length === 0 && !waits) return rejection('FEE_NOT_ALLOWED', { reason: 'no-fee' }, ['type']);
    return RECORD_FEE;
  }
  if (event.type === 'EXTEND') {
    if (snapshot.receivedAt === null || snapshot.finishedAt !== null) return 'not-here';
    if (event.by !== d.roles.desk) return wrongAgency(event.by, [d.roles.desk]);
    if (d.timing.extension === undefined)
      return rejection('EXTENSION_NOT_ALLOWED', { reason: 'not-offered' }, ['type']);
    if (snapshot.decidedAt !== null)
      return rejection('EXTENSION_NOT_ALLOWED', { reason: 'decided', at: snapshot.decidedAt }, ['type']);
    if (hasEntry(snapshot.ledger, 'prolong'))
      return rejection('EXTENSION_NOT_ALLOWED', { reason: 'once' }, ['type']);
    if (hasEntry(snapshot.ledger, 'extend'))
      return rejection('EXTENSION_NOT_ALLOWED', { reason: 'apologized' }, ['type']);
    return PROLONG;
  }
  if (!isPartialReturn(snapshot, event) || event.type !== 'RETURN_RESULT') return null;
  if (snapshot.finishedAt !== null) return 'not-here';
  const agency = c.results.get(event.result ?? '')?.agency;
  const desk = d.roles.desk;
  if (event.by !== desk && event.by !== agency)
    return wrongAgency(event.by, agency === undefined || agency === desk ? [desk] : [desk, agency]);
  return RETURN_ONE;
}

const RECORD_FEE: readonly EngineAction[] = Object.freeze([{ type: 'recordFee' }]);
const RETURN_ONE: readonly EngineAction[] = Object.freeze([{ type: 'returnResult' }]);
const PROLONG: readonly EngineAction[] = Object.freeze([{ type: 'prolongDeadline' }]);
