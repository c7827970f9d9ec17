/**
 * Hand checks of a snapshot's shape (both the readable and the persisted form), so `restore` is fast and every
 * refusal names the path of the first bad value. Instants must be the engine's own `+07:00` form and inside the
 * calendar's years; nothing is read from a prototype.
 */
import { ISO_INSTANT, MAX_MS, MIN_MS, realDay, vnInstant } from '../time.js';
import type { DossierSnapshot, LedgerEntry, StateValue, Visit } from './schema.js';

/** A value of the wrong shape, with its path and what was expected (English, for the English message). */
export class ShapeError {
  constructor(
    readonly path: readonly (string | number)[],
    readonly expected: string,
    readonly problem: 'shape' | 'format' = 'shape',
  ) {}
}

export const shapeError = (
  path: readonly (string | number)[],
  expected: string,
  problem: 'shape' | 'format' = 'shape',
): ShapeError => new ShapeError(path, expected, problem);

type P = readonly (string | number)[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function text(value: unknown, path: P, max: number, min = 1): string {
  if (typeof value !== 'string' || value.length < min || value.length > max)
    throw shapeError(path, `text of ${min} to ${max} characters`);
  return value;
}

export function oneOf<const T extends string>(value: unknown, path: P, values: readonly T[]): T {
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value))
    throw shapeError(path, `one of ${values.join(', ')}`);
  return value as T;
}

export function nullable<T>(value: unknown, path: P, check: (v: unknown, path: P) => T): T | null {
  return value === null ? null : check(value, path);
}

export function wholeNumber(value: unknown, path: P, min: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < min)
    throw shapeError(path, `a whole number from ${min}`);
  return value as number;
}

export function realNumber(value: unknown, path: P, min = Number.NEGATIVE_INFINITY): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min)
    throw shapeError(path, 'a finite number');
  return value;
}

/** 1 for the code units of lower-case hex digits (0-9, a-f). */
const HEX_DIGIT = new Uint8Array(128);
for (const c of '0123456789abcdef') HEX_DIGIT[c.charCodeAt(0)] = 1;

export function hex64(value: unknown, path: P): string {
  if (typeof value !== 'string' || value.length !== 64) throw shapeError(path, 'a SHA-256 hash (64 hex)');
  // A table walk without branches (three times the regex's speed here): every persisted snapshot carries one.
  let ok = 1;
  for (let i = 0; i < 64; i++) {
    const c = value.charCodeAt(i);
    ok &= c < 128 ? HEX_DIGIT[c]! : 0;
  }
  if (ok !== 1) throw shapeError(path, 'a SHA-256 hash (64 hex)');
  return value;
}

/** An instant from epoch milliseconds, inside the calendar's years. */
export function instantFromMs(ms: number, path: P): string {
  if (!Number.isSafeInteger(ms) || ms < MIN_MS || ms > MAX_MS)
    throw shapeError(path, 'an instant within 2014–2199');
  return vnInstant(ms);
}

/** An instant in the engine's own form (`…+07:00`), inside the calendar's years. */
export function instant(value: unknown, path: P): string {
  if (typeof value !== 'string' || value.length > 40 || !ISO_INSTANT.test(value) || !realDay(value))
    throw shapeError(path, 'an instant in +07:00');
  const ms = Date.parse(value);
  const canonical = instantFromMs(ms, path);
  if (canonical !== value) throw shapeError(path, `an instant in the engine's form (${canonical})`);
  return value;
}

const instantOrNull = (value: unknown, path: P): string | null =>
  value === null ? null : instant(value, path);

/** A state value, at most 8 levels deep and 200 nodes (machines are a few levels deep). */
export function stateValue(value: unknown, path: P, depth = 0, budget = { nodes: 200 }): StateValue {
  if (--budget.nodes < 0 || depth > 8) throw shapeError(path, 'a state value of at most 8 levels');
  if (typeof value === 'string') {
    if (value.length > 200) throw shapeError(path, 'a state name');
    return value;
  }
  if (!isRecord(value)) throw shapeError(path, 'a state value');
  const out: Record<string, StateValue> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (key.length > 200) throw shapeError(path, 'a state name');
    out[key] = stateValue(value[key], [...path, key], depth + 1, budget);
  }
  return out;
}

