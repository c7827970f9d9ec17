/**
 * @name createSummary
 * @summary A streaming, mergeable summary of dossiers over a period: `add` each snapshot once, `merge` partials
 * made elsewhere (worker threads, other processes, a data pipeline), then read the `result`.
 *
 * @description
 * Memory does not grow with the number of dossiers: a summary keeps, per group, whole-number counters, a
 * bounded histogram of processing times (for the median) and the warnings' bounded lists. `toJSON()` gives its
 * partial as plain JSON; partials merge associatively and commutatively (counts add; the lists keep the most
 * pressing entries by a total order), so any split of the dossiers gives the same result. Every figure is defined
 * in docs/engine.md §12; each dossier is read as it stood at the period's end.
 *
 * @example
 * const summary = engine.createSummary({ period: { from: '2026-01-01', to: '2026-12-31' }, groupBy: ['procedure'] });
 * for (const row of rows) summary.add(row.snapshot); // snapshots, persisted snapshots, or JSON text
 * summary.result().total.resolvedOnTimeRate // 0.993
 */
import type { ApplyEnvironment } from '../apply/apply.js';
import type { DossierContext } from '../context.js';
import { parseDossierCode } from '../interop/dossierCode.js';
import { vnInstant } from '../time.js';
import { classify } from './classify.js';
import { contextResolver } from './contexts.js';
import {
  addContribution,
  addCounts,
  type Counts,
  clearContribution,
  emptyContribution,
  emptyCounts,
  figuresOf,
  type SummaryFigures,
} from './counts.js';
import { statisticsError } from './errors.js';
import { type DossierFacts, finishOf } from './facts.js';
import { bucketOf } from './histogram.js';
import {
  type CheckedOptions,
  checkOptions,
  type Dimension,
  optionsJson,
  type SummaryOptions,
} from './options.js';
import { type DecodedPartial, decodePartial, newShardId, partialOf, type SummaryPartial } from './partial.js';
import { type PeriodMonth, periodMonths } from './period.js';
import { readItem, type SummaryItem } from './source.js';
import {
  dossierWarnings,
  emptyWarnings,
  mergeWarnings,
  type SummaryWarning,
  type WarningCode,
  type WarningLists,
  warningCodes,
  warningReport,
} from './warnings.js';

/** A group of a summary: its key (one value per dimension grouped by) and its figures. */
export interface SummaryGroup {
  readonly key: Readonly<Partial<Record<Dimension, string>>>;
  readonly figures: SummaryFigures;
}

/** The result of a summary. */
export interface SummaryResult {
  /** The period as given, and the instants read: `[start, end)` (`end` cut at `asOf`). */
  readonly period: {
    readonly from: string;
    readonly to: string;
    readonly start: string;
    readonly end: string;
  };
  readonly groupBy: readonly Dimension[];
  /** Items read (dossiers outside the period included). */
  readonly dossiers: number;
  readonly total: SummaryFigures;
  /** One per combination of the dimensions' values met, in key order. */
  readonly groups: readonly SummaryGroup[];
  /** The lists a manager acts on, each with its count and its most pressing entries; `null` when not asked. */
  readonly warnings: Readonly<
    Record<WarningCode, { readonly count: number; readonly items: readonly SummaryWarning[] }>
  > | null;
}

/** What a group keeps. */
export interface GroupState {
  readonly key: readonly string[];
  readonly counts: Counts;
}

const SEP = '\u001f';

const MAX_PARTIAL_TEXT = 200_000_000;

/** A partial given as JSON text, parsed (a partial of tens of thousands of groups is a few megabytes). */
function partialText(other: unknown): unknown {
  if (typeof other !== 'string') return other;
  const notJson = () =>
    statisticsError('INVALID_PARTIAL', { field: '', expected: 'json', n: MAX_PARTIAL_TEXT }, ['partial']);
  if (other.length > MAX_PARTIAL_TEXT) throw notJson();
  try {
    return JSON.parse(other);
  } catch {
    throw notJson();
  }
}

/** The summary accumulator. */
export class Summary {
  /** @internal */ readonly options: CheckedOptions;
  /** @internal */ readonly total: Counts = emptyCounts();
  /** @internal */ readonly groups = new Map<string, GroupState>();
  /** @internal */ readonly warnings: WarningLists | null;
  /** @internal */ dossiers = 0;
  /** @internal — this summary's id and those of every summary merged into it. */ readonly shards =
    new Set<string>([newShardId()]);
  private readonly env: ApplyEnvironment;
  private readonly months: readonly PeriodMonth[] | null;
  private readonly monthAt: number;
  private readonly scratch = emptyContribution();
  private readonly contextOf: (f: DossierFacts) => DossierContext;

