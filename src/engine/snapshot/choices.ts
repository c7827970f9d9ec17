/**
 * The snapshot's optional facts — what the applicant chose (the implementing office, the result delivery), the
 * fee payment, the event the clock waits for and the results of a dossier with several — in both stored forms:
 * present only in the dossiers that have them, so every other snapshot keeps its shape and size. Each decoder
 * checks every value and names the path of the first bad one.
 */

import { MAX_MS, MIN_MS, vnInstant } from '../time.js';
import {
  type Delivery,
  type DossierSnapshot,
  deliveries,
  type ResultState,
  type StartAfter,
} from './schema.js';
import { instant, isRecord, oneOf, shapeError, text } from './shape.js';

type P = readonly (string | number)[];
const AFTER = ['FEE_PAID', 'FINANCIAL_OBLIGATION_MET', 'REPLY'] as const;
/** A definition has at most 10 results (the rules schema). */
const MAX_RESULTS = 10;

/** The optional facts of a snapshot. */
export type Choices = Pick<
  DossierSnapshot,
  'implementer' | 'delivery' | 'feePaidAt' | 'paidOnline' | 'startAfter' | 'results'
>;

/** The optional facts in the persisted form: short keys, instants as epoch seconds (0: not yet). */
export interface PersistedChoices {
  readonly im?: string;
  readonly dl?: Delivery;
  readonly fp?: number;
  /** Paid online: 1, else 0 (absent: not said). */
  readonly po?: 0 | 1;
  /** [event, step (0: none)]. */
  readonly sw?: readonly [StartAfter['after'], string | 0];
  /** [id, issued (0: not yet), returned (0: not yet)]. */
  readonly rs?: readonly (readonly [string, number, number])[];
}

/** The persisted keys of the optional facts. */
export const CHOICE_KEYS = ['im', 'dl', 'fp', 'po', 'sw', 'rs'] as const;

const secs = (at: string): number => Date.parse(at) / 1000;
const secsOrZero = (at: string | null): number => (at === null ? 0 : secs(at));

/**
 * The persisted form of a snapshot's optional facts (only those it has).
 *
 * @example
 * persistChoices({ ...snapshot, delivery: 'post' }) //=> { dl: 'post' }
 */
export function persistChoices(s: Choices): PersistedChoices {
  const out: { -readonly [K in keyof PersistedChoices]: PersistedChoices[K] } = {};
  if (s.implementer !== undefined) out.im = s.implementer;
  if (s.delivery !== undefined) out.dl = s.delivery;
  if (s.feePaidAt !== undefined) out.fp = secs(s.feePaidAt);
  if (s.paidOnline !== undefined) out.po = s.paidOnline ? 1 : 0;
  if (s.startAfter !== undefined) out.sw = [s.startAfter.after, s.startAfter.step ?? 0];
  if (s.results !== undefined)
    out.rs = s.results.map((r) => [r.id, secsOrZero(r.issuedAt), secsOrZero(r.returnedAt)] as const);
  return out;
}

/**
 * The optional facts of a persisted form, checked, written onto `out`. With `feeAsText: false` the fee's instant
 * is checked but not written (`out.feePaidAt` stays unset): the statistics read it as epoch ms from `fp` and need
 * no text for each of a million snapshots.
 *
 * @example
 * const out: Choices = {};
 * decodePersistedChoices({ fp: 1772420400, po: 1 }, out); // out: { feePaidAt: '2026-03-02T10:00:00+07:00', paidOnline: true }
 */
