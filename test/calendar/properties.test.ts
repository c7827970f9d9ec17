/**
 * Properties of the working-day and working-hour arithmetic (fast-check, 1000 runs each), checked against a
 * day-by-day oracle built only on `isWorkingDay` and `dayInfo`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingHours,
  clockStart,
  createCalendar,
  dayInfo,
  deadline,
  isWorkingDay,
  nextWorkingInstant,
  withOverlay,
  workingDaysBetween,
  workingHoursBetween,
} from '../../src/calendar/index.js';

const cal = createCalendar();
const RUNS = { numRuns: 1000 };

const DAY = 86_400_000;
const BASE = Date.UTC(2017, 0, 1);
const SPAN = Math.floor((Date.UTC(2190, 0, 1) - BASE) / DAY);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const shift = (d: string, n: number): string => iso(Date.parse(`${d}T00:00:00Z`) + n * DAY);

/** A day between 2017 and 2190 (counts of ±700 stay inside 2014–2199); most draws near today, where portals live. */
const day = fc.oneof(
  fc.integer({ min: 0, max: SPAN }).map((i) => iso(BASE + i * DAY)),
  fc.integer({ min: 0, max: 15 * 365 }).map((i) => iso(Date.UTC(2018, 0, 1) + i * DAY)),
);
const count = fc.integer({ min: -700, max: 700 });
const half = fc.integer({ min: -350, max: 350 });

/** The naive answer: walk day by day. */
function oracleAdd(from: string, n: number): string {
  if (n === 0) return from;
  let d = from;
  if (n > 0) {
    let left = n;
    while (left > 0) {
      d = shift(d, 1);
      if (isWorkingDay(cal, d)) left--;
    }
    return d;
  }
  // Counting back, a day off stands for the last working day before it.
  while (!isWorkingDay(cal, d)) d = shift(d, -1);
  let left = -n;
  while (left > 0) {
    d = shift(d, -1);
    if (isWorkingDay(cal, d)) left--;
  }
  return d;
}

describe('addWorkingDays / workingDaysBetween', () => {
  it('lands on a working day', () => {
    fc.assert(
      fc.property(
        day,
        count.filter((n) => n !== 0),
        (d, n) => isWorkingDay(cal, addWorkingDays(cal, d, n)),
      ),
      RUNS,
    );
  });

  it('workingDaysBetween is its exact inverse', () => {
    fc.assert(
      fc.property(day, count, (d, n) => workingDaysBetween(cal, d, addWorkingDays(cal, d, n)) === n),
      RUNS,
    );
  });

  it('equals the day-by-day walk', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (d, n) => {
        expect(addWorkingDays(cal, d, n)).toBe(oracleAdd(d, n));
      }),
      RUNS,
    );
  });

  it('is monotone in the day and in n', () => {
    fc.assert(
      fc.property(day, day, count, (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return addWorkingDays(cal, lo, n) <= addWorkingDays(cal, hi, n);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(day, count, count, (d, m, n) => {
        const [lo, hi] = m <= n ? [m, n] : [n, m];
        return addWorkingDays(cal, d, lo) <= addWorkingDays(cal, d, hi);
      }),
      RUNS,
    );
  });

  it('composes from a working day: add(add(d, a), b) = add(d, a + b)', () => {
    fc.assert(
      fc.property(day, half, half, (d0, a, b) => {
        const d = addWorkingDays(cal, d0, 1);
        return addWorkingDays(cal, addWorkingDays(cal, d, a), b) === addWorkingDays(cal, d, a + b);
      }),
      RUNS,
    );
  });

  it('counts additively: between(a, b) + between(b, c) = between(a, c)', () => {
    fc.assert(
      fc.property(
        day,
        day,
        day,
        (a, b, c) =>
          workingDaysBetween(cal, a, b) + workingDaysBetween(cal, b, c) === workingDaysBetween(cal, a, c),
      ),
      RUNS,
    );
  });
});

/** An instant between 2017 and 2190, on the minute. */
const instant = fc.integer({ min: 0, max: SPAN * 1440 }).map((m) => BASE + m * 60_000);
const minutes = fc.integer({ min: -200 * 60, max: 200 * 60 });

