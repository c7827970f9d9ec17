/**
 * The partial summary as plain JSON, and its check when it comes back from outside (a worker, a file, another
 * process): the input guard first (size limits, no prototype keys), then every value typed and bounded, and the
 * options compared with the summary's — partials merge only when made with the same period, grouping, instant
 * read and warnings.
 */
import { inspectInput } from '../../shared/guard.js';
import { quote } from '../../shared/messages.js';
import { COUNTERS, type Counts, type CountsJson, countsJson, emptyCounts, RESULT_SLOTS } from './counts.js';
import { statisticsError } from './errors.js';
import { MAX_BUCKET } from './histogram.js';
import type { ParamType, PartialExpected } from './messages/en.js';
import { type CheckedOptions, optionsJson } from './options.js';
import { emptyWarnings, type WarningEntry, type WarningLists, warningCodes } from './warnings.js';

/** The identifier of the partial format. */
export const PARTIAL_FORMAT = 'motcua-summary/1';

/** A partial summary: plain JSON, merged by `Summary.merge`. */
export interface SummaryPartial {
  readonly format: typeof PARTIAL_FORMAT;
  readonly options: ReturnType<typeof optionsJson>;
  readonly dossiers: number;
  readonly total: CountsJson;
  /** Groups in key order. */
  readonly groups: readonly { readonly key: readonly string[]; readonly counts: CountsJson }[];
  /** The warnings' lists by code, or `null`. */
  readonly warnings: Readonly<
    Record<string, { readonly count: number; readonly entries: readonly WarningEntry[] }>
  > | null;
  /**
   * The summaries whose dossiers it counts (an id each, made at `createSummary`), sorted: a partial merged twice,
   * or into a summary it came from, is refused — its dossiers would count twice. Absent from a partial made
   * elsewhere (then nothing can be checked).
   */
  readonly shards?: readonly string[];
}

/** What a partial is written from: a summary's options, counters, groups and lists (`Summary` gives them). */
export interface SummaryState {
  readonly options: CheckedOptions;
  readonly dossiers: number;
  readonly total: Counts;
  readonly groups: ReadonlyMap<string, { readonly key: readonly string[]; readonly counts: Counts }>;
  readonly warnings: WarningLists | null;
  readonly shards: ReadonlySet<string>;
}

/**
 * A new summary's id: 64 random bits as 16 hex digits — from Web Crypto (browsers, Node, workers), else from
 * `Math.random` (a `vm` context, a runtime without it): the id only has to differ from the others, not be secret.
 *
 * @example
 * newShardId() // '9f1c2b7e5a40d3c8'
 */
export function newShardId(): string {
  const bytes = new Uint8Array(8);
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => unknown } }).crypto;
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < 8; i++) bytes[i] = Math.floor(Math.random() * 256);
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

const SHARD_ID = /^[0-9a-f]{16}$/;

export function partialOf(s: SummaryState): SummaryPartial {
  const groups = [...s.groups.values()]
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! < b.key[i]! ? -1 : 1;
      return 0;
    })
    .map((g) => ({ key: [...g.key], counts: countsJson(g.counts) }));
  let warnings: SummaryPartial['warnings'] = null;
  if (s.warnings) {
    const w: Record<string, { count: number; entries: WarningEntry[] }> = {};
    for (const c of warningCodes) w[c] = { count: s.warnings[c].count, entries: [...s.warnings[c].entries] };
    warnings = w;
  }
  return {
    format: PARTIAL_FORMAT,
    options: optionsJson(s.options),
    dossiers: s.dossiers,
    total: countsJson(s.total),
    groups,
    warnings,
    shards: [...s.shards].sort(),
  };
}

/** Limits of the guard for a partial (a national summary by agency and month has tens of thousands of groups). */
const LIMITS = {
  maxDepth: 8,
  maxArrayLength: 1_000_000,
  maxStringLength: 10_000,
  maxNodes: 50_000_000,
  maxObjectKeys: 100,
};

