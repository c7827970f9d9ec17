/**
 * Engine benchmarks, on the built package (`npm run bench` builds first; standalone: `npm run build` then
 * `npx tsx bench/engine.ts`):
 * - replaying a 20-event interagency dossier of the land procedure (centre → branch → tax, five returns between
 *   the branch and the tax authority, a supplement, the payment pause, the result) — target ≥ 50,000 dossiers/s on
 *   one core; replay checks every event against the schema (by hand for the common fields, zod for the rest) and
 *   runs the compiled machine (transitions memoised per definition);
 * - the same over 10,000 different dossiers read from JSON (receipts on different days and minutes, so the
 *   supplement window is computed afresh: more than the deadline cache holds);
 * - `slaStatus` on the finished dossier (deadlines derived from the ledger and the calendar on every read);
 * - restoring the persisted snapshot (shape and consistency checks) — target: no slower than replaying;
 * - a birth + residence + health-card group (Decree 63/2024: three results, per-agency limits, one result handed
 *   back early) replayed, and its SLA status with each result's and each step's own deadline;
 * - the size of the persisted snapshot (JSON, UTF-8) — target ≤ 2 KB.
 */
import { readFileSync } from 'node:fs';
import { do_not_optimize, measure } from 'mitata';
import type { DossierEvent, UnnumberedEvent } from '../src/engine/index.js';
import { day, landEvents } from './landDossier.js';

// The built package, as a portal runs it (npm run bench builds first); typed from the source.
const { createEngine } = (await import(
  new URL('../dist/engine/index.js', import.meta.url).href
)) as typeof import('../src/engine/index.js');
const { defineProcedure } = (await import(
  new URL('../dist/rules/index.js', import.meta.url).href
)) as typeof import('../src/rules/index.js');

const land = defineProcedure(
  JSON.parse(
    readFileSync(new URL('../examples/procedures/land-change-registration.json', import.meta.url), 'utf8'),
  ),
);
const group = defineProcedure(
  JSON.parse(
    readFileSync(new URL('../examples/procedures/birth-residence-health-card.json', import.meta.url), 'utf8'),
  ),
);
const engine = createEngine({ procedures: [land, group] });

const events = landEvents();
if (events.length !== 20) throw new Error(`expected 20 events, got ${events.length}`);

const result = engine.replay(land, events);
if (!result.ok) throw new Error(result.rejection.message);
const snapshot = result.snapshot;

// 10,000 dossiers as a portal's store gives them back (JSON), received on different days and minutes.
const shift = (at: string, days: number, minutes: number) =>
  new Date(Date.parse(at) + days * 86_400_000 + minutes * 60_000 + 7 * 3_600_000).toISOString().slice(0, 19) +
  '+07:00';
const many: unknown[][] = [];
for (let k = 0; k < 10_000; k++) {
  const days = k % 280;
  const minutes = Math.floor(k / 280) % 30;
  const list = events.map((e) => ({ ...e, at: shift(e.at, days, e.type === 'RECEIVE' ? minutes : 0) }));
  if (!engine.replay(land, list).ok) continue;
  many.push(JSON.parse(JSON.stringify(list)));
}
if (many.length < 5_000) throw new Error(`only ${many.length} dossiers replay`);
let next = 0;

const replay = await measure(() => do_not_optimize(engine.replay(land, events)));
const distinct = await measure(() => {
  next = (next + 1) % many.length;
  return do_not_optimize(engine.replay(land, many[next]!));
});
// The log as the portal's store gives it back: the events as `applyEvent` recorded them, with their hashes (a
// validated replay takes the carried hashes as recorded; without them it must compute each).
let current = engine.start(land);
const recorded: DossierEvent[] = [];
for (const e of events) {
  const r = engine.applyEvent(current, e);
  if (!r.ok) throw new Error(r.rejection.message);
  recorded.push(r.recorded as DossierEvent);
  current = r.snapshot;
}
const trusted = await measure(() => do_not_optimize(engine.replay(land, recorded, { validated: true })));
const sla = await measure(() => do_not_optimize(engine.slaStatus(snapshot, day(11, '09:00'))));
const stored = JSON.stringify(engine.persist(snapshot));
const restore = await measure(() => do_not_optimize(engine.restore(JSON.parse(stored))));

