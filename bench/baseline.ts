/**
 * This build against another build of motcua, in one process, in alternation (the same machine state for both):
 * the replay of the 20-event land dossier, checked and validated, and `validateDossier` of a business
 * registration. Point `MOTCUA_BASELINE` at the package root of the other build (a worktree of an earlier commit,
 * built with `npm run build`):
 *
 *   git worktree add /tmp/base <commit> && (cd /tmp/base && npm ci && npm run build)
 *   npm run build && MOTCUA_BASELINE=/tmp/base npx tsx bench/baseline.ts
 *
 * Prints each measure for both builds and the ratio (this / baseline; ≤ 1.10 is "within 10 %").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { do_not_optimize, measure } from 'mitata';
import { landEvents } from './landDossier.js';

const base = process.env.MOTCUA_BASELINE;
if (!base) {
  console.log('MOTCUA_BASELINE is not set: nothing to compare (see bench/baseline.ts)');
  process.exit(0);
}

type Build = {
  name: string;
  engine: typeof import('../src/engine/index.js');
  rules: typeof import('../src/rules/index.js');
};
async function load(name: string, root: string): Promise<Build> {
  const url = (p: string) => pathToFileURL(join(root, p)).href;
  return {
    name,
    engine: await import(url('dist/engine/index.js')),
    rules: await import(url('dist/rules/index.js')),
  };
}
const here = new URL('..', import.meta.url).pathname;
const builds = [await load('this build', here), await load('baseline', base)];

const json = (p: string) => JSON.parse(readFileSync(join(here, p), 'utf8'));
const landJson = json('examples/procedures/land-change-registration.json');
const businessJson = json('examples/procedures/business-registration.json');

const events = landEvents();
const dossier = {
  channel: 'online',
  fields: { enterpriseName: 'Công ty TNHH Mẫu', charterCapital: 1_000_000_000, members: 2 },
  documents: [],
};

interface Case {
  readonly name: string;
  readonly run: Map<string, () => unknown>;
}
const cases: Case[] = [
  { name: 'replay, checked (20 events)', run: new Map() },
  { name: 'replay, validated (20 events)', run: new Map() },
  { name: 'validateDossier (business registration)', run: new Map() },
];
for (const b of builds) {
  const land = b.rules.defineProcedure(structuredClone(landJson));
  const business = b.rules.defineProcedure(structuredClone(businessJson));
  const engine = b.engine.createEngine({ procedures: [land] });
  const first = engine.replay(land, events as never);
  if (!first.ok) throw new Error(`${b.name}: ${first.rejection.message}`);
  // The recorded history (with hashes), as a portal's store gives it back.
  let s = engine.start(land);
  const recorded: unknown[] = [];
  for (const e of events) {
    const r = engine.applyEvent(s, e as never);
    if (!r.ok) throw new Error(r.rejection.message);
    recorded.push(r.recorded);
    s = r.snapshot;
  }
  cases[0]!.run.set(b.name, () => engine.replay(land, events as never));
  cases[1]!.run.set(b.name, () => engine.replay(land, recorded as never, { validated: true }));
  cases[2]!.run.set(b.name, () => b.rules.validateDossier(business, dossier));
}

const rounds = 5;
for (const c of cases) {
  const times = new Map<string, number[]>(builds.map((b) => [b.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const b of r % 2 === 0 ? builds : [...builds].reverse()) {
      const fn = c.run.get(b.name)!;
      const m = await measure(() => do_not_optimize(fn()), { min_cpu_time: 300e6 });
      times.get(b.name)!.push(m.p50);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const mine = median(times.get('this build')!);
  const theirs = median(times.get('baseline')!);
  console.log(
    `${c.name}: this build ${(mine / 1000).toFixed(1)} µs, baseline ${(theirs / 1000).toFixed(1)} µs (medians of ${rounds} rounds' p50) → ratio ${(mine / theirs).toFixed(2)}`,
  );
}
