/**
 * A seeded generator of synthetic dossiers for the statistics' benchmark, tests and examples: a province's mix of
 * the example procedures (business registration, construction permits with and without consultation, judicial
 * record certificates in calendar days, land registration with the tax payment pausing the clock, marriage
 * registration the same day), 50 receiving offices, the three channels, receipts on the working days of the year
 * (Tết and the other holidays fall where the calendar puts them), supplements that restart the clock, apologies,
 * withdrawals, refusals, closures, desk refusals and desk supplement requests, online dossiers accepted late, and
 * dossiers still open (some overdue) at the data set's instant. Every dossier is built by the engine from its
 * events (`replay`), so its snapshot is one the engine made.
 *
 * `classes` fixes how many dossiers of each kind to make (the seed data set of domain notes §7); without it each
 * dossier's kind is drawn from a realistic mix.
 */
import { readFileSync } from 'node:fs';
import { addWorkingHours, dueInstant, isWorkingDay, nextWorkingInstant } from '../src/calendar/index.js';
import type { DossierEvent, DossierSnapshot, Engine, UnnumberedEvent } from '../src/engine/index.js';
import { dossierCode } from '../src/engine/index.js';
import { defineProcedure, type Procedure } from '../src/rules/index.js';

/** What happens to a dossier. */
export const dossierClasses = [
  'in-time',
  'late',
  'supplement',
  'apology',
  'withdrawn',
  'refused',
  'stopped',
  'refused-at-desk',
  'desk-supplement',
  'open-within',
  'open-overdue',
] as const;
export type DossierClass = (typeof dossierClasses)[number];

/** The mix when no counts are given (per 10,000). */
const MIX: readonly [DossierClass, number][] = [
  ['in-time', 9_080],
  ['late', 70],
  ['supplement', 300],
  ['apology', 40],
  ['withdrawn', 60],
  ['refused', 50],
  ['stopped', 10],
  ['refused-at-desk', 60],
  ['desk-supplement', 150],
  ['open-within', 170],
  ['open-overdue', 10],
];

/**
 * The synthetic data set's definitions (the example procedures, the judicial record certificate adjusted), made
 * by `define` — this source's `defineProcedure` by default; the statistics bench passes the built package's, so
 * the engine it measures reads the same definitions the data set was generated under.
 */
export function loadProcedures<P = Procedure>(
  define: (definition: unknown) => P = defineProcedure as (definition: unknown) => P,
): Record<string, P> {
  // biome-ignore lint/suspicious/noExplicitAny: definitions as JSON, adjusted below
  const load = (name: string, adjust: (d: any) => void = () => {}) => {
    const d = JSON.parse(
      readFileSync(new URL(`../examples/procedures/${name}.json`, import.meta.url), 'utf8'),
    );
    adjust(d);
    return define(d);
  };
  return {
    business: load('business-registration'),
    permit: load('construction-permit-2026'),
    permit2025: load('construction-permit-2025'),
    // Synthetic only: the certificate delivered online too, and the identity copy taken from the population
    // database (as in docs/rules.md §10 — an illustration, the shipped definition claims neither).
    judicial: load('judicial-record-certificate', (d) => {
      d.version = `${d.version}-synthetic`;
      d.channels.delivery = ['desk', 'post', 'online'];
      d.documents[1].reuse = {
        basis: { document: 'Nghị quyết 66.7/2025/NQ-CP' },
        repositories: ['national-population-db', 'vneid'],
      };
    }),
    land: load('land-change-registration'),
    marriage: load('marriage-registration'),
  };
}

/** A small, fast, seeded random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Route {
  readonly key: string;
  /** Working hours of the time limit (calendar units: their working-time equivalent). */
  readonly hours: number;
  readonly calendarUnit: boolean;
  readonly desk: string;
  readonly fields: Readonly<Record<string, string | number | boolean>>;
  /** After receipt: the processing events, in order; the last is RETURN_RESULT. */
  readonly steps: readonly UnnumberedEvent[];
  /** The agency holding the dossier after the first forward (supplements, refusals). */
  readonly holder: string;
  readonly online: boolean;
  readonly post: boolean;
  readonly share: number;
}

