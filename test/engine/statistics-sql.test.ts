/**
 * The same figures in SQL (docs/sql/indicators.sql over docs/sql/fact-table.sql): a generated fact table loaded
 * into DuckDB gives, for every combination of agency, procedure, field, level and channel (CUBE), the counts,
 * the resolved on-time rate, the open and overdue count and the Decision 766 indicator that `summarize` gives —
 * for a quarter, and month by month (each month's table exported as it stood at the month's end). And the SQL's
 * rule for rows with no due instant (data from other systems).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProcedures, syntheticDossiers } from '../../bench/synthetic.js';
import { createEngine, type Dimension, type FactRow, type SummaryFigures } from '../../src/engine/index.js';

const procedures = loadProcedures();
const engine = createEngine({ procedures: Object.values(procedures) });
const snapshots = [...syntheticDossiers(engine, procedures, { seed: 31, count: 3_000, year: 2026 })];
const ddl = readFileSync(new URL('../../docs/sql/fact-table.sql', import.meta.url), 'utf8');
const indicators = readFileSync(new URL('../../docs/sql/indicators.sql', import.meta.url), 'utf8');
const DIMS = ['agency', 'procedure', 'field', 'level', 'channel'] as const;

const dir = mkdtempSync(join(tmpdir(), 'motcua-sql-'));
let instance: DuckDBInstance;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
});
afterAll(() => {
  instance?.closeSync?.();
  rmSync(dir, { recursive: true, force: true });
});

type SqlRow = Record<string, unknown> & { grouping_id: number };

/** The indicators over a fact table exported at `end`, for `[start, end)`. */
async function sql(rows: readonly FactRow[], start: string, end: string): Promise<SqlRow[]> {
  const file = join(dir, `facts-${start.slice(0, 10)}-${end.slice(0, 10)}.ndjson`);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
  const c = await instance.connect();
  await c.run('DROP TABLE IF EXISTS dossiers');
  await c.run(ddl);
  await c.run(
    `INSERT INTO dossiers SELECT * FROM read_json('${file}', format = 'newline_delimited', columns = {${ddl
      .split('\n')
      .filter((l) => /^ {2}[a-z_0-9]+ /.test(l))
      .map((l) => {
        const [, name, type] = /^ {2}([a-z_0-9]+)\s+([A-Z]+)/.exec(l)!;
        return `${name}: '${type}'`;
      })
      .join(', ')}})`,
  );
  const query = indicators
    .replace(/TIMESTAMPTZ '2026-01-01 00:00:00\+07:00'/, `TIMESTAMPTZ '${start}'`)
    .replace(/TIMESTAMPTZ '2027-01-01 00:00:00\+07:00'/, `TIMESTAMPTZ '${end}'`);
  const result = await c.runAndReadAll(query);
  c.closeSync?.();
  return (result.getRowObjectsJS() as SqlRow[]).map((r) => ({ ...r, grouping_id: Number(r.grouping_id) }));
}

