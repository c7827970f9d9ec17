/**
 * What the server holds for its lifetime: one calendar (the national one plus the official schedules loaded at
 * start), one engine over it, and the definitions registered — from `--definitions` at start, or posted to
 * `POST /v1/definitions` — by content hash, bounded. Nothing about dossiers: the portal keeps snapshots and
 * event logs in its own database and posts them with each request.
 */
import type { Calendar } from '../calendar/index.js';
import { createEngine, type Engine } from '../engine/index.js';
import type { Procedure } from '../rules/index.js';

/** The definitions a server holds at most (registered ones; inline definitions pass through the engine's LRU). */
export const MAX_DEFINITIONS = 500;

/** The server's state. */
export interface ServerState {
  readonly calendar: Calendar;
  readonly engine: Engine;
  /** Registered definitions by content hash, in registration order. */
  readonly definitions: Map<string, Procedure>;
  /** How many official schedules were loaded at start. */
  readonly schedules: number;
  /** `starting` until the server listens, `stopping` once a shutdown began. */
  phase: 'starting' | 'ready' | 'stopping';
}

/**
 * The state of a new server.
 *
 * @example
 * const state = createState(createCalendar(), [defineProcedure(judicialRecordJson)], 0);
 * state.definitions.size //=> 1
 */
export function createState(
  calendar: Calendar,
  procedures: readonly Procedure[],
  schedules: number,
): ServerState {
  // The engine keeps twice as many as the registry, so inline definitions never push a registered one out.
  const engine = createEngine({ calendar, procedures, maxDefinitions: MAX_DEFINITIONS * 2 });
  const definitions = new Map<string, Procedure>();
  for (const p of procedures) definitions.set(p.hash, p);
  return { calendar, engine, definitions, schedules, phase: 'starting' };
}
