/** Hand-checked answers of the calendar's operations, across Tết 2026 and the 30/4–1/5 break. */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingHours,
  CalendarError,
  calendarPeriod,
  calendarVersion,
  clockStart,
  createCalendar,
  dayInfo,
  deadline,
  formatInstant,
  holidays,
  isWorkingDay,
  legalDay,
  nextWorkingInstant,
  type OfficialScheduleInput,
  onlineAcceptanceDeadline,
  parseAgencyOverlay,
  parseOfficialSchedule,
  parseWorkingHours,
  transferDeadline,
  withOverlay,
  workingDaysBetween,
  workingHoursBetween,
} from '../../src/calendar/index.js';

const cal = createCalendar();

/** The working-days-with-cut-off policy, named explicitly (the default is working hours). */
const CUTOFF = { policy: 'working-days-cutoff' } as const;

describe('addWorkingDays / workingDaysBetween', () => {
  it.each([
    ['2026-02-12', 3, '2026-02-24', 'Tết 16–20/02 skipped'],
    ['2026-02-14', 1, '2026-02-23', 'from a Saturday, day 1 is the first working day after'],
    ['2025-12-31', 1, '2026-01-05', 'New Year and the swapped Friday 02/01 skipped'],
    ['2026-01-09', 1, '2026-01-10', 'Saturday 10/01 is worked'],
    ['2026-04-20', 15, '2026-05-14', 'compensatory 27/04, 30/4 and 1/5 skipped'],
    ['2026-02-23', -1, '2026-02-13', 'back over Tết'],
    ['2026-02-14', -1, '2026-02-12', 'back from a Saturday: it counts as Friday 13/02'],
    ['2026-03-02', 0, '2026-03-02', 'zero is the day itself'],
    ['2026-03-07', 0, '2026-03-07', 'zero on a day off too'],
  ])('%s + %i → %s (%s)', (from, n, to) => {
    expect(addWorkingDays(cal, from, n)).toBe(to);
    expect(workingDaysBetween(cal, from, to)).toBe(n);
  });

  it('counts 249 working days in 2026 (261 weekdays − 14 off + 2 Saturdays worked)', () => {
    expect(workingDaysBetween(cal, '2025-12-31', '2026-12-31')).toBe(249);
    expect(workingDaysBetween(cal, '2026-12-31', '2025-12-31')).toBe(-249);
  });

  it('accepts a Date, read in Asia/Ho_Chi_Minh (23:30 UTC on the 11th is the 12th in Vietnam)', () => {
    expect(addWorkingDays(cal, new Date('2026-02-11T23:30:00Z'), 3)).toBe('2026-02-24');
  });

  it('spans many years', () => {
    const far = addWorkingDays(cal, '2026-01-05', 10_000);
    expect(workingDaysBetween(cal, '2026-01-05', far)).toBe(10_000);
    expect(addWorkingDays(cal, far, -10_000)).toBe('2026-01-05');
  });
});