/** What the SQL and the summary both give. */
const fromSummary = (f: SummaryFigures) => ({
  received: f.received,
  carried_over: f.carriedOver,
  resolved: f.resolved.total,
  resolved_on_time: f.resolved.early + f.resolved.onTime,
  open_overdue: f.inProgress.overdue,
  open_within: f.inProgress.withinTime,
  counted_766: f.decision766.counted,
  on_time_766: f.decision766.onTime,
  received_online: f.online.received,
  received_fully_online: f.online.fully,
  fees_paid: f.payment.paid,
  fees_paid_online: f.payment.online,
  inputs_recorded: f.digitisation.dossiers.recorded,
  inputs_digitised: f.digitisation.dossiers.digitised,
  documents_recorded: f.digitisation.documents.recorded,
  documents_digitised: f.digitisation.documents.digitised,
  documents_reused: f.digitisation.documents.reused,
  results_issued: f.digitisation.results.issued,
  results_digitised: f.digitisation.results.digitised,
});
/** The shares both give (rounded to 4 places by each). */
const sharesOf = (f: SummaryFigures) => ({
  online_share: f.decision766Groups.onlineServices.onlineShare.value,
  online_payment_share: f.payment.onlineShare,
  digitised_dossiers_share: f.digitisation.dossiers.share,
  digitised_results_share: f.digitisation.results.share,
  reused_documents_share: f.digitisation.documents.reusedShare,
});
function sameShares(row: SqlRow, f: SummaryFigures): void {
  for (const [k, v] of Object.entries(sharesOf(f))) {
    if (v === null) expect(row[k], k).toBeNull();
    else expect(Math.abs(Number(row[k]) - v), k).toBeLessThanOrEqual(1e-4 + 1e-12);
  }
}
const fromSql = (r: SqlRow) => ({
  received: Number(r.received),
  carried_over: Number(r.carried_over),
  resolved: Number(r.resolved),
  resolved_on_time: Number(r.resolved_on_time),
  open_overdue: Number(r.open_overdue),
  open_within: Number(r.open_within),
  counted_766: Number(r.counted_766),
  on_time_766: Number(r.on_time_766),
  received_online: Number(r.received_online),
  received_fully_online: Number(r.received_fully_online),
  fees_paid: Number(r.fees_paid),
  fees_paid_online: Number(r.fees_paid_online),
  inputs_recorded: Number(r.inputs_recorded),
  inputs_digitised: Number(r.inputs_digitised),
  documents_recorded: Number(r.documents_recorded),
  documents_digitised: Number(r.documents_digitised),
  documents_reused: Number(r.documents_reused),
  results_issued: Number(r.results_issued),
  results_digitised: Number(r.results_digitised),
});
/** The dimensions a row of the CUBE groups by (GROUPING: a bit per column, 1 when rolled up). */
const dimsOf = (id: number): Dimension[] => DIMS.filter((_, i) => ((id >> (DIMS.length - 1 - i)) & 1) === 0);

