/**
 * The one place where restored snapshots become statistics.
 *
 * SWITCH TO STREAMING STATISTICS HERE. Today the engine's `statistics(snapshots, period)` takes an iterable, so
 * this collects the restored snapshots (the NDJSON body itself is read line by line, never held whole: see
 * `ndjson.ts`) and calls it once at the end. When `createSummary` / `summarize` land in src/engine/statistics
 * (mergeable summaries), replace the body of {@link summarizeSnapshots} with: create a summary for the period,
 * add each snapshot as it comes, return its result — memory then stays one snapshot at a time. Nothing else in
 * the server changes.
 */
import type { DossierSnapshot, DossierStatistics, Engine } from '../../engine/index.js';

/**
 * The Decision 766 figures of a stream of snapshots over a period of two legal days.
 *
 * @example
 * await summarizeSnapshots(engine, restoredSnapshots(), { from: '2026-01-01', to: '2026-03-31' })
 * //=> { counted: 120, onTime: 117, onTimeRate: 0.975, … }
 */
export async function summarizeSnapshots(
  engine: Engine,
  snapshots: AsyncIterable<DossierSnapshot>,
  period: { readonly from: string; readonly to: string },
): Promise<DossierStatistics> {
  const all: DossierSnapshot[] = [];
  for await (const s of snapshots) all.push(s);
  return engine.statistics(all, period);
}
