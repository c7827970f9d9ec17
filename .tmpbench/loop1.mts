import { addBusinessDays } from 'date-fns';

const which = process.argv[2];
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
const M = 10_000_000;
let sink = 0;
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  if (which === 'dayKey') for (let i = 0; i < M; i++) sink += dk(iso[i & 1023]!);
  if (which === 'ours') for (let i = 0; i < M; i++) sink += cal.addWorkingDays(iso[i & 1023]!, 15).length;
  if (which === 'fns') for (let i = 0; i < M; i++) sink += addBusinessDays(local[i & 1023]!, 15).getDate();
  console.log(which, (((performance.now() - t0) * 1e6) / M).toFixed(1), 'ns');
}
console.log(sink > 0);