type P = (string | number)[];
/** `INVALID_PARTIAL` at `path`: what the value must be (a code with its number or type), and what it was. */
const invalid = (
  path: P,
  expected: PartialExpected,
  more: { n?: number; type?: ParamType; format?: string; given?: unknown } = {},
) =>
  statisticsError(
    'INVALID_PARTIAL',
    {
      field: path.join('.'),
      expected,
      ...(more.n === undefined ? {} : { n: more.n }),
      ...(more.type === undefined ? {} : { type: more.type }),
      ...(more.format === undefined ? {} : { format: more.format }),
      ...(more.given === undefined ? {} : { given: quote(more.given) }),
    },
    ['partial', ...path],
  );
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown, path: P): number => {
  if (!Number.isSafeInteger(v) || (v as number) < 0) throw invalid(path, 'count', { given: v });
  return v as number;
};

function counts(v: unknown, path: P): Counts {
  if (!isObject(v)) throw invalid(path, 'object');
  const c = emptyCounts();
  const list = v.counters;
  if (!Array.isArray(list) || list.length !== COUNTERS.length)
    throw invalid([...path, 'counters'], 'counters', { n: COUNTERS.length });
  for (let i = 0; i < COUNTERS.length; i++) c.v[i] = count(list[i], [...path, 'counters', i]);
  const h = v.histogram;
  if (!Array.isArray(h)) throw invalid([...path, 'histogram'], 'histogram');
  let previous = -1;
  h.forEach((pair, i) => {
    const p = [...path, 'histogram', i];
    if (!Array.isArray(pair) || pair.length !== 2) throw invalid(p, 'bucket');
    const b = count(pair[0], [...p, 0]);
    const n = count(pair[1], [...p, 1]);
    if (b <= previous || b > MAX_BUCKET || n === 0) throw invalid(p, 'buckets', { n: MAX_BUCKET });
    previous = b;
    c.histogram.set(b, n);
  });
  const results = v.results;
  if (!Array.isArray(results) || results.length > 100) throw invalid([...path, 'results'], 'results');
  let last = '';
  results.forEach((r, i) => {
    const p = [...path, 'results', i];
    if (!Array.isArray(r) || r.length !== RESULT_SLOTS.length + 1 || typeof r[0] !== 'string' || r[0] <= last)
      throw invalid(p, 'result');
    last = r[0];
    c.results.set(
      r[0],
      Float64Array.from(r.slice(1), (x, k) => count(x, [...p, k + 1])),
    );
  });
  return c;
}

/** The types of each warning's parameters (beyond `dossierCode`, `procedure`, `agency`, `hours`). */
const PARAMS: Readonly<Record<string, Readonly<Record<string, ParamType>>>> = {
  DUE_SOON: { due: 'string' },
  OVERDUE: { due: 'string' },
  STEP_HELD: { step: 'string', since: 'string', shareHours: 'number', due: 'string?' },
  SUPPLEMENT_REQUEST_LATE: { at: 'string', window: 'string' },
  APOLOGY_LATE: { at: 'string', due: 'string' },
  ONLINE_ACCEPTANCE_LATE: { submittedAt: 'string', acceptBy: 'string', accepted: 'boolean' },
};
const COMMON: Readonly<Record<string, ParamType>> = {
  dossierCode: 'string?',
  procedure: 'string',
  agency: 'string',
  hours: 'number',
};

function warnings(v: unknown, limit: number): WarningLists {
  if (!isObject(v)) throw invalid(['warnings'], 'lists');
  const out = emptyWarnings();
  for (const code of warningCodes) {
    const list = v[code];
    const path: P = ['warnings', code];
    if (!isObject(list) || !Array.isArray(list.entries) || list.entries.length > limit)
      throw invalid(path, 'list', { n: limit });
    const n = count(list.count, [...path, 'count']);
    if (n < list.entries.length)
      throw invalid([...path, 'count'], 'at-least', { n: list.entries.length, given: n });
    const spec = { ...COMMON, ...PARAMS[code] };
    out[code].count = n;
    out[code].entries = list.entries.map((e: unknown, i: number): WarningEntry => {
      const p = [...path, 'entries', i];
      if (
        !isObject(e) ||
        typeof e.pressure !== 'number' ||
        !Number.isFinite(e.pressure) ||
        typeof e.key !== 'string'
      )
        throw invalid(p, 'entry');
      if (!isObject(e.params)) throw invalid([...p, 'params'], 'object');
      const params: Record<string, unknown> = {};
      for (const key of Object.keys(e.params))
        if (!(key in spec)) throw invalid([...p, 'params', key], 'no-key');
      for (const [key, type] of Object.entries(spec)) {
        const x = e.params[key];
        const ok = type === 'string?' ? x === null || typeof x === 'string' : typeof x === type;
        if (!ok || (typeof x === 'number' && !Number.isFinite(x)))
          throw invalid([...p, 'params', key], 'type', { type });
        params[key] = x;
      }
      return { pressure: e.pressure, key: e.key, params: params as never };
    });
  }
  return out;
}

