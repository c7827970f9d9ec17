/**
 * @name migrate
 * @summary Moves a dossier in flight to another version of its procedure — explicitly, and validated.
 *
 * @description
 * A dossier stays under the definition in force when it was received (Decree 118/2025: dossiers received before a
 * change keep the old rules), so publishing version 2 never changes it. When a province decides that dossiers in
 * flight move to the new version, the portal calls `migrate` with the new version and, for renamed steps, a
 * step map. The migration keeps the history (visits, ledger), the time limit and the appointment given to the
 * applicant, re-pins the snapshot to the new content hash and records the version it came from.
 *
 * - The results of the `forward … when` conditions (evaluated once, on the fields at receipt) are carried over
 *   by the action they belong to — step id (after the step map), target and condition text — not by their
 *   position, so a version that reorders steps or actions keeps the dossier's routes. A condition the old version
 *   did not have (or whose text changed) cannot be carried over: pass the receipt `fields` again, and every
 *   condition of the new version is evaluated on them.
 * - The appointment: the counting (policy, cut-off, online option) is fixed in the snapshot at receipt, so the
 *   dossier keeps it under the new version — the appointment printed on the receipt slip (Decree 118/2025
 *   Art. 17(3)) does not move; the new version's counting applies to dossiers received under it. (A snapshot made
 *   before the counting was recorded is refused a version that counts differently, as its appointment would move.)
 * - The new version must be in force on the dossier's receipt day (`effective`), as at `RECEIVE`.
 *
 * Refused (`INVALID_MIGRATION`) for another procedure code, a version not in force on the receipt day, during a consultation, when a visited step or the current state does not exist in the new
 * version, or when a condition cannot be carried over without `fields`.
 *
 * @example
 * const moved = engine.migrate(snapshot, landV2, { at: '2026-03-01T08:00:00+07:00', steps: { issue: 'issue-v2' } });
 */
import { type FieldValue, type Procedure, toExpressionContext } from '../rules/index.js';
import { compileProcedure, stateExists } from './compileProcedure.js';
import type { Engine } from './createEngine.js';
import { EngineError } from './errors.js';
import { fieldProblem } from './fields.js';
import { instantOption, legalDay } from './regime.js';
import type { DossierSnapshot, StateValue } from './snapshot.js';

export interface MigrationOptions {
  /** When the migration is decided (recorded in the snapshot). */
  readonly at: string;
  /** Old step id → new step id, for steps renamed in the new version. */
  readonly steps?: Readonly<Record<string, string>>;
  /**
   * The application's field values given at receipt. Needed only when the new version has a `forward … when`
   * condition that the old one did not have (same step, target and text); given, every condition of the new
   * version is evaluated on them (a condition on a field not given is not met, as at `RECEIVE`).
   */
  readonly fields?: Readonly<Record<string, FieldValue>>;
}

export function migrateSnapshot(
  engine: Engine,
  snapshot: DossierSnapshot,
  target: Procedure,
  options: MigrationOptions,
): DossierSnapshot {
  const fail = (message: string, messageVi: string, path: (string | number)[] = []): never => {
    throw new EngineError('INVALID_MIGRATION', message, messageVi, path);
  };
  if (target.definition.code !== snapshot.procedure.code) {
    fail(
      `Cannot migrate a dossier of ${snapshot.procedure.code} to procedure ${target.definition.code}`,
      `Không thể chuyển hồ sơ thủ tục ${snapshot.procedure.code} sang thủ tục ${target.definition.code}`,
      ['procedure', 'code'],
    );
  }
  if (target.hash === snapshot.procedure.hash) {
    fail('The dossier already uses this version', 'Hồ sơ đã theo phiên bản này', ['procedure', 'hash']);
  }
  let at = '';
  try {
    at = instantOption(options.at, ['at']);
  } catch (e) {
    const error = e as EngineError;
    fail(error.message, error.messageVi, ['at']);
  }
  if (snapshot.lastAt !== null && Date.parse(at) < Date.parse(snapshot.lastAt)) {
    fail(
      `The migration (${at}) cannot come before the dossier's last event (${snapshot.lastAt})`,
      `Thời điểm chuyển phiên bản (${at}) không được trước sự kiện gần nhất của hồ sơ (${snapshot.lastAt})`,
      ['at'],
    );
  }
  const received = snapshot.receivedAt === null ? null : legalDay(snapshot.receivedAt);
  const { from: inForceFrom, to: inForceTo } = target.definition.effective;
  if (received !== null && (received < inForceFrom || (inForceTo !== undefined && received > inForceTo))) {
    fail(
      `Version ${target.definition.version} is in force ${inForceFrom} – ${inForceTo ?? '…'}, not on the dossier's receipt day ${received}`,
      `Phiên bản ${target.definition.version} có hiệu lực ${inForceFrom} – ${inForceTo ?? '…'}, không áp dụng cho hồ sơ tiếp nhận ngày ${received}`,
      ['procedure', 'effective'],
    );
  }
  const source = engine.compiled(snapshot).procedure;
  const compiled = compileProcedure(target);
  const map = (step: string) => options.steps?.[step] ?? step;
  if (received !== null && snapshot.counting === null) {
    // Counting not recorded in the snapshot: it is derived from the definition when read, and would move.
    const before = source.definition.timing;
    const after = target.definition.timing;
    const cutoff = (t: typeof before) => (t.receiptCutoff.enabled ? t.receiptCutoff.time : null);
    if ((before.counting ?? null) !== (after.counting ?? null) || cutoff(before) !== cutoff(after)) {
      fail(
        `Version ${target.definition.version} counts deadlines differently (counting ${after.counting ?? 'engine default'}, cut-off ${cutoff(after) ?? 'none'}; was ${before.counting ?? 'engine default'}, ${cutoff(before) ?? 'none'}): the appointment of a received dossier would move`,
        `Phiên bản ${target.definition.version} tính thời hạn khác (cách tính ${after.counting ?? 'mặc định'}, giờ chốt ${cutoff(after) ?? 'không'}; trước: ${before.counting ?? 'mặc định'}, ${cutoff(before) ?? 'không'}): ngày hẹn trả của hồ sơ đã tiếp nhận sẽ thay đổi`,
        ['procedure', 'timing'],
      );
    }
  }
  const conditions = carryConditions(snapshot, source, target, map, options.fields, fail);
  engine.register(target);
  for (const [i, visit] of snapshot.visits.entries()) {
    const to = map(visit.step);
    if (!compiled.steps.has(to)) {
      fail(
        `Step "${visit.step}" has no counterpart in version ${target.definition.version}; map it in options.steps`,
        `Bước "${visit.step}" không có trong phiên bản ${target.definition.version}; hãy khai báo trong options.steps`,
        ['visits', i, 'step'],
      );
    }
  }
  const rename = (value: StateValue, depth: number): StateValue => {
    if (typeof value === 'string') {
      if (depth === 2 && value.startsWith('payment-')) return `payment-${map(value.slice(8))}`;
      return depth === 1 ? map(value) : value;
    }
    const out: Record<string, StateValue> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key.endsWith(':consult')) {
        fail(
          'A dossier cannot be migrated during a consultation; wait for the join',
          'Không thể chuyển phiên bản khi đang lấy ý kiến; hãy chờ các cơ quan trả lời',
          ['state'],
        );
      }
      out[depth === 1 ? map(key) : key] = rename(child, depth + 1);
    }
    return out;
  };
  const state = rename(snapshot.state, 0);
  if (!stateExists(compiled, snapshot.consultation, state, snapshot.regime)) {
    fail(
      `State ${JSON.stringify(state)} does not exist in version ${target.definition.version}`,
      `Trạng thái ${JSON.stringify(state)} không có trong phiên bản ${target.definition.version}`,
      ['state'],
    );
  }
  return {
    ...snapshot,
    procedure: { code: target.definition.code, version: target.definition.version, hash: target.hash },
    state,
    conditions,
    visits: snapshot.visits.map((v) => ({
      ...v,
      step: map(v.step),
      from: v.from === null ? null : map(v.from),
    })),
    migratedFrom: [
      ...(snapshot.migratedFrom ?? []),
      { version: snapshot.procedure.version, hash: snapshot.procedure.hash, at },
    ],
  };
}

