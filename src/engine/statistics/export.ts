/**
 * @name exports
 * @summary The exports of the statistics: the fact table (one row per dossier, for a warehouse), and CSV of it or
 * of a summary — Vietnamese or English headers, UTF-8 with a byte-order mark so spreadsheets read the accents,
 * cells that would start a formula escaped (a leading `'`, as spreadsheets read it). A summary's result and the fact rows are plain JSON too.
 *
 * @example
 * const rows = [...engine.factRows(snapshots, { asOf: '2027-01-01T00:00:00+07:00' })];
 * writeFile('dossiers.csv', factTableCsv(rows));                         // Vietnamese headers
 * writeFile('report.csv', summaryCsv(engine.summarize(snapshots, options), { lang: 'en' }));
 */
import type { ApplyEnvironment } from '../apply/apply.js';
import { badArgument, badOption, instantArg, optionsArg } from '../check.js';
import { isRecord } from '../snapshot/shape.js';
import { type Column, factColumns, summaryColumns } from './columns.js';
import { contextResolver } from './contexts.js';
import type { SummaryFigures } from './counts.js';
import { type FactRow, factRow } from './facttable.js';
import { hasIterator, readItem, type SummaryItem } from './source.js';
import type { SummaryResult } from './summary.js';

/** Options of the CSV exports. */
export interface CsvOptions {
  /** Header language: `vi` (default) or `en`. */
  readonly lang?: 'vi' | 'en';
}

const BOM = '\uFEFF';

