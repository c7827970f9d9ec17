/**
 * The one place where restored snapshots become statistics: a streaming summary (`engine.createSummary`), each
 * snapshot added as it comes and dropped — memory stays one snapshot at a time, whatever the stream's length.
 */
import type { DossierSnapshot, Engine, SummaryResult } from '../../engine/index.js';

/**
 * The figures of a stream of snapshots over a period of two legal days (docs/engine.md §12).
 *
 * @example
 * await summarizeSnapshots(engine, restoredSnapshots(), { from: '2026-01-01', to: '2026-03-31' })
 * //=> { period: …, total: { resolvedOnTimeRate: 0.975, inProgress: { overdue: 3, … }, … }, … }
 */
export async function summarizeSnapshots(
  engine: Engine,
  snapshots: AsyncIterable<DossierSnapshot>,
  period: { readonly from: string; readonly to: string },
): Promise<SummaryResult> {
  const summary = engine.createSummary({ period, warnings: false });
  for await (const s of snapshots) summary.add(s);
  return summary.result();
}
