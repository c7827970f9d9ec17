/**
 * What the engine's features are handed — as XState's `transition(logic, snapshot, event)` is handed exactly what
 * it needs — instead of the whole engine: the calendar, the dossier's compiled definition, and how its deadlines
 * are counted. `createEngine` builds one per call from its registry; features never reach back into the engine.
 */
import type { Calendar, Channel, CountingPolicy } from '../calendar/index.js';
import type { CompiledProcedure } from './machine/compile.js';
import type { DossierSnapshot, PinnedCounting } from './snapshot/schema.js';

/** How the calendar counts for a dossier: the counting fixed at receipt, and the dossier's channel. */
export interface CountingOptions {
  readonly policy: CountingPolicy;
  readonly cutoff: string | null;
  readonly channel: Channel;
  /** An online dossier accepted outside working hours (calendar `ReceiptOptions.onlineOutsideHours`). */
  readonly onlineOutsideHours: 'as-sent' | 'next-working-instant';
}

/** The context of one dossier. */
export interface DossierContext {
  readonly calendar: Calendar;
  readonly compiled: CompiledProcedure;
  readonly counting: CountingOptions;
}

/** The engine-wide defaults a dossier gets at receipt when its definition fixes none. */
export interface CountingDefaults {
  readonly policy: CountingPolicy;
  readonly onlineOutsideHours: 'as-sent' | 'next-working-instant';
}

/** The counting a dossier received now gets: the definition's, else the engine's defaults. */
export function countingAtReceipt(compiled: CompiledProcedure, defaults: CountingDefaults): PinnedCounting {
  const timing = compiled.procedure.definition.timing;
  return {
    policy: timing.counting ?? defaults.policy,
    cutoff: timing.receiptCutoff.enabled ? timing.receiptCutoff.time : null,
    onlineOutsideHours: defaults.onlineOutsideHours,
  };
}

/**
 * The counting of a dossier: what was fixed at its receipt; before receipt, what it would get now.
 *
 * @example
 * countingOf(compiled, snapshot, { policy: 'working-hours', onlineOutsideHours: 'as-sent' }).policy
 * //=> 'working-hours'
 */
export function countingOf(
  compiled: CompiledProcedure,
  snapshot: Pick<DossierSnapshot, 'counting' | 'channel'>,
  defaults: CountingDefaults,
): CountingOptions {
  const pinned = snapshot.counting ?? countingAtReceipt(compiled, defaults);
  return {
    policy: pinned.policy,
    cutoff: pinned.cutoff,
    onlineOutsideHours: pinned.onlineOutsideHours,
    channel: snapshot.channel ?? 'in-person',
  };
}