function csv(columns: readonly Column[], rows: readonly (readonly unknown[])[], lang: 'vi' | 'en'): string {
  const lines = [columns.map((c) => cell(c[lang])).join(',')];
  for (const r of rows) lines.push(r.map(cell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Text a spreadsheet would run as a formula (OWASP "CSV injection"): kept as text by a leading `'`. */
const FORMULA = /^[=+\-@\t\r]/;
/** Cells that need quotes (RFC 4180 §2(6)): a separator, a quote, a line break, or spaces at either end. */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/** One CSV cell: `null` empty, numbers and booleans as written, text quoted when it must be. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return text !== value || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The fact table as CSV (UTF-8 with BOM).
 *
 * @example
 * factTableCsv(rows).slice(0, 20) // '\uFEFFMã hồ sơ,Mã thủ tục'
 */
export function factTableCsv(rows: Iterable<FactRow>, options: CsvOptions = {}): string {
  const lang = langOf(options);
  if (!hasIterator(rows, Symbol.iterator)) throw badArgument('rows', 'fact-rows', rows);
  const data: unknown[][] = [];
  let i = 0;
  for (const row of rows) {
    if (!isRecord(row)) throw badArgument('rows', 'fact-rows', row, undefined, ['rows', i]);
    data.push(factColumns.map((c) => (row as unknown as Record<string, unknown>)[c.id]));
    i++;
  }
  return csv(factColumns, data, lang);
}

function langOf(options: CsvOptions | undefined): 'vi' | 'en' {
  const o = optionsArg(options, 'options', ['lang']);
  if (o.lang !== undefined && o.lang !== 'vi' && o.lang !== 'en')
    throw badOption('lang', 'one-of', o.lang, ['vi', 'en']);
  return o.lang ?? 'vi';
}

/** The channel and the level as a Vietnamese spreadsheet reads them (the codes stay in JSON and the fact table). */
const CHANNEL_VI: Readonly<Record<string, string>> = {
  'in-person': 'Trực tiếp',
  online: 'Trực tuyến',
  post: 'Bưu chính',
};
const LEVEL_VI: Readonly<Record<string, string>> = {
  central: 'Cấp trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};
function vietnameseKey(
  key: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const out = { ...key };
  if (key.channel !== undefined) out.channel = CHANNEL_VI[key.channel] ?? key.channel;
  if (key.level !== undefined) out.level = LEVEL_VI[key.level] ?? key.level;
  return out;
}

function summaryCells(key: Readonly<Record<string, string | undefined>>, f: SummaryFigures): unknown[] {
  const v: Record<string, unknown> = {
    ...key,
    received: f.received,
    carried_over: f.carriedOver,
    handled: f.handled,
    resolved: f.resolved.total,
    resolved_early: f.resolved.early,
    resolved_on_time: f.resolved.onTime,
    resolved_late: f.resolved.late,
    resolved_on_time_rate: f.resolvedOnTimeRate,
    in_progress_within_time: f.inProgress.withinTime,
    in_progress_overdue: f.inProgress.overdue,
    withdrawn: f.withdrawn,
    refused: f.refused,
    stopped: f.stopped,
    refused_at_desk: f.refusedAtDesk,
    supplement_requests: f.supplementRequests,
    apologies: f.apologies,
    extensions: f.extensions,
    on_time_766: f.decision766.onTime,
    indicator_766: f.decision766.rate,
    online_share: f.onlineShare,
    online_fully_share: f.online.fullyShare,
    online_payment_share: f.payment.onlineShare,
    digitised_dossiers_share: f.digitisation.dossiers.share,
    digitised_results_share: f.digitisation.results.share,
    reused_documents_share: f.digitisation.documents.reusedShare,
    average_hours: f.processingHours.average,
    median_hours: f.processingHours.median,
  };
  return summaryColumns.map((c) => v[c.id] ?? null);
}

/**
 * A summary as CSV: one row per group, then the total ("Tổng cộng" / "Total" in its first key cell, the others
 * empty); the dimensions not grouped by are left out. A value that is not a summary's result, or a `lang` other
 * than `vi` / `en`, throws `INVALID_ARGUMENT` / `INVALID_OPTIONS`.
 *
 * @example
 * summaryCsv(result, { lang: 'en' }).split('\r\n')[0] // '\uFEFFProcedure code,Received,…'
 */
export function summaryCsv(result: SummaryResult, options: CsvOptions = {}): string {
  const lang = langOf(options);
  if (
    !isRecord(result) ||
    !Array.isArray(result.groupBy) ||
    !Array.isArray(result.groups) ||
    !isRecord(result.total) ||
    !result.groups.every((g) => isRecord(g) && isRecord(g.key) && isRecord(g.figures))
  )
    throw badArgument('result', 'summary-result', result);
  const keys = new Set<string>(result.groupBy);
  const dims = ['agency', 'procedure', 'field', 'level', 'month', 'channel'];
  const columns = summaryColumns.filter((c) => !dims.includes(c.id) || keys.has(c.id));
  const keep = summaryColumns.map((c) => columns.includes(c));
  // The total's row says what it is in the first key column (there is none when nothing is grouped by).
  const first = columns[0] !== undefined && dims.includes(columns[0].id) ? columns[0].id : null;
  const totalKey = first === null ? {} : { [first]: lang === 'vi' ? 'Tổng cộng' : 'Total' };
  const rows = [
    ...result.groups.map((g) => summaryCells(lang === 'vi' ? vietnameseKey(g.key) : g.key, g.figures)),
    summaryCells(totalKey, result.total),
  ].map((r) => r.filter((_, i) => keep[i]));
  return csv(columns, rows, lang);
}

/** Rows of the fact table for a source, as the dossiers stood at `asOf`. */
export function* factRows(
  env: ApplyEnvironment,
  source: Iterable<SummaryItem>,
  options: { readonly asOf: string | number },
): Generator<FactRow> {
  const asOf = instantArg(optionsArg(options, 'options', ['asOf']).asOf, 'asOf');
  const contextOf = contextResolver(env);
  let index = 0;
  for (const item of source) {
    const facts = readItem(env, item, index++, 'shape');
    const row = factRow(contextOf(facts), facts, asOf);
    if (row !== null) yield row;
  }
}
