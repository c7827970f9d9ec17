/**
 * This build against another in **instructions** (valgrind's callgrind), for a question wall-clock time cannot
 * settle on a shared machine — "within 10 % of before": instruction counts do not move with the load. Each workload
 * runs in its own process under callgrind twice, with 0 and with n iterations after the same warm-up; the
 * difference divided by n is the count per call, so start-up and warm-up cancel out. `node --single-threaded`
 * keeps V8's compiler and collector on the main thread, where callgrind counts them the same way each time (two
 * runs of the same build differ by about 0.3 %). The workloads are those of bench/baseline.ts: the 20-event land
 * dossier replayed checked and validated, `validateDossier` of a business registration. Needs valgrind (on every
 * machine of this project's kind) and about 15 minutes on two cores:
 *
 *   git worktree add /tmp/base <commit> && (cd /tmp/base && npm ci && npm run build)
 *   npm run build && MOTCUA_BASELINE=/tmp/base npx tsx bench/instructions.ts
 *
 * Instructions are not time (a cache miss costs more than an add), but a change of a tenth in either is visible
 * in both; bench/baseline.ts gives the times.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { landEvents } from './landDossier.js';

const base = process.env.MOTCUA_BASELINE;
if (!base) {
  console.log('MOTCUA_BASELINE is not set: nothing to compare (see bench/instructions.ts)');
  process.exit(0);
}
const here = fileURLToPath(new URL('..', import.meta.url));
const child = fileURLToPath(new URL('./instructions-child.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'motcua-instructions-'));
const dataFile = join(dir, 'data.json');
const json = (p: string) => JSON.parse(readFileSync(join(here, p), 'utf8'));
writeFileSync(
  dataFile,
  JSON.stringify({
    events: landEvents(),
    land: json('examples/procedures/land-change-registration.json'),
    business: json('examples/procedures/business-registration.json'),
    dossier: {
      channel: 'online',
      fields: { enterpriseName: 'Công ty TNHH Mẫu', charterCapital: 1_000_000_000, members: 2 },
      documents: [],
    },
  }),
);

const workloads = [
  { name: 'replay, checked (20 events)', key: 'checked', n: 5_000 },
  { name: 'replay, validated (20 events)', key: 'validated', n: 20_000 },
  { name: 'validateDossier (business registration)', key: 'validate', n: 20_000 },
] as const;
const builds = [
  { name: 'this build', root: here },
  { name: 'baseline', root: base },
];

async function instructions(root: string, workload: string, n: number): Promise<number> {
  const { stderr } = await promisify(execFile)(
    'valgrind',
    [
      '--tool=callgrind',
      '--callgrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      child,
      root,
      workload,
      String(n),
      dataFile,
    ],
    { maxBuffer: 1 << 24 },
  );
  const m = /Collected : (\d+)/.exec(stderr);
  if (!m) throw new Error(`no instruction count from callgrind:\n${stderr.slice(-2000)}`);
  return Number(m[1]);
}

const runs = workloads.flatMap((w) => builds.flatMap((b) => [0, w.n].map((n) => ({ w, b, n }))));
const counts = new Map<string, number>();
const key = (w: string, b: string, n: number) => `${w}|${b}|${n}`;
let next = 0;
let done = 0;
const t0 = performance.now();
// Two at a time (the machine's two cores); each run is one process.
await Promise.all(
  [0, 1].map(async () => {
    while (next < runs.length) {
      const r = runs[next++]!;
      counts.set(key(r.w.key, r.b.name, r.n), await instructions(r.b.root, r.w.key, r.n));
      done++;
      console.error(
        `[${done}/${runs.length}] ${r.w.key}, ${r.b.name}, ${r.n} iterations (${Math.round((performance.now() - t0) / 1000)} s)`,
      );
    }
  }),
);
rmSync(dir, { recursive: true, force: true });

console.log('| workload | this build | baseline | ratio |');
console.log('|---|---|---|---|');
for (const w of workloads) {
  const per = (b: string) => (counts.get(key(w.key, b, w.n))! - counts.get(key(w.key, b, 0))!) / w.n;
  const mine = per('this build');
  const theirs = per('baseline');
  const k = (x: number) => `${(x / 1000).toFixed(1)} k instructions`;
  console.log(`| ${w.name} | ${k(mine)} | ${k(theirs)} | **${(mine / theirs).toFixed(3)}** |`);
}
