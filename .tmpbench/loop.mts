import { addBusinessDays } from 'date-fns';

const mod = await import('../src/calendar/index.ts');
const cal = mod.createCalendar();
const iso: string[] = [];
for (let i = 0; i < 1024; i++) {
  const d = new Date(Date.UTC(2019, 0, 1) + Math.floor(((i * 2654435761) >>> 0) % 4380) * 864e5);
  iso.push(d.toISOString().slice(0, 10));
}
const local = iso.map(
  (d) => new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))),
);
for (const d of iso) cal.addWorkingDays(d, 60);
const dk = (await import('../src/calendar/date.ts')).dayKey;
function run(label: string, f: (i: number) => unknown) {
  let sink = 0;
  const t0 = performance.now();
  const M = 5_000_000;
  for (let i = 0; i < M; i++) {
    const r = f(i);
    if (r === 'x') sink++;
  }
  const ns = ((performance.now() - t0) * 1e6) / M;
  console.log(label, ns.toFixed(1), 'ns', sink);
}
for (let r = 0; r < 2; r++) {
  run('dayKey', (i) => dk(iso[i & 1023]!));
  run('ours', (i) => cal.addWorkingDays(iso[i & 1023]!, 15));
  run('date-fns', (i) => addBusinessDays(local[i & 1023]!, 15));
}