describe('working hours', () => {
  it('workingHoursBetween(t, addWorkingHours(t, h)) = h', () => {
    fc.assert(
      fc.property(instant, minutes, (t, m) => {
        expect(workingHoursBetween(cal, t, addWorkingHours(cal, t, m / 60)) * 60).toBeCloseTo(m, 6);
      }),
      RUNS,
    );
  });

  it('adding hours lands inside a working session, or at its end', () => {
    fc.assert(
      fc.property(
        instant,
        minutes.filter((m) => m !== 0),
        (t, m) => {
          const at = addWorkingHours(cal, t, m / 60);
          const info = dayInfo(cal, at.slice(0, 10));
          const clock = at.slice(11, 16);
          return info.working && info.sessions.some((s) => s.start <= clock && clock <= s.end);
        },
      ),
      RUNS,
    );
  });

  it('round-trips forward then back to the same working position', () => {
    fc.assert(
      fc.property(instant, minutes, (t, m) => {
        const there = addWorkingHours(cal, t, m / 60);
        const back = addWorkingHours(cal, there, -m / 60);
        expect(workingHoursBetween(cal, t, back)).toBeCloseTo(0, 6);
      }),
      RUNS,
    );
  });

  it('nextWorkingInstant is a working instant no earlier than the input, with no working time between', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const next = Date.parse(nextWorkingInstant(cal, t));
        expect(next).toBeGreaterThanOrEqual(t);
        expect(workingHoursBetween(cal, t, next)).toBe(0);
        expect(workingHoursBetween(cal, next, next + 60_000)).toBeCloseTo(1 / 60, 9);
      }),
      RUNS,
    );
  });
});

describe('deadlines', () => {
  const policy = fc.constantFrom('working-days-cutoff', 'civil-code', 'working-hours') as fc.Arbitrary<
    'working-days-cutoff' | 'civil-code' | 'working-hours'
  >;
  const amount = fc.integer({ min: 0, max: 120 }).map((q) => q / 4);

  it('are due on a working day, after the receipt, and never earlier for a later receipt', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 72 * 60 }), amount, policy, (t, later, n, p) => {
        const limit = { amount: n, unit: 'working-days' } as const;
        const d = deadline(cal, t, limit, { policy: p });
        expect(isWorkingDay(cal, d.dueDate)).toBe(true);
        expect(Date.parse(d.due)).toBeGreaterThanOrEqual(t);
        const e = deadline(cal, t + later * 60_000, limit, { policy: p });
        expect(Date.parse(e.due)).toBeGreaterThanOrEqual(Date.parse(d.due));
      }),
      RUNS,
    );
  });

  it('by default, N working days are N × 8 working hours from the next working instant of receipt', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), (t, n) => {
        const d = deadline(cal, t, { amount: n, unit: 'working-days' });
        expect(d.policy).toBe('working-hours');
        expect(d.start).toBe(nextWorkingInstant(cal, t));
        expect(d.due).toBe(addWorkingHours(cal, d.start, 8 * n));
        expect(workingHoursBetween(cal, d.start, d.due)).toBe(8 * n);
        // Never a whole receipt day counted: the due instant is at least n working days after the start's day.
        expect(workingDaysBetween(cal, d.start.slice(0, 10), d.dueDate)).toBeGreaterThanOrEqual(n - 1);
      }),
      RUNS,
    );
  });

  it('in whole working days under the cut-off policy: the due day is day 1 + (n − 1) working days', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), (t, n) => {
        const policy = { policy: 'working-days-cutoff' } as const;
        const d = deadline(cal, t, { amount: n, unit: 'working-days' }, policy);
        const first = clockStart(cal, t, policy).firstDay!;
        expect(d.dueDate).toBe(addWorkingDays(cal, first, n - 1));
        expect(workingDaysBetween(cal, first, d.dueDate)).toBe(n - 1);
      }),
      RUNS,
    );
  });
});

describe('deadlines on other calendars and options', () => {
  const saturdayDesk = withOverlay(cal, {
    agency: 'UBND phường',
    hours: {
      sessions: [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
    },
    openings: [
      {
        kind: 'working',
        weekdays: [6],
        sessions: [{ start: '07:30', end: '11:30' }],
        reason: 'Sáng thứ Bảy',
      },
    ],
    closures: [{ from: '2026-10-05', to: '2026-10-09', reason: 'Bão' }],
  });
  const calendars = fc
    .constantFrom(cal, saturdayDesk)
    .map((c) => ({ c, toString: () => c.agency ?? 'national' }));
  const policy = fc.constantFrom('working-days-cutoff', 'civil-code', 'working-hours') as fc.Arbitrary<
    'working-days-cutoff' | 'civil-code' | 'working-hours'
  >;
  const cutoff = fc.constantFrom(undefined, null, '11:00', '15:00');
  const near = fc.integer({ min: 0, max: 3 * 365 * 1440 }).map((m) => Date.UTC(2025, 6, 1) + m * 60_000);

  // 0 is not an amount but "the same day" (trả trong ngày): it is left out of the monotony.
  it('are never due before the receipt, and never earlier for a larger amount', () => {
    fc.assert(
      fc.property(
        calendars,
        near,
        policy,
        cutoff,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 8 }),
        ({ c }, t, p, k, q, step) => {
          const options = k === undefined ? { policy: p } : { policy: p, cutoff: k };
          const a = deadline(c, t, { amount: q / 4, unit: 'working-days' }, options);
          const b = deadline(c, t, { amount: (q + step) / 4, unit: 'working-days' }, options);
          expect(Date.parse(a.due)).toBeGreaterThanOrEqual(t);
          expect(Date.parse(b.due)).toBeGreaterThanOrEqual(Date.parse(a.due));
        },
      ),
      RUNS,
    );
  });
});