/** A partial decoded: its counts, groups and warnings. */
export interface DecodedPartial {
  readonly dossiers: number;
  readonly total: Counts;
  readonly groups: readonly { readonly key: readonly string[]; readonly counts: Counts }[];
  readonly warnings: WarningLists | null;
  /** The summaries it counts (`[]` when the partial does not say). */
  readonly shards: readonly string[];
}

/** Checks a partial from outside against the summary's options and reads it. */
export function decodePartial(value: unknown, options: CheckedOptions): DecodedPartial {
  const issues = inspectInput(value, LIMITS);
  if (issues.length > 0) {
    const first = issues[0]!;
    throw statisticsError(
      'INVALID_PARTIAL',
      { ...first.params, field: first.path.join('.'), expected: 'safe-json', inputCode: first.code },
      ['partial', ...first.path],
    );
  }
  // Snapshots handed to merge instead of add: said so.
  const snapshot = (x: unknown) => isObject(x) && (x.format === 2 || Object.hasOwn(x, 'v'));
  if ((Array.isArray(value) && value.some(snapshot)) || snapshot(value))
    throw invalid([], 'partial-not-snapshot');
  if (!isObject(value) || value.format !== PARTIAL_FORMAT)
    throw invalid(['format'], 'format', {
      format: PARTIAL_FORMAT,
      ...(isObject(value) ? { given: value.format } : {}),
    });
  const mine = optionsJson(options);
  const theirs = value.options;
  for (const key of Object.keys(mine) as (keyof typeof mine)[]) {
    const a = JSON.stringify(mine[key]);
    const b = JSON.stringify(isObject(theirs) ? theirs[key] : undefined);
    if (a !== b)
      throw statisticsError(
        'INCOMPATIBLE_PARTIAL',
        { field: `options.${key}`, expected: a, given: b ?? '?' },
        ['partial', 'options', key],
      );
  }
  const dossiers = count(value.dossiers, ['dossiers']);
  const total = counts(value.total, ['total']);
  if (!Array.isArray(value.groups)) throw invalid(['groups'], 'groups');
  const width = options.groupBy.length;
  const seen = new Set<string>();
  const groups = value.groups.map((g: unknown, i: number) => {
    if (
      !isObject(g) ||
      !Array.isArray(g.key) ||
      g.key.length !== width ||
      g.key.some((k) => typeof k !== 'string')
    )
      throw invalid(['groups', i, 'key'], 'group-key', { n: width });
    const k = g.key.join('\u001f');
    if (seen.has(k)) throw invalid(['groups', i, 'key'], 'unique-key');
    seen.add(k);
    return { key: g.key as string[], counts: counts(g.counts, ['groups', i, 'counts']) };
  });
  // A summary asked for warnings merges only partials that carry them (else its lists would silently miss some).
  const lists = options.warnings === null ? null : warnings(value.warnings, options.warnings.limit);
  const shards = value.shards === undefined ? [] : shardIds(value.shards);
  return { dossiers, total, groups, warnings: lists, shards };
}

function shardIds(v: unknown): string[] {
  if (!Array.isArray(v)) throw invalid(['shards'], 'shards');
  const seen = new Set<string>();
  v.forEach((id, i) => {
    if (typeof id !== 'string' || !SHARD_ID.test(id) || seen.has(id))
      throw invalid(['shards', i], 'shards', { given: id });
    seen.add(id);
  });
  return [...seen];
}
