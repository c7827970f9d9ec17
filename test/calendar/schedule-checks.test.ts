/**
 * The defects of issue 11 §2, each as a schedule a portal might load: every one must be refused with a located,
 * bilingual issue (these tests were written first and failed on the calendar as it was).
 */
import { describe, expect, it } from 'vitest';
import { CalendarError, createCalendar, type OfficialScheduleInput } from '../../src/calendar/index.js';

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

/** The error createCalendar throws for one loaded schedule. */
function refused(schedule: unknown): CalendarError {
  try {
    createCalendar({ schedules: [schedule as OfficialScheduleInput] });
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
    expect(createCalendar({ schedules: [tet2027()] }).isWorkingDay('2027-02-04')).toBe(false);
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
    expect(found.path).toEqual(['options', 'schedules', 0, 'entries', 5, 'date']);
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
    expect(found.path).toEqual(['options', 'schedules', 0, 'entries', 5]);
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
    expect(found.path).toEqual(['options', 'schedules', 0, 'entries', 5]);
  });

  it('refuses a schedule that covers Tết but lists none of its days (Tết would become working days)', () => {
    const found = issue(refused({ ...tet2027(), entries: [] }), 'SCHEDULE_COVERED_NOT_LISTED');
    expect(found.path).toEqual(['options', 'schedules', 0, 'covers', 0]);
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
    expect(found.path).toEqual(['options', 'schedules', 0, 'entries', 5, 'workedon']);
    expect(found.params).toMatchObject({ key: 'workedon' });

    const staus = tet2027();
    (staus.entries[0] as Record<string, unknown>).staus = 'proposed';
    expect(issue(refused(staus), 'UNKNOWN_KEY').path).toEqual([
      'options',
      'schedules',
      0,
      'entries',
      0,
      'staus',
    ]);
  });

  it('refuses a statutory holiday turned into a working day without an explicit override and its reason', () => {
    const schedule = { ...tet2027(), covers: ['new-year', 'tet'] };
    const found = issue(refused(schedule), 'SCHEDULE_HOLIDAY_WORKED');
    expect(found.params).toMatchObject({ holiday: 'new-year', date: '2027-01-01' });
    expect(found.path).toEqual(['options', 'schedules', 0, 'covers', 0]);
  });
});
