/** The rules' plain day checks: the legal "today" (Hanoi's day, cached until its midnight) and real calendar days. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDay, legalToday } from '../../src/rules/calendarDay.js';

const hanoiDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);

describe('legalToday', () => {
  it('is the day in Asia/Ho_Chi_Minh, either side of its midnight (17:00 UTC)', () => {
    const midnight = Date.parse('2027-02-03T17:00:00Z');
    expect(legalToday(midnight - 1)).toBe('2027-02-03');
    expect(legalToday(midnight)).toBe('2027-02-04');
    expect(legalToday(midnight - 1)).toBe('2027-02-03');
  });

  it('agrees with the plain computation for any instant, in any order (the cache never goes stale)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: Date.parse('2014-01-01'), max: Date.parse('2199-12-31') }), {
          minLength: 1,
          maxLength: 20,
        }),
        (instants) => {
          for (const ms of instants) {
            expect(legalToday(ms)).toBe(hanoiDay(ms));
            expect(legalToday(ms + 1)).toBe(hanoiDay(ms + 1));
          }
        },
      ),
    );
  });
});

describe('isCalendarDay', () => {
  it('accepts exactly the real days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2100-02-29')).toBe(false);
    expect(isCalendarDay('2000-02-29')).toBe(true);
    expect(isCalendarDay('2026-04-31')).toBe(false);
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const real = m >= 1 && m <= 12 && d >= 1 && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          expect(isCalendarDay(text)).toBe(real);
        },
      ),
    );
  });
});
