/**
 * 2027 is the first year with a partial official schedule: Government Office letter 10065/VPCP-KGVX (02/10/2026)
 * fixes Tết Đinh Mùi and National Day, and nothing else. The other holidays follow their laws and are provisional
 * until a notice covering them is loaded (issue 11 §2; ../shared/domain/official-schedules.md).
 */
import { describe, expect, it } from 'vitest';
import {
  createCalendar,
  dayInfo,
  defaultSchedules,
  holidays,
  parseOfficialSchedule,
} from '../../src/calendar/index.js';

const cal = createCalendar();

describe('2027: what the letter does not fix is provisional', () => {
  it('2027: every day the letter does not fix is provisional, every day it fixes is confirmed', () => {
    const letter = [
      '2027-02-04',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-09-02',
      '2027-09-03',
    ];
    const provisional: string[] = [];
    for (const info of holidays(cal, 2027)) {
      // The weekend inside the Tết break (06–07/02) is Tết too, and fixed with it.
      const fixed = letter.includes(info.date) || (info.date >= '2027-02-04' && info.date <= '2027-02-10');
      expect(info.status, info.date).toBe(fixed ? 'confirmed' : 'provisional');
      if (!fixed) provisional.push(info.date);
    }
    // New Year, Hùng Kings (10/3 âm lịch), 30/4, 1/5 (a Saturday) and its compensatory Monday, Culture Day.
    expect(provisional).toEqual([
      '2027-01-01',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-05-03',
      '2027-11-24',
    ]);
    // A year after the last published schedule is provisional as a whole (domain notes, official schedules).
    expect(dayInfo(cal, '2028-05-01').status).toBe('provisional');
  });

  it('2027: a notice covering the other holidays, once loaded, confirms their days', () => {
    const [shipped2027] = defaultSchedules().filter((s) => s.year === 2027);
    const notice = { id: 'TB 2027', document: 'Thông báo lịch nghỉ 2027 (dữ liệu kiểm thử)' };
    const day = (date: string, holiday: string) => ({ kind: 'holiday', date, holiday, source: notice.id });
    const complete = parseOfficialSchedule({
      ...shipped2027!,
      covers: ['new-year', 'tet', 'hung-kings', 'reunification', 'labour', 'national-day', 'culture-day'],
      sources: [...shipped2027!.sources, notice],
      entries: [
        ...shipped2027!.entries,
        day('2027-01-01', 'new-year'),
        day('2027-04-16', 'hung-kings'),
        day('2027-04-30', 'reunification'),
        { kind: 'compensatory', date: '2027-05-03', holiday: 'labour', for: '2027-05-01', source: notice.id },
        day('2027-11-24', 'culture-day'),
      ],
    });
    const next = createCalendar({ schedules: [complete] });
    for (const date of ['2027-01-01', '2027-04-16', '2027-04-30', '2027-05-01', '2027-05-03', '2027-11-24']) {
      expect(dayInfo(next, date), date).toMatchObject({ working: false, status: 'confirmed' });
    }
  });
});
