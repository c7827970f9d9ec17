/** The README's demo runs and prints what it promises, so it never rots. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../examples/demo.ts', import.meta.url));

describe('examples/demo.ts', () => {
  it('explains a chosen day and its 15-working-day appointment across Tết 2026', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script, '2026-02-12'], {
      env: { ...process.env, TZ: 'UTC' },
    });
    expect(stdout).toContain('== Today (Asia/Ho_Chi_Minh)');
    expect(stdout).toContain('Thứ Năm 12/02/2026 (âm lịch 25/12): NGÀY LÀM VIỆC');
    expect(stdout).toContain('Appointment (ngày hẹn trả): 12/03/2026, due 2026-03-12T09:00:00+07:00');
    expect(stdout).toContain('16/02/2026 Day off: Holiday: Lunar New Year (Tết)');
    expect(stdout).toContain('20/02/2026 Day off: Holiday: Lunar New Year (Tết)');
  });

  it('explains a day off with its source', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script, '2026-04-27']);
    expect(stdout).toContain('Thứ Hai 27/04/2026');
    expect(stdout).toContain('NGÀY NGHỈ');
    expect(stdout).toContain('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(stdout).toContain('source: Bộ luật Lao động số 45/2019/QH14, Điều 111 khoản 3');
  });
});
