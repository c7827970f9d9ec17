/**
 * Load test of `motcua serve` on loopback (`npm run bench`, after the build; standalone: `npm run build` then
 * `npx tsx bench/server.ts`): the built bin runs as its own process (one core: Node's one thread), autocannon
 * drives it from this one. Three endpoints — the appointment date (`POST /v1/calendar/deadline`), applying an
 * event to a posted persisted snapshot (`POST /v1/dossiers/apply`) and validating a dossier (`POST
 * /v1/dossiers/validate`) — each with 100 connections for a bounded time (and a bounded count), after a short
 * warm-up; then the same work in-process for comparison. Prints a Markdown table with the load average.
 *
 * Bounded: every run stops by itself after `duration` seconds (autocannon's `amount` would override it, so it is
 * not set), a watchdog ends everything if a run overstays, the server is stopped with SIGTERM at the end, and
 * traffic goes to 127.0.0.1 only. Targets (issue 13): ≥ 5,000 deadline requests/s with p99 < 10 ms, no error
 * under 100 connections.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const root = new URL('../', import.meta.url);
const { createEngine } = (await import(
  new URL('dist/engine/index.js', root).href
)) as typeof import('../src/engine/index.js');
const { createCalendar, deadline } = (await import(
  new URL('dist/calendar/index.js', root).href
)) as typeof import('../src/calendar/index.js');
const { defineProcedure, validateDossier } = (await import(
  new URL('dist/rules/index.js', root).href
)) as typeof import('../src/rules/index.js');

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 100;
const RATE = 5_000;

const judicial = defineProcedure(
  JSON.parse(readFileSync(new URL('examples/procedures/judicial-record-certificate.json', root), 'utf8')),
);
const engine = createEngine({ procedures: [judicial] });
const received = engine.replay(judicial, [
  { type: 'SUBMIT', seq: 1, at: '2026-04-24T16:00:00+07:00', channel: 'in-person' },
  {
    type: 'RECEIVE',
    seq: 2,
    at: '2026-04-24T16:10:00+07:00',
    by: 'desk',
    dossierCode: '000.00.24.H29-260424-0001',
    fields: { copies: 3, hasSeveralResidences: false, livedAbroad: false, isForeigner: false },
  },
]);
if (!received.ok) throw new Error('fixture');
const forward = { type: 'FORWARD', seq: 3, at: '2026-04-27T08:00:00+07:00', by: 'desk' } as const;
const dossier = {
  channel: 'in-person',
  fields: { copies: 3, hasSeveralResidences: false, livedAbroad: false, isForeigner: false },
  documents: [
    { document: 'declaration', form: 'original' },
    { document: 'identity', form: 'copy' },
  ],
};

const cases = [
  {
    name: 'deadline',
    path: '/v1/calendar/deadline',
    body: { receivedAt: '2026-02-12T10:00:00+07:00', limit: { amount: 15, unit: 'working-days' } },
  },
  {
    name: 'apply event',
    path: '/v1/dossiers/apply',
    body: { snapshot: engine.persist(received.snapshot), event: forward },
  },
  { name: 'validate', path: '/v1/dossiers/validate', body: { definition: judicial.hash, dossier } },
] as const;

// ── the server, its own process; its access log to a file ────────────────────────────────────────────────────
const logFile = join(tmpdir(), `motcua-serve-bench-${process.pid}.log`);
const child = spawn(
  process.execPath,
  [
    new URL('dist/cli/index.js', root).pathname,
    'serve',
    '--port',
    '0',
    '--definitions',
    'examples/procedures',
  ],
  { cwd: root.pathname, stdio: ['ignore', 'pipe', 'pipe'] },
);
child.stdout.pipe(createWriteStream(logFile));
const url = await new Promise<string>((resolve, reject) => {
  let err = '';
  const t = setTimeout(() => reject(new Error(`the server did not start: ${err}`)), 30_000);
  child.stderr.on('data', (c) => {
    err += c;
    const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
    if (m) {
      clearTimeout(t);
      resolve(m[1]!);
    }
  });
});

function run(
  path: string,
  body: unknown,
  seconds: number,
  rate?: { connections: number; perSecond: number },
) {
  return autocannon({
    url: url + path,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections: rate?.connections ?? CONNECTIONS,
    duration: seconds,
    ...(rate ? { overallRate: rate.perSecond } : {}),
  });
}

/** Median time of a call in-process (µs), over rounds of a plain loop. */
function inProcess(fn: () => unknown, calls = 2_000, rounds = 15): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (let i = 0; i < calls; i++) fn();
    times.push(((performance.now() - t) * 1000) / calls);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

const cal = createCalendar();
const persisted = JSON.stringify(engine.persist(received.snapshot));
const local: Record<string, () => unknown> = {
  deadline: () => deadline(cal, '2026-02-12T10:00:00+07:00', { amount: 15, unit: 'working-days' }),
  'apply event': () => engine.applyEvent(engine.restore(JSON.parse(persisted)), forward),
  validate: () => validateDossier(judicial, dossier),
};

const rows: string[] = [];
let fixed = '';
const watchdog = setTimeout(
  () => {
    console.error('bench/server.ts: over time, stopping');
    child.kill('SIGKILL');
    process.exit(1);
  },
  (DURATION + 2) * cases.length * 2_000 + 30_000,
);
watchdog.unref();
console.error(`server at ${url}`);
try {
  for (const c of cases) {
    console.error(`${c.name}…`);
    await run(c.path, c.body, 2); // warm-up
    const load = loadavg()[0]!.toFixed(2);
    const r = await run(c.path, c.body, DURATION);
    const errors = r.errors + r.timeouts + r.non2xx;
    rows.push(
      `| ${c.name} | ${Math.round(r.requests.average).toLocaleString('en')} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.latency.max} ms | ${r.requests.total.toLocaleString('en')} | ${errors} | ${load} → ${loadavg()[0]!.toFixed(2)} | ${inProcess(local[c.name]!).toFixed(1)} µs |`,
    );
  }
  // The latency target is read at the target rate (a closed loop of 100 connections saturating one core queues
  // every request behind the others: by Little's law its p50 is 100 / throughput, whatever the server does).
  const deadline = cases[0];
  const load = loadavg()[0]!.toFixed(2);
  const paced = await run(deadline.path, deadline.body, DURATION, { connections: 20, perSecond: RATE });
  fixed = `| deadline at ${RATE.toLocaleString('en')} requests/s (20 connections) | ${Math.round(paced.requests.average).toLocaleString('en')} | ${paced.latency.p50} ms | ${paced.latency.p99} ms | ${paced.latency.max} ms | ${paced.requests.total.toLocaleString('en')} | ${paced.errors + paced.timeouts + paced.non2xx} | ${load} → ${loadavg()[0]!.toFixed(2)} | |`;
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
}
const logged = readFileSync(logFile, 'utf8').split('\n').filter(Boolean).length;

console.log(
  `\n### motcua serve on loopback (${CONNECTIONS} connections unless said, ${DURATION} s each, after a 2 s warm-up)\n`,
);
console.log(
  '| endpoint | requests/s | p50 | p99 | max | requests | errors | load average (1 min) | in-process call |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(fixed);
console.log(`\nAccess-log lines written by the server: ${logged.toLocaleString('en')} (one per request).`);
