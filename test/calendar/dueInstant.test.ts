/**
 * `Calendar.dueInstant` is `deadline` without its explanation: the same clock start and due instant for every
 * unit, policy, cut-off, channel and calendar (the statistics read a million appointments through it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCalendar,
  type DurationUnit,
  deadline,
  dueInstant,
  withOverlay,
} from '../../src/calendar/index.js';

const cal = createCalendar();
const saturdayDesk = withOverlay(cal, {
  agency: 'UBND phường',
  openings: [
    { kind: 'working', weekdays: [6], sessions: [{ start: '07:30', end: '11:30' }], reason: 'Sáng thứ Bảy' },
  ],
  closures: [{ from: '2026-10-05', to: '2026-10-09', reason: 'Bão' }],
});

describe('dueInstant', () => {
  it('gives the start and due of deadline (property)', () => {
    const unit = fc.constantFrom<DurationUnit>('working-days', 'working-hours', 'calendar-days', 'months');
    fc.assert(
      fc.property(
        fc.constantFrom(cal, saturdayDesk),
        fc
          .integer({ min: 0, max: 4 * 365 * 1440 })
          .map((m) => Date.UTC(2024, 0, 1) + m * 60_000 + (m % 7) * 1000),
        unit,
        fc.integer({ min: 0, max: 80 }),
        fc.constantFrom('working-hours', 'working-days-cutoff', 'civil-code') as fc.Arbitrary<
          'working-hours' | 'working-days-cutoff' | 'civil-code'
        >,
        fc.constantFrom(null, '15:00', '11:00'),
        fc.constantFrom('in-person', 'online', 'post') as fc.Arbitrary<'in-person' | 'online' | 'post'>,
        fc.constantFrom('as-sent', 'next-working-instant') as fc.Arbitrary<
          'as-sent' | 'next-working-instant'
        >,
        (c, t, u, q, policy, cutoff, channel, onlineOutsideHours) => {
          const amount = u === 'working-days' || u === 'working-hours' ? q / 4 : Math.ceil(q / 8);
          const limit = { amount, unit: u };
          const options = { policy, cutoff, channel, onlineOutsideHours };
          const full = deadline(c, t, limit, options);
          const lean = dueInstant(c, t, limit, options);
          expect(lean).toEqual({ start: Date.parse(full.start), due: Date.parse(full.due) });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses what deadline refuses, with the same error', () => {
    for (const bad of [
      [{ amount: -1, unit: 'working-days' }],
      [{ amount: 1.5, unit: 'months' }],
      [{ amount: 1, unit: 'weeks' }],
    ] as const) {
      const limit = bad[0] as never;
      let full: unknown;
      let lean: unknown;
      try {
        deadline(cal, '2026-03-02T09:00:00+07:00', limit);
      } catch (e) {
        full = e;
      }
      try {
        dueInstant(cal, '2026-03-02T09:00:00+07:00', limit);
      } catch (e) {
        lean = e;
      }
      expect(full).toBeDefined();
      expect(lean).toEqual(full);
    }
  });
});