const SNAPSHOT_KEYS = [
  'format',
  'procedure',
  'calendarVersion',
  'seq',
  'lastAt',
  'head',
  'state',
  'channel',
  'regime',
  'submittedAt',
  'receivedAt',
  'dossierCode',
  'limit',
  'consultation',
  'counting',
  'conditions',
  'deskSupplements',
  'supplements',
  'decidedAt',
  'finishedAt',
  'outcome',
  'ledger',
  'visits',
  'migratedFrom',
  // The optional facts (`choices.ts` decodes them).
  'implementer',
  'delivery',
  'feePaidAt',
  'paidOnline',
  'startAfter',
  'results',
  // The digitisation facts (`digitisation.ts` decodes them).
  'digitisation',
] as const;
const KNOWN = new Set<string>(SNAPSHOT_KEYS);

/**
 * The readable form's shape checked and copied (the facts' consistency is `restore`'s next step).
 */
export function decodeReadable(
  value: Record<string, unknown>,
  enums: {
    readonly channels: readonly string[];
    readonly regimes: readonly string[];
    readonly units: readonly string[];
    readonly policies: readonly string[];
    readonly outcomes: readonly string[];
  },
): DossierSnapshot {
  for (const key in value)
    if (Object.hasOwn(value, key) && !KNOWN.has(key)) throw shapeError([key], 'no such key');
  if (value.format !== 2) throw shapeError(['format'], 'format 2', 'format');
  const proc = value.procedure;
  if (!isRecord(proc)) throw shapeError(['procedure'], 'an object { code, version, hash }');
  const limit = value.limit;
  const counting = value.counting;
  const ledger = Array.isArray(value.ledger) && value.ledger.length <= 5_000 ? value.ledger : null;
  const visits = Array.isArray(value.visits) && value.visits.length <= 5_000 ? value.visits : null;
  if (ledger === null) throw shapeError(['ledger'], 'a list');
  if (visits === null) throw shapeError(['visits'], 'a list');
  const out = {
    format: 2,
    procedure: {
      code: text(proc.code, ['procedure', 'code'], 64),
      version: text(proc.version, ['procedure', 'version'], 64),
      hash: text(proc.hash, ['procedure', 'hash'], 80),
    },
    calendarVersion: text(value.calendarVersion, ['calendarVersion'], 200),
    seq: wholeNumber(value.seq, ['seq'], 0),
    lastAt: instantOrNull(value.lastAt, ['lastAt']),
    head: hex64(value.head, ['head']),
    state: stateValue(value.state, ['state']),
    channel: nullable(value.channel, ['channel'], (v, p) => oneOf(v, p, enums.channels)),
    regime: nullable(value.regime, ['regime'], (v, p) => oneOf(v, p, enums.regimes)),
    submittedAt: instantOrNull(value.submittedAt, ['submittedAt']),
    receivedAt: instantOrNull(value.receivedAt, ['receivedAt']),
    dossierCode: nullable(value.dossierCode, ['dossierCode'], (v, p) => text(v, p, 64)),
    limit:
      limit === null
        ? null
        : isRecord(limit)
          ? {
              amount: realNumber(limit.amount, ['limit', 'amount'], 0),
              unit: oneOf(limit.unit, ['limit', 'unit'], enums.units),
            }
          : (() => {
              throw shapeError(['limit'], 'an object { amount, unit }');
            })(),
    consultation: oneOf(value.consultation, ['consultation'], ['parallel', 'sequential'] as const),
    counting:
      counting === null
        ? null
        : isRecord(counting)
          ? {
              policy: oneOf(counting.policy, ['counting', 'policy'], enums.policies),
              cutoff: nullable(counting.cutoff, ['counting', 'cutoff'], (v, p) => {
                if (typeof v !== 'string' || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(v))
                  throw shapeError(p, 'a time HH:MM');
                return v;
              }),
              onlineOutsideHours: oneOf(counting.onlineOutsideHours, ['counting', 'onlineOutsideHours'], [
                'as-sent',
                'next-working-instant',
              ] as const),
            }
          : (() => {
              throw shapeError(['counting'], 'an object { policy, cutoff, onlineOutsideHours }');
            })(),
    conditions: (() => {
      if (!isRecord(value.conditions)) throw shapeError(['conditions'], 'an object of true/false');
      const c: Record<string, boolean> = {};
      let n = 0;
      for (const key in value.conditions) {
        if (!Object.hasOwn(value.conditions, key)) continue;
        if (++n > 500 || key.length > 200) throw shapeError(['conditions'], 'at most 500 conditions');
        const v = value.conditions[key];
        if (typeof v !== 'boolean') throw shapeError(['conditions', key], 'true or false');
        c[key] = v;
      }
      return c;
    })(),
    deskSupplements: wholeNumber(value.deskSupplements, ['deskSupplements'], 0),
    supplements: wholeNumber(value.supplements, ['supplements'], 0),
    decidedAt: instantOrNull(value.decidedAt, ['decidedAt']),
    finishedAt: instantOrNull(value.finishedAt, ['finishedAt']),
    outcome: nullable(value.outcome, ['outcome'], (v, p) => oneOf(v, p, enums.outcomes)),
    ledger: ledger.map((e, i) => ledgerEntry(e, ['ledger', i])),
    visits: visits.map((v, i) => visit(v, ['visits', i])),
  } as DossierSnapshot;
  if (value.migratedFrom !== undefined) {
    if (!Array.isArray(value.migratedFrom) || value.migratedFrom.length > 5_000)
      throw shapeError(['migratedFrom'], 'a list');
    (out as { migratedFrom?: DossierSnapshot['migratedFrom'] }).migratedFrom = value.migratedFrom.map(
      (m, i) => {
        const path = ['migratedFrom', i];
        if (!isRecord(m)) throw shapeError(path, 'an object { version, hash, at, seq }');
        return {
          version: text(m.version, [...path, 'version'], 64),
          hash: text(m.hash, [...path, 'hash'], 80),
          at: instant(m.at, [...path, 'at']),
          seq: wholeNumber(m.seq, [...path, 'seq'], 1),
        };
      },
    );
  }
  return out;
}

