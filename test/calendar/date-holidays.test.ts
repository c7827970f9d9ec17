/**
 * date-holidays (3.37) against this calendar: where it is right (fixed solar holidays, most lunar dates) and
 * where it is not for civil servants' working days (no second National Day, no compensatory days, no swaps,
 * a fixed Tết block, Hùng Kings a day early in 2050 and 2083). This is why the runtime does not use it.
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { createCalendar, dayInfo, isWorkingDay } from '../../src/calendar/index.js';

const cal = createCalendar();
const hd = new Holidays('VN', { types: ['public'] });

/** date-holidays' public holidays of a year: `YYYY-MM-DD` → name, and Tết's first day and length. */
function theirs(year: number): { dates: Map<string, string>; tet: { start: string; days: number } } {
  const dates = new Map<string, string>();
  let tet = { start: '', days: 0 };
  for (const h of hd.getHolidays(year)) {
    const date = h.date.slice(0, 10);
    dates.set(date, h.name);
    if (h.name === 'Tết Nguyên Đán')
      tet = { start: date, days: Math.round((+h.end - +h.start) / 86_400_000) };
  }
  return { dates, tet };
}

const ourHoliday = (date: string, holiday: string): boolean =>
  dayInfo(cal, date).reasons.some((r) => r.kind === 'holiday' && r.holiday === holiday);

describe('where date-holidays is right', () => {
  it('fixed solar holidays agree every year 2014–2199', () => {
    for (let year = 2014; year <= 2199; year++) {
      const { dates } = theirs(year);
      for (const [md, id] of [
        ['01-01', 'new-year'],
        ['04-30', 'reunification'],
        ['05-01', 'labour'],
        ['09-02', 'national-day'],
      ] as const) {
        expect(dates.has(`${year}-${md}`)).toBe(true);
        expect(ourHoliday(`${year}-${md}`, id)).toBe(true);
      }
    }
  });

  it('mùng 1 Tết agrees every year 2014–2199', () => {
    for (let year = 2014; year <= 2199; year++) {
      const first = [...theirs(year).dates].find(([, name]) => name === 'Tết Nguyên Đán')![0];
      expect(dayInfo(cal, first).lunar).toMatchObject({ month: 1, day: 1, leap: false });
    }
  });
});

describe('where date-holidays is wrong for civil servants', () => {
  // Beyond 2100 it disagrees in more years (2105, 2109, 2110, 2155, 2157, 2192, 2196); our lunar months are
  // cross-checked day by day against date-chinese's CalendarVietnamese in lunar.test.ts.
  it('puts Hùng Kings (10/3 lunar) a day early in 2050 and 2083, and nowhere else up to 2100', () => {
    const wrong: number[] = [];
    for (let year = 2014; year <= 2100; year++) {
      const date = [...theirs(year).dates].find(([, name]) => name === 'Giỗ tổ Hùng Vương')![0];
      if (!ourHoliday(date, 'hung-kings')) wrong.push(year);
    }
    expect(wrong).toEqual([2050, 2083]);
    expect(dayInfo(cal, '2050-04-01').lunar).toMatchObject({ month: 3, day: 10 });
    expect(theirs(2050).dates.has('2050-03-31')).toBe(true);
  });

  it('has no second National Day day (Labor Code 2019 Art. 112(1)(đ))', () => {
    expect(theirs(2021).dates.has('2021-09-03')).toBe(false);
    expect(isWorkingDay(cal, '2021-09-03')).toBe(false);
  });

  it('has no compensatory days and no swapped Saturdays', () => {
    expect(theirs(2026).dates.has('2026-04-27')).toBe(false);
    expect(dayInfo(cal, '2026-04-27').reasons).toMatchObject([{ kind: 'compensatory' }]);
    expect(hd.isHoliday(new Date('2026-01-02T05:00:00Z'))).toBe(false);
    expect(isWorkingDay(cal, '2026-01-02')).toBe(false);
    expect(isWorkingDay(cal, '2026-01-10')).toBe(true);
  });

  it('misses the real Tết days of 2025 (27–31/01: it starts at the eve, 28/01)', () => {
    const { tet } = theirs(2025);
    expect(theirs(2025).dates.has('2025-01-27')).toBe(false);
    expect(tet.start).toBe('2025-01-29');
    expect(isWorkingDay(cal, '2025-01-27')).toBe(false);
  });
});
