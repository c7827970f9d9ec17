/**
 * Calendar benchmarks, side by side in one run (2-core machine; figures in docs/benchmarks.md):
 * - the naive loop a portal writes: date-fns `addDays` + `isWeekend` + date-holidays `isHoliday` for every day;
 * - date-fns `addBusinessDays`, which skips weekends and ignores holidays altogether;
 * - motcua's `addWorkingDays` (holiday-, compensatory- and swap-aware);
 * for 15 and 60 working days from random dates in 2019–2030. Ratios are against the baselines measured in the same
 * run; the target of issue 11 is ≥ 10× `addBusinessDays` while holiday-aware. Sizes and cold start: bench/size.ts.
 *
 *   npm run bench
 */
import { addBusinessDays, addDays, isWeekend } from 'date-fns';
import Holidays from 'date-holidays';
import { do_not_optimize, measure } from 'mitata';

// The built package, as a portal runs it (npm run bench builds first); typed from the source.
const dist = new URL('../dist/calendar/index.js', import.meta.url).href;
const { addWorkingDays, addWorkingHours, createCalendar, dayInfo, deadline, workingDaysBetween } =
  (await import(dist)) as typeof import('../src/calendar/index.js');

const hd = new Holidays('VN', { types: ['public'] });
const cal = createCalendar();

// Random start days in 2019–2030, fixed seed (mulberry32) so runs compare.
let seed = 20260217;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const from = Date.UTC(2019, 0, 1);
const days = Math.floor((Date.UTC(2030, 11, 31) - from) / 86_400_000);
const N = 1024;
const isoDays = Array.from({ length: N }, () =>
  new Date(from + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10),
);
const localDates = isoDays.map(
  (d) => new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))),
);

/** What a portal writes today: walk day by day, skipping weekends and date-holidays' holidays. */
function naiveAddWorkingDays(start: Date, n: number): Date {
  let d = start;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (!isWeekend(d) && !hd.isHoliday(d)) left--;
  }
  return d;
}

interface Row {
  readonly name: string;
  readonly ns: number;
}

async function time(name: string, fn: () => unknown, heavy = false): Promise<Row> {
  const stats = await measure(fn, heavy ? { min_cpu_time: 2e9, max_samples: 400 } : {});
  return { name, ns: stats.p50 };
}

function format(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

// Index every year the runs touch before timing: the benchmark measures answers, not first-use indexing (the cold
// start is bench/size.ts's).
for (const d of isoDays) addWorkingDays(cal, d, 60);

/** Rounds of the ratio against addBusinessDays: each round times both back to back, so both see the same load. */
const ROUNDS = 5;
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const rows: { n: number; naive: Row; business: Row; ours: Row; ratios: number[] }[] = [];
for (const n of [15, 60]) {
  let i = 0;
  const naive = await time(
    `naive loop, ${n} working days`,
    () => do_not_optimize(naiveAddWorkingDays(localDates[i++ & (N - 1)]!, n)),
    true,
  );
  const business: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    i = 0;
    const b = await time(`date-fns addBusinessDays, ${n}`, () =>
      do_not_optimize(addBusinessDays(localDates[i++ & (N - 1)]!, n)),
    );
    i = 0;
    const o = await time(`motcua addWorkingDays, ${n}`, () =>
      do_not_optimize(addWorkingDays(cal, isoDays[i++ & (N - 1)]!, n)),
    );
    business.push(b.ns);
    ours.push(o.ns);
  }
  rows.push({
    n,
    naive,
    business: { name: 'date-fns addBusinessDays', ns: median(business) },
    ours: { name: 'motcua addWorkingDays', ns: median(ours) },
    ratios: business.map((b, r) => b / ours[r]!),
  });
}

let j = 0;
const between = await time('motcua workingDaysBetween', () =>
  do_not_optimize(workingDaysBetween(cal, isoDays[j & (N - 1)]!, isoDays[(j++ + 1) & (N - 1)]!)),
);
let k = 0;
const isoInstants = isoDays.map((d, idx) => `${d}T${String(7 + (idx % 10)).padStart(2, '0')}:15:00+07:00`);
const hours = await time('motcua addWorkingHours, 24 h', () =>
  do_not_optimize(addWorkingHours(cal, isoInstants[k++ & (N - 1)]!, 24)),
);
let m = 0;
const due = await time('motcua deadline, 15 working days', () =>
  do_not_optimize(deadline(cal, isoInstants[m++ & (N - 1)]!, { amount: 15, unit: 'working-days' })),
);
let q = 0;
const info = await time('motcua dayInfo', () => do_not_optimize(dayInfo(cal, isoDays[q++ & (N - 1)]!)));

console.log(
  `\n## Working days: 15 and 60 from random dates 2019–2030 (median per call; vs addBusinessDays: median of ${ROUNDS} back-to-back rounds, and their range)\n`,
);
console.log(
  '| n | naive loop (date-fns + date-holidays) | date-fns addBusinessDays (no holidays) | motcua addWorkingDays | vs naive | vs addBusinessDays |',
);
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  const ratio = `${median(r.ratios).toFixed(1)}× (${Math.min(...r.ratios).toFixed(1)}–${Math.max(...r.ratios).toFixed(1)})`;
  console.log(
    `| ${r.n} | ${format(r.naive.ns)} | ${format(r.business.ns)} | ${format(r.ours.ns)} | ${Math.round(r.naive.ns / r.ours.ns).toLocaleString('en')}× | ${ratio} |`,
  );
}
const worst = Math.min(...rows.map((r) => median(r.ratios)));
console.log(
  `\nTarget ≥ 10× addBusinessDays while holiday-aware: ${worst >= 10 ? 'met' : '**not met**'} (median ratio ${worst.toFixed(1)}× at worst).`,
);
console.log('\n## Other operations (median per call)\n');
console.log('| operation | time |');
console.log('|---|---|');
for (const r of [between, hours, due, info]) console.log(`| ${r.name} | ${format(r.ns)} |`);