  /** @internal — use `engine.createSummary(options)`. */
  constructor(env: ApplyEnvironment, options: SummaryOptions) {
    this.env = env;
    this.contextOf = contextResolver(env);
    this.options = checkOptions(options);
    this.warnings = this.options.warnings ? emptyWarnings() : null;
    const o = this.options;
    this.months = o.groupBy.includes('month') ? periodMonths({ start: o.start, end: o.end }) : null;
    this.monthAt = o.groupBy.indexOf('month');
  }

  /**
   * Reads one dossier: a snapshot, a persisted snapshot, or either as JSON text (checked as `restore` checks it).
   *
   * @example
   * summary.add(engine.persist(snapshot)).add(JSON.stringify(engine.persist(other)));
   */
  add(item: SummaryItem): this {
    const facts = readItem(this.env, item, this.dossiers, this.options.check);
    this.dossiers++;
    this.addFacts(facts);
    return this;
  }

  /** @internal — reads facts already checked. */
  addFacts(f: DossierFacts): void {
    const ctx = this.contextOf(f);
    const o = this.options;
    const c = this.scratch;
    const key = this.keyOf(f, ctx);
    if (this.months === null || this.months.length === 0) {
      clearContribution(c);
      const asOf = classify(ctx, f, o.start, o.end, c);
      if (asOf === null) {
        // Never received: only an online dossier still waiting for acceptance can concern a manager.
        if (this.warnings && f.receivedAt === null)
          dossierWarnings(ctx, f, waitingAsOf(f), o.start, o.end, this.warnings, o.warnings!);
        return;
      }
      const bucket = c.minutes >= 0 ? bucketOf(c.minutes) : -1;
      addContribution(this.total, c, bucket);
      if (key !== null) addContribution(this.group(key), c, bucket);
      if (this.warnings) dossierWarnings(ctx, f, asOf, o.start, o.end, this.warnings, o.warnings!);
      return;
    }
    // By month: each month the dossier was handled in is a period of its own; the total is the whole period.
    const r = f.receivedAt ?? f.finishedAt ?? o.start;
    const fin = f.receivedAt === null ? f.finishedAt : finishOf(f);
    if (fin !== null && fin < o.start) return;
    const first = this.monthIndex(Math.max(r, o.start));
    const last = this.monthIndex(fin !== null && fin < o.end ? fin : o.end - 1);
    let whole = false;
    for (let i = first; i <= last; i++) {
      const m = this.months[i]!;
      clearContribution(c);
      const asOf = classify(ctx, f, m.start, m.end, c);
      if (asOf === null) continue;
      const bucket = c.minutes >= 0 ? bucketOf(c.minutes) : -1;
      addContribution(this.group(withMonth(key!, this.monthAt, m.month)), c, bucket);
      if (first === last) {
        // Handled in one month only: the whole period reads it the same way.
        addContribution(this.total, c, bucket);
        if (this.warnings) dossierWarnings(ctx, f, asOf, o.start, o.end, this.warnings, o.warnings!);
        whole = true;
      }
    }
    if (whole) return;
    clearContribution(c);
    const asOf = classify(ctx, f, o.start, o.end, c);
    if (asOf === null) {
      if (this.warnings && f.receivedAt === null)
        dossierWarnings(ctx, f, waitingAsOf(f), o.start, o.end, this.warnings, o.warnings!);
      return;
    }
    addContribution(this.total, c, c.minutes >= 0 ? bucketOf(c.minutes) : -1);
    if (this.warnings) dossierWarnings(ctx, f, asOf, o.start, o.end, this.warnings, o.warnings!);
  }

