/**
 * Statistics benchmark (issue 12): summarise 100,000 and 1,000,000 synthetic dossiers from persisted JSON (an
 * NDJSON file, one persisted snapshot a line) on one core, each run in a fresh process so its peak RSS is its own;
 * three rounds each, the median reported, with the host's load average. Two configurations: the figures alone
 * (no grouping, no warnings) and the full report (grouped by office, procedure and month, with the warnings).
 * The baseline is the first edition's way — `restore` and the full `slaStatus` per dossier — on a sample.
 *
 * The data set is made once by bench/synthetic.ts (seed 12, the year 2026) and kept in the system's temporary
 * folder, named by the generator's own text: generating a million dossiers through the engine takes a few minutes.
 *
 *   npm run bench        (builds first)   ·   npx tsx bench/statistics.ts   (after npm run build)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, renameSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ndjsonBatches } from '../examples/ndjson.js';

const COUNT = 1_000_000;
const SEED = 12;
// The generator's own text names the file, so a data set made by an older generator is never read.
const generator = createHash('sha256')
  .update(readFileSync(new URL('./synthetic.ts', import.meta.url)))
  .digest('hex')
  .slice(0, 12);
const file = join(tmpdir(), `motcua-statistics-seed${SEED}-${COUNT}-${generator}.ndjson`);
const period = { from: '2026-01-01', to: '2026-12-31' };

async function engineFromDist() {
  const { createEngine } = (await import(
    new URL('../dist/engine/index.js', import.meta.url).href
  )) as typeof import('../src/engine/index.js');
  const { defineProcedure } = (await import(
    new URL('../dist/rules/index.js', import.meta.url).href
  )) as typeof import('../src/rules/index.js');
  // The same definitions the data set was generated under (bench/synthetic.ts), made by the built package.
  const { loadProcedures } = await import('./synthetic.js');
  const procedures = Object.values(loadProcedures(defineProcedure));
  return createEngine({ procedures });
}

/** One measured run (in its own process): prints { ms, rss } as JSON. */
async function child(limit: number, config: string): Promise<void> {
  const engine = await engineFromDist();
  const options =
    config === 'full'
      ? { period, groupBy: ['agency', 'procedure', 'month'] as const }
      : { period, warnings: false as const };
  if (config === 'parse') {
    // The floor: reading the lines and JSON.parse alone, in the same conditions.
    let n = 0;
    let sum = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    read: for await (const lines of ndjsonBatches(file))
      for (const line of lines) {
        sum += (JSON.parse(line) as { n: number }).n;
        if (++n >= limit) break read;
      }
    const cpu = process.cpuUsage(c0);
    console.log(
      JSON.stringify({
        ms: performance.now() - t0,
        cpu: (cpu.user + cpu.system) / 1000,
        rss: process.resourceUsage().maxRSS,
        n,
        sum,
      }),
    );
    return;
  }
  if (config === 'baseline') {
    let n = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    read: for await (const lines of ndjsonBatches(file))
      for (const line of lines) {
        const s = engine.restore(JSON.parse(line));
        engine.slaStatus(s, Date.parse('2027-01-01T00:00:00+07:00'));
        if (++n >= limit) break read;
      }
    const cpu = process.cpuUsage(c0);
    console.log(
      JSON.stringify({
        ms: performance.now() - t0,
        cpu: (cpu.user + cpu.system) / 1000,
        rss: process.resourceUsage().maxRSS,
        n,
      }),
    );
    return;
  }
  const summary = engine.createSummary(options);
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  read: for await (const lines of ndjsonBatches(file))
    for (const line of lines) {
      summary.add(line);
      if (++n >= limit) break read;
    }
  const r = summary.result();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  console.log(
    JSON.stringify({
      ms,
      cpu: (cpu.user + cpu.system) / 1000,
      rss: process.resourceUsage().maxRSS,
      n,
      rate: r.total.resolvedOnTimeRate,
      overdue: r.total.inProgress.overdue,
      groups: r.groups.length,
    }),
  );
}

async function generate(): Promise<void> {
  const { createEngine } = await import('../src/engine/index.js');
  const { loadProcedures, syntheticDossiers } = await import('./synthetic.js');
  const procedures = loadProcedures();
  const engine = createEngine({ procedures: Object.values(procedures) });
  const partial = `${file}.part`;
  const out = createWriteStream(partial);
  const t0 = performance.now();
  let n = 0;
  for (const s of syntheticDossiers(engine, procedures, { seed: SEED, count: COUNT, year: 2026 })) {
    if (!out.write(`${JSON.stringify(engine.persist(s))}\n`))
      await new Promise<void>((r) => out.once('drain', () => r()));
    if (++n % 100_000 === 0)
      console.error(`generated ${n} dossiers (${Math.round((performance.now() - t0) / 1000)} s)`);
  }
  await new Promise<void>((r) => out.end(r));
  renameSync(partial, file);
  console.error(`data set: ${file} (${Math.round((performance.now() - t0) / 1000)} s)`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  if (!existsSync(file)) await generate();
  const self = fileURLToPath(import.meta.url);
  const run = (limit: number, config: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', self, '--child', String(limit), config], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      }),
    ) as { ms: number; rss: number; n: number; rate?: number; overdue?: number; groups?: number };
  const rows: string[] = [];
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
  type Run = ReturnType<typeof run>;
  const cell = (runs: Run[], limit: number) => {
    const ms = median(runs.map((r) => r.ms));
    const cpu = median(runs.map((r) => (r as Run & { cpu: number }).cpu));
    return {
      ms,
      cpu,
      text: `${(ms / 1000).toFixed(2)} s | ${(cpu / 1000).toFixed(2)} s | ${((ms * 1000) / limit).toFixed(2)} µs`,
    };
  };
  for (const limit of [100_000, COUNT]) {
    // Rounds interleave the configurations, so each sees the same load.
    const runs: Record<string, Run[]> = { parse: [], figures: [], full: [] };
    for (let round = 0; round < 3; round++)
      for (const config of Object.keys(runs)) runs[config]!.push(run(limit, config));
    const floor = cell(runs.parse!, limit);
    for (const config of ['parse', 'figures', 'full']) {
      const c = cell(runs[config]!, limit);
      const rss = median(runs[config]!.map((r) => r.rss)) / 1024;
      const r0 = runs[config]![0]!;
      const check =
        config === 'parse'
          ? 'lines read and parsed'
          : `${r0.groups} groups; on time ${r0.rate}, open overdue ${r0.overdue}`;
      rows.push(
        `| ${config} | ${limit.toLocaleString('en')} | ${c.text} | ${(c.ms / floor.ms).toFixed(2)} | ${rss.toFixed(0)} MB | ${check} |`,
      );
    }
  }
  const base = [0, 1, 2].map(() => run(20_000, 'baseline'));
  const baseUs = (median(base.map((r) => r.ms)) * 1000) / 20_000;
  console.log(
    `\n## Engine statistics (load average at start: ${load}; at end: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')})\n`,
  );
  console.log(
    '| run | dossiers | wall (median of 3) | CPU | per dossier (wall) | × parse | peak RSS | check |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log(
    `\nBaseline (restore + slaStatus per dossier, the first edition's way; 20,000 dossiers): ${baseUs.toFixed(1)} µs per dossier.`,
  );
}

if (process.argv[2] === '--child') await child(Number(process.argv[3]), process.argv[4]!);
else if (process.argv[2] === '--generate') {
  if (!existsSync(file)) await generate();
} else await main();