const ev = (type: string, extra: Record<string, unknown> = {}) =>
  ({ type, ...extra }) as unknown as UnnumberedEvent;

const ROUTES: readonly Route[] = [
  {
    key: 'business',
    hours: 24,
    calendarUnit: false,
    desk: 'bro',
    share: 30,
    online: true,
    post: true,
    holder: 'bro',
    fields: {
      enterpriseType: 'llc-single',
      enterpriseName: 'Công ty TNHH An Phú',
      charterCapital: 1_000_000_000,
    },
    steps: [
      ev('FORWARD', { by: 'bro' }),
      ev('APPROVE', { by: 'bro' }),
      ev('ISSUE_RESULT', { by: 'bro' }),
      ev('RETURN_RESULT', { by: 'bro' }),
    ],
  },
  {
    key: 'permit',
    hours: 56,
    calendarUnit: false,
    desk: 'desk',
    share: 12,
    online: true,
    post: true,
    holder: 'urban',
    fields: { floors: 3, floorArea: 120, needsConsultation: false },
    steps: [
      ev('FORWARD', { by: 'desk' }),
      ev('FORWARD', { by: 'urban' }),
      ev('ISSUE_RESULT', { by: 'commune' }),
      ev('RETURN_RESULT', { by: 'desk' }),
    ],
  },
  {
    key: 'permit',
    hours: 56,
    calendarUnit: false,
    desk: 'desk',
    share: 5,
    online: true,
    post: true,
    holder: 'urban',
    fields: { floors: 6, floorArea: 480, needsConsultation: true },
    steps: [
      ev('FORWARD', { by: 'desk' }),
      ev('CONSULT', { by: 'urban' }),
      ev('REPLY', { by: 'sector' }),
      ev('REPLY', { by: 'utilities' }),
      ev('ISSUE_RESULT', { by: 'commune' }),
      ev('RETURN_RESULT', { by: 'desk' }),
    ],
  },
  {
    key: 'judicial',
    hours: 56,
    calendarUnit: true,
    desk: 'desk',
    share: 20,
    online: true,
    post: true,
    holder: 'police',
    fields: { copies: 2, hasSeveralResidences: false, livedAbroad: false, isForeigner: false },
    steps: [
      ev('FORWARD', { by: 'desk' }),
      ev('FORWARD', { by: 'police' }),
      ev('ISSUE_RESULT', { by: 'police' }),
      ev('RETURN_RESULT', { by: 'desk' }),
    ],
  },
  {
    key: 'land',
    hours: 80,
    calendarUnit: false,
    desk: 'centre',
    share: 13,
    online: true,
    post: true,
    holder: 'branch',
    fields: { changeType: 'transfer', declaredValue: 2_000_000_000, disadvantagedArea: false },
    steps: [
      ev('FORWARD', { by: 'centre' }),
      ev('FORWARD', { by: 'branch' }),
      ev('REQUEST_FINANCIAL_OBLIGATION', { by: 'tax', amount: 40_000_000 }),
      ev('FINANCIAL_OBLIGATION_MET'),
      ev('ISSUE_RESULT', { by: 'land-office' }),
      ev('RETURN_RESULT', { by: 'centre' }),
    ],
  },
  {
    key: 'marriage',
    hours: 3,
    calendarUnit: false,
    desk: 'desk',
    share: 20,
    online: true,
    post: false,
    holder: 'commune',
    fields: {
      groomAge: 27,
      brideAge: 25,
      bothPartiesPresent: true,
      groomResidesHere: true,
      brideResidesHere: true,
      needsVerification: false,
    },
    steps: [
      ev('FORWARD', { by: 'desk' }),
      ev('APPROVE', { by: 'commune' }),
      ev('RETURN_RESULT', { by: 'desk' }),
    ],
  },
];

