/**
 * The statutory default (used for years with no official schedule) against what the government actually decided
 * in 2019–2026: with the schedules taken away, the laws alone must give the same weekdays off, except the swaps,
 * which no rule can predict.
 */
import { describe, expect, it } from 'vitest';
import lawsData from '../../src/calendar/data/laws.json';
import schedulesData from '../../src/calendar/data/official-schedules.json';
import { epochDayOf, formatDay, weekdayOf } from '../../src/calendar/date.js';
import { lunarNewYearEpochDay } from '../../src/calendar/lunar.js';
import { nationalYearReasons, tetBlock } from '../../src/calendar/nationalDays.js';
import type { HolidayLaw, OfficialSchedule } from '../../src/calendar/schema.js';

const laws = lawsData as HolidayLaw[];
const schedules = schedulesData as OfficialSchedule[];
const statutoryOnly = { laws, schedules: new Map(), entriesByYear: new Map(), applyProposed: false };

function weekdaysOff(year: number, reasons: ReturnType<typeof nationalYearReasons>): string[] {
  return [...reasons.entries()]
    .filter(([day, e]) => weekdayOf(day) % 6 !== 0 && e.reasons.some((r) => r.effect === 'off'))
    .map(([day]) => formatDay(day))
    .filter((d) => d.startsWith(String(year)))
    .sort();
}

describe('statutory default vs the official schedules', () => {
  for (const schedule of schedules) {
    it(`${schedule.year}: the laws alone give the official weekdays off, swaps aside`, () => {
      const official = schedule.entries
        .filter((e) => e.status === 'confirmed' && e.kind !== 'swap-off' && e.kind !== 'swap-work')
        .map((e) => e.date)
        .filter((d) => d.startsWith(String(schedule.year)));
      // Holidays a schedule does not cover follow their laws in both (2027: all but Tết and National Day).
      const computed = nationalYearReasons(statutoryOnly, schedule.year);
      const uncovered = weekdaysOff(schedule.year, computed).filter((d) =>
        computed
          .get(epochDayOf(...(d.split('-').map(Number) as [number, number, number])))!
          .reasons.every((r) => !('holiday' in r) || !schedule.covers.includes(r.holiday)),
      );
      expect(weekdaysOff(schedule.year, computed)).toEqual([...official, ...uncovered].sort());
    });
  }

  it('marks the days the law leaves to a yearly decision as provisional', () => {
    const reasons = nationalYearReasons(statutoryOnly, 2028);
    const status = (d: string) =>
      reasons.get(epochDayOf(...(d.split('-').map(Number) as [number, number, number])))!.reasons;
    expect(status('2028-01-24').map((r) => r.status)).toEqual(['provisional']); // Tết
    expect(status('2028-09-01').map((r) => r.status)).toEqual(['provisional']); // next to National Day
    // Fixed by law, but no schedule is published for any year of this data: provisional until one is loaded.
    expect(status('2028-05-01').map((r) => r.status)).toEqual(['provisional']);
    expect(status('2028-05-02')).toMatchObject([
      { kind: 'compensatory', status: 'provisional', for: '2028-04-30' },
    ]);
  });
});

describe('Tết block pattern', () => {
  it.each([
    [2019, ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08']],
    [2020, ['2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29']],
    [2023, ['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26']],
    [2025, ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']],
  ])('%i', (year, days) => {
    expect(tetBlock(lunarNewYearEpochDay(year), 5).map(formatDay)).toEqual(days);
  });

  it('is always 5 distinct weekdays within 9 days, holding every weekday from the eve to mùng 3 (2014–2199)', () => {
    for (let year = 2014; year <= 2199; year++) {
      const newYear = lunarNewYearEpochDay(year);
      const block = tetBlock(newYear, 5);
      expect(new Set(block).size).toBe(5);
      for (const d of block) expect(weekdayOf(d) % 6).not.toBe(0);
      for (let d = newYear - 1; d <= newYear + 2; d++) if (weekdayOf(d) % 6 !== 0) expect(block).toContain(d);
      expect(Math.max(...block) - Math.min(...block)).toBeLessThanOrEqual(8);
    }
  });
});
