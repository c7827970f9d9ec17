/**
 * Demo data: a few hundred dossiers of the example procedures received over the year before `now` by the demo's
 * offices — most resolved on time, some late, apologised, refused, withdrawn, open, overdue (the seeded generator
 * of bench/synthetic.ts, every dossier built by the engine from its events) — plus dossiers waiting for the
 * applicant's supplement, at the desk and during processing. Each is stored through the repository like the
 * desk's own: its events applied by the engine, the log and the snapshot in one transaction.
 */
import { loadProcedures, syntheticHistories } from '../../../bench/synthetic.js';
import type { DossierEvent, Engine, UnnumberedEvent } from '../../../src/engine/index.js';
import type { Procedure } from '../../../src/rules/index.js';
import { applicationOf } from './application.js';
import { offices } from './procedures.js';
import type { Repository } from './store/index.js';

const HOUR = 3_600_000;
const vn = (ms: number) => `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Khoa', 'Lan', 'Mai', 'Nam', 'Phúc', 'Quyên', 'Sơn'];

export interface SeedOptions {
  readonly now: number;
  readonly count?: number;
  readonly seed?: number;
}

export interface SeedReport {
  readonly dossiers: number;
  readonly events: number;
  readonly awaitingSupplement: number;
  readonly ms: number;
}

/**
 * Seeds an empty repository.
 *
 * @example
 * await seed(repo, engine, procedures, { now: Date.parse('2026-12-03T10:00:00+07:00') }); //=> { dossiers: 312, … }
 */
export async function seed(
  repo: Repository,
  engine: Engine,
  procedures: readonly Procedure[],
  options: SeedOptions,
): Promise<SeedReport> {
  const started = performance.now();
  // The generator's own definitions (its judicial record certificate is delivered online too, and reuses the
  // identity copy: an illustration, docs/rules.md §10), registered beside the portal's.
  const set = loadProcedures();
  engine.register(...Object.values(set));
  const count = options.count ?? 300;
  let n = 0;
  let events = 0;
  let awaiting = 0;
  const name = () => `${FAMILY[n % 8]} ${MIDDLE[(n >> 3) % 6]} ${GIVEN[(n * 7) % 12]}`;
  const scale = (k: number) => Math.max(1, Math.round((k * count) / 300));
  // The generator finishes most dossiers well before its instant: the first batch is set two months ahead and
  // every log cut at now, so the last weeks hold dossiers in progress beside the ones resolved; the second is
  // open now (within time and overdue).
  const ahead = syntheticHistories(engine, set, {
    seed: options.seed ?? 766,
    year: 0,
    asOf: vn(options.now + 60 * 24 * HOUR),
    offices: offices.map((o) => o.code),
    classes: {
      'in-time': scale(215),
      late: scale(20),
      supplement: scale(15),
      apology: scale(6),
      withdrawn: scale(4),
      refused: scale(4),
      stopped: scale(2),
      'refused-at-desk': scale(6),
      'desk-supplement': scale(8),
    },
  });
  const open = syntheticHistories(engine, set, {
    seed: (options.seed ?? 766) + 1,
    year: 0,
    asOf: vn(options.now - 60_000),
    offices: offices.map((o) => o.code),
    classes: { 'open-within': scale(14), 'open-overdue': scale(6) },
  });
  const histories = (function* () {
    yield* ahead;
    yield* open;
  })();
  const daily = new Map<string, number>();
  for (const h of histories) {
    const kept = h.events.filter((e) => Date.parse(e.at) < options.now - 60_000);
    if (kept.length === 0) continue;
    n++;
    const cut = engine.replay(h.procedure, kept);
    if (!cut.ok) throw new Error(`seed dossier ${n}: ${cut.rejection.code}`);
    const snapshot = cut.snapshot;
    // The two batches number their codes apart: renumbered here within each office and day (Art. 19(1)).
    let list: UnnumberedEvent[] = kept.map(({ seq: _, ...e }) => {
      if (e.type !== 'RECEIVE') return e as UnnumberedEvent;
      const prefix = e.dossierCode.slice(0, e.dossierCode.lastIndexOf('-'));
      const k = (daily.get(prefix) ?? 0) + 1;
      daily.set(prefix, k);
      return { ...e, dossierCode: `${prefix}-${String(k).padStart(4, '0')}` } as UnnumberedEvent;
    });
    const receive = list.find((e) => e.type === 'RECEIVE') as { fields?: Record<string, never> } | undefined;
    // One open dossier in three waits for the applicant: a supplement asked during processing (Art. 19(5)).
    const ask = snapshot.finishedAt === null && snapshot.receivedAt !== null && n % 2 === 0;
    if (ask) {
      const at = Math.min(Date.parse(snapshot.lastAt!) + 30 * 60_000, options.now - 60_000);
      const offer = engine.nextEvents(snapshot, vn(at)).find((e) => e.type === 'REQUEST_SUPPLEMENT');
      if (offer && at > Date.parse(snapshot.lastAt!)) {
        list = [
          ...list,
          {
            type: 'REQUEST_SUPPLEMENT',
            at: vn(at),
            by: offer.by!,
            ...(offer.step ? { step: offer.step } : {}),
            items: ['Bản sao giấy tờ tùy thân còn hiệu lực'],
          } as UnnumberedEvent,
        ];
        awaiting++;
      }
    }
    const code = (receive as { dossierCode?: string } | undefined)?.dossierCode;
    const office = code?.split('-')[0] ?? offices[0]!.code;
    const app = applicationOf(
      h.procedure,
      name(),
      office,
      snapshot.channel ?? 'in-person',
      receive?.fields ?? {},
    );
    const r = await repo.create(h.procedure, app, list, list[0]!.at);
    if (!r.ok) throw new Error(`seed dossier ${n} refused: ${r.rejection.code} ${r.rejection.message}`);
    events += list.length;
  }
  // Waiting at the desk: submitted incomplete in the last days, the supplement slip handed over (Art. 17(1)).
  const judicial = procedures.find((p) => p.definition.code === '2.000488')!;
  for (let i = 0; i < 8; i++) {
    n++;
    const t = options.now - (6 + i * 9) * HOUR;
    const list = [
      { type: 'SUBMIT', at: vn(t), channel: 'in-person' },
      {
        type: 'REQUEST_SUPPLEMENT',
        at: vn(t + 15 * 60_000),
        by: 'desk',
        items: ['Bản chụp giấy tờ tùy thân'],
      },
    ] as unknown as DossierEvent[];
    const app = applicationOf(judicial, name(), offices[i % offices.length]!.code, 'in-person', {
      copies: 1,
    });
    const r = await repo.create(judicial, app, list, list[0]!.at);
    if (!r.ok) throw new Error(`seed desk supplement refused: ${r.rejection.code}`);
    events += 2;
    awaiting++;
  }
  return { dossiers: n, events, awaitingSupplement: awaiting, ms: Math.round(performance.now() - started) };
}