/** Receiving offices: the identity codes the dossier codes start with (Circular 01/2018 Art. 19(1)). */
export const OFFICES = Array.from({ length: 50 }, (_, i) => `000.${String(i + 1).padStart(2, '0')}.24.H29`);

const HOUR = 3_600_000;
const vn = (ms: number) => `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;

export interface SyntheticOptions {
  readonly seed: number;
  /** How many dossiers (ignored when `classes` is given). */
  readonly count?: number;
  /** Exact numbers of each kind. */
  readonly classes?: Partial<Record<DossierClass, number>>;
  /** The year the dossiers are received in (open ones near its end). */
  readonly year: number;
  /** The data set's instant, instead of the end of `year`: dossiers received in the 365 days before it. */
  readonly asOf?: string;
  /** The receiving offices' identity codes (default {@link OFFICES}). */
  readonly offices?: readonly string[];
}

/** A synthetic dossier with the log that made it. */
export interface SyntheticHistory {
  readonly procedure: Procedure;
  readonly events: readonly DossierEvent[];
  readonly snapshot: DossierSnapshot;
}

/** The synthetic dossiers, one snapshot at a time (the data set's instant: the end of the year). */
export function* syntheticDossiers(
  engine: Engine,
  procedures: Record<string, Procedure>,
  options: SyntheticOptions,
): Generator<DossierSnapshot> {
  for (const h of syntheticHistories(engine, procedures, options)) yield h.snapshot;
}

/** The synthetic dossiers with their logs (what a portal's seed stores). */
export function* syntheticHistories(
  engine: Engine,
  procedures: Record<string, Procedure>,
  options: SyntheticOptions,
): Generator<SyntheticHistory> {
  const rnd = random(options.seed);
  // Digitisation, reuse and payment facts from a stream of their own, so the dossiers' timings (and every figure
  // the seeded tests check) are the ones the main stream gives.
  const facts = random((options.seed ^ 0x5eed1500) >>> 0);
  const cal = engine.calendar;
  const asOf =
    options.asOf === undefined
      ? Date.parse(`${options.year + 1}-01-01T00:00:00+07:00`)
      : Date.parse(options.asOf);
  const start =
    options.asOf === undefined ? Date.parse(`${options.year}-01-01T00:00:00+07:00`) : asOf - 365 * 24 * HOUR;
  const offices = options.offices ?? OFFICES;
  const days: string[] = [];
  for (let t = start; t < asOf; t += 24 * HOUR) {
    const d = vn(t).slice(0, 10);
    if (isWorkingDay(cal, d)) days.push(d);
  }
  const kinds: DossierClass[] = [];
  if (options.classes)
    for (const k of dossierClasses) for (let i = 0; i < (options.classes[k] ?? 0); i++) kinds.push(k);
  const total = options.classes ? kinds.length : (options.count ?? 0);
  const totalShare = ROUTES.reduce((n, r) => n + r.share, 0);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const wh = (ms: number, h: number) => Date.parse(addWorkingHours(cal, ms, h));
  const seqs = new Map<string, number>();
  for (let i = 0; i < total; i++) {
    let kind: DossierClass;
    if (options.classes) kind = kinds[i]!;
    else {
      kind = drawn(MIX, rnd() * 10_000) ?? 'in-time';
    }
    let route =
      drawn(
        ROUTES.map((r) => [r, r.share] as const),
        rnd() * totalShare,
      ) ?? ROUTES[0]!;
    // A same-day procedure has no room to be open or overdue for long: those kinds go to the others.
    if (
      route.key === 'marriage' &&
      kind !== 'in-time' &&
      kind !== 'refused-at-desk' &&
      kind !== 'desk-supplement'
    )
      route = ROUTES[0]!;
    const c = rnd();
    const channel = route.online && c < 0.55 ? 'online' : route.post && c > 0.95 ? 'post' : 'in-person';
    // When it comes in: any working day, in working hours (online: at any hour, accepted later).
    let received: number;
    if (kind === 'open-within') received = wh(asOf - 1, -route.hours * (0.05 + 0.3 * rnd()));
    else if (kind === 'open-overdue') received = wh(asOf - 1, -route.hours * (1.3 + 1.5 * rnd()));
    else {
      // Any working day far enough from the year's end for this dossier to finish in it: its own longest course
      // (so November and December receive as the other months do, not only the dossiers left open).
      const day = pick(days.slice(0, days.length - marginDays(route, kind)));
      const minute = route.key === 'marriage' ? 450 + Math.floor(rnd() * 360) : 450 + Math.floor(rnd() * 480);
      received = Date.parse(`${day}T00:00:00+07:00`) + minute * 60_000 + Math.floor(rnd() * 60) * 1000;
      received = Date.parse(nextWorkingInstant(cal, received));
    }
    // Construction permits: 15 calendar days until 30/06/2026, 7 working days after (Decree 217/2026 Art. 54).
    const old = route.key === 'permit' && vn(received).slice(0, 10) < '2026-07-01';
    let p = procedures[old ? 'permit2025' : route.key]!;
    // A version not in force yet on the receipt day (land: from 31/01/2026): a business registration instead.
    if (p.definition.effective.from > vn(received).slice(0, 10)) {
      route = ROUTES[0]!;
      p = procedures.business!;
    }
    const H = old && route.key === 'permit' ? 86 : route.hours;
    const calendarUnit = (old && route.key === 'permit') || route.calendarUnit;
    let submitted =
      channel === 'online' ? received - Math.floor(rnd() * 3 * HOUR) : received - Math.floor(rnd() * 600_000);
    // About 2 % of online dossiers wait more than the 8 working hours for acceptance.
    if (channel === 'online' && rnd() < 0.02) submitted = wh(received, -(8.5 + 4 * rnd()));
    const office = pick(offices);
    const day = vn(received).slice(0, 10);
    const seqKey = `${office}|${day}`;
    const seq = (seqs.get(seqKey) ?? 0) + 1;
    seqs.set(seqKey, seq);
    const events: UnnumberedEvent[] = [];
    let last = 0;
    const push = (e: UnnumberedEvent, at: number): number => {
      last = Math.max(at, last + 1000);
      events.push({ ...e, at: vn(last) } as UnnumberedEvent);
      return last;
    };
    // Online judicial record certificates: most ask for the result online (synthetic: fully online ones).
    const delivery =
      channel === 'online' && route.key === 'judicial' && facts() < 0.7 ? { delivery: 'online' } : {};
    push(ev('SUBMIT', { channel, ...delivery }), submitted);
    if (kind === 'refused-at-desk') {
      push(
        ev('REFUSE', { by: route.desk, reasons: ['Không thuộc thẩm quyền giải quyết'] }),
        submitted + 20 * 60_000,
      );
      yield replay(engine, p, events);
      continue;
    }
    if (kind === 'desk-supplement') {
      push(
        ev('REQUEST_SUPPLEMENT', { by: route.desk, items: ['Thiếu bản sao giấy tờ tùy thân'] }),
        submitted + 5 * 60_000,
      );
      submitted = push(ev('SUBMIT', { channel }), Math.max(submitted + 3_600_000, received - 600_000));
    }
    // Fees paid before receipt, between the submission and the receipt (online about nine in ten times online).
    if (p.definition.fees.length > 0 && received - submitted > 10_000 && facts() < 0.6)
      push(
        ev('FEE_PAID', { online: channel === 'online' ? facts() < 0.9 : facts() < 0.15 }),
        submitted + Math.floor((received - submitted) / 2),
      );
    received = push(
      ev('RECEIVE', {
        by: route.desk,
        dossierCode: dossierCode(office, vn(received), Math.min(seq, 9999)),
        fields: route.fields,
        documents: receiptRecord(p, channel, facts),
      }),
      received,
    );
    // The processing events, spread over a share of the time limit (φ), in working time.
    // Calendar-day limits are counted in plain days: their events are placed in plain time (then at the next
    // working instant), a share φ of the days; working-day limits in working time, a share φ of the hours.
    const plainDays = calendarUnit ? (route.key === 'judicial' ? 10 : 15) : 0;
    const phi =
      kind === 'late' ? (calendarUnit ? 1.3 : 1.15) + rnd() * 0.7 : 0.1 + rnd() * (calendarUnit ? 0.5 : 0.8);
    const steps = route.steps;
    let clock = received;
    let span = calendarUnit ? plainDays * 24 * phi : H * phi;
    let j = 0;
    // The decision (the event before the return) comes at the share φ; the result is returned an hour later.
    const decisionAt = steps.length - 1;
    // A late calendar-day dossier is decided after its due instant even when days off moved that instant on.
    const lateAfter =
      kind === 'late' && calendarUnit
        ? wh(dueInstant(cal, received, { amount: plainDays, unit: 'calendar-days' }).due, 2)
        : 0;
    const at = (k: number): number =>
      k > decisionAt
        ? wh(at(decisionAt), 1)
        : calendarUnit
          ? Math.max(
              k === decisionAt ? lateAfter : 0,
              Date.parse(nextWorkingInstant(cal, Math.round(clock + (span * k * HOUR) / decisionAt))),
            )
          : wh(clock, (span * k) / decisionAt);
    let lastAt = received;
    const place = (e: UnnumberedEvent, t: number) => {
      lastAt = push(e, Math.max(t, lastAt + 60_000));
    };
    // Open dossiers stop after one or two events (before any payment, whose open pause would hold the clock).
    const cut = kind === 'open-within' || kind === 'open-overdue' ? 1 + Math.floor(rnd() * 2) : steps.length;
    for (const step of steps) {
      j++;
      if (j > cut) break;
      if (step.type === 'FINANCIAL_OBLIGATION_MET') {
        // The applicant pays 1–8 working days later: the clock stands still meanwhile.
        const wait = 8 * (1 + Math.floor(rnd() * 8));
        const met = wh(lastAt, wait);
        place(step, met);
        clock = wh(clock, wait);
        continue;
      }
      // About nine results in ten are digitised and stored; the record comes with the return.
      place(
        step.type === 'RETURN_RESULT' ? ev('RETURN_RESULT', { ...step, digitised: facts() < 0.9 }) : step,
        at(j),
      );
      if (j === 1 && kind === 'supplement') {
        place(
          ev('REQUEST_SUPPLEMENT', { by: route.holder, items: ['Bổ sung bản vẽ hiện trạng'] }),
          Math.min(at(1.2), wh(received, 6)),
        );
        const back = wh(lastAt, 8 * (1 + rnd() * 4));
        place(ev('SUPPLEMENT_RECEIVED', { by: route.desk }), back);
        clock = back;
        span = (calendarUnit ? plainDays * 24 : H) * (0.1 + rnd() * 0.6);
      }
      if (j === 1 && kind === 'apology') {
        const due = engine.dossierDeadline(replay(engine, p, events).snapshot)!;
        const shift = (n: number) =>
          new Date(Date.parse(`${due.dueDate}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        // At least one day before the due day (Art. 19(6)): at the latest on the day before it.
        const t = Math.min(wh(received, H * 0.3), Date.parse(`${shift(-1)}T16:00:00+07:00`));
        if (t > lastAt + 60_000) {
          place(
            ev('APOLOGIZE', { by: route.desk, reason: 'Hồ sơ cần xác minh thêm', newDueDate: shift(3) }),
            t,
          );
          // It finishes after the first appointment, before the new one.
          clock = Date.parse(due.due);
          span = calendarUnit ? 24 : 4;
        }
      }
      if (j === 1 && (kind === 'withdrawn' || kind === 'refused' || kind === 'stopped')) {
        const t = at(1.5);
        if (kind === 'withdrawn') place(ev('WITHDRAW', { reason: 'Người nộp không có nhu cầu' }), t);
        if (kind === 'refused')
          place(ev('REFUSE', { by: route.holder, reasons: ['Không đủ điều kiện cấp'] }), t);
        if (kind === 'stopped')
          place(ev('STOP', { by: route.desk, reason: 'other', note: 'Theo đề nghị của cơ quan thuế' }), t);
        break;
      }
    }
    const cutAt = events.findIndex((e) => Date.parse(e.at) >= asOf);
    if (cutAt >= 0) events.length = cutAt;
    yield replay(engine, p, events);
  }
}

