/** The dossier contexts a summary or an export reads with, made once per definition, counting and channel. */
import { type ApplyEnvironment, compiledOf } from '../apply/apply.js';
import { countingOf, type DossierContext } from '../context.js';
import type { DossierSnapshot } from '../snapshot/schema.js';
import type { DossierFacts } from './facts.js';

/**
 * A function giving the context of a dossier's facts (the compiled definition, the counting fixed at receipt, the
 * channel), cached by definition hash, then by counting and channel — a handful each.
 *
 * @example
 * const contextOf = contextResolver(env);
 * contextOf(facts).compiled.procedure.definition.code // '2.001610'
 */
export function contextResolver(env: ApplyEnvironment): (f: DossierFacts) => DossierContext {
  const contexts = new Map<string, Map<string, DossierContext>>();
  return (f) => {
    const hash = f.procedure.hash;
    let byCounting = contexts.get(hash);
    if (byCounting === undefined) {
      if (contexts.size >= 10_000) contexts.clear();
      byCounting = new Map();
      contexts.set(hash, byCounting);
    }
    const k = f.counting
      ? `${f.counting.policy}|${f.counting.cutoff}|${f.counting.onlineOutsideHours}|${f.channel}`
      : `|||${f.channel}`;
    let ctx = byCounting.get(k);
    if (ctx === undefined) {
      const compiled = compiledOf(env, { procedure: f.procedure } as DossierSnapshot);
      ctx = {
        calendar: env.calendar,
        compiled,
        counting: countingOf(compiled, { counting: f.counting, channel: f.channel }, env.defaults),
      };
      byCounting.set(k, ctx);
    }
    return ctx;
  };
}
