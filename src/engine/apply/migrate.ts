/**
 * A MIGRATE event: the dossier moves to another version of its procedure — explicitly, validated, and recorded in
 * the history like any other event (the log stays the truth; a replay takes the same path).
 *
 * A dossier stays under the definition in force when it was received (Decree 118/2025: dossiers received before a
 * change keep the old rules), so publishing version 2 never changes it. When a province decides that dossiers in
 * flight move to the new version, the portal records a MIGRATE with the new version's content hash and, for
 * renamed steps, a step map. The migration keeps the history (visits, ledger), the time limit and the appointment
 * given to the applicant (the counting fixed at receipt stays, Art. 17(3)), re-pins the snapshot and records the
 * version it came from.
 *
 * - The results of the `forward … when` conditions are carried over by the action they belong to — step id (after
 *   the step map), target and condition text — not by their position, so a version that reorders steps or
 *   actions keeps the dossier's routes. A condition the old version did not have (or whose text changed) needs
 *   the receipt `fields`, and with them every condition of the new version is evaluated again.
 * - The new version must be in force on the dossier's receipt day, as at RECEIVE.
 * Refused (`INVALID_MIGRATION`): an unregistered version, another procedure code, the same version, a version not
 * in force on the receipt day, during a consultation, a visited step or the current state missing from the new
 * version, a new condition without `fields`.
 */
import { actionConditionKey, toExpressionContext } from '../../rules/index.js';
import { isRejection, type Rejection, rejection } from '../errors.js';
import { type CompiledProcedure, stateExists } from '../machine/compile.js';
import type { MigrationParams } from '../messages/en.js';
import type { DossierSnapshot, StateValue } from '../snapshot/schema.js';
import { legalDay } from '../time.js';
import type { DossierEvent } from './events.js';
import { fieldProblem } from './receipt.js';

type Migrate = Extract<DossierEvent, { type: 'MIGRATE' }>;

/** What a migration changes in the snapshot. */
export type Migrated = Pick<DossierSnapshot, 'procedure' | 'state' | 'conditions' | 'visits'> & {
  readonly migratedFrom: NonNullable<DossierSnapshot['migratedFrom']>;
};

const refuse = (params: MigrationParams, path: readonly (string | number)[] = []): Rejection =>
  rejection('INVALID_MIGRATION', params, path);

/**
 * The snapshot's parts under the target version, or the rejection.
 *
 * @example
 * migrated(source, target, snapshot, { type: 'MIGRATE', seq: 9, at, version: '2', definition: v2.hash, steps: { issue: 'issue-v2' } })
 */
export function migrated(
  source: CompiledProcedure,
  target: CompiledProcedure | null,
  snapshot: DossierSnapshot,
  event: Migrate,
): Migrated | Rejection {
  if (target === null)
    return refuse({ problem: 'unknown-version', version: event.version, hash: event.definition }, [
      'definition',
    ]);
  const t = target.procedure.definition;
  if (t.code !== snapshot.procedure.code)
    return refuse({ problem: 'other-procedure', from: snapshot.procedure.code, to: t.code }, ['definition']);
  if (target.procedure.hash === snapshot.procedure.hash)
    return refuse({ problem: 'same-version' }, ['definition']);
  if (t.version !== event.version)
    return refuse({ problem: 'unknown-version', version: event.version, hash: event.definition }, [
      'version',
    ]);
  const received = snapshot.receivedAt === null ? null : legalDay(snapshot.receivedAt);
  const { from, to } = t.effective;
  if (received !== null && (received < from || (to !== undefined && received > to)))
    return refuse(
      { problem: 'not-in-force', version: t.version, from, ...(to ? { to } : {}), day: received },
      ['definition'],
    );
  const map = (step: string) => event.steps?.[step] ?? step;
  const conditions = carryConditions(snapshot, source, target, map, event);
  if (isRejection(conditions)) return conditions;
  for (const [i, visit] of snapshot.visits.entries()) {
    if (!target.steps.has(map(visit.step)))
      return refuse({ problem: 'step-missing', step: visit.step, version: t.version }, ['steps', i]);
  }
  let consulting = false;
  const rename = (value: StateValue, depth: number): StateValue => {
    if (typeof value === 'string') {
      if (depth === 2 && value.startsWith('payment-')) return `payment-${map(value.slice(8))}`;
      return depth === 1 ? map(value) : value;
    }
    const out: Record<string, StateValue> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key.endsWith(':consult')) consulting = true;
      out[depth === 1 ? map(key) : key] = rename(child, depth + 1);
    }
    return out;
  };
  const state = rename(snapshot.state, 0);
  if (consulting) return refuse({ problem: 'during-consultation' }, ['state']);
  if (!stateExists(target, snapshot.consultation, state, snapshot.regime))
    return refuse(
      { problem: 'state-missing', state: JSON.stringify(state).slice(0, 100), version: t.version },
      ['state'],
    );
  return {
    procedure: { code: t.code, version: t.version, hash: target.procedure.hash },
    state,
    conditions,
    visits: snapshot.visits.map((v) => ({
      ...v,
      step: map(v.step),
      from: v.from === null ? null : map(v.from),
    })),
    migratedFrom: [
      ...(snapshot.migratedFrom ?? []),
      { version: snapshot.procedure.version, hash: snapshot.procedure.hash, at: event.at, seq: event.seq },
    ],
  };
}

