/**
 * The Vietnamese outputs a desk reads (`try`, `deadline`, `day`) carry no code identifiers, policy ids or ISO
 * instants: event types by their Vietnamese names, dates as dd/mm/yyyy, instants as the forms write them; the
 * counting line of a limit in days says the Civil Code; the days-off list agrees with its heading.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtBin, run } from './bin.js';

beforeAll(async () => {
  await builtBin();
});

/** What must not appear in Vietnamese text. */
const english = [/[A-Z]{3,}_[A-Z_]+/, /working-hours|working-days-cutoff|civil-code/, /\d{4}-\d{2}-\d{2}T/];
const clean = (text: string) => {
  for (const pattern of english) expect(text).not.toMatch(pattern);
};

describe('Vietnamese text', () => {
  it('try: the event log and the explanations', () => {
    const r = run([
      'try',
      'examples/procedures/land-change-registration.json',
      'examples/events/land-events.json',
    ]);
    expect(r.code).toBe(0);
    const log = r.stdout.slice(0, r.stdout.indexOf('PHIẾU KIỂM SOÁT'));
    clean(log);
    expect(log).toContain('tiếp nhận hồ sơ (Trung tâm Phục vụ hành chính công)');
    expect(log).toContain('Bỏ qua 16/02/2026');
    expect(log).toContain('Tạm dừng 15 giờ 00, ngày 23/02/2026 – 09 giờ 00, ngày 26/02/2026');
    expect(log).not.toMatch(/Bỏ qua \d{4}-/);
  });

  it('deadline in working days: policy in words, weekends counted with the weekends', () => {
    const r = run([
      'deadline',
      '--from',
      '2027-02-03T10:00+07:00',
      '--working-days',
      '2',
      '--policy',
      'working-days-cutoff',
    ]);
    expect(r.code).toBe(0);
    clean(r.stdout);
    expect(r.stdout).not.toMatch(/ {2}- (Thứ Bảy|Chủ nhật) /);
    expect(r.stdout).toContain('Số ngày thứ Bảy, Chủ nhật được bỏ qua: 2');
    expect(r.stdout).toContain('Ngày thứ nhất: 03/02/2027');
    expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const en = run([
      'deadline',
      '--from',
      '2027-02-03T10:00+07:00',
      '--working-days',
      '2',
      '--policy',
      'working-days-cutoff',
      '--lang',
      'en',
    ]);
    expect(en.stdout).toContain('(working-days-cutoff)');
  });

  it('deadline in days: the Civil Code, not working hours', () => {
    const r = run(['deadline', '--from', '2026-04-24T10:00+07:00', '--days', '3']);
    expect(r.code).toBe(0);
    clean(r.stdout);
    expect(r.stdout).toMatch(/Cách tính: +theo ngày, tháng dương lịch.*Bộ luật Dân sự 2015/);
    expect(r.stdout).not.toContain('giờ làm việc (N');
    expect(r.stdout).not.toMatch(/ {2}- Chủ nhật 26\/04\/2026/);
    expect(r.stdout).toContain('ngày cuối 27/04/2026 là ngày nghỉ nên kết thúc ngày 28/04/2026');
    const months = run(['deadline', '--from', '2026-04-24T10:00+07:00', '--months', '1']);
    expect(months.stdout).toMatch(/Cách tính: +theo ngày, tháng dương lịch/);
  });

  it('day: an impossible date, in Vietnamese words only', () => {
    const r = run(['day', '2027-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('Date');
    clean(r.stderr);
  });
});