export function decodePersistedChoices(p: Record<string, unknown>, out: Choices, feeAsText = true): void {
  const o = out as { -readonly [K in keyof Choices]: Choices[K] };
  if (p.im !== undefined) o.implementer = text(p.im, ['im'], 64);
  if (p.dl !== undefined) o.delivery = oneOf(p.dl, ['dl'], deliveries);
  if (p.fp !== undefined) {
    const ms = secsToMs(p.fp, ['fp']);
    if (feeAsText) o.feePaidAt = vnInstant(ms);
  }
  if (p.po !== undefined) {
    if (p.po !== 0 && p.po !== 1) throw shapeError(['po'], '0 or 1');
    o.paidOnline = p.po === 1;
  }
  if (p.sw !== undefined) {
    const sw = p.sw;
    if (!Array.isArray(sw) || sw.length !== 2) throw shapeError(['sw'], '[event, step]');
    const after = oneOf(sw[0], ['sw', 0], AFTER);
    o.startAfter = sw[1] === 0 ? { after } : { after, step: text(sw[1], ['sw', 1], 64) };
  }
  if (p.rs !== undefined) {
    if (!Array.isArray(p.rs) || p.rs.length > MAX_RESULTS)
      throw shapeError(['rs'], `a list of at most ${MAX_RESULTS}`);
    o.results = p.rs.map((raw, i): ResultState => {
      const path = ['rs', i];
      if (!Array.isArray(raw) || raw.length !== 3) throw shapeError(path, '[id, issued, returned]');
      return {
        id: text(raw[0], [...path, 0], 64),
        issuedAt: raw[1] === 0 ? null : fromSecs(raw[1], [...path, 1]),
        returnedAt: raw[2] === 0 ? null : fromSecs(raw[2], [...path, 2]),
      };
    });
  }
}

/** The optional facts of the readable form, checked, written onto `out`. */
export function decodeReadableChoices(value: Record<string, unknown>, out: Choices): void {
  const o = out as { -readonly [K in keyof Choices]: Choices[K] };
  if (value.implementer !== undefined) o.implementer = text(value.implementer, ['implementer'], 64);
  if (value.delivery !== undefined) o.delivery = oneOf(value.delivery, ['delivery'], deliveries);
  if (value.feePaidAt !== undefined) o.feePaidAt = instant(value.feePaidAt, ['feePaidAt']);
  if (value.paidOnline !== undefined) {
    if (typeof value.paidOnline !== 'boolean') throw shapeError(['paidOnline'], 'true or false');
    o.paidOnline = value.paidOnline;
  }
  if (value.startAfter !== undefined) {
    const sa = value.startAfter;
    if (!isRecord(sa) || Object.keys(sa).some((k) => k !== 'after' && k !== 'step'))
      throw shapeError(['startAfter'], 'an object { after, step? }');
    const after = oneOf(sa.after, ['startAfter', 'after'], AFTER);
    o.startAfter =
      sa.step === undefined ? { after } : { after, step: text(sa.step, ['startAfter', 'step'], 64) };
  }
  if (value.results !== undefined) {
    const rs = value.results;
    if (!Array.isArray(rs) || rs.length > MAX_RESULTS)
      throw shapeError(['results'], `a list of at most ${MAX_RESULTS}`);
    o.results = rs.map((r, i): ResultState => {
      const path = ['results', i];
      if (!isRecord(r) || Object.keys(r).length !== 3) throw shapeError(path, '{ id, issuedAt, returnedAt }');
      return {
        id: text(r.id, [...path, 'id'], 64),
        issuedAt: r.issuedAt === null ? null : instant(r.issuedAt, [...path, 'issuedAt']),
        returnedAt: r.returnedAt === null ? null : instant(r.returnedAt, [...path, 'returnedAt']),
      };
    });
  }
}

/** Epoch seconds, checked (whole milliseconds, within the calendar's years), as epoch ms. */
function secsToMs(value: unknown, path: P): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    throw shapeError(path, 'epoch seconds');
  const ms = Math.round(value * 1000);
  if (Math.abs(ms - value * 1000) > 1e-3) throw shapeError(path, 'epoch seconds in whole milliseconds');
  if (ms < MIN_MS || ms > MAX_MS) throw shapeError(path, 'an instant within 2014–2199');
  return ms;
}

const fromSecs = (value: unknown, path: P): string => vnInstant(secsToMs(value, path));
