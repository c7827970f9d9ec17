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

  it('refuses anything not written YYYY-MM-DD in ASCII digits, as the pattern /^\\d{4}-\\d{2}-\\d{2}$/ would', () => {
    for (const text of [
      '2026-2-17',
      '2026-02-17 ',
      ' 2026-02-17',
      '2026/02/17',
      '२०२६-02-17',
      '2026-0a-17',
      '+2026-02-1',
      '',
    ])
      expect(isCalendarDay(text)).toBe(false);
    fc.assert(
      fc.property(
        fc.oneof(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), fc.stringMatching(/^[0-9\-a:/]{0,11}$/)),
        (text) => {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) expect(isCalendarDay(text)).toBe(false);
          else {
            const [y, m, d] = text.split('-').map(Number) as [number, number, number];
            // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
            const date = new Date(0);
            date.setUTCFullYear(y, m - 1, d);
            const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCDate() === d;
            expect(isCalendarDay(text)).toBe(real);
          }
        },
      ),
    );
  });
});
