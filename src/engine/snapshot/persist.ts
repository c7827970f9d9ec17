/**
 * The persisted form of a snapshot: the same facts as {@link DossierSnapshot}, in compact JSON (instants as epoch
 * seconds, visits and ledger lines as tuples, short keys) — about 1.6 KB for a 20-event interagency dossier, the
 * chain head included. `persistSnapshot` and `decodePersisted` are exact inverses for snapshots the engine made.
 * Decoding checks every value's type and range (seconds inside the calendar's years, whole milliseconds) and
 * reports the path of the first bad one; `restore` then checks the facts against each other and the definition.
 *
 * @example
 * const row = JSON.stringify(engine.persist(snapshot));
 * const again = engine.restore(JSON.parse(row));
 */
import { countingPolicies, durationUnits } from '../../calendar/index.js';
import { regimes } from '../law.js';
import { vnInstant } from '../time.js';
import { CHOICE_KEYS, decodePersistedChoices, type PersistedChoices, persistChoices } from './choices.js';
import {
  decodePersistedDigitisation,
  type PersistedDigitisation,
  persistDigitisation,
} from './digitisation.js';
import {
  channels,
  type Digitisation,
  type DossierSnapshot,
  type LedgerEntry,
  outcomes,
  pauseReasons,
  type StateValue,
  type Visit,
} from './schema.js';
import {
  hex64,
  instantFromMs,
  isRecord,
  nullable,
  oneOf,
  realNumber,
  type ShapeError,
  shapeError,
  stateValue,
  text,
  wholeNumber,
} from './shape.js';

/** The persisted (compact) form of a snapshot. */
export interface PersistedSnapshot extends PersistedChoices {
  readonly v: 2;
  /** [code, version, content hash]. */
  readonly p: readonly [string, string, string];
  readonly k: string;
  readonly n: number;
  readonly t: number | null;
  /** The chain head. */
  readonly h: string;
  readonly s: StateValue;
  readonly ch: DossierSnapshot['channel'];
  readonly r: DossierSnapshot['regime'];
  readonly sa: number | null;
  readonly ra: number | null;
  readonly dc: string | null;
  readonly l: readonly [number, NonNullable<DossierSnapshot['limit']>['unit']] | null;
  readonly cm: 'p' | 's';
  /** Counting fixed at receipt: [policy, cut-off, online outside hours]; absent before receipt. */
  readonly ct?: readonly [
    NonNullable<DossierSnapshot['counting']>['policy'],
    string | null,
    'as-sent' | 'next-working-instant',
  ];
  readonly cd: Readonly<Record<string, boolean>>;
  readonly ds: number;
  readonly su: number;
  readonly da: number | null;
  readonly fa: number | null;
  readonly o: DossierSnapshot['outcome'];
  /** [kind, at, seq] | [pause|resume, at, seq, reason] | [extend|prolong, at, seq, to, reason]. */
  readonly lg: readonly (readonly (string | number)[])[];
  /** [step, from (0: none), at, end (0: open), plan start, plan end]. */
  readonly vs: readonly (readonly [string, string | 0, number, number, number, number])[];
  /** [version, hash, at, seq]. */
  readonly m?: readonly (readonly [string, string, number, number])[];
  /** The digitisation facts (digitisation.ts); absent until recorded. */
  readonly dg?: PersistedDigitisation;
}

const toSecs = (instant: string): number => Date.parse(instant) / 1000;
const toSecsOrNull = (instant: string | null): number | null => (instant === null ? null : toSecs(instant));

/** The compact persisted form of a snapshot. */
export function persistSnapshot(s: DossierSnapshot): PersistedSnapshot {
  return {
    v: 2,
    p: [s.procedure.code, s.procedure.version, s.procedure.hash],
    k: s.calendarVersion,
    n: s.seq,
    t: toSecsOrNull(s.lastAt),
    h: s.head,
    s: s.state,
    ch: s.channel,
    r: s.regime,
    sa: toSecsOrNull(s.submittedAt),
    ra: toSecsOrNull(s.receivedAt),
    dc: s.dossierCode,
    l: s.limit ? [s.limit.amount, s.limit.unit] : null,
    cm: s.consultation === 'parallel' ? 'p' : 's',
    ...(s.counting
      ? { ct: [s.counting.policy, s.counting.cutoff, s.counting.onlineOutsideHours] as const }
      : {}),
    cd: s.conditions,
    ds: s.deskSupplements,
    su: s.supplements,
    da: toSecsOrNull(s.decidedAt),
    fa: toSecsOrNull(s.finishedAt),
    o: s.outcome,
    lg: s.ledger.map((e) => {
      if (e.kind === 'start' || e.kind === 'reset') return [e.kind, toSecs(e.at), e.seq];
      if (e.kind === 'extend' || e.kind === 'prolong') return [e.kind, toSecs(e.at), e.seq, e.to, e.reason];
      return [e.kind, toSecs(e.at), e.seq, e.reason];
    }),
    vs: s.visits.map((v) => [
      v.step,
      v.from ?? 0,
      toSecs(v.at),
      v.end === null ? 0 : toSecs(v.end),
      v.plan[0],
      v.plan[1],
    ]),
    ...(s.migratedFrom
      ? { m: s.migratedFrom.map((m) => [m.version, m.hash, toSecs(m.at), m.seq] as const) }
      : {}),
    ...persistChoices(s),
    ...(s.digitisation ? { dg: persistDigitisation(s.digitisation) } : {}),
  };
}