const t = (d: string, time: string) => `${d}T${time}:00+07:00`;
const groupEvents = (
  [
    { type: 'SUBMIT', at: t('2027-02-03', '08:30'), channel: 'online', delivery: 'online' },
    { type: 'RECEIVE', at: t('2027-02-03', '09:30'), by: 'desk', dossierCode: 'LT-270203-0001' },
    { type: 'FORWARD', at: t('2027-02-03', '09:35'), by: 'desk' },
    { type: 'ISSUE_RESULT', at: t('2027-02-03', '14:00'), by: 'justice' },
    { type: 'RETURN_RESULT', at: t('2027-02-03', '14:10'), by: 'desk', result: 'birth-certificate' },
    { type: 'CONSULT', at: t('2027-02-03', '14:20'), by: 'justice' },
    { type: 'REPLY', at: t('2027-02-11', '10:00'), by: 'social-insurance' },
    { type: 'REPLY', at: t('2027-02-12', '09:00'), by: 'police' },
    { type: 'RETURN_RESULT', at: t('2027-02-12', '10:00'), by: 'desk' },
  ] as UnnumberedEvent[]
).map((e, i) => ({ ...e, seq: i + 1 }) as DossierEvent);
const groupRun = engine.replay(group, groupEvents);
if (!groupRun.ok) throw new Error(groupRun.rejection.message);
const groupReplay = await measure(() => do_not_optimize(engine.replay(group, groupEvents)));
const groupSla = await measure(() =>
  do_not_optimize(engine.slaStatus(groupRun.snapshot, t('2027-02-12', '10:00'))),
);
const bytes = new TextEncoder().encode(JSON.stringify(engine.persist(snapshot))).length;
const fullBytes = new TextEncoder().encode(JSON.stringify(snapshot)).length;
const back = engine.restore(JSON.parse(JSON.stringify(engine.persist(snapshot))));
if (JSON.stringify(back) !== JSON.stringify(snapshot))
  throw new Error('persisted snapshot does not round-trip');

const perSecond = (ns: number) => Math.round(1e9 / ns);
console.log(
  `replay of a 20-event interagency dossier: ${(replay.avg / 1000).toFixed(1)} µs avg, p50 ${(replay.p50 / 1000).toFixed(1)} µs → ${perSecond(replay.avg).toLocaleString('en')} dossiers/s by the average, ${perSecond(replay.p50).toLocaleString('en')} by the median (target ≥ 50,000)`,
);
console.log(
  `  with events already validated at record time: ${(trusted.avg / 1000).toFixed(1)} µs avg, p50 ${(trusted.p50 / 1000).toFixed(1)} µs → ${perSecond(trusted.avg).toLocaleString('en')} dossiers/s`,
);
console.log(
  `  ${many.length.toLocaleString('en')} different dossiers from JSON, in turn: ${(distinct.avg / 1000).toFixed(1)} µs avg, p50 ${(distinct.p50 / 1000).toFixed(1)} µs → ${perSecond(distinct.avg).toLocaleString('en')} dossiers/s`,
);
console.log(
  `slaStatus of the finished dossier: ${(sla.avg / 1000).toFixed(1)} µs avg → ${perSecond(sla.avg).toLocaleString('en')} reads/s`,
);
console.log(
  `restore of the persisted snapshot: ${(restore.avg / 1000).toFixed(1)} µs avg → ${perSecond(restore.avg).toLocaleString('en')} snapshots/s (${(restore.avg / replay.avg).toFixed(2)}× the replay; target ≤ 1)`,
);
console.log(
  `a 9-event birth + residence + health-card group (three results): replay ${(groupReplay.avg / 1000).toFixed(1)} µs avg → ${perSecond(groupReplay.avg).toLocaleString('en')} dossiers/s; slaStatus ${(groupSla.avg / 1000).toFixed(1)} µs`,
);
console.log(
  `persisted snapshot: ${bytes} bytes (target ≤ 2048; the readable form: ${fullBytes} bytes), ${snapshot.visits.length} visits, ${snapshot.ledger.length} ledger entries`,
);
