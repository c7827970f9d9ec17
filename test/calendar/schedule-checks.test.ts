/**
 * The defects of issue 11 §2, each as a schedule a portal might load: every one must be refused with a located,
 * bilingual issue (these tests were written first and failed on the calendar as it was).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  createCalendar,
  dayInfo,
  defaultLaws,
  isWorkingDay,
  type OfficialScheduleInput,
  parseOfficialSchedule,
  validateSchedule,
} from '../../src/calendar/index.js';

const SOURCE = { id: 'TB 1/TB-BNV', document: 'Thông báo 1/TB-BNV (dữ liệu kiểm thử)' };

/** A well-formed 2027 schedule covering Tết only: the five weekdays 04–10/02/2027 (CV 10065/VPCP-KGVX). */
function tet2027(): OfficialScheduleInput {
  return {
    year: 2027,
    covers: ['tet'],
    sources: [{ ...SOURCE }],
    entries: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({
      kind: 'holiday' as const,
      date,
      holiday: 'tet' as const,
      source: SOURCE.id,
    })),
  };
}

/** The error parseOfficialSchedule throws for a schedule a portal would load. */
function refused(schedule: unknown): CalendarError {
  try {
    parseOfficialSchedule(schedule);
  } catch (e) {
    expect(e).toBeInstanceOf(CalendarError);
    return e as CalendarError;
  }
  throw new Error('the schedule was accepted');
}

/** The issue with a code, checked to be located and bilingual. */
function issue(err: CalendarError, code: string) {
  expect(err.code).toBe('INVALID_SCHEDULE');
  const found = err.issues.find((i) => (i as { code?: string }).code === code);
  expect(found, `issue ${code} among ${JSON.stringify(err.issues)}`).toBeDefined();
  expect(found!.message.length).toBeGreaterThan(0);
  expect((found as { messageVi?: string }).messageVi?.length).toBeGreaterThan(0);
  return found as unknown as { code: string; path: (string | number)[]; params: Record<string, unknown> };
}

describe('a loaded schedule is checked as data', () => {
  it('the well-formed example is accepted (the checks below are about one defect each)', () => {
    expect(
      isWorkingDay(createCalendar({ schedules: [parseOfficialSchedule(tet2027())] }), '2027-02-04'),
    ).toBe(false);
  });

  it('refuses an entry outside its year (a 2028 day in the 2027 schedule would become Tết)', () => {
    const schedule = tet2027();
    (schedule.entries as unknown[]).push({
      kind: 'holiday',
      date: '2028-01-26',
      holiday: 'tet',
      source: SOURCE.id,
    });
    const found = issue(refused(schedule), 'SCHEDULE_OUTSIDE_YEAR');
    expect(found.path).toEqual(['entries', 5, 'date']);
    expect(found.params).toMatchObject({ date: '2028-01-26', year: 2027 });
  });

  it('refuses a swapped day off without its worked Saturday', () => {
    const schedule = tet2027();
    (schedule.entries as unknown[]).push({
      kind: 'swap-off',
      date: '2027-04-29',
      workedOn: '2027-04-24',
      source: SOURCE.id,
    });
    const found = issue(refused(schedule), 'SCHEDULE_SWAP_UNPAIRED');
    expect(found.path).toEqual(['entries', 5]);
    expect(found.params).toMatchObject({ date: '2027-04-29', other: '2027-04-24' });
  });

  it('refuses a worked Saturday without its swapped day off', () => {
    const schedule = tet2027();
    (schedule.entries as unknown[]).push({
      kind: 'swap-work',
      date: '2027-04-24',
      insteadOf: '2027-04-29',
      source: SOURCE.id,
    });
    const found = issue(refused(schedule), 'SCHEDULE_SWAP_UNPAIRED');
    expect(found.path).toEqual(['entries', 5]);
  });

  it('refuses a schedule that covers Tết but lists none of its days (Tết would become working days)', () => {
    const found = issue(refused({ ...tet2027(), entries: [] }), 'SCHEDULE_COVERED_NOT_LISTED');
    expect(found.path).toEqual(['covers', 0]);
    expect(found.params).toMatchObject({ holiday: 'tet', listed: 0, granted: 5 });
  });

  it('refuses a schedule that lists fewer Tết days than the law grants', () => {
    const schedule = tet2027();
    (schedule.entries as unknown[]).pop();
    const found = issue(refused(schedule), 'SCHEDULE_COVERED_NOT_LISTED');
    expect(found.params).toMatchObject({ holiday: 'tet', listed: 4, granted: 5 });
  });

  it('refuses unknown keys: a misspelt `workedon`, a misspelt `staus` that would silently confirm a proposal', () => {
    const misspelt = tet2027();
    (misspelt.entries as unknown[]).push(
      { kind: 'swap-off', date: '2027-04-29', workedon: '2027-04-24', source: SOURCE.id },
      { kind: 'swap-work', date: '2027-04-24', insteadOf: '2027-04-29', source: SOURCE.id },
    );
    const found = issue(refused(misspelt), 'UNKNOWN_KEY');
    expect(found.path).toEqual(['entries', 5, 'workedon']);
    expect(found.params).toMatchObject({ key: 'workedon' });

    const staus = tet2027();
    (staus.entries[0] as Record<string, unknown>).staus = 'proposed';
    expect(issue(refused(staus), 'UNKNOWN_KEY').path).toEqual(['entries', 0, 'staus']);
  });

  it('refuses a statutory holiday turned into a working day without an explicit override and its reason', () => {
    const schedule = { ...tet2027(), covers: ['new-year', 'tet'] };
    const found = issue(refused(schedule), 'SCHEDULE_HOLIDAY_WORKED');
    expect(found.params).toMatchObject({ holiday: 'new-year', date: '2027-01-01' });
    expect(found.path).toEqual(['covers', 0]);
  });
});