/**
 * The working days a dossier of this route and kind can take at most, from receipt to its last event — the
 * generator's own spans below, rounded up: the share φ of the time limit (a calendar-day limit's days counted as
 * working days, which is more), the applicant's payment (up to 8 working days), a supplement (its 5 days back and
 * a new span), an apology's 3 days after the appointment, and two days of slack.
 */
function marginDays(route: Route, kind: DossierClass): number {
  const late = kind === 'late';
  const phiMax = route.calendarUnit ? (late ? 2 : 0.6) : late ? 1.85 : 0.9;
  const plainDays = route.key === 'judicial' ? 10 : 15;
  const base = route.calendarUnit ? plainDays * phiMax : (route.hours * phiMax) / 8;
  const pays = route.steps.some((e) => e.type === 'FINANCIAL_OBLIGATION_MET') ? 8 : 0;
  const supplement = kind === 'supplement' ? 5 + (route.calendarUnit ? plainDays : route.hours / 8) * 0.7 : 0;
  const apology = kind === 'apology' ? 4 + (route.calendarUnit ? plainDays : route.hours / 8) : 0;
  return Math.ceil(base + pays + supplement + apology) + 2;
}

/**
 * What the desk records of the documents at receipt (RECEIVE `documents`): the definition's unconditional
 * documents, digitised (online: always; at the desk three dossiers in four), taken from electronic data where the
 * definition allows it (half the time), else on paper — or, one dossier in ten, nothing recorded.
 */
