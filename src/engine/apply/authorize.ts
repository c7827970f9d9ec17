/**
 * Who may act: the desk before receipt and for desk-only events; the agency of an open step otherwise (found from
 * `by`, or named by `step` when an agency holds several steps at once, as in a parallel consultation); the
 * applicant's events may be recorded by any agency of the procedure on their behalf.
 */

import { type Rejection, rejection } from '../errors.js';
import type { CompiledProcedure } from '../machine/compile.js';
import type { DossierSnapshot, Visit } from '../snapshot/schema.js';
import { type DossierEvent, eventActor } from './events.js';

/** The event names no open step of its agency: not allowed now (the caller lists what is). */
export const NOT_HERE: unique symbol = Symbol('not-here');

/** The agency of a step of the definition. */
export function agencyOf(c: CompiledProcedure, step: string): string {
  return c.steps.get(step)?.agency ?? '?';
}

export function wrongAgency(by: string, holders: readonly string[]): Rejection {
  return rejection('WRONG_AGENCY', { by, holders }, ['by']);
}

/**
 * The step acting (`''` when the event is not a step's), or the rejection.
 *
 * @example
 * actingStep(c, snapshot, { type: 'FORWARD', by: 'branch', … }) //=> 'branch-review'
 */
export function actingStep(
  c: CompiledProcedure,
  snapshot: DossierSnapshot,
  event: DossierEvent,
): string | Rejection | typeof NOT_HERE {
  const d = c.procedure.definition;
  const receiving = snapshot.receivedAt === null;
  const actor = eventActor(event.type);
  const by = (event as { by?: string }).by;
  const deskOnly = actor === 'desk' || (actor === 'desk-or-step' && receiving);
  const byStep = actor === 'step' || (actor === 'desk-or-step' && !receiving);
  if (deskOnly && by !== undefined && by !== d.roles.desk) return wrongAgency(by, [d.roles.desk]);
  if (
    (actor === 'agency' || actor === 'applicant' || actor === 'portal') &&
    by !== undefined &&
    !c.agencies.has(by)
  )
    return wrongAgency(by, [...c.agencies]);
  if (!byStep || by === undefined) return '';
  const visits = snapshot.visits;
  const named = (event as { step?: string }).step;
  if (named !== undefined) {
    const visit = openVisit(visits, named);
    if (!visit) return NOT_HERE;
    const agency = agencyOf(c, visit.step);
    return agency === by ? named : wrongAgency(by, [agency]);
  }
  // The one open visit of the acting agency (the lists below only for the rejections).
  let held = '';
  let count = 0;
  for (let i = 0; i < visits.length; i++) {
    const v = visits[i]!;
    if (v.end === null && agencyOf(c, v.step) === by) {
      if (count === 0) held = v.step;
      count++;
    }
  }
  if (count === 1) return held;
  const open = visits.filter((v) => v.end === null);
  if (count === 0) {
    return open.length === 0 ? NOT_HERE : wrongAgency(by, [...new Set(open.map((v) => agencyOf(c, v.step)))]);
  }
  const mine = open.filter((v) => agencyOf(c, v.step) === by).map((v) => v.step);
  return rejection('AMBIGUOUS_STEP', { by, steps: mine }, ['step']);
}

function openVisit(visits: readonly Visit[], step: string): Visit | undefined {
  for (let i = 0; i < visits.length; i++) {
    const v = visits[i]!;
    if (v.end === null && v.step === step) return v;
  }
  return undefined;
}