  /**
   * Adds another summary's counts: a `Summary` made with the same options, or its partial (`toJSON()`, plain JSON
   * from a worker, a file, another process — or its JSON text, as `add` takes JSON text — checked before it is read).
   *
   * @example
   * const all = engine.createSummary(options);
   * for (const partial of await Promise.all(workers)) all.merge(partial);
   * all.merge(readFileSync('shard-3.json', 'utf8'));
   */
  merge(other: Summary | SummaryPartial | string | unknown): this {
    if (other === this)
      throw statisticsError('INVALID_PARTIAL', { field: '', expected: 'not-itself' }, ['partial']);
    const decoded =
      other instanceof Summary ? this.sameOptions(other) : decodePartial(partialText(other), this.options);
    // A partial already counted here (merged before, or this summary's own): its dossiers would count twice.
    decoded.shards.forEach((id, i) => {
      if (this.shards.has(id))
        throw statisticsError(
          'INVALID_PARTIAL',
          { field: `shards.${i}`, expected: 'not-merged', given: `"${id}"` },
          ['partial', 'shards', i],
        );
    });
    for (const id of decoded.shards) this.shards.add(id);
    this.dossiers += decoded.dossiers;
    addCounts(this.total, decoded.total);
    for (const g of decoded.groups) addCounts(this.group(g.key), g.counts);
    if (this.warnings && decoded.warnings)
      mergeWarnings(this.warnings, decoded.warnings, this.options.warnings!.limit);
    return this;
  }

  /** Another summary of this process, read as it is when its options are the same. */
  private sameOptions(other: Summary): DecodedPartial {
    const a = JSON.stringify(optionsJson(this.options));
    const b = JSON.stringify(optionsJson(other.options));
    if (a !== b) return decodePartial(partialOf(other), this.options);
    return {
      dossiers: other.dossiers,
      total: other.total,
      groups: [...other.groups.values()],
      warnings: other.warnings,
      shards: [...other.shards],
    };
  }

  /** The partial summary as plain JSON (what `merge` takes). */
  toJSON(): SummaryPartial {
    return partialOf(this);
  }

  /** The figures. */
  result(): SummaryResult {
    const o = this.options;
    const groups = [...this.groups.values()]
      .sort((a, b) => compareKeys(a.key, b.key))
      .map((g): SummaryGroup => {
        const key: Partial<Record<Dimension, string>> = {};
        o.groupBy.forEach((d, i) => {
          key[d] = g.key[i]!;
        });
        return { key, figures: figuresOf(g.counts) };
      });
    let warnings: SummaryResult['warnings'] = null;
    if (this.warnings) {
      const out = {} as Record<WarningCode, { count: number; items: SummaryWarning[] }>;
      for (const code of warningCodes) {
        const list = this.warnings[code];
        out[code] = { count: list.count, items: list.entries.map((e) => warningReport(code, e.params)) };
      }
      warnings = out;
    }
    return {
      period: { from: o.period.from, to: o.period.to, start: vnInstant(o.start), end: vnInstant(o.end) },
      groupBy: o.groupBy,
      dossiers: this.dossiers,
      total: figuresOf(this.total),
      groups,
      warnings,
    };
  }

  /** @internal */
  group(key: readonly string[]): Counts {
    const k = key.join(SEP);
    let g = this.groups.get(k);
    if (!g) {
      g = { key, counts: emptyCounts() };
      this.groups.set(k, g);
    }
    return g.counts;
  }

  /** The month of the period an instant falls in (the first or last when outside): compared, not written. */
  private monthIndex(ms: number): number {
    const months = this.months!;
    let lo = 0;
    let hi = months.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (months[mid]!.start <= ms) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The dossier's values of the dimensions grouped by (the month's place left empty), or `null` for none. */
  private keyOf(f: DossierFacts, ctx: DossierContext): string[] | null {
    const dims = this.options.groupBy;
    if (dims.length === 0) return null;
    const d = ctx.compiled.procedure.definition;
    return dims.map((dim) => {
      switch (dim) {
        case 'agency':
          return (f.dossierCode === null ? null : parseDossierCode(f.dossierCode)?.agency) ?? d.roles.desk;
        case 'procedure':
          return f.procedure.code;
        case 'field':
          return d.field.vi;
        case 'level':
          return d.level;
        case 'channel':
          return f.channel ?? '';
        case 'month':
          return '';
        default:
          return dim satisfies never;
      }
    });
  }
}

/** A dossier never received, as the warnings read it. */
function waitingAsOf(f: DossierFacts) {
  return { ledger: f.ledger, supplements: 0, openView: null, waitingSince: null };
}

function withMonth(key: readonly string[], at: number, month: string): string[] {
  const k = key.slice();
  k[at] = month;
  return k;
}

export function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

/** A summary for the engine's environment (what `engine.createSummary` gives). */
export function createSummary(env: ApplyEnvironment, options: SummaryOptions): Summary {
  return new Summary(env, options);
}
