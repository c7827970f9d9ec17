/**
 * Summarising a file of persisted snapshots on several cores: the file (NDJSON, one persisted snapshot a line) is
 * cut into byte ranges at line starts, each range is summarised in a worker thread, and the partials — plain JSON,
 * posted back — are merged. Merging is associative and commutative, so the result is the one a single pass gives,
 * whatever the number of workers and the order they finish in. Node only (worker_threads): the core of motcua
 * stays browser-safe.
 *
 *   npx tsx examples/summarize-parallel.ts dossiers.ndjson 2026-01-01 2026-12-31 [workers]
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadProcedures } from '../bench/synthetic.js';
import { createEngine, type SummaryOptions, type SummaryResult } from '../src/engine/index.js';
import { lineRanges, ndjsonLines } from './ndjson.js';

/** The engine the workers and the main thread share a configuration of (the province's definitions). */
export function provinceEngine() {
  return createEngine({ procedures: Object.values(loadProcedures()) });
}

/**
 * The summary of an NDJSON file of persisted snapshots, made by `workers` threads and merged.
 *
 * @example
 * const result = await summarizeParallel('dossiers.ndjson', { period: { from: '2026-01-01', to: '2026-12-31' } }, 2);
 */
export async function summarizeParallel(
  file: string,
  options: SummaryOptions,
  workers: number,
): Promise<SummaryResult> {
  const ranges = lineRanges(file, Math.max(1, workers));
  const partials = await Promise.all(
    ranges.map(
      (range) =>
        new Promise<unknown>((resolve, reject) => {
          // The worker runs this file; run from TypeScript (tsx), it registers tsx's loader in its own thread first.
          const self = import.meta.url;
          const w = self.endsWith('.ts')
            ? new Worker(
                `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(self)}); });`,
                { eval: true, workerData: { file, range, options } },
              )
            : new Worker(new URL(self), { workerData: { file, range, options } });
          w.once('message', resolve);
          w.once('error', reject);
          w.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
        }),
    ),
  );
  const summary = provinceEngine().createSummary(options);
  for (const p of partials) summary.merge(p);
  return summary.result();
}

if (!isMainThread) {
  const { file, range, options } = workerData as {
    file: string;
    range: { start: number; end: number };
    options: SummaryOptions;
  };
  const summary = provinceEngine().createSummary(options);
  for await (const line of ndjsonLines(file, range)) summary.add(line);
  parentPort!.postMessage(summary.toJSON());
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, from, to, workers] = process.argv.slice(2);
  if (!file || !from || !to) {
    console.error('usage: summarize-parallel.ts <file.ndjson> <from> <to> [workers]');
    process.exit(2);
  }
  const started = performance.now();
  const result = await summarizeParallel(
    file,
    { period: { from, to } },
    Number(workers ?? availableParallelism()),
  );
  console.log(
    JSON.stringify({
      ms: Math.round(performance.now() - started),
      total: result.total,
      dossiers: result.dossiers,
    }),
  );
}
