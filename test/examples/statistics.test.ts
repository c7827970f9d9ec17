/**
 * The statistics' examples run: the monthly report prints both figures, each named for what it is, and the
 * warnings; the parallel summary over worker threads gives the figures of a single pass over the same file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadProcedures, syntheticDossiers } from '../../bench/synthetic.js';
import { createEngine } from '../../src/engine/index.js';

const run = promisify(execFile);
const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));

describe('examples/monthly-report.ts', () => {
  it("prints a month's report for a province's synthetic dossiers", async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', example('monthly-report.ts'), '2026-11', '4000'],
      {
        env: { ...process.env, TZ: 'America/Los_Angeles' },
      },
    );
    expect(stdout).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH — tháng 11/2026');
    expect(stdout).toMatch(/Tỷ lệ giải quyết đúng hạn \(trước hạn và đúng hạn ÷ đã giải quyết\): \d+\.\d %/);
    expect(stdout).toMatch(
      /Chỉ số tiến độ theo Quyết định 766\/QĐ-TTg .*: \d+\.\d % — không phải tỷ lệ trên/,
    );
    expect(stdout).toMatch(/Đang giải quyết cuối kỳ: \d+ \(trong hạn \d+, quá hạn \d+\)/);
    expect(stdout).toContain('2.001610 Đăng ký thành lập doanh nghiệp');
    expect(stdout).toContain('ONLINE_ACCEPTANCE_LATE:');
    expect(stdout).toMatch(
      /Trực tuyến: \d+ hồ sơ \(toàn trình \d+, một phần \d+\); tỷ lệ nộp trực tuyến \d+\.\d %/,
    );
    expect(stdout).toMatch(/Số hóa: hồ sơ số hóa đầy đủ thành phần \d+\.\d %/);
    // The figures printed are the month's own, and the month is not an empty one: the same summary, here.
    const procedures = loadProcedures();
    const engine = createEngine({ procedures: Object.values(procedures) });
    const t = engine.summarize(syntheticDossiers(engine, procedures, { seed: 29, count: 4000, year: 2026 }), {
      period: { from: '2026-11-01', to: '2026-11-30' },
    }).total;
    expect(t.received).toBeGreaterThan(250);
    expect(t.resolved.total).toBeGreaterThan(250);
    expect(stdout).toContain(`mới tiếp nhận ${t.received}:`);
    expect(stdout).toContain(
      `Đã giải quyết: ${t.resolved.total} (trước hạn ${t.resolved.early}, đúng hạn ${t.resolved.onTime}, quá hạn ${t.resolved.late})`,
    );
  }, 120_000);
});

describe('examples/summarize-parallel.ts', () => {
  it('merges the partials of worker threads into the figures of one pass', async () => {
    const procedures = loadProcedures();
    const engine = createEngine({ procedures: Object.values(procedures) });
    const snapshots = [...syntheticDossiers(engine, procedures, { seed: 77, count: 1_500, year: 2026 })];
    const dir = mkdtempSync(join(tmpdir(), 'motcua-parallel-'));
    const file = join(dir, 'dossiers.ndjson');
    try {
      writeFileSync(file, `${snapshots.map((s) => JSON.stringify(engine.persist(s))).join('\n')}\n`);
      const { stdout } = await run(process.execPath, [
        '--import',
        'tsx',
        example('summarize-parallel.ts'),
        file,
        '2026-01-01',
        '2026-12-31',
        '3',
      ]);
      const parallel = JSON.parse(stdout);
      const single = engine.summarize(snapshots, { period: { from: '2026-01-01', to: '2026-12-31' } });
      expect(parallel.dossiers).toBe(1_500);
      expect(parallel.total).toEqual(single.total);
      // Grouped, with the warnings: the whole result of the workers' merged partials is the single pass's.
      const { summarizeParallel } = await import('../../examples/summarize-parallel.js');
      const options = {
        period: { from: '2026-01-01', to: '2026-12-31' },
        groupBy: ['agency', 'month'] as const,
        warnings: { limit: 5 },
      };
      const merged = await summarizeParallel(file, options, 3);
      const whole = engine.summarize(snapshots, options);
      expect(merged.groups.length).toBeGreaterThan(100);
      expect(merged.warnings!.OVERDUE.count).toBeGreaterThan(0);
      expect(merged).toEqual(whole);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
