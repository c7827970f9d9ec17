/**
 * @name restore
 * @summary Checks a stored snapshot (readable or persisted form) and gives it back as the engine's own.
 *
 * @description
 * A snapshot from the portal's store is outside input: its shape is checked by hand (every value typed and
 * bounded, instants inside the calendar's years and in whole milliseconds, nothing read from a prototype), then
 * its facts against each other and against its definition (`consistency.ts`) — the definition must be registered
 * and match the snapshot's code and version. Anything else throws `EngineError` `INVALID_SNAPSHOT` with the path of
 * the bad value. Restoring is no slower than replaying the dossier's events.
 *
 * @example
 * const snapshot = engine.restore(JSON.parse(row.snapshot));
 */
import { countingPolicies, durationUnits } from '../../calendar/index.js';
import { quote } from '../../shared/messages.js';
import { type ApplyEnvironment, compiledOf } from '../apply/apply.js';
import { engineError } from '../errors.js';
import { regimes } from '../law.js';
import { decodeReadableChoices } from './choices.js';
import { inconsistency } from './consistency.js';
import { decodeReadableDigitisation } from './digitisation.js';
import { decodePersisted } from './persist.js';
import { channels, type Digitisation, type DossierSnapshot, outcomes } from './schema.js';
import { decodeReadable, isRecord, ShapeError } from './shape.js';

const ENUMS = { channels, regimes, units: durationUnits, policies: countingPolicies, outcomes };

/**
 * The readable form's shape, every value checked — its required facts, the optional ones (choices) and the
 * digitisation facts; a `ShapeError` names the first bad value. What `restore` and the statistics both read.
 *
 * @example
 * decodeReadableSnapshot(JSON.parse(JSON.stringify(snapshot))).results // the results of a liên thông group
 */
export function decodeReadableSnapshot(data: Record<string, unknown>): DossierSnapshot {
  const snapshot = decodeReadable(data, ENUMS);
  decodeReadableChoices(data, snapshot);
  if (data.digitisation !== undefined)
    (snapshot as { digitisation?: Digitisation }).digitisation = decodeReadableDigitisation(
      data.digitisation,
    );
  return snapshot;
}

export function restoreSnapshot(env: ApplyEnvironment, data: unknown): DossierSnapshot {
  if (!isRecord(data)) {
    throw engineError(
      'INVALID_SNAPSHOT',
      { problem: 'shape', field: '', expected: 'an object', given: quote(data) },
      [],
    );
  }
  let snapshot: DossierSnapshot;
  try {
    snapshot = Object.hasOwn(data, 'v') ? decodePersisted(data) : decodeReadableSnapshot(data);
  } catch (e) {
    if (!(e instanceof ShapeError)) throw e;
    const given = e.problem === 'format' ? quote(Object.hasOwn(data, 'v') ? data.v : data.format) : undefined;
    throw engineError(
      'INVALID_SNAPSHOT',
      { problem: e.problem, field: e.path.join('.'), expected: e.expected, ...(given ? { given } : {}) },
      e.path,
    );
  }
  const c = compiledOf(env, snapshot);
  const problem = inconsistency(c, snapshot);
  if (problem !== null) throw engineError('INVALID_SNAPSHOT', problem.params, problem.path);
  return snapshot;
}
