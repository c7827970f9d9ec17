/**
 * @name summarize
 * @summary The summary of every dossier of a source — an array, a generator, a database cursor or an async stream
 * of snapshots, persisted snapshots or JSON lines — read once, in constant memory.
 *
 * @description
 * `summarize(source, options)` is `createSummary(options)`, `add` for each item, then `result()`. Over an
 * `AsyncIterable` (a file read line by line, a database stream) it returns a promise. Each item is read once and
 * dropped: memory does not grow with the number of dossiers. To use several cores, summarise shards where they
 * are (worker threads, processes) and `merge` their partials (`toJSON()`): examples/summarize-parallel.ts.
 *
 * @example
 * const report = engine.summarize(snapshots, { period: { from: '2026-03-01', to: '2026-03-31' }, groupBy: ['agency'] });
 * report.total.resolvedOnTimeRate // 0.993
 * report.total.inProgress.overdue // 77
 * const fromFile = await engine.summarize(lines(file), options); // an AsyncIterable of JSON lines
 */
import type { ApplyEnvironment } from '../apply/apply.js';
import { statisticsError } from './errors.js';
import type { SummaryOptions } from './options.js';
import { hasIterator, type SummaryItem } from './source.js';
import { Summary, type SummaryResult } from './summary.js';

export function summarize(
  env: ApplyEnvironment,
  source: Iterable<SummaryItem> | AsyncIterable<SummaryItem>,
  options: SummaryOptions,
): SummaryResult | Promise<SummaryResult> {
  const summary = new Summary(env, options);
  if (!hasIterator(source, Symbol.iterator) && !hasIterator(source, Symbol.asyncIterator))
    throw statisticsError('INVALID_SOURCE_ITEM', { index: -1, problem: 'not-iterable' }, ['source']);
  if (hasIterator(source, Symbol.asyncIterator)) {
    return (async () => {
      for await (const item of source as AsyncIterable<SummaryItem>) summary.add(item);
      return summary.result();
    })();
  }
  for (const item of source as Iterable<SummaryItem>) summary.add(item);
  return summary.result();
}