describe('working hours', () => {
  it.each([
    ['2026-02-13T16:00:00+07:00', 8, '2026-02-23T16:00:00+07:00'],
    ['2026-03-02T09:30:00+07:00', 2, '2026-03-02T11:30:00+07:00'],
    ['2026-03-02T09:30:00+07:00', 2.5, '2026-03-02T13:30:00+07:00'],
    ['2026-03-02T02:30:00Z', 2, '2026-03-02T11:30:00+07:00'],
    ['2026-03-02T13:30:00+07:00', -2.5, '2026-03-02T09:30:00+07:00'],
    ['2026-03-06T20:00:00+07:00', 1, '2026-03-09T08:30:00+07:00'],
    ['2026-03-02T12:15:00+07:00', 0, '2026-03-02T12:15:00+07:00'],
  ])('%s + %s h → %s', (from, h, to) => {
    expect(addWorkingHours(cal, from, h)).toBe(to);
  });

  it('measures working hours between instants', () => {
    expect(workingHoursBetween(cal, '2026-02-13T16:00:00+07:00', '2026-02-23T16:00:00+07:00')).toBe(8);
    expect(workingHoursBetween(cal, '2026-03-02T12:00:00+07:00', '2026-03-02T12:45:00+07:00')).toBe(0);
    expect(workingHoursBetween(cal, Date.UTC(2026, 2, 2, 6), Date.UTC(2026, 2, 2, 0, 30))).toBe(-4);
  });

  it.each([
    ['2026-03-02T08:00:00+07:00', '2026-03-02T08:00:00+07:00'],
    ['2026-03-02T06:00:00+07:00', '2026-03-02T07:30:00+07:00'],
    ['2026-03-02T11:30:00+07:00', '2026-03-02T13:00:00+07:00'],
    ['2026-03-02T12:00:00+07:00', '2026-03-02T13:00:00+07:00'],
    ['2026-03-02T17:00:00+07:00', '2026-03-03T07:30:00+07:00'],
    ['2026-02-14T20:00:00+07:00', '2026-02-23T07:30:00+07:00'],
    ['2026-12-31T18:00:00+07:00', '2027-01-04T07:30:00+07:00'],
  ])('nextWorkingInstant(%s) = %s', (at, next) => {
    expect(nextWorkingInstant(cal, at)).toBe(next);
  });

  it('uses the configured hours (07:00–11:30, 13:30–17:00)', () => {
    const other = createCalendar({
      hours: parseWorkingHours({
        sessions: [
          { start: '07:00', end: '11:30' },
          { start: '13:30', end: '17:00' },
        ],
      }),
    });
    expect(addWorkingHours(other, '2026-03-02T07:00:00+07:00', 8)).toBe('2026-03-02T17:00:00+07:00');
    expect(nextWorkingInstant(other, '2026-03-02T13:00:00+07:00')).toBe('2026-03-02T13:30:00+07:00');
    expect(calendarVersion(other)).not.toBe(calendarVersion(cal));
  });
});

