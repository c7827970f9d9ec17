/**
 * @name migrate
 * @summary Moves a dossier in flight to another version of its procedure — explicitly, and validated.
 *
 * @description
 * A dossier stays under the definition in force when it was received (Decree 118/2025: dossiers received before a
 * change keep the old rules), so publishing version 2 never changes it. When a province decides that dossiers in
 * flight move to the new version, the portal calls `migrate` with the new version and, for renamed steps, a
 * step map. The migration keeps the history (visits, ledger), the time limit and the appointment given to the
 * applicant, re-pins the snapshot to the new content hash and records the version it came from. It is refused
 * (`INVALID_MIGRATION`) for another procedure code, during a consultation, or when a visited step or the current
 * state does not exist in the new version.
 *
 * @example
 * const moved = engine.migrate(snapshot, landV2, { at: '2026-03-01T08:00:00+07:00', steps: { issue: 'issue-v2' } });
 */
import type { Procedure } from '../rules/index.js';
import { compileProcedure } from './compileProcedure.js';
import type { Engine } from './createEngine.js';
import { EngineError } from './errors.js';
import type { DossierSnapshot, StateValue } from './snapshot.js';

export interface MigrationOptions {
  /** When the migration is decided (recorded in the snapshot). */
  readonly at: string;
  /** Old step id → new step id, for steps renamed in the new version. */
  readonly steps?: Readonly<Record<string, string>>;
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
  if (Number.isNaN(Date.parse(options.at)))
    fail('Invalid migration instant', 'Thời điểm chuyển không hợp lệ', ['at']);
  const compiled = compileProcedure(target);
  engine.register(target);
  const map = (step: string) => options.steps?.[step] ?? step;
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
  try {
    compiled.machine(snapshot.consultation).resolveState({
      value: state,
      context: {
        regime: snapshot.regime ?? 'decree-118-2025',
        supplements: 0,
        decided: false,
        apologized: false,
        conditions: {},
      },
    });
  } catch {
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
    visits: snapshot.visits.map((v) => ({
      ...v,
      step: map(v.step),
      from: v.from === null ? null : map(v.from),
    })),
    migratedFrom: [
      ...(snapshot.migratedFrom ?? []),
      { version: snapshot.procedure.version, hash: snapshot.procedure.hash, at: options.at },
    ],
  };
}