describe('docs/sql/indicators.sql agrees with summarize', () => {
  it('on every group of every combination, for a quarter', async () => {
    const period = { from: '2026-10-01', to: '2026-12-31' };
    const asOf = '2027-01-01T00:00:00+07:00';
    const rows = await sql([...engine.factRows(snapshots, { asOf })], '2026-10-01T00:00:00+07:00', asOf);
    const byDims = new Map<string, Map<string, SummaryFigures>>();
    let compared = 0;
    for (const row of rows) {
      const dims = dimsOf(row.grouping_id);
      let groups = byDims.get(dims.join());
      if (!groups) {
        const r = engine.summarize(snapshots, { period, groupBy: dims, warnings: false });
        groups = new Map(
          dims.length === 0
            ? [['', r.total]]
            : r.groups.map((g) => [dims.map((d) => g.key[d]).join('|'), g.figures]),
        );
        byDims.set(dims.join(), groups);
      }
      const figures = groups.get(dims.map((d) => row[d]).join('|'))!;
      expect(figures, `${dims.join(',')} ${dims.map((d) => row[d]).join('|')}`).toBeDefined();
      expect(fromSql(row)).toEqual(fromSummary(figures));
      sameShares(row, figures);
      const rate = figures.resolvedOnTimeRate;
      if (rate === null) expect(row.resolved_on_time_rate).toBeNull();
      else expect(Math.abs(Number(row.resolved_on_time_rate) - rate)).toBeLessThanOrEqual(1e-4 + 1e-12);
      expect(Math.abs(Number(row.indicator_766) - figures.decision766.rate!)).toBeLessThanOrEqual(
        1e-4 + 1e-12,
      );
      compared++;
    }
    // Every group of every one of the 32 combinations (the SQL has no row for a group of desk refusals only).
    expect(byDims.size).toBe(32);
    const total = [...byDims.values()].reduce(
      (n, g) => n + [...g.values()].filter((f) => f.handled > 0).length,
      0,
    );
    expect(compared).toBe(total);
    expect(compared).toBeGreaterThan(1_000);
    // The generator records the new facts, so the comparison is not of zeros.
    const all = byDims.get('')!.get('')!;
    expect(all.online.fully).toBeGreaterThan(0);
    expect(all.payment.online).toBeGreaterThan(0);
    expect(all.digitisation.documents.reused).toBeGreaterThan(0);
    expect(all.digitisation.documents.paper).toBeGreaterThan(0);
    expect(all.digitisation.results.digitised).toBeLessThan(all.digitisation.results.issued);
  }, 120_000);

  it('month by month, each month exported as it stood at its end', async () => {
    const r = engine.summarize(snapshots, {
      period: { from: '2026-01-01', to: '2026-12-31' },
      groupBy: ['month', 'procedure'],
      warnings: false,
    });
    for (const [month, next] of [
      ['2026-02', '2026-03'],
      ['2026-06', '2026-07'],
      ['2026-12', '2027-01'],
    ] as const) {
      const start = `${month}-01T00:00:00+07:00`;
      const end = `${next}-01T00:00:00+07:00`;
      const rows = await sql([...engine.factRows(snapshots, { asOf: end })], start, end);
      const groups = rows.filter((x) => dimsOf(x.grouping_id).join() === 'procedure');
      expect(groups.length).toBeGreaterThan(3);
      for (const row of groups) {
        const g = r.groups.find((x) => x.key.month === month && x.key.procedure === row.procedure)!;
        expect(fromSql(row)).toEqual(fromSummary(g.figures));
        sameShares(row, g.figures);
      }
    }
  }, 120_000);

  it('judges a row with no due instant by the time used against the time limit', async () => {
    const base: FactRow = {
      dossier_code: 'X-1',
      procedure: '9.000001',
      version: '1',
      agency: 'A',
      field: 'F',
      level: 'province',
      channel: 'in-person',
      submitted: '2026-03-02T08:00:00+07:00',
      received: '2026-03-02T08:00:00+07:00',
      due: null,
      due_766: null,
      finished: '2026-03-05T10:00:00+07:00',
      resolution: 'resolved',
      outcome: null,
      waiting_since: null,
      pauses: 0,
      paused_hours: 0,
      supplements: 0,
      apology: false,
      limit_hours: 24,
      used_hours: 18,
      processing_hours: 18,
      fully_online: false,
      fee_paid: false,
      paid_online: null,
      documents_recorded: 0,
      documents_digitised: 0,
      documents_reused: 0,
      results: 1,
      results_digitised: 0,
    };
    const rows = await sql(
      [base, { ...base, dossier_code: 'X-2', used_hours: 30 }],
      '2026-03-01T00:00:00+07:00',
      '2026-04-01T00:00:00+07:00',
    );
    const total = rows.find((x) => x.grouping_id === 31)!;
    expect([Number(total.resolved), Number(total.resolved_on_time), Number(total.on_time_766)]).toEqual([
      2, 1, 1,
    ]);
    // No time limit at all (rows from another system): open within time, and on time — as the engine reads them.
    const open = {
      ...base,
      dossier_code: 'X-3',
      finished: null,
      resolution: null,
      limit_hours: null,
      used_hours: 500,
    };
    const unlimited = await sql(
      [open, { ...base, dossier_code: 'X-4', limit_hours: null, used_hours: 500 }],
      '2026-03-01T00:00:00+07:00',
      '2026-04-01T00:00:00+07:00',
    );
    const t = unlimited.find((x) => x.grouping_id === 31)!;
    expect(
      [t.open_within, t.open_overdue, t.on_time_766, t.resolved_on_time, t.counted_766].map(Number),
    ).toEqual([1, 0, 2, 1, 2]);
  }, 60_000);
});