describe('deadline (appointment date)', () => {
  const days = (amount: number) => ({ amount, unit: 'working-days' as const });

  it('by default counts working hours: 3 working days from Thu 12/02/2026 10:00 end Tue 24/02 10:00 (Tết skipped)', () => {
    const d = deadline(cal, '2026-02-12T10:00:00+07:00', days(3));
    expect(d.policy).toBe('working-hours');
    expect(d.due).toBe('2026-02-24T10:00:00+07:00');
    expect(d.dueDate).toBe('2026-02-24');
    expect(d.notes.map((n) => n.en)).toContain('Counted in working hours: 3 days × 8 hours');
    // 10 working days from Mon 20/04/2026 09:00 over the 27/4 and 30/4–1/5 days off.
    expect(deadline(cal, '2026-04-20T09:00:00+07:00', days(10)).due).toBe('2026-05-07T09:00:00+07:00');
    // The 15:00 cut-off is a transfer rule under working hours: it never moves the count.
    expect(deadline(cal, '2026-02-13T15:30:00+07:00', days(3)).due).toBe('2026-02-25T15:30:00+07:00');
    expect(deadline(cal, '2026-02-13T15:30:00+07:00', { amount: 8, unit: 'working-hours' }).due).toBe(
      '2026-02-23T15:30:00+07:00',
    );
    // Received outside working hours: the clock starts at the next working instant.
    expect(deadline(cal, '2026-02-14T09:00:00+07:00', days(1)).due).toBe('2026-02-23T17:00:00+07:00');
    // The same day is the same day, whatever the policy.
    expect(deadline(cal, '2026-03-02T16:00:00+07:00', days(0)).due).toBe('2026-03-03T17:00:00+07:00');
  });

  it('working-days-cutoff: received before 15:00, the receipt day is day 1', () => {
    const d = deadline(cal, '2026-02-13T14:59:00+07:00', days(3), CUTOFF);
    expect(d.due).toBe('2026-02-24T17:00:00+07:00');
    expect(d.dueDate).toBe('2026-02-24');
  });

  it('working-days-cutoff: 15:00 sharp is still the same day; after it, day 1 is the next working day', () => {
    expect(deadline(cal, '2026-02-13T15:00:00+07:00', days(3), CUTOFF).dueDate).toBe('2026-02-24');
    const late = deadline(cal, '2026-02-13T15:30:00+07:00', days(3), CUTOFF);
    expect(late.start).toBe('2026-02-23T07:30:00+07:00');
    expect(late.due).toBe('2026-02-25T17:00:00+07:00');
    expect(late.notes[0]!.en).toContain('after 15:00');
  });

  it('civil-code: the receipt day is not counted', () => {
    expect(deadline(cal, '2026-02-12T10:00:00+07:00', days(3), { policy: 'civil-code' }).due).toBe(
      '2026-02-24T17:00:00+07:00',
    );
  });

  it('working-hours: N × 8 working hours from the receipt instant', () => {
    expect(deadline(cal, '2026-02-12T10:00:00+07:00', days(3), { policy: 'working-hours' }).due).toBe(
      '2026-02-24T10:00:00+07:00',
    );
  });

  it('half a working day is four working hours', () => {
    expect(deadline(cal, '2026-03-02T09:00:00+07:00', days(0.5), CUTOFF).due).toBe(
      '2026-03-02T14:30:00+07:00',
    );
    expect(deadline(cal, '2026-03-02T09:00:00+07:00', days(1.5), CUTOFF).due).toBe(
      '2026-03-03T11:30:00+07:00',
    );
  });

  it('same day (0): after 15:00 it moves to the next working day (Law on Civil Status Art. 5(3))', () => {
    expect(deadline(cal, '2026-03-02T10:00:00+07:00', days(0), CUTOFF).due).toBe('2026-03-02T17:00:00+07:00');
    expect(deadline(cal, '2026-03-02T16:00:00+07:00', days(0), CUTOFF).due).toBe('2026-03-03T17:00:00+07:00');
  });

  it('15 working days over the 30/4–1/5 break list every holiday skipped', () => {
    const d = deadline(cal, '2026-04-20T09:00:00+07:00', days(15), CUTOFF);
    expect(d.due).toBe('2026-05-13T17:00:00+07:00');
    expect(d.daysOff.map((x) => x.date)).toEqual(['2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01']);
    expect(d.weeklyRestDays).toBe(5);
  });

  it('business registration received Thursday 23/04/2026 at 16:00: 24/04, 28/04, 29/04', () => {
    expect(deadline(cal, '2026-04-23T16:00:00+07:00', days(3), CUTOFF).due).toBe('2026-04-29T17:00:00+07:00');
  });

  it('working hours as the unit: from the receipt instant, or from the next day after the cut-off', () => {
    const limit = { amount: 8, unit: 'working-hours' } as const;
    expect(deadline(cal, '2026-03-06T16:00:00+07:00', limit, { policy: 'working-hours' }).due).toBe(
      '2026-03-09T16:00:00+07:00',
    );
    expect(deadline(cal, '2026-03-06T16:00:00+07:00', limit, CUTOFF).due).toBe('2026-03-09T17:00:00+07:00');
  });

  it('calendar days by the Civil Code: 15 days from 16/04/2026 end at 24:00 on Monday 04/05 (1/5 is a holiday)', () => {
    const d = deadline(cal, '2026-04-16T09:00:00+07:00', { amount: 15, unit: 'calendar-days' });
    expect(d.dueDate).toBe('2026-05-04');
    expect(d.due).toBe('2026-05-05T00:00:00+07:00');
    expect(d.start).toBe('2026-04-17T00:00:00+07:00');
  });

  it('months by Civil Code Art. 148(3): one month from 31/01/2026 is 28/02 (a Saturday) → Monday 02/03', () => {
    const period = calendarPeriod(cal, '2026-01-31', { months: 1 });
    expect(period).toMatchObject({ start: '2026-02-01', nominalEnd: '2026-02-28', end: '2026-03-02' });
    expect(period.shiftedOver.map((d) => d.date)).toEqual(['2026-02-28', '2026-03-01']);
    expect(deadline(cal, '2026-01-31T10:00:00+07:00', { amount: 1, unit: 'months' }).dueDate).toBe(
      '2026-03-02',
    );
  });

  it('online dossiers sent on a day off can count from the next working instant (policy option)', () => {
    const sentSaturday = '2026-03-07T10:00:00+07:00';
    const base = { policy: 'civil-code', channel: 'online' } as const;
    expect(deadline(cal, sentSaturday, days(1), base).due).toBe('2026-03-09T17:00:00+07:00');
    expect(
      deadline(cal, sentSaturday, days(1), { ...base, onlineOutsideHours: 'next-working-instant' }).due,
    ).toBe('2026-03-10T17:00:00+07:00');
  });

  it('a cut-off can be changed or switched off', () => {
    expect(deadline(cal, '2026-03-02T16:00:00+07:00', days(1), { ...CUTOFF, cutoff: '16:30' }).dueDate).toBe(
      '2026-03-02',
    );
    expect(deadline(cal, '2026-03-02T16:59:00+07:00', days(1), { ...CUTOFF, cutoff: null }).dueDate).toBe(
      '2026-03-02',
    );
  });
});