function receiptRecord(
  p: Procedure,
  channel: string,
  facts: () => number,
): Record<string, 'digitised' | 'reused' | 'paper'> | undefined {
  if (facts() < 0.1) return undefined;
  const all = channel === 'online' || facts() < 0.75;
  const out: Record<string, 'digitised' | 'reused' | 'paper'> = {};
  for (const d of p.definition.documents) {
    if (d.when !== undefined) continue;
    out[d.id] =
      d.reuse !== undefined && facts() < 0.5 ? 'reused' : all || facts() < 0.5 ? 'digitised' : 'paper';
  }
  return out;
}

/** The item whose share of the cumulated weights holds `x`. */
function drawn<T>(weighted: readonly (readonly [T, number])[], x: number): T | undefined {
  let left = x;
  for (const [item, weight] of weighted) {
    left -= weight;
    if (left < 0) return item;
  }
  return undefined;
}

function replay(engine: Engine, p: Procedure, events: readonly UnnumberedEvent[]): SyntheticHistory {
  const numbered = events.map((e, i) => ({ ...e, seq: i + 1 }) as DossierEvent);
  const r = engine.replay(p, numbered);
  if (!r.ok)
    throw new Error(`synthetic dossier refused at ${r.index}: ${r.rejection.code} ${r.rejection.message}`);
  return { procedure: p, events: numbered, snapshot: r.snapshot };
}
