/**
 * The statistics' reader of the persisted form: every value checked exactly as the engine's decoder
 * (`decodePersisted`, what `restore` runs) checks it — the same keys, types, limits and order, so the same first
 * bad value is refused with the same path — but the instants kept as epoch milliseconds instead of being written
 * as text and parsed back: a summary of a million persisted snapshots reads each once, at a few microseconds.
 * `test/engine/statistics-persisted.test.ts` checks both agree on random snapshots and random corruptions.
 */
import { countingPolicies, durationUnits } from '../../calendar/index.js';
import { regimes } from '../law.js';
import type { ClockEntry } from '../sla/ledgerCount.js';
import { type Choices, decodePersistedChoices } from '../snapshot/choices.js';
import { decodePersistedDigitisation } from '../snapshot/digitisation.js';
import { conditions, cutoff, day, IS_KEY, list, tuple } from '../snapshot/persist.js';
import { channels, outcomes, pauseReasons } from '../snapshot/schema.js';
import {
  hex64,
  isRecord,
  nullable,
  oneOf,
  realNumber,
  shapeError,
  stateValue,
  text,
  wholeNumber,
} from '../snapshot/shape.js';
import { MAX_MS, MIN_MS } from '../time.js';
import type { DossierFacts, VisitFacts } from './facts.js';

type K = string | number;

/** The path of a value, built only when it is refused (a million dossiers are read without one). */
const at = (a: K, b?: K, c?: K): K[] => (b === undefined ? [a] : c === undefined ? [a, b] : [a, b, c]);

/** An instant from epoch seconds (as the decoder's `secs`), in ms. */
function secs(value: unknown, a: K, b?: K, c?: K): number {
  if (typeof value === 'number') {
    const ms = Math.round(value * 1000);
    if (Math.abs(ms - value * 1000) <= 1e-3 && ms >= MIN_MS && ms <= MAX_MS) return ms;
  }
  const path = at(a, b, c);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw shapeError(path, 'epoch seconds');
  const ms = Math.round(value * 1000);
  if (Math.abs(ms - value * 1000) > 1e-3) throw shapeError(path, 'epoch seconds in whole milliseconds');
  throw shapeError(path, 'an instant within 2014–2199');
}
const secsOrNull = (value: unknown, a: K): number | null => (value === null ? null : secs(value, a));
const isText = (v: unknown, max: number, min = 1): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const isList = (v: unknown): v is unknown[] => Array.isArray(v) && v.length <= 5_000;

const KINDS = ['start', 'reset', 'pause', 'resume', 'extend', 'prolong'] as const;
const IS_KIND: Readonly<Record<string, true | undefined>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, true>, Object.fromEntries(KINDS.map((k) => [k, true]))),
);
const ONLINE = ['as-sent', 'next-working-instant'] as const;
const MODES = ['p', 's'] as const;

/** The paths of the top-level values, made once (a summary reads a million snapshots). */
const PATH = {
  cd: ['cd'],
  ch: ['ch'],
  cm: ['cm'],
  ct: ['ct'],
  ct0: ['ct', 0],
  ct1: ['ct', 1],
  ct2: ['ct', 2],
  dc: ['dc'],
  ds: ['ds'],
  h: ['h'],
  k: ['k'],
  l: ['l'],
  l0: ['l', 0],
  l1: ['l', 1],
  lg: ['lg'],
  m: ['m'],
  n: ['n'],
  o: ['o'],
  p: ['p'],
  p0: ['p', 0],
  p1: ['p', 1],
  p2: ['p', 2],
  r: ['r'],
  s: ['s'],
  su: ['su'],
  v: ['v'],
  vs: ['vs'],
} as const satisfies Record<string, readonly K[]>;