describe('receipt rules', () => {
  it('a paper dossier goes to the processing agency the same day, or at the next start after 15:00 (Art. 18)', () => {
    expect(transferDeadline(cal, '2026-02-13T14:00:00+07:00').by).toBe('2026-02-13T17:00:00+07:00');
    expect(transferDeadline(cal, '2026-02-13T15:00:00+07:00').by).toBe('2026-02-13T17:00:00+07:00');
    expect(transferDeadline(cal, '2026-02-13T15:30:00+07:00').by).toBe('2026-02-23T07:30:00+07:00');
    expect(transferDeadline(cal, '2026-02-14T09:00:00+07:00').by).toBe('2026-02-23T07:30:00+07:00');
  });

  it('an online dossier is accepted within 8 working hours (Art. 17(2))', () => {
    expect(onlineAcceptanceDeadline(cal, '2026-02-13T16:00:00+07:00').acceptBy).toBe(
      '2026-02-23T16:00:00+07:00',
    );
  });

  it('clockStart explains itself', () => {
    const c = clockStart(cal, '2026-02-13T15:30:00+07:00', CUTOFF);
    expect(c).toMatchObject({
      firstDay: '2026-02-23',
      start: '2026-02-23T07:30:00+07:00',
      policy: 'working-days-cutoff',
    });
    expect(c.notes[0]!.vi).toContain('sau 15:00');
  });
});

describe('agency overlays', () => {
  const storm = withOverlay(cal, {
    agency: 'UBND xã Đông Hải',
    closures: [
      { from: '2026-10-05', to: '2026-10-06', reason: 'Bão số 10', source: 'Công điện của UBND tỉnh' },
    ],
  });

  it('a closure is a day off with its reason; the national calendar is untouched', () => {
    expect(isWorkingDay(storm, '2026-10-05')).toBe(false);
    expect(dayInfo(storm, '2026-10-05').reasons).toMatchObject([
      { kind: 'closure', agency: 'UBND xã Đông Hải', reason: 'Bão số 10' },
    ]);
    expect(addWorkingDays(storm, '2026-10-02', 1)).toBe('2026-10-07');
    expect(isWorkingDay(cal, '2026-10-05')).toBe(true);
    expect(storm.agency).toBe('UBND xã Đông Hải');
    expect(calendarVersion(storm)).not.toBe(calendarVersion(cal));
  });

  it('a working opening on Saturday mornings counts as a (half) working day, never over a holiday', () => {
    const saturdays = withOverlay(cal, {
      agency: 'UBND phường Bến Thành',
      openings: [
        {
          kind: 'working',
          weekdays: [6],
          sessions: [{ start: '07:30', end: '11:30' }],
          reason: 'Làm việc sáng thứ Bảy',
        },
      ],
    });
    expect(isWorkingDay(saturdays, '2026-03-07')).toBe(true);
    expect(dayInfo(saturdays, '2026-03-07').sessions).toEqual([{ start: '07:30', end: '11:30' }]);
    expect(addWorkingHours(saturdays, '2026-03-06T16:00:00+07:00', 2)).toBe('2026-03-07T08:30:00+07:00');
    expect(isWorkingDay(saturdays, '2024-02-10')).toBe(false); // mùng 1 Tết
  });

  it("overlays compose: a province-wide closure under an agency's Saturday desk", () => {
    const province = createCalendar({
      overlays: [
        parseAgencyOverlay({
          agency: 'UBND tỉnh Quảng Trị',
          closures: [{ from: '2026-10-05', reason: 'Bão số 10' }],
        }),
      ],
    });
    const desk = withOverlay(province, {
      agency: 'UBND xã Cửa Việt',
      openings: [
        {
          kind: 'working',
          dates: ['2026-10-10'],
          sessions: [{ start: '07:30', end: '11:30' }],
          reason: 'Làm bù',
        },
      ],
    });
    expect(isWorkingDay(desk, '2026-10-05')).toBe(false);
    expect(isWorkingDay(desk, '2026-10-10')).toBe(true);
    expect(isWorkingDay(province, '2026-10-10')).toBe(false);
    expect(desk.agency).toBe('UBND xã Cửa Việt');
    expect(dayInfo(desk, '2026-10-05').reasons).toMatchObject([
      { kind: 'closure', agency: 'UBND tỉnh Quảng Trị' },
    ]);
  });

  it('a reception-only opening lets the desk receive without making a working day', () => {
    const desk = withOverlay(cal, {
      agency: 'Trung tâm Phục vụ hành chính công',
      openings: [
        {
          kind: 'reception',
          weekdays: [6],
          sessions: [{ start: '07:30', end: '11:30' }],
          reason: 'Tiếp nhận sáng thứ Bảy',
        },
      ],
    });
    const info = dayInfo(desk, '2026-03-07');
    expect(info.working).toBe(false);
    expect(info.reception).toEqual([{ start: '07:30', end: '11:30' }]);
    expect(deadline(desk, '2026-03-07T09:00:00+07:00', { amount: 1, unit: 'working-days' }).due).toBe(
      '2026-03-09T17:00:00+07:00',
    );
  });
});

