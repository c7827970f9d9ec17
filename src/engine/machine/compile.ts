/**
 * @name compileProcedure
 * @summary Builds the XState v5 machines of a procedure definition (one per definition version, cached).
 *
 * @description
 * The machines are built lazily (parallel consultation for electronic liên thông, sequential for paper) from the
 * config of `config.ts`, and kept in a bounded least-recently-used cache by content hash, so a portal walking
 * thousands of definition versions never grows the heap without end.
 *
 * @param input - a loaded `Procedure` (from `defineProcedure`)
 * @returns the {@link CompiledProcedure}, the same object for the same content hash while it is cached
 *
 * @example
 * const land = compileProcedure(defineProcedure(landJson));
 * land.machine('parallel').id // 'dossier'
 */
import {
  actionConditionKey,
  consultationRegion,
  type Procedure,
  type ResultDefinition,
  type Step,
} from '../../rules/index.js';
import { LruCache } from '../../shared/lru.js';
import { quote } from '../../shared/messages.js';
import { engineError } from '../errors.js';
import type { Regime } from '../law.js';
import type { StateValue } from '../snapshot/schema.js';
import { buildConfig, createSetup, type DossierMachine } from './config.js';

/** A definition compiled for the engine. */
export interface CompiledProcedure {
  readonly procedure: Procedure;
  readonly steps: ReadonlyMap<string, Step>;
  /** The results of a dossier with several (`results`), by id, in the definition's order. */
  readonly results: ReadonlyMap<string, ResultDefinition>;
  /** The agency ids of the definition. */
  readonly agencies: ReadonlySet<string>;
  /** The machine for parallel (electronic) or sequential (paper) consultation. */
  machine(consultation: 'parallel' | 'sequential'): DossierMachine;
  /** The transition memo, managed by the engine (`machine/memo.ts`). @internal */
  readonly memo: Map<string, unknown>;
}

/** How many compiled definitions are kept (least recently used first out). */
export const MAX_COMPILED = 500;
const cache = new LruCache<string, CompiledProcedure>(MAX_COMPILED);

export function compileProcedure(input: Procedure): CompiledProcedure {
  if (!isProcedure(input)) {
    throw engineError(
      'INVALID_ARGUMENT',
      { argument: 'procedure', expected: 'procedure', given: quote(input) },
      ['procedure'],
    );
  }
  const cached = cache.get(input.hash);
  if (cached) return cached;
  const procedure = input;
  const steps = new Map(procedure.definition.steps.map((s) => [s.id, s] as const));
  const machines = new Map<string, DossierMachine>();
  const compiled: CompiledProcedure = {
    procedure,
    steps,
    results: new Map(procedure.definition.results.map((r) => [r.id, r] as const)),
    agencies: new Set(procedure.definition.agencies.map((a) => a.id)),
    machine(consultation) {
      let m = machines.get(consultation);
      if (!m) {
        m = createSetup().createMachine(
          buildConfig(
            procedure,
            consultation,
            (branch, join) => consultationRegion(procedure.definition.steps, branch, join),
            actionConditionKey,
          ),
        );
        machines.set(consultation, m);
      }
      return m;
    },
    memo: new Map(),
  };
  cache.set(procedure.hash, compiled);
  return compiled;
}

/** Whether a value is a loaded definition (from `defineProcedure`). */
export function isProcedure(input: unknown): input is Procedure {
  return (
    typeof input === 'object' &&
    input !== null &&
    'definition' in input &&
    'hash' in input &&
    typeof (input as { hash: unknown }).hash === 'string' &&
    typeof (input as { expression?: unknown }).expression === 'function'
  );
}

/**
 * Whether a state value exists in a compiled procedure's machine (used by `restore` and migrations before they
 * accept a snapshot). The context is a neutral one: only the state's shape is checked here.
 */
export function stateExists(
  compiled: CompiledProcedure,
  consultation: 'parallel' | 'sequential',
  value: StateValue,
  regime: Regime | null,
): boolean {
  try {
    compiled.machine(consultation).resolveState({
      value,
      context: {
        regime: regime ?? 'decree-118-2025',
        supplements: 0,
        decided: false,
        apologized: false,
        conditions: {},
      },
    });
    return true;
  } catch {
    return false;
  }
}