type Path = readonly (string | number)[];
const oneOfChannels = (v: unknown, path: Path) => oneOf(v, path, channels);
const oneOfRegimes = (v: unknown, path: Path) => oneOf(v, path, regimes);
const oneOfOutcomes = (v: unknown, path: Path) => oneOf(v, path, outcomes);
const shortText = (v: unknown, path: Path) => text(v, path, 64);
const isTuple = (v: unknown, length: number): v is unknown[] => Array.isArray(v) && v.length === length;
const isEmpty = (v: Record<string, unknown>): boolean => {
  for (const _ in v) return false;
  return true;
};
/** Cut-offs already checked (at most the 1,440 minutes of a day): "15:00" is on nearly every snapshot. */
const cutoffs = new Set<string>();
const knownCutoff = (v: unknown, path: Path): string => {
  if (typeof v === 'string' && cutoffs.has(v)) return v;
  const checked = cutoff(v, path);
  cutoffs.add(checked);
  return checked;
};

/**
 * The facts of a persisted snapshot, every value checked (a `ShapeError` names the first bad one, as
 * `decodePersisted` would).
 *
 * @example
 * readPersisted(JSON.parse(line)).finishedAt // 1772514000000
 */
export function readPersisted(p: Record<string, unknown>): DossierFacts {
  for (const key in p)
    if (IS_KEY[key] !== true && Object.hasOwn(p, key)) throw shapeError([key], 'no such key');
  if (p.v !== 2) throw shapeError(PATH.v, 'format 2', 'format');
  const proc = isTuple(p.p, 3) ? p.p : tuple(p.p, PATH.p, 3);
  const head = hex64(p.h, PATH.h);
  const limit = p.l === null ? null : isTuple(p.l, 2) ? p.l : tuple(p.l, PATH.l, 2);
  const counting = p.ct === undefined ? null : isTuple(p.ct, 3) ? p.ct : tuple(p.ct, PATH.ct, 3);
  const rawLedger = isList(p.lg) ? p.lg : list(p.lg, PATH.lg);
  const ledger: ClockEntry[] = new Array(rawLedger.length);
  const ledgerAt: number[] = new Array(rawLedger.length);
  for (let i = 0; i < rawLedger.length; i++) {
    const raw = rawLedger[i];
    const e = isList(raw) ? raw : list(raw, at('lg', i));
    const kind =
      typeof e[0] === 'string' && IS_KIND[e[0]] === true
        ? (e[0] as (typeof KINDS)[number])
        : oneOf(e[0], at('lg', i, 0), KINDS);
    const t = secs(e[1], 'lg', i, 1);
    const seq =
      Number.isSafeInteger(e[2]) && (e[2] as number) >= 1
        ? (e[2] as number)
        : wholeNumber(e[2], at('lg', i, 2), 1);
    ledgerAt[i] = t;
    if (kind === 'start' || kind === 'reset') {
      if (e.length !== 3) throw shapeError(['lg', i], '[kind, at, seq]');
      ledger[i] = { kind, seq };
    } else if (kind === 'extend' || kind === 'prolong') {
      if (e.length !== 5) throw shapeError(['lg', i], '[kind, at, seq, day, reason]');
      ledger[i] = {
        kind,
        seq,
        to: day(e[3], ['lg', i, 3]),
        reason: text(e[4], ['lg', i, 4], 2000, 0),
      };
    } else {
      if (e.length !== 4) throw shapeError(['lg', i], '[kind, at, seq, reason]');
      ledger[i] = { kind, seq, reason: oneOf(e[3], ['lg', i, 3], pauseReasons) };
    }
  }
  const rawVisits = isList(p.vs) ? p.vs : list(p.vs, PATH.vs);
  // Checked in place: the facts keep the persisted tuples (no object per visit; the warnings read them).
  for (let i = 0; i < rawVisits.length; i++) {
    const raw = rawVisits[i];
    const v = isList(raw) ? raw : list(raw, at('vs', i));
    if (v.length !== 6) throw shapeError(['vs', i], '[step, from, at, end, plan start, plan end]');
    if (!isText(v[0], 64)) text(v[0], at('vs', i, 0), 64);
    if (v[1] !== 0 && !isText(v[1], 64)) text(v[1], at('vs', i, 1), 64);
    secs(v[2], 'vs', i, 2);
    if (v[3] !== 0) secs(v[3], 'vs', i, 3);
    if (typeof v[4] !== 'number' || !Number.isFinite(v[4])) realNumber(v[4], at('vs', i, 4));
    if (typeof v[5] !== 'number' || !Number.isFinite(v[5])) realNumber(v[5], at('vs', i, 5));
  }
  const visits = rawVisits as unknown as readonly VisitFacts[];
  const procedure = {
    code: text(proc[0], PATH.p0, 64),
    version: text(proc[1], PATH.p1, 64),
    hash: text(proc[2], PATH.p2, 80),
  };
  text(p.k, PATH.k, 200);
  wholeNumber(p.n, PATH.n, 0);
  const lastAt = secsOrNull(p.t, 't');
  const state = stateValue(p.s, PATH.s);
  const channel = nullable(p.ch, PATH.ch, oneOfChannels);
  const regime = nullable(p.r, PATH.r, oneOfRegimes);
  const submittedAt = secsOrNull(p.sa, 'sa');
  const receivedAt = secsOrNull(p.ra, 'ra');
  const dossierCode = nullable(p.dc, PATH.dc, shortText);
  const checkedLimit =
    limit === null
      ? null
      : { amount: realNumber(limit[0], PATH.l0, 0), unit: oneOf(limit[1], PATH.l1, durationUnits) };
  oneOf(p.cm, PATH.cm, MODES);
  const checkedCounting =
    counting === null
      ? null
      : {
          policy: oneOf(counting[0], PATH.ct0, countingPolicies),
          cutoff: nullable(counting[1], PATH.ct1, knownCutoff),
          onlineOutsideHours: oneOf(counting[2], PATH.ct2, ONLINE),
        };
  // Most dossiers have no condition: an empty plain object needs no walk (the decoder's answer is the same).
  if (!(isRecord(p.cd) && isEmpty(p.cd))) conditions(p.cd, PATH.cd);
  const deskSupplements = wholeNumber(p.ds, PATH.ds, 0);
  const supplements = wholeNumber(p.su, PATH.su, 0);
  const decidedAt = secsOrNull(p.da, 'da');
  const finishedAt = secsOrNull(p.fa, 'fa');
  const outcome = nullable(p.o, PATH.o, oneOfOutcomes);
  if (p.m !== undefined) {
    const m = list(p.m, PATH.m);
    for (let i = 0; i < m.length; i++) {
      const x = tuple(m[i], ['m', i], 4);
      text(x[0], ['m', i, 0], 64);
      text(x[1], ['m', i, 1], 80);
      secs(x[2], 'm', i, 2);
      wholeNumber(x[3], ['m', i, 3], 1);
    }
  }
  const choices: Choices = {};
  decodePersistedChoices(p, choices, false);
  // The digitisation facts, by the decoder's own reader (after the choices, as the decoder reads them).
  const digitisation = p.dg === undefined ? null : decodePersistedDigitisation(p.dg);
  return {
    procedure,
    head,
    state,
    dossierCode,
    channel,
    regime,
    counting: checkedCounting,
    limit: checkedLimit,
    submittedAt,
    lastAt,
    receivedAt,
    decidedAt,
    finishedAt,
    outcome,
    deskSupplements,
    supplements,
    ledger,
    ledgerAt,
    visits,
    results: choices.results ?? null,
    digitisation,
    // Checked by the choices' reader above: epoch seconds.
    feePaidAt: typeof p.fp === 'number' ? Math.round(p.fp * 1000) : null,
    paidOnline: choices.paidOnline ?? null,
    delivery: choices.delivery ?? null,
  };
}
