import { addBusinessDays } from 'date-fns';
import { do_not_optimize, measure } from 'mitata';

const mod = await import(process.argv[2] ?? '/work/wt/cal/src/calendar/index.ts');
const cal = mod.createCalendar();
let seed = 20260217;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const from = Date.UTC(2019, 0, 1);
const days = Math.floor((Date.UTC(2030, 11, 31) - from) / 86_400_000);
const N = 1024;
const iso = Array.from({ length: N }, () =>
  new Date(from + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10),
);
const local = iso.map(
  (d) => new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))),
);
for (const d of iso) cal.addWorkingDays(d, 60);
for (let round = 0; round < 3; round++) {
  let i = 0;
  const b = await measure(() => do_not_optimize(addBusinessDays(local[i++ & (N - 1)], 15)));
  i = 0;
  const o = await measure(() => do_not_optimize(cal.addWorkingDays(iso[i++ & (N - 1)], 15)));
  i = 0;
  const o60 = await measure(() => do_not_optimize(cal.addWorkingDays(iso[i++ & (N - 1)], 60)));
  console.log(
    `date-fns ${b.p50.toFixed(1)} ns, ours15 ${o.p50.toFixed(1)} ns (${(b.p50 / o.p50).toFixed(1)}x), ours60 ${o60.p50.toFixed(1)} (${(b.p50 / o60.p50).toFixed(1)}x)`,
  );
}