describe('schedules loaded at run time', () => {
  // A made-up notice for 2028, complete for what it covers: Tết moved a day later than the statutory guess.
  const schedule2028: OfficialScheduleInput = {
    year: 2028,
    covers: ['new-year', 'tet'],
    sources: [{ id: 'TB X/TB-BNV', document: 'Thông báo X/TB-BNV (dữ liệu kiểm thử)' }],
    entries: [
      {
        kind: 'compensatory',
        date: '2028-01-03',
        holiday: 'new-year',
        for: '2028-01-01',
        source: 'TB X/TB-BNV',
      },
      ...['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-31'].map((date) => ({
        kind: 'holiday' as const,
        date,
        holiday: 'tet' as const,
        source: 'TB X/TB-BNV',
      })),
    ],
  };

  it('a year after the last published schedule is provisional: the days the law leaves to a choice and the fixed ones', () => {
    const tet = dayInfo(cal, '2028-01-24');
    expect(tet.working).toBe(false);
    expect(tet.status).toBe('provisional');
    expect(tet.schedule).toBeNull();
    // Domain notes (official schedules): from 2028 the law gives a provisional calendar until the notice is out.
    expect(dayInfo(cal, '2028-05-01')).toMatchObject({ working: false, status: 'provisional' });
  });

  it('a loaded schedule replaces the statutory guess and confirms the days', () => {
    const next = createCalendar({ schedules: [parseOfficialSchedule(schedule2028)] });
    expect(isWorkingDay(next, '2028-01-24')).toBe(true);
    expect(isWorkingDay(next, '2028-01-31')).toBe(false);
    expect(dayInfo(next, '2028-01-25').status).toBe('confirmed');
    expect(dayInfo(next, '2028-01-25').schedule).toEqual({
      year: 2028,
      sources: ['TB X/TB-BNV'],
      covers: ['new-year', 'tet'],
    });
    // Holidays the notice does not cover still follow their laws.
    expect(dayInfo(next, '2028-05-02')).toMatchObject({ working: false, status: 'provisional' });
    expect(calendarVersion(next)).not.toBe(calendarVersion(cal));
  });
});