/** Identity of a `forward … when` action across versions: step id, target and condition text. */
function actionIdentity(step: string, to: string, when: string): string {
  return JSON.stringify([step, to, when]);
}

/**
 * The condition results keyed for the new version (`steps/<i>/actions/<a>/when`, the key the machine reads):
 * carried over by action identity, or — with `fields` — evaluated on the fields again.
 */
function carryConditions(
  snapshot: DossierSnapshot,
  source: Procedure,
  target: Procedure,
  map: (step: string) => string,
  fields: Readonly<Record<string, FieldValue>> | undefined,
  fail: (message: string, messageVi: string, path?: (string | number)[]) => never,
): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  // Before receipt nothing was evaluated: RECEIVE evaluates the new version's conditions.
  if (snapshot.receivedAt === null) return out;
  if (fields !== undefined) {
    const context = toExpressionContext(target.definition.fields, fields, snapshot.channel ?? 'in-person');
    const bad = fieldProblem(new Map(target.definition.fields.map((f) => [f.id, f])), fields, context);
    if (bad) fail(bad.message, bad.messageVi, [...bad.path]);
    for (const [i, step] of target.definition.steps.entries()) {
      for (const [a, action] of step.actions.entries()) {
        if (action.type !== 'forward' || action.when === undefined) continue;
        const expr = target.expression(['steps', i, 'actions', a, 'when']);
        let value = false;
        if (expr?.variables.every((name) => name in context)) {
          try {
            value = expr.evaluate(context) === true;
          } catch (e) {
            fail(
              `Condition ${expr.source} cannot be evaluated on the fields given: ${(e as Error).message}`,
              `Không tính được điều kiện ${expr.source} trên các trường đã nhập: ${(e as Error).message}`,
              ['fields'],
            );
          }
        }
        out[`steps/${i}/actions/${a}/when`] = value;
      }
    }
    return out;
  }
  const known = new Map<string, boolean>();
  for (const [i, step] of source.definition.steps.entries()) {
    for (const [a, action] of step.actions.entries()) {
      if (action.type !== 'forward' || action.when === undefined) continue;
      const value = snapshot.conditions[`steps/${i}/actions/${a}/when`];
      if (value !== undefined) known.set(actionIdentity(map(step.id), action.to ?? '', action.when), value);
    }
  }
  for (const [i, step] of target.definition.steps.entries()) {
    for (const [a, action] of step.actions.entries()) {
      if (action.type !== 'forward' || action.when === undefined) continue;
      const value = known.get(actionIdentity(step.id, action.to ?? '', action.when));
      if (value === undefined) {
        fail(
          `The condition "${action.when}" of step "${step.id}" is new in version ${target.definition.version}; pass the receipt fields in options.fields`,
          `Điều kiện "${action.when}" của bước "${step.id}" mới có ở phiên bản ${target.definition.version}; hãy truyền các trường đã nhập khi tiếp nhận trong options.fields`,
          ['steps', i, 'actions', a, 'when'],
        );
      }
      out[`steps/${i}/actions/${a}/when`] = value as boolean;
    }
  }
  return out;
}
