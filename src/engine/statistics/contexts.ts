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
  const contexts = new Map<string, Entry[]>();
  // The definitions met first, scanned before the map: a hash read from JSON is a new string each time, and
  // comparing it with a handful of others (they differ from the 8th character) costs less than hashing its 71.
  const recent: { readonly hash: string; readonly entries: Entry[] }[] = [];
  const entriesOf = (hash: string): Entry[] => {
    for (const r of recent) if (r.hash === hash) return r.entries;
    let entries = contexts.get(hash);
    if (entries === undefined) {
      if (contexts.size >= 10_000) {
        contexts.clear();
        recent.length = 0;
      }
      entries = [];
      contexts.set(hash, entries);
      if (recent.length < 8) recent.push({ hash, entries });
    }
    return entries;
  };
  return (f) => {
    const entries = entriesOf(f.procedure.hash);
    // A handful per definition: compared field by field, no key written per dossier.
    const c = f.counting;
    for (const e of entries) {
      if (e.channel !== f.channel) continue;
      if (c === null ? e.counting === null : e.counting !== null && sameCounting(e.counting, c)) return e.ctx;
    }
    const compiled = compiledOf(env, { procedure: f.procedure } as DossierSnapshot);
    const ctx: DossierContext = {
      calendar: env.calendar,
      compiled,
      counting: countingOf(compiled, { counting: c, channel: f.channel }, env.defaults),
    };
    if (entries.length < 64) entries.push({ channel: f.channel, counting: c, ctx });
    return ctx;
  };
}

type Counting = NonNullable<DossierFacts['counting']>;

interface Entry {
  readonly channel: DossierFacts['channel'];
  readonly counting: Counting | null;
  readonly ctx: DossierContext;
}

const sameCounting = (a: Counting, b: Counting): boolean =>
  a.policy === b.policy && a.cutoff === b.cutoff && a.onlineOutsideHours === b.onlineOutsideHours;