describe('errors', () => {
  const code = (f: () => unknown): CalendarError => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarError);
      const err = e as CalendarError;
      expect(err.message.length).toBeGreaterThan(0);
      expect(err.messageVi.length).toBeGreaterThan(0);
      return err;
    }
    throw new Error('expected a CalendarError');
  };

  it.each([['2026-02-30'], [''], ['2026-2-3'], ['26-02-03'], ['2026-02-03T00:00:00Z']])(
    '%j is not a calendar day',
    (bad) => {
      const err = code(() => addWorkingDays(cal, bad, 1));
      expect(err.code).toBe('INVALID_DATE');
      expect(err.path).toEqual(['date']);
    },
  );

  it('an invalid Date and a number are not days', () => {
    expect(code(() => isWorkingDay(cal, new Date(Number.NaN))).code).toBe('INVALID_DATE');
    expect(code(() => isWorkingDay(cal, 20260203 as unknown as string)).code).toBe('INVALID_DATE');
  });

  it.each([[Number.NaN], [1.5], [2 ** 60], [Number.POSITIVE_INFINITY], ['3' as unknown as number]])(
    '%s is not a count of days',
    (n) => {
      const err = code(() => addWorkingDays(cal, '2026-03-02', n));
      expect(err.code).toBe('INVALID_COUNT');
      expect(err.path).toEqual(['n']);
    },
  );

  it('years outside 2014–2199 are out of range', () => {
    expect(code(() => isWorkingDay(cal, '2013-12-31')).code).toBe('OUT_OF_RANGE');
    expect(code(() => isWorkingDay(cal, '2200-01-01')).code).toBe('OUT_OF_RANGE');
    expect(code(() => addWorkingDays(cal, '2199-12-20', 30)).code).toBe('OUT_OF_RANGE');
    expect(code(() => addWorkingDays(cal, '2014-01-10', -30)).code).toBe('OUT_OF_RANGE');
    expect(code(() => holidays(cal, 2500)).code).toBe('OUT_OF_RANGE');
  });

  it('instants need an offset', () => {
    const err = code(() => addWorkingHours(cal, '2026-02-12T09:30:00', 1));
    expect(err.code).toBe('INVALID_INSTANT');
    expect(code(() => nextWorkingInstant(cal, Number.NaN)).code).toBe('INVALID_INSTANT');
    expect(code(() => addWorkingHours(cal, '2026-02-12T09:30:00+07:00', Number.NaN)).code).toBe(
      'INVALID_COUNT',
    );
  });

  it('bad options and schedules list every issue with its path', () => {
    const err = code(() =>
      parseOfficialSchedule({
        year: 2028,
        covers: ['tet'],
        sources: [{ id: 'A', document: 'A' }],
        entries: [
          { kind: 'holiday', date: '2028-01-26', holiday: 'tet', source: 'A' },
          { kind: 'holiday', date: '2028-02-31', holiday: 'tet', source: 'B' },
        ],
      }),
    );
    expect(err.code).toBe('INVALID_SCHEDULE');
    expect(err.issues).toMatchObject([
      {
        code: 'NOT_A_DAY',
        path: ['entries', 1, 'date'],
        params: { value: '"2028-02-31"' },
      },
    ]);
    const hours = code(() =>
      parseWorkingHours({
        sessions: [
          { start: '13:00', end: '17:00' },
          { start: '07:30', end: '11:30' },
        ],
      }),
    );
    expect(hours.code).toBe('INVALID_OPTIONS');
    expect(hours.path).toEqual(['sessions', 1, 'start']);
    expect(
      code(() => deadline(cal, '2026-03-02T09:00:00+07:00', { amount: 1, unit: 'weeks' as 'months' })).code,
    ).toBe('INVALID_OPTIONS');
    expect(
      code(() => deadline(cal, '2026-03-02T09:00:00+07:00', { amount: -1, unit: 'working-days' })).code,
    ).toBe('INVALID_COUNT');
    expect(
      code(() => clockStart(cal, '2026-03-02T09:00:00+07:00', { ...CUTOFF, cutoff: '3pm' })).path,
    ).toEqual(['options', 'cutoff']);
  });
});