function ledgerEntry(e: unknown, path: P): LedgerEntry {
  if (!isRecord(e)) throw shapeError(path, 'a ledger entry');
  const kind = oneOf(e.kind, [...path, 'kind'], [
    'start',
    'reset',
    'pause',
    'resume',
    'extend',
    'prolong',
  ] as const);
  const at = instant(e.at, [...path, 'at']);
  const seq = wholeNumber(e.seq, [...path, 'seq'], 1);
  const keys = Object.keys(e).length;
  if (kind === 'start' || kind === 'reset') {
    if (keys !== 3) throw shapeError(path, '{ kind, at, seq }');
    return { kind, at, seq };
  }
  if (kind === 'extend' || kind === 'prolong') {
    if (keys !== 5) throw shapeError(path, '{ kind, at, seq, to, reason }');
    const to = e.to;
    if (typeof to !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(to)) throw shapeError([...path, 'to'], 'a day');
    return { kind, at, seq, to, reason: text(e.reason, [...path, 'reason'], 2000, 0) };
  }
  if (keys !== 4) throw shapeError(path, '{ kind, at, seq, reason }');
  return {
    kind,
    at,
    seq,
    reason: oneOf(e.reason, [...path, 'reason'], ['supplement', 'financial-obligation'] as const),
  };
}

function visit(v: unknown, path: P): Visit {
  if (!isRecord(v)) throw shapeError(path, 'a visit');
  if (Object.keys(v).length !== 5) throw shapeError(path, '{ step, from, at, end, plan }');
  const plan = v.plan;
  if (!Array.isArray(plan) || plan.length !== 2) throw shapeError([...path, 'plan'], '[start, end]');
  return {
    step: text(v.step, [...path, 'step'], 64),
    from: nullable(v.from, [...path, 'from'], (x, p) => text(x, p, 64)),
    at: instant(v.at, [...path, 'at']),
    end: instantOrNull(v.end, [...path, 'end']),
    plan: [realNumber(plan[0], [...path, 'plan', 0]), realNumber(plan[1], [...path, 'plan', 1])],
  };
}
