/**
 * `day`, `deadline` and `calendar` through the built bin: the answers of the calendar with their reasons and
 * sources, the same under any host time zone, and the iCalendar feed parsed back by ical.js.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendar, dayInfo, deadline, holidays } from '../../src/calendar/index.js';
import { builtBin, run } from './bin.js';

let dir: string;
beforeAll(async () => {
  await builtBin();
  dir = mkdtempSync(join(tmpdir(), 'motcua-cal-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('motcua day', () => {
  it('a Tết day: off, why, and the notice it comes from', () => {
    const r = run(['day', '17/02/2026']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Thứ Ba 17/02/2026 (âm lịch 1/1/2026): ngày nghỉ');
    expect(r.stdout).toContain('nghỉ lễ, tết: Tết Âm lịch (Tết Nguyên đán) [đã xác nhận]');
    expect(r.stdout).toContain('căn cứ: Thông báo 9441/TB-BNV của Bộ Nội vụ');
  });

  it('a Saturday worked in exchange', () => {
    const r = run(['day', '2026-01-10', '--lang', 'en']);
    expect(r.stdout).toContain('Saturday 10/01/2026 (lunar 22/11/2025): working day');
    expect(r.stdout).toContain('Saturday worked in exchange for Friday 02/01/2026 [confirmed]');
  });

  it('a year without an official schedule: provisional, and said so', () => {
    const r = run(['day', '2028-01-27']);
    expect(r.stdout).toContain('[tạm tính: chưa có lịch nghỉ chính thức của năm]');
    expect(r.stdout).toContain('Chưa có lịch nghỉ chính thức năm 2028');
  });

  it('--json is the calendar’s own dayInfo', () => {
    const r = run(['day', '2026-04-27', '--json']);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(dayInfo(createCalendar(), '2026-04-27'))));
  });

  it('a day that does not exist: one line, exit code 2', () => {
    const r = run(['day', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('motcua: ')).toBe(true);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('motcua deadline', () => {
  it('3 working days from Thursday 12/02/2026 10:00, by working hours: Tuesday 24/02 10:00, Tết skipped', () => {
    const r = run(['deadline', '--from', '2026-02-12T10:00', '--working-days', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Hẹn trả kết quả: +10:00, Thứ Ba 24\/02\/2026/);
    for (const d of ['16', '17', '18', '19', '20']) expect(r.stdout).toContain(` ${d}/02/2026: nghỉ lễ, tết`);
    expect(r.stdout).toContain('Thứ Hai 16/02/2026: nghỉ lễ, tết: Tết Âm lịch (Tết Nguyên đán)');
    expect(r.stdout).toContain('Số ngày thứ Bảy, Chủ nhật được bỏ qua: 4');
  });

  it('the named policies, and --json equal to the calendar’s deadline', () => {
    const cutoff = run([
      'deadline',
      '--from',
      '2026-02-12T10:00:00+07:00',
      '--working-days',
      '3',
      '--policy',
      'working-days-cutoff',
      '--json',
    ]);
    const expected = deadline(
      createCalendar(),
      '2026-02-12T10:00:00+07:00',
      { amount: 3, unit: 'working-days' },
      { policy: 'working-days-cutoff' },
    );
    expect(JSON.parse(cutoff.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.parse(cutoff.stdout).due).toBe('2026-02-23T17:00:00+07:00');
    const days = JSON.parse(run(['deadline', '--from', '2026-04-24T16:00', '--days', '15', '--json']).stdout);
    expect(days.due).toBe('2026-05-12T00:00:00+07:00');
    const text = run(['deadline', '--from', '2026-04-24T16:00', '--days', '15']).stdout;
    expect(text).toContain('24:00, Thứ Hai 11/05/2026');
  });

  it('the same answer under any host time zone', () => {
    const args = ['deadline', '--from', '2026-02-12T23:30', '--working-hours', '5'];
    const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh'].map(
      (TZ) => run(args, { env: { TZ } }).stdout,
    );
    for (const o of outputs) expect(o).toBe(outputs[0]);
  });

  it('refuses what it cannot count, one line each', () => {
    const cases: [string[], string][] = [
      [['deadline', '--working-days', '3'], 'lệnh "deadline" cần --from'],
      [
        ['deadline', '--from', '2026-02-12T10:00'],
        'cần một trong các tùy chọn --working-days, --working-hours, --days, --months',
      ],
      [
        ['deadline', '--from', '2026-02-12T10:00', '--days', '3', '--months', '1'],
        'chỉ được dùng một trong các tùy chọn --days, --months',
      ],
      [['deadline', '--from', '12/02/2026', '--days', '3'], '--from "12/02/2026": cần một thời điểm'],
      [['deadline', '--from', '2026-02-12T10:00', '--days', 'ba'], '--days "ba": cần một số ≥ 0'],
      [
        ['deadline', '--from', '2026-02-12T10:00', '--days', '3', '--policy', 'fast'],
        '--policy "fast": cần working-hours',
      ],
      [['deadline', '--from'], 'tùy chọn --from cần một giá trị'],
    ];
    for (const [args, text] of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(text);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('motcua calendar', () => {
  it('the days of 2026: off, worked Saturdays, proposed ones marked', () => {
    const r = run(['calendar', '2026']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Thứ Bảy 10/01/2026   có        thứ Bảy làm bù cho ngày nghỉ Thứ Sáu 02/01/2026',
    );
    expect(r.stdout).toMatch(
      /Thứ Hai 23\/11\/2026 +có +Đề xuất: nghỉ hoán đổi, làm bù vào Thứ Bảy 28\/11\/2026 \[đề xuất\]/,
    );
    expect(r.stdout).toContain('14 ngày nghỉ trong tuần, 2 ngày thứ Bảy làm bù; 2 ngày mới đề xuất.');
  });

  it('a year without a schedule: the provisional days marked', () => {
    expect(run(['calendar', '2028']).stdout).toMatch(/Tết Âm lịch \(Tết Nguyên đán\) \[tạm tính\]/);
  });

  it('--ics: RFC 5545 that ical.js reads back, one all-day event per day, stable UIDs', () => {
    const r = run(['calendar', '2026', '--ics']);
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const days = holidays(createCalendar(), 2026);
    expect(events).toHaveLength(days.length);
    expect(events.map((e) => e.startDate.toString())).toEqual(days.map((d) => d.date));
    for (const e of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.isDate).toBe(true);
      expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(86_400_000);
    }
    const tet = events.find((e) => e.startDate.toString() === '2026-02-17')!;
    expect(tet.summary).toBe('Nghỉ lễ, tết: Tết Âm lịch (Tết Nguyên đán)'); // the comma survives escaping
    expect(tet.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const proposed = events.find((e) => e.startDate.toString() === '2026-11-23')!;
    expect(proposed.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(calendar.getFirstPropertyValue('name')).toBe('Lịch nghỉ của cơ quan hành chính nhà nước năm 2026');

    const again = run(['calendar', '2026', '--ics'], { env: { TZ: 'America/Los_Angeles' } }).stdout;
    const uids = (t: string) => [...t.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    expect(uids(again)).toEqual(uids(text));
    expect(new Set(uids(text)).size).toBe(events.length);
    const noStamp = (t: string) => t.replace(/^DTSTAMP:.*$/gm, '');
    expect(noStamp(again)).toBe(noStamp(text));
  });

  it('--ics --output writes the file', () => {
    const file = join(dir, 'lich-2028.ics');
    const r = run(['calendar', '2028', '--ics', '-o', file, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Wrote .*lich-2028\.ics \(\d+ events\)\.\n$/);
    const events = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent');
    const tet = events.map((v) => new ICAL.Event(v)).filter((e) => e.summary.includes('Lunar New Year'));
    // No 2028 schedule yet: the weekdays of Tết are provisional (a weekend inside the break is not).
    const tentative = tet.filter((e) => e.component.getFirstPropertyValue('status') === 'TENTATIVE');
    const provisional = holidays(createCalendar(), 2028).filter(
      (d) => d.status === 'provisional' && d.reasons.some((x) => x.kind === 'holiday' && x.holiday === 'tet'),
    );
    expect(provisional.length).toBeGreaterThanOrEqual(5);
    expect(tentative.map((e) => e.startDate.toString())).toEqual(provisional.map((d) => d.date));
  });

  it('a year outside the calendar: one line, exit code 2', () => {
    const r = run(['calendar', '1999']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(run(['calendar', 'năm']).stderr).toBe('motcua: <năm> "năm": cần một năm, ví dụ 2026\n');
  });
});