/** The keys of the persisted form (the statistics' reader of the persisted form checks the same). */
export const KEYS = new Set([
  'v',
  'p',
  'k',
  'n',
  't',
  'h',
  's',
  'ch',
  'r',
  'sa',
  'ra',
  'dc',
  'l',
  'cm',
  'ct',
  'cd',
  'ds',
  'su',
  'da',
  'fa',
  'o',
  'lg',
  'vs',
  'm',
  'dg',
  ...CHOICE_KEYS,
]);

/**
 * `KEYS` as a table without a prototype: `IS_KEY[key] === true` only for them. Read for every key of every persisted
 * snapshot a summary reads — a property lookup is about twice as fast as `Set.has` here, and `hasOwn` runs only for a
 * key that is not one of them (an inherited enumerable key is refused by neither, as before).
 */
export const IS_KEY: Readonly<Record<string, true | undefined>> = Object.freeze(
  Object.assign(
    Object.create(null) as Record<string, true>,
    Object.fromEntries([...KEYS].map((k) => [k, true])),
  ),
);

/** An instant from epoch seconds: inside the calendar's years, whole milliseconds. */
function secs(value: unknown, path: readonly (string | number)[]): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw shapeError(path, 'epoch seconds');
  const ms = Math.round(value * 1000);
  if (Math.abs(ms - value * 1000) > 1e-3) throw shapeError(path, 'epoch seconds in whole milliseconds');
  return instantFromMs(ms, path);
}
const secsOrNull = (value: unknown, path: readonly (string | number)[]): string | null =>
  value === null ? null : secs(value, path);

/**
 * The snapshot of a persisted form, every value checked (a {@link ShapeError} names the first bad one).
 */
