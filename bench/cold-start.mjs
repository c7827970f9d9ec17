// One cold start of the built package, timed inside a fresh process; printed as JSON for bench/calendar.ts.
const t0 = performance.now();
const { createCalendar } = await import('../dist/calendar/index.js');
const t1 = performance.now();
const cal = createCalendar();
const t2 = performance.now();
cal.addWorkingDays('2026-02-12', 15);
const t3 = performance.now();
cal.addWorkingDays('2024-02-12', 15);
const t4 = performance.now();
process.stdout.write(
  JSON.stringify({ importMs: t1 - t0, createMs: t2 - t1, firstAnswerMs: t3 - t2, nextYearMs: t4 - t3 }),
);
