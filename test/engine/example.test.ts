/** Runs examples/land-procedure.ts as a child process and checks its key lines, so the example never rots. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('examples/land-procedure.ts', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/land-procedure.ts'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

  it('prints the appointment date with Tết skipped', () => {
    expect(out).toContain('Mã hồ sơ: 000.00.24.H29-260210-0001');
    // 10 working days = 80 working hours from Tue 10/02 09:10, Tết 16–20/02 skipped (the default count).
    expect(out).toContain('Ngày hẹn trả kết quả: 09:10 03/03/2026');
    expect(out).toMatch(/bỏ qua 2026-02-17: .*Tết/);
    expect(out).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
  });

  it('prints each handoff and the pause for the tax payment', () => {
    expect(out).toContain(
      'Bàn giao 14:00 10/02/2026: Trung tâm Phục vụ hành chính công → Chi nhánh Văn phòng đăng ký đất đai',
    );
    expect(out).toContain('Bàn giao 16:00 12/02/2026: Chi nhánh Văn phòng đăng ký đất đai → Cơ quan thuế');
    expect(out).toContain('thời gian tạm dừng 19.5 giờ làm việc không tính');
    // 23/02 15:00 → 26/02 09:00 is 19.5 working hours, which never count.
    expect(out).toContain('Ngày hẹn trả kết quả (sau tạm dừng): 14:10 05/03/2026');
  });

  it('prints the control sheet, one block per handoff with its result', () => {
    expect(out).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(out).toContain('(Thông tư 03/2025/TT-VPCP, Mẫu số 06)');
    expect(out).toMatch(
      /Giao: Cơ quan thuế \/ Nhận: Văn phòng đăng ký đất đai\s+09 giờ 00 phút, ngày 26 tháng 02 năm 2026\s+Trước hạn/,
    );
    expect(out).toMatch(
      /Giao: Trung tâm Phục vụ hành chính công \/ Nhận: Tổ chức, cá nhân\s+15 giờ 00 phút, ngày 03 tháng 03 năm 2026\s+Trước hạn/,
    );
    expect(out).toContain('Kết quả giải quyết: Trước hạn');
    // Digitisation (issue 15): on the receipt slip by document, on the control sheet the result too.
    expect(out).toMatch(/Thành phần hồ sơ bản giấy, chưa số hóa: .*Giấy chứng nhận/);
    expect(out).toContain('Số hóa kết quả: Đã số hóa và lưu trữ');
  });
});