/** Identity of a `forward … when` action across versions: step id, target and condition text. */
function actionIdentity(step: string, to: string, when: string): string {
  return JSON.stringify([step, to, when]);
}

/**
 * The condition results keyed for the new version: carried over by action identity, or — with `fields` —
 * evaluated on the fields again.
 */
function carryConditions(
  snapshot: DossierSnapshot,
  source: CompiledProcedure,
  target: CompiledProcedure,
  map: (step: string) => string,
  event: Migrate,
): Record<string, boolean> | Rejection {
  const out: Record<string, boolean> = {};
  // Before receipt nothing was evaluated: RECEIVE evaluates the new version's conditions.
  if (snapshot.receivedAt === null) return out;
  const t = target.procedure;
  if (event.fields !== undefined) {
    const bad = fieldProblem(t, event.fields);
    if (bad) return bad;
    const context = toExpressionContext(t.definition.fields, event.fields, snapshot.channel ?? 'in-person', {
      ...(snapshot.implementer === undefined ? {} : { implementer: snapshot.implementer }),
      receiptDay: legalDay(snapshot.receivedAt),
    });
    for (const [i, step] of t.definition.steps.entries()) {
      for (const [a, action] of step.actions.entries()) {
        if (action.type !== 'forward' || action.when === undefined) continue;
        const expr = t.expression(['steps', i, 'actions', a, 'when']);
        let value = false;
        if (expr?.variables.every((name) => name in context)) {
          try {
            value = expr.evaluate(context) === true;
          } catch (e) {
            return rejection(
              'INVALID_EVENT',
              {
                problem: 'condition',
                field: 'fields',
                expression: expr.source.slice(0, 100),
                detail: String((e as Error)?.message ?? e).slice(0, 200),
              },
              ['fields'],
            );
          }
        }
        out[actionConditionKey(i, a)] = value;
      }
    }
    return out;
  }
  const known = new Map<string, boolean>();
  for (const [i, step] of source.procedure.definition.steps.entries()) {
    for (const [a, action] of step.actions.entries()) {
      if (action.type !== 'forward' || action.when === undefined) continue;
      const value = snapshot.conditions[actionConditionKey(i, a)];
      if (value !== undefined) known.set(actionIdentity(map(step.id), action.to ?? '', action.when), value);
    }
  }
  for (const [i, step] of t.definition.steps.entries()) {
    for (const [a, action] of step.actions.entries()) {
      if (action.type !== 'forward' || action.when === undefined) continue;
      const value = known.get(actionIdentity(step.id, action.to ?? '', action.when));
      if (value === undefined)
        return refuse(
          {
            problem: 'new-condition',
            expression: action.when.slice(0, 100),
            step: step.id,
            version: t.definition.version,
          },
          ['fields'],
        );
      out[actionConditionKey(i, a)] = value;
    }
  }
  return out;
}