export function decodePersisted(p: Record<string, unknown>): DossierSnapshot {
  for (const key in p)
    if (IS_KEY[key] !== true && Object.hasOwn(p, key)) throw shapeError([key], 'no such key');
  if (p.v !== 2) throw shapeError(['v'], 'format 2', 'format');
  const proc = tuple(p.p, ['p'], 3);
  const head = hex64(p.h, ['h']);
  const limit = p.l === null ? null : tuple(p.l, ['l'], 2);
  const counting = p.ct === undefined ? null : tuple(p.ct, ['ct'], 3);
  const ledger = list(p.lg, ['lg']).map((raw, i): LedgerEntry => {
    const path = ['lg', i];
    const e = list(raw, path);
    const kind = oneOf(e[0], [...path, 0], [
      'start',
      'reset',
      'pause',
      'resume',
      'extend',
      'prolong',
    ] as const);
    const at = secs(e[1], [...path, 1]);
    const seq = wholeNumber(e[2], [...path, 2], 1);
    if (kind === 'start' || kind === 'reset') {
      if (e.length !== 3) throw shapeError(path, '[kind, at, seq]');
      return { kind, at, seq };
    }
    if (kind === 'extend' || kind === 'prolong') {
      if (e.length !== 5) throw shapeError(path, '[kind, at, seq, day, reason]');
      return { kind, at, seq, to: day(e[3], [...path, 3]), reason: text(e[4], [...path, 4], 2000, 0) };
    }
    if (e.length !== 4) throw shapeError(path, '[kind, at, seq, reason]');
    return { kind, at, seq, reason: oneOf(e[3], [...path, 3], pauseReasons) };
  });
  const visits = list(p.vs, ['vs']).map((raw, i): Visit => {
    const path = ['vs', i];
    const v = list(raw, path);
    if (v.length !== 6) throw shapeError(path, '[step, from, at, end, plan start, plan end]');
    return {
      step: text(v[0], [...path, 0], 64),
      from: v[1] === 0 ? null : text(v[1], [...path, 1], 64),
      at: secs(v[2], [...path, 2]),
      end: v[3] === 0 ? null : secs(v[3], [...path, 3]),
      plan: [realNumber(v[4], [...path, 4]), realNumber(v[5], [...path, 5])],
    };
  });
  const snapshot: DossierSnapshot = {
    format: 2,
    procedure: {
      code: text(proc[0], ['p', 0], 64),
      version: text(proc[1], ['p', 1], 64),
      hash: text(proc[2], ['p', 2], 80),
    },
    calendarVersion: text(p.k, ['k'], 200),
    seq: wholeNumber(p.n, ['n'], 0),
    lastAt: secsOrNull(p.t, ['t']),
    head,
    state: stateValue(p.s, ['s']),
    channel: nullable(p.ch, ['ch'], (v, path) => oneOf(v, path, channels)),
    regime: nullable(p.r, ['r'], (v, path) => oneOf(v, path, regimes)),
    submittedAt: secsOrNull(p.sa, ['sa']),
    receivedAt: secsOrNull(p.ra, ['ra']),
    dossierCode: nullable(p.dc, ['dc'], (v, path) => text(v, path, 64)),
    limit:
      limit === null
        ? null
        : { amount: realNumber(limit[0], ['l', 0], 0), unit: oneOf(limit[1], ['l', 1], durationUnits) },
    consultation: oneOf(p.cm, ['cm'], ['p', 's'] as const) === 'p' ? 'parallel' : 'sequential',
    counting:
      counting === null
        ? null
        : {
            policy: oneOf(counting[0], ['ct', 0], countingPolicies),
            cutoff: nullable(counting[1], ['ct', 1], (v, path) => cutoff(v, path)),
            onlineOutsideHours: oneOf(counting[2], ['ct', 2], ['as-sent', 'next-working-instant'] as const),
          },
    conditions: conditions(p.cd, ['cd']),
    deskSupplements: wholeNumber(p.ds, ['ds'], 0),
    supplements: wholeNumber(p.su, ['su'], 0),
    decidedAt: secsOrNull(p.da, ['da']),
    finishedAt: secsOrNull(p.fa, ['fa']),
    outcome: nullable(p.o, ['o'], (v, path) => oneOf(v, path, outcomes)),
    ledger,
    visits,
  };
  if (p.m !== undefined) {
    (snapshot as { migratedFrom?: DossierSnapshot['migratedFrom'] }).migratedFrom = list(p.m, ['m']).map(
      (raw, i) => {
        const m = tuple(raw, ['m', i], 4);
        return {
          version: text(m[0], ['m', i, 0], 64),
          hash: text(m[1], ['m', i, 1], 80),
          at: secs(m[2], ['m', i, 2]),
          seq: wholeNumber(m[3], ['m', i, 3], 1),
        };
      },
    );
  }
  decodePersistedChoices(p, snapshot);
  if (p.dg !== undefined)
    (snapshot as { digitisation?: Digitisation }).digitisation = decodePersistedDigitisation(p.dg);
  return snapshot;
}

/**
 * Lists of a snapshot: ledger lines, visits, migrations, tuples (a dossier has a few dozen of each). The checks below
 * are shared with the statistics' reader of the persisted form (statistics/persisted.ts).
 */
const MAX_LIST = 5_000;

export function list(value: unknown, path: readonly (string | number)[]): unknown[] {
  if (!Array.isArray(value) || value.length > MAX_LIST)
    throw shapeError(path, `a list of at most ${MAX_LIST}`);
  return value;
}

export function tuple(value: unknown, path: readonly (string | number)[], length: number): unknown[] {
  const v = list(value, path);
  if (v.length !== length) throw shapeError(path, `a list of ${length}`);
  return v;
}

export function day(value: unknown, path: readonly (string | number)[]): string {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  )
    throw shapeError(path, 'a day YYYY-MM-DD');
  return value;
}

export function cutoff(value: unknown, path: readonly (string | number)[]): string {
  if (typeof value !== 'string' || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(value))
    throw shapeError(path, 'a time HH:MM');
  return value;
}

export function conditions(value: unknown, path: readonly (string | number)[]): Record<string, boolean> {
  if (!isRecord(value)) throw shapeError(path, 'an object of true/false');
  const out: Record<string, boolean> = {};
  let n = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (++n > 500 || key.length > 200) throw shapeError(path, 'at most 500 conditions');
    const v = value[key];
    if (typeof v !== 'boolean') throw shapeError([...path, key], 'true or false');
    out[key] = v;
  }
  return out;
}

export type { ShapeError };
export { vnInstant };