describe('review regressions', () => {
  const days = (amount: number) => ({ amount, unit: 'working-days' as const });
  const saturdayDesk = withOverlay(cal, {
    agency: 'UBND phường',
    openings: [
      {
        kind: 'working',
        weekdays: [6],
        sessions: [{ start: '07:30', end: '11:30' }],
        reason: 'Sáng thứ Bảy',
      },
    ],
  });

  it('part of a day never ends after the whole day (received 14:00: 0.5 day → 17:00 the same day)', () => {
    expect(deadline(cal, '2026-03-02T14:00:00+07:00', days(0.5), CUTOFF).due).toBe(
      '2026-03-02T17:00:00+07:00',
    );
    expect(deadline(cal, '2026-03-02T14:00:00+07:00', days(1), CUTOFF).due).toBe('2026-03-02T17:00:00+07:00');
  });

  it('a dossier received after the desk has closed counts from the next working day', () => {
    const d = deadline(saturdayDesk, '2026-03-07T14:00:00+07:00', days(1), CUTOFF);
    expect(d.due).toBe('2026-03-09T17:00:00+07:00');
    expect(d.notes[0]!.en).toBe('Received after working hours: counting starts on the next working day');
    expect(transferDeadline(saturdayDesk, '2026-03-07T14:00:00+07:00').by).toBe('2026-03-09T07:30:00+07:00');
    expect(deadline(cal, '2026-03-02T18:00:00+07:00', days(1), { ...CUTOFF, cutoff: null }).due).toBe(
      '2026-03-03T17:00:00+07:00',
    );
  });

  it('a Saturday-morning opening does not shorten a Saturday worked in exchange (10/01/2026)', () => {
    expect(dayInfo(saturdayDesk, '2026-01-10').sessions).toHaveLength(2);
    expect(deadline(saturdayDesk, '2026-01-10T08:00:00+07:00', days(1), CUTOFF).due).toBe(
      '2026-01-10T17:00:00+07:00',
    );
  });

  it('receipt rules follow the decree in force on the receipt day', () => {
    expect(transferDeadline(cal, '2024-03-01T16:00:00+07:00').rule.vi).toContain('Nghị định 61/2018/NĐ-CP');
    expect(transferDeadline(cal, '2026-03-02T16:00:00+07:00').rule.vi).toContain('Nghị định 118/2025/NĐ-CP');
    expect(transferDeadline(cal, '2026-03-07T09:00:00+07:00').rule.en).toMatch(/^Received on a day off/);
    expect(onlineAcceptanceDeadline(cal, '2024-03-01T16:00:00+07:00')).toMatchObject({ acceptBy: null });
    expect(onlineAcceptanceDeadline(cal, '2025-07-01T16:00:00+07:00').acceptBy).toBe(
      '2025-07-02T16:00:00+07:00',
    );
  });

  it('same day (0) means the same day under every policy', () => {
    for (const policy of ['working-days-cutoff', 'civil-code', 'working-hours'] as const) {
      expect(deadline(cal, '2026-03-02T10:00:00+07:00', days(0), { policy }).due).toBe(
        '2026-03-02T17:00:00+07:00',
      );
    }
  });

  it('weekend days on which a desk only receives are plain weekly rest days in a deadline', () => {
    const desk = withOverlay(cal, {
      agency: 'Trung tâm',
      openings: [
        {
          kind: 'reception',
          weekdays: [6],
          sessions: [{ start: '07:30', end: '11:30' }],
          reason: 'Tiếp nhận',
        },
      ],
    });
    const d = deadline(desk, '2026-03-05T09:00:00+07:00', days(3), CUTOFF);
    expect(d.daysOff).toEqual([]);
    expect(d.weeklyRestDays).toBe(2);
  });

  it('refuses impossible offsets, null options and non-integer years with typed errors', () => {
    for (const bad of ['2026-03-02T10:00:00+07:99', '2026-03-02T10:00:00+99:00']) {
      expect(() => addWorkingHours(cal, bad, 1)).toThrow(
        expect.objectContaining({ code: 'INVALID_INSTANT' }),
      );
    }
    const limit = days(1);
    expect(() => deadline(cal, '2026-03-02T10:00:00+07:00', limit, null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', path: ['options'] }),
    );
    expect(() => calendarPeriod(cal, '2026-03-02', null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
    expect(() => calendarPeriod(cal, '2026-03-02', {} as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
    expect(() => holidays(cal, '2026' as never)).toThrow(expect.objectContaining({ code: 'INVALID_YEAR' }));
    expect(() => deadline(cal, '2199-12-20T10:00:00+07:00', days(30), CUTOFF)).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['limit', 'amount'] }),
    );
  });

  it('cannot be changed through what it hands out', () => {
    const schedule = cal.schedules.find((s) => s.year === 2026)!;
    expect(() => (schedule.entries as unknown[]).push({})).toThrow(TypeError);
    const info = dayInfo(cal, '2026-02-17');
    (info.reasons as unknown[]).length = 0;
    expect(dayInfo(cal, '2026-02-17').reasons).toHaveLength(1);
    expect(Object.isFrozen(dayInfo(cal, '2026-02-17').reasons[0])).toBe(true);
    expect(isWorkingDay(createCalendar(), '2026-03-02')).toBe(true);
  });
});

describe('legalDay and formatInstant', () => {
  it('give the day and instant in Vietnam (UTC+7), whatever the offset written', () => {
    expect(legalDay('2026-02-09T18:30:00Z')).toBe('2026-02-10');
    expect(legalDay('2026-02-09T16:59:59Z')).toBe('2026-02-09');
    expect(legalDay(Date.parse('2026-02-09T17:00:00Z'))).toBe('2026-02-10');
    expect(legalDay('2026-02-10T01:00:00+09:00')).toBe('2026-02-09');
    expect(formatInstant(Date.parse('2026-02-09T18:30:00Z'))).toBe('2026-02-10T01:30:00+07:00');
    expect(formatInstant(Date.parse('2026-02-09T18:30:00.250Z'))).toBe('2026-02-10T01:30:00.250+07:00');
    expect(() => legalDay('2026-02-10T09:00')).toThrow(CalendarError);
  });
});