describe('validateSchedule', () => {
  it('returns the schedule as the calendar reads it, defaults filled in', () => {
    const result = validateSchedule(tet2027());
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.schedule?.entries.every((e) => e.status === 'confirmed')).toBe(true);
  });

  it('returns every issue with its path inside the schedule, and never throws for bad data', () => {
    for (const bad of [null, 42, 'x', [], { year: 2027 }, JSON.parse('{"__proto__": {"year": 2027}}')]) {
      const result = validateSchedule(bad);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
    const result = validateSchedule({ ...tet2027(), entries: [] });
    expect(result.issues).toMatchObject([{ code: 'SCHEDULE_COVERED_NOT_LISTED', path: ['covers', 0] }]);
  });

  it('suggests the key a misspelt one meant', () => {
    const schedule = tet2027();
    (schedule.entries[0] as Record<string, unknown>).staus = 'proposed';
    const [found] = validateSchedule(schedule).issues;
    expect(found).toMatchObject({ code: 'UNKNOWN_KEY', params: { key: 'staus', suggestion: 'status' } });
    expect(found!.messageVi).toBe('khoá "staus" không có trong định dạng (có phải là "status"?)');
    expect(found!.message).toBe('unknown key "staus" (did you mean "status"?)');
  });

  it('guards the input before parsing (size limits)', () => {
    const schedule = tet2027();
    (schedule.sources[0] as Record<string, unknown>).note = 'x'.repeat(5_000);
    expect(validateSchedule(schedule).issues).toMatchObject([
      { code: 'INPUT_STRING_TOO_LONG', path: ['sources', 0, 'note'] },
    ]);
    const many = { ...tet2027(), entries: Array.from({ length: 401 }, () => ({})) };
    expect(validateSchedule(many).issues).toMatchObject([{ code: 'INPUT_TOO_LARGE', path: ['entries'] }]);
  });

  it('accepts a statutory holiday made a working day by a holiday-worked entry with its reason, and says why', () => {
    const schedule = { ...tet2027(), covers: ['new-year', 'tet'] } as OfficialScheduleInput;
    (schedule.entries as unknown[]).push({
      kind: 'holiday-worked',
      date: '2027-01-01',
      holiday: 'new-year',
      reason: {
        vi: 'Dữ liệu kiểm thử: nghỉ Tết Dương lịch chuyển sang ngày khác',
        en: 'Test data: the day off moved',
      },
      source: SOURCE.id,
    });
    expect(validateSchedule(schedule).issues).toEqual([]);
    const cal = createCalendar({ schedules: [parseOfficialSchedule(schedule)] });
    const info = dayInfo(cal, '2027-01-01');
    expect(info.working).toBe(true);
    expect(info.reasons).toMatchObject([{ kind: 'holiday-worked', holiday: 'new-year', effect: 'work' }]);
    expect(info.summary.vi).toBe(
      'Ngày làm việc: Làm việc vào ngày Tết Dương lịch theo lịch nghỉ chính thức: Dữ liệu kiểm thử: nghỉ Tết Dương lịch chuyển sang ngày khác',
    );
  });

  it('checks against the laws it is given', () => {
    // Without the Labor Code 2019, National Day 2027 grants one day: a schedule listing only 02/09 is complete.
    const onlyNationalDay = {
      year: 2027,
      covers: ['national-day'],
      sources: [{ ...SOURCE }],
      entries: [{ kind: 'holiday', date: '2027-09-02', holiday: 'national-day', source: SOURCE.id }],
    };
    expect(validateSchedule(onlyNationalDay).issues).toMatchObject([
      { code: 'SCHEDULE_COVERED_NOT_LISTED', params: { listed: 1, granted: 2 } },
    ]);
    const [code2012] = defaultLaws();
    const law2012 = { laws: [{ ...code2012!, effectiveTo: undefined }] };
    expect(validateSchedule(onlyNationalDay, law2012).issues).toEqual([]);
    expect(() => validateSchedule(onlyNationalDay, { laws: [{ id: '' } as never] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
  });

  it('a day in another format is reported as not in the form YYYY-MM-DD (not HH:MM)', () => {
    const schedule = tet2027();
    (schedule.entries[0] as { date: string }).date = '2027-2-4';
    expect(validateSchedule(schedule).issues).toMatchObject([
      { code: 'BAD_FORMAT', params: { format: 'YYYY-MM-DD' }, path: ['entries', 0, 'date'] },
    ]);
  });

  it('parseOfficialSchedule throws INVALID_SCHEDULE with every issue', () => {
    const err = (() => {
      try {
        parseOfficialSchedule({ ...tet2027(), entries: [] });
      } catch (e) {
        return e as CalendarError;
      }
      throw new Error('accepted');
    })();
    expect(err).toBeInstanceOf(CalendarError);
    expect(err.code).toBe('INVALID_SCHEDULE');
    expect(err.path).toEqual(['covers', 0]);
    expect(err.messageVi).toMatch(
      /^Lịch nghỉ chính thức không hợp lệ \(1 lỗi\); tại `covers.0`: lịch quy định Tết/,
    );
  });
});

describe('validateSchedule on arbitrary input (property)', () => {
  it('never throws, and reports every problem located and bilingual, in bounded texts', () => {
    const day = fc
      .date({
        min: new Date('2026-06-01T00:00:00Z'),
        max: new Date('2028-06-30T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const entry = fc.record(
      {
        kind: fc.constantFrom('holiday', 'compensatory', 'swap-off', 'swap-work', 'holiday-worked', 'nope'),
        date: fc.oneof(day, fc.string()),
        holiday: fc.constantFrom('tet', 'new-year', 'culture-day', 'x'),
        workedOn: day,
        insteadOf: day,
        for: day,
        source: fc.constantFrom(SOURCE.id, 'B'),
        status: fc.constantFrom('confirmed', 'proposed', 'not-adopted', 'maybe'),
        reason: fc.constant({ vi: 'Lý do', en: 'Reason' }),
      },
      { requiredKeys: ['kind', 'date'] },
    );
    const schedule = fc.record(
      {
        year: fc.oneof(fc.constant(2027), fc.integer()),
        covers: fc.array(fc.constantFrom('tet', 'national-day', 'labour', 'bogus'), { maxLength: 3 }),
        sources: fc.constant([SOURCE]),
        entries: fc.array(entry, { maxLength: 12 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(schedule, fc.anything()), (input) => {
        const result = validateSchedule(input);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const i of result.issues) {
          expect(typeof i.code).toBe('string');
          expect(Array.isArray(i.path)).toBe(true);
          expect(i.message.length).toBeGreaterThan(0);
          expect(i.messageVi.length).toBeGreaterThan(0);
          expect(i.messageVi.length).toBeLessThan(600);
        }
      }),
      { numRuns: 300 },
    );
  });
});
