/**
 * `motcua check` on official schedule files: `$schema` (for editors) is allowed, and each problem is reported once
 * with validateSchedule's own code and reason, in Vietnamese by default and in English with --lang en.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBin, run } from './bin.js';

let dir: string;
const SOURCE = { id: 'TB 1/TB-BNV', document: 'Thông báo 1/TB-BNV của Bộ Nội vụ (dữ liệu kiểm thử)' };

beforeAll(async () => {
  await builtBin();
  dir = mkdtempSync(join(tmpdir(), 'motcua-check-schedule-'));
  const tet2027 = {
    $schema: '../node_modules/motcua/schema/schedule.schema.json',
    year: 2027,
    covers: ['tet'],
    sources: [SOURCE],
    entries: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({
      kind: 'holiday',
      date,
      holiday: 'tet',
      source: SOURCE.id,
    })),
  };
  writeFileSync(join(dir, 'ok.json'), JSON.stringify(tet2027, null, 2));
  // 2028 with five defects: a day of the next year that is also a Saturday (27/01/2029), an unpaired swap, an
  // unknown source, and Tết covered with 3 of its 5 days listed.
  const bad = {
    year: 2028,
    covers: ['tet'],
    sources: [SOURCE],
    entries: [
      { kind: 'holiday', date: '2028-01-26', holiday: 'tet', source: SOURCE.id },
      { kind: 'holiday', date: '2029-01-27', holiday: 'tet', source: SOURCE.id },
      { kind: 'swap-off', date: '2028-01-31', workedOn: '2028-02-05', source: SOURCE.id },
      { kind: 'holiday', date: '2028-01-28', holiday: 'tet', source: 'TB 2/TB-BNV' },
    ],
  };
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check on a schedule', () => {
  it('a schedule with $schema is valid', () => {
    const r = run(['check', 'ok.json'], { cwd: dir });
    expect(r.stdout).toBe('Đã kiểm tra 1 tệp: không có vấn đề nào.\n');
    expect(r.code).toBe(0);
  });

  it('each problem once, with its own code and reason', () => {
    const json = JSON.parse(run(['check', 'bad.json', '--json'], { cwd: dir }).stdout);
    const problems = json.files[0].problems as { code: string; pointer: string; messageVi: string }[];
    const codes = problems.map((p) => `${p.code} ${p.pointer}`);
    expect(codes).toContain('SCHEDULE_OUTSIDE_YEAR entries[1].date');
    expect(codes).toContain('SCHEDULE_WEEKEND_OFF entries[1].date');
    expect(codes.some((c) => c.startsWith('SCHEDULE_SWAP_UNPAIRED entries[2]'))).toBe(true);
    expect(codes).toContain('SCHEDULE_UNKNOWN_SOURCE entries[3].source');
    expect(codes.some((c) => c.startsWith('SCHEDULE_COVERED_NOT_LISTED covers[0]'))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.some((c) => c.startsWith('SCHEDULE_INVALID'))).toBe(false);
    const text = run(['check', 'bad.json'], { cwd: dir }).stdout;
    const lines = text.trim().split('\n');
    expect(new Set(lines).size).toBe(lines.length);
    const unknown = lines.find((l) => l.includes('SCHEDULE_UNKNOWN_SOURCE'))!;
    expect(unknown).toContain('TB 2/TB-BNV');
    // The line says the reason once: not "… tại entries[3].source" twice.
    expect(unknown.split('entries[3].source')).toHaveLength(2);
    const en = run(['check', 'bad.json', '--lang', 'en'], { cwd: dir }).stdout;
    expect(en).toMatch(/SCHEDULE_UNKNOWN_SOURCE at entries\[3\]\.source: .*"TB 2\/TB-BNV"/);
  });
});
