/**
 * `motcua try` through the built bin: what the desk would see for a sample dossier (fees, the supplement slip,
 * the receipt slip with its appointment) and for a list of events (the appointment with the days skipped, each
 * step's window, the status at --at, the control sheet), and the exit codes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBin, run } from './bin.js';

const judicial = 'examples/procedures/judicial-record-certificate.json';
const land = 'examples/procedures/land-change-registration.json';
const dossiers = 'examples/dossiers';
const events = 'examples/events';
let dir: string;

beforeAll(async () => {
  await builtBin();
  dir = mkdtempSync(join(tmpdir(), 'motcua-try-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a sample dossier', () => {
  it('incomplete: the fees itemised and the supplement slip, exit code 1', () => {
    const r = run([
      'try',
      judicial,
      `${dossiers}/judicial-record-foreigner-incomplete.json`,
      '--received',
      '2026-03-02T09:00',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('- Phí cung cấp thông tin lý lịch tư pháp (phí): 205.000 đồng');
    expect(r.stdout).toContain('Thời hạn giải quyết của hồ sơ này: 15 ngày');
    expect(r.stdout).toContain('Hồ sơ chưa đầy đủ (2 nội dung cần bổ sung)');
    expect(r.stdout).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(r.stdout).toMatch(/1 +Bản chụp giấy tờ tùy thân +Thiếu: Bản chụp giấy tờ tùy thân/);
  });

  it('complete: received, the appointment with the holidays skipped, the receipt slip', () => {
    const r = run([
      'try',
      judicial,
      `${dossiers}/judicial-record-foreigner-complete.json`,
      '--received',
      '2026-04-24T16:00',
      '--applicant',
      'Trần Thị Bình',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Hồ sơ đầy đủ: có thể tiếp nhận.');
    // 15 calendar days from the day after 24/04 end on Saturday 09/05, moved to Monday 11/05 (Civil Code Art. 148(5)).
    expect(r.stdout).toContain('Hẹn trả kết quả: 24:00, Thứ Hai 11/05/2026');
    expect(r.stdout).toContain('Thứ Năm 30/04/2026: nghỉ lễ, tết: Ngày Chiến thắng (30/4)');
    expect(r.stdout).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(r.stdout).toContain('Tên tổ chức, cá nhân: Trần Thị Bình');
    expect(r.stdout).toContain('Thời gian trả kết quả: 24 giờ 00 phút, ngày 11 tháng 05 năm 2026');
  });

  it('--json for scripts: the validation, the deadline and the forms', () => {
    const r = run([
      'try',
      judicial,
      `${dossiers}/judicial-record-foreigner-complete.json`,
      '--received',
      '2026-04-24T16:00',
      '--json',
    ]);
    const json = JSON.parse(r.stdout);
    expect(json.validation.fees.total).toBe(205000);
    expect(json.deadline.dueDate).toBe('2026-05-11');
    expect(json.forms.map((f: { kind: string }) => f.kind)).toEqual(['receipt']);
  });
});

describe('a list of events', () => {
  it('the land registration across Tết: appointment, steps, control sheet, early', () => {
    const r = run(['try', land, `${events}/land-events.json`, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '8. 15:00, Tuesday 03/03/2026  RETURN_RESULT (Public administrative service centre)',
    );
    expect(r.stdout).toContain('Monday 16/02/2026: holiday: Lunar New Year (Tết)');
    expect(r.stdout).toMatch(
      /Tax authority assesses .*: from 16:00, Thursday 12\/02\/2026, due .*; handed on 09:00, Thursday 26\/02\/2026/,
    );
    expect(r.stdout).toContain('Phase: result returned (national portal status 10)');
    expect(r.stdout).toContain('PROCESS CONTROL SHEET');
    expect(r.stdout).toMatch(
      /From: Trung tâm Phục vụ hành chính công \/ To: Applicant +15:00, 03\/03\/2026 +Early/,
    );
  });

  it('--at reads the status then, with only the events recorded by then', () => {
    const r = run(['try', land, `${events}/land-events.json`, '--at', '2026-02-25T09:00']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 sự kiện sau thời điểm xem chưa được tính');
    expect(r.stdout).toContain(
      'Giai đoạn: chờ thực hiện nghĩa vụ tài chính (trạng thái trên Cổng Dịch vụ công quốc gia: 6)',
    );
    expect(r.stdout).toContain('Tạm dừng tính thời gian: chờ người nộp thực hiện nghĩa vụ tài chính');
  });

  it('a refused event stops the replay and says why, exit code 1', () => {
    const events = [
      { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
      { type: 'RECEIVE', at: '2026-02-10T09:10:00+07:00', by: 'centre', dossierCode: 'X-1' },
      { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'tax' },
    ];
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify(events));
    const r = run(['try', land, join(dir, 'wrong.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/sự kiện thứ 3 \(chuyển xử lý\) bị từ chối: /);
    expect(r.stdout).toContain('Giai đoạn: đã tiếp nhận');
  });

  it('input that is neither a dossier nor events, and a definition with errors: one line, exit code 1', () => {
    writeFileSync(join(dir, 'odd.json'), '{ "hello": 1 }');
    const odd = run(['try', land, join(dir, 'odd.json')]);
    expect(odd.code).toBe(1);
    expect(odd.stderr).toMatch(/odd\.json: không phải hồ sơ/);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ code: '1.000894', steps: [] }));
    const bad = run(['try', join(dir, 'bad.json'), join(dir, 'odd.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json: định nghĩa có \d+ lỗi; hãy chạy: motcua check /);
  });
});
