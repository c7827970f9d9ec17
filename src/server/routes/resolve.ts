/**
 * The library values a request names: a definition (registered, by content hash, or posted whole) and a snapshot
 * (either form, restored and checked by the engine against its definition).
 */
import type { DossierSnapshot } from '../../engine/index.js';
import { type Procedure, safeDefineProcedure } from '../../rules/index.js';
import type { Path } from '../../shared/errors.js';
import { within } from '../http/library.js';
import { HttpProblem, serverProblem } from '../http/problem.js';
import { report } from '../messages/index.js';
import type { ServerState } from '../state.js';

/**
 * The definition a request names: `sha256:…` of a registered one, or a definition (checked by the rules module:
 * every problem, located under `at`). A posted definition is given to the engine (its LRU), not registered.
 *
 * @throws {HttpProblem} 404 `DEFINITION_NOT_REGISTERED`, 422 `DEFINITION_INVALID`
 * @example
 * resolveDefinition(state, 'sha256:2b7f…').definition.code //=> '2.000488'
 */
export function resolveDefinition(state: ServerState, ref: unknown, at: Path = ['definition']): Procedure {
  if (typeof ref === 'string') {
    const found = state.definitions.get(ref);
    if (!found) throw serverProblem(404, 'DEFINITION_NOT_REGISTERED', { hash: ref }, at);
    return found;
  }
  const result = safeDefineProcedure(ref);
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error');
    throw new HttpProblem(422, report('DEFINITION_INVALID', { count: errors.length }), {
      problems: result.problems,
      at,
    });
  }
  state.engine.register(result.procedure);
  return result.procedure;
}

/** The content hash a posted snapshot names (readable `procedure.hash`, persisted `p[2]`), if it names one. */
function hashOf(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const o = data as Record<string, unknown>;
  if (Object.hasOwn(o, 'procedure')) {
    const p = o.procedure as Record<string, unknown> | null;
    return p !== null && typeof p === 'object' && typeof p.hash === 'string' ? p.hash : undefined;
  }
  if (Object.hasOwn(o, 'p') && Array.isArray(o.p) && typeof o.p[2] === 'string') return o.p[2];
  return undefined;
}

/**
 * Restores a posted snapshot (readable or persisted form) with the engine: its shape and facts are checked
 * against its definition, which must be registered (or the one the request posts).
 *
 * @throws {HttpProblem} 404 `UNKNOWN_DEFINITION`, 422 `INVALID_SNAPSHOT`, each under `at`
 * @example
 * restoreSnapshot(state, body.snapshot).seq //=> 2
 */
export function restoreSnapshot(
  state: ServerState,
  data: unknown,
  at: Path = ['snapshot'],
  procedure?: Procedure,
): DossierSnapshot {
  const hash = hashOf(data);
  const known = procedure ?? (hash === undefined ? undefined : state.definitions.get(hash));
  if (known) state.engine.register(known);
  return within(at, () => state.engine.restore(data));
}
