/**
 * Every day off of 2019–2027 against the official schedules (../shared/domain/official-schedules.md), transcribed
 * here independently of the shipped JSON: the calendar must give exactly these weekdays off and these Saturdays
 * worked, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import lawsData from '../../src/calendar/data/laws.json';
import schedulesData from '../../src/calendar/data/official-schedules.json';
import {
  calendarSchemas,
  calendarVersion,
  createCalendar,
  dayInfo,
  holidays,
  isWorkingDay,
  type OfficialScheduleInput,
  parseOfficialSchedule,
  validateSchedule,
} from '../../src/calendar/index.js';

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d <= new Date(`${to}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
};

/** Weekdays off and Saturdays worked, by year, as in the official schedules table. */
const official: Record<number, { off: string[]; worked: string[] }> = {
  2019: {
    off: [
      '2019-01-01',
      ...range('2019-02-04', '2019-02-08'),
      '2019-04-15',
      '2019-04-29',
      '2019-04-30',
      '2019-05-01',
      '2019-09-02',
    ],
    worked: ['2019-01-05', '2019-05-04'],
  },
  2020: {
    off: [
      '2020-01-01',
      '2020-01-23',
      '2020-01-24',
      '2020-01-27',
      '2020-01-28',
      '2020-01-29',
      '2020-04-02',
      '2020-04-30',
      '2020-05-01',
      '2020-09-02',
    ],
    worked: [],
  },
  2021: {
    off: [
      '2021-01-01',
      '2021-02-10',
      '2021-02-11',
      '2021-02-12',
      '2021-02-15',
      '2021-02-16',
      '2021-04-21',
      '2021-04-30',
      '2021-05-03',
      '2021-09-02',
      '2021-09-03',
    ],
    worked: [],
  },
  2022: {
    off: [
      '2022-01-03',
      ...range('2022-01-31', '2022-02-04'),
      '2022-04-11',
      '2022-05-02',
      '2022-05-03',
      '2022-09-01',
      '2022-09-02',
    ],
    worked: [],
  },
  2023: {
    off: [
      '2023-01-02',
      '2023-01-20',
      ...range('2023-01-23', '2023-01-26'),
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
      '2023-09-01',
      '2023-09-04',
    ],
    worked: [],
  },
  2024: {
    off: [
      '2024-01-01',
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-04-18',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-09-02',
      '2024-09-03',
    ],
    worked: ['2024-05-04'],
  },
  2025: {
    off: [
      '2025-01-01',
      ...range('2025-01-27', '2025-01-31'),
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ],
    worked: ['2025-04-26'],
  },
  2026: {
    off: [
      '2026-01-01',
      '2026-01-02',
      ...range('2026-02-16', '2026-02-20'),
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
      '2026-11-24',
    ],
    worked: ['2026-01-10', '2026-08-22'],
  },
  // Tết Đinh Mùi 04–10/02 and National Day 02–05/09 by CV 10065/VPCP-KGVX; the rest statutory: New Year (Fri),
  // Hùng Kings (Fri 16/04), 30/4 (Fri), 1/5 (Sat → Mon 03/05), Culture Day (Wed 24/11).
  2027: {
    off: [
      '2027-01-01',
      '2027-02-04',
      '2027-02-05',
      ...range('2027-02-08', '2027-02-10'),
      '2027-04-16',
      '2027-04-30',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
      '2027-11-24',
    ],
    worked: [],
  },
};

const cal = createCalendar();

/** Weekdays off and weekend days worked that the calendar computes for a year. */
function computed(year: number): { off: string[]; worked: string[] } {
  const off: string[] = [];
  const worked: string[] = [];
  for (const d of range(`${year}-01-01`, `${year}-12-31`)) if (!isWorkingDay(cal, d)) off.push(d);
  for (const info of holidays(cal, year))
    if (info.working && (info.weekday === 0 || info.weekday === 6)) worked.push(info.date);
  // 31/12/2018 is off by the 2019 schedule; it belongs to 2018's list.
  return { off, worked };
}

describe('official schedules 2019–2027', () => {
  for (const [year, expected] of Object.entries(official)) {
    it(`${year}: exactly the weekdays off and Saturdays worked of the official schedule`, () => {
      expect(computed(Number(year))).toEqual(expected);
    });
  }

  it('31/12/2018 is off and Saturday 05/01/2019 worked (CV 6519/VPCP-KGVX swap)', () => {
    expect(isWorkingDay(cal, '2018-12-31')).toBe(false);
    expect(dayInfo(cal, '2018-12-31').reasons.map((r) => r.kind)).toEqual(['swap-off']);
    expect(isWorkingDay(cal, '2019-01-05')).toBe(true);
  });

  it('every day of a scheduled year is confirmed and names its schedule', () => {
    for (const year of [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]) {
      for (const info of holidays(cal, year)) {
        expect(info.status).toBe('confirmed');
        expect(info.schedule?.year).toBe(year);
      }
    }
  });

  it('weekend days of a holiday are named (New Year on Saturday 01/01/2022, mùng 1 Tết on Saturday 10/02/2024)', () => {
    expect(dayInfo(cal, '2022-01-01').reasons.map((r) => r.kind)).toEqual(['weekly-rest', 'holiday']);
    const tet = dayInfo(cal, '2024-02-10');
    expect(tet.reasons.some((r) => r.kind === 'holiday' && r.holiday === 'tet')).toBe(true);
    expect(tet.lunar).toEqual({ year: 2024, month: 1, day: 1, leap: false });
  });

  it('compensatory days say which holiday and which date they make up for', () => {
    const info = dayInfo(cal, '2023-05-02');
    expect(info.reasons).toMatchObject([{ kind: 'compensatory', holiday: 'hung-kings', for: '2023-04-29' }]);
    expect(info.summary.vi).toContain('Nghỉ bù');
  });

  it('swapped days name their pair and source document', () => {
    expect(dayInfo(cal, '2026-08-31').reasons).toMatchObject([
      {
        kind: 'swap-off',
        workedOn: '2026-08-22',
        source: { document: expect.stringContaining('9441/TB-BNV') },
      },
    ]);
    expect(dayInfo(cal, '2026-08-22').reasons).toMatchObject([
      { kind: 'weekly-rest' },
      { kind: 'swap-work', insteadOf: '2026-08-31' },
    ]);
  });
});

describe('Vietnam Culture Day (Resolution 28/2026/QH16 Art. 2)', () => {
  it('24/11/2026 is one day off, decided by CV 10065/VPCP-KGVX, and confirmed', () => {
    const info = dayInfo(cal, '2026-11-24');
    expect(info.working).toBe(false);
    expect(info.status).toBe('confirmed');
    expect(info.reasons).toMatchObject([
      {
        kind: 'holiday',
        holiday: 'culture-day',
        law: null,
        source: { document: 'Công văn 10065/VPCP-KGVX của Văn phòng Chính phủ', issued: '2026-10-02' },
      },
    ]);
  });

  it('did not exist before the resolution (24/11/2025 is a working Monday)', () => {
    expect(isWorkingDay(cal, '2025-11-24')).toBe(true);
  });

  it('the proposed swap (Mon 23/11 off, Sat 28/11 worked) was not adopted: kept for the record, never applied', () => {
    for (const c of [cal, createCalendar({ applyProposed: true })]) {
      const monday = dayInfo(c, '2026-11-23');
      expect(monday.working).toBe(true);
      expect(monday.status).toBe('confirmed');
      expect(monday.proposals).toMatchObject([
        { kind: 'swap-off', status: 'not-adopted', workedOn: '2026-11-28' },
      ]);
      expect(monday.summary.en).toContain('proposal not adopted');
      expect(monday.summary.vi).toContain('đề xuất không được thông qua');
      expect(isWorkingDay(c, '2026-11-28')).toBe(false);
    }
  });

  it('applyProposed: true applies a proposal and marks its days proposed', () => {
    const proposal: OfficialScheduleInput = {
      year: 2028,
      covers: [],
      sources: [
        { id: 'Dự thảo', document: 'Dự thảo phương án hoán đổi ngày làm việc 2028 (dữ liệu kiểm thử)' },
      ],
      entries: [
        {
          kind: 'swap-off',
          date: '2028-03-06',
          workedOn: '2028-03-11',
          source: 'Dự thảo',
          status: 'proposed',
        },
        {
          kind: 'swap-work',
          date: '2028-03-11',
          insteadOf: '2028-03-06',
          source: 'Dự thảo',
          status: 'proposed',
        },
      ],
    };
    const schedule = parseOfficialSchedule(proposal);
    const plain = createCalendar({ schedules: [schedule] });
    const withProposals = createCalendar({ schedules: [schedule], applyProposed: true });
    expect(isWorkingDay(plain, '2028-03-06')).toBe(true);
    expect(dayInfo(plain, '2028-03-06').proposals).toMatchObject([{ kind: 'swap-off', status: 'proposed' }]);
    expect(isWorkingDay(withProposals, '2028-03-06')).toBe(false);
    expect(isWorkingDay(withProposals, '2028-03-11')).toBe(true);
    expect(dayInfo(withProposals, '2028-03-06').status).toBe('proposed');
    expect(calendarVersion(withProposals)).not.toBe(calendarVersion(plain));
  });

  it('on Saturday 24/11/2029 it gives no compensatory day (the law attribute says so; open question)', () => {
    expect(dayInfo(cal, '2029-11-24').reasons.map((r) => r.kind)).toEqual(['weekly-rest', 'holiday']);
    expect(isWorkingDay(cal, '2029-11-26')).toBe(true);
  });
});

describe('shipped data', () => {
  it('passes validateSchedule and the law schema unchanged (so the calendar trusts it without parsing at start-up)', () => {
    for (const schedule of schedulesData) {
      const result = validateSchedule(schedule);
      expect(result.issues, String(schedule.year)).toEqual([]);
      expect(result.schedule).toEqual(schedule);
    }
    expect(calendarSchemas().Laws.parse(lawsData)).toEqual(lawsData);
  });

  it('2027: Tết Đinh Mùi and National Day confirmed by CV 10065/VPCP-KGVX; the other days by their laws', () => {
    const tet = dayInfo(cal, '2027-02-10');
    expect(tet).toMatchObject({ working: false, status: 'confirmed', schedule: { year: 2027 } });
    expect(tet.reasons[0]).toMatchObject({
      kind: 'holiday',
      holiday: 'tet',
      source: { issued: '2026-10-02' },
    });
    expect(dayInfo(cal, '2027-02-06').reasons.map((r) => r.kind)).toEqual(['weekly-rest', 'holiday']); // mùng 1
    expect(dayInfo(cal, '2027-09-03')).toMatchObject({ working: false, status: 'confirmed' });
    // Not covered by the letter: by their laws, and provisional until a notice covering them is loaded.
    expect(dayInfo(cal, '2027-04-30')).toMatchObject({
      working: false,
      status: 'provisional',
      reasons: [
        {
          kind: 'holiday',
          law: 'labor-code-2019',
          status: 'provisional',
          source: { note: expect.stringContaining('CV 10065/VPCP-KGVX') },
        },
      ],
    });
    expect(dayInfo(cal, '2027-05-03')).toMatchObject({
      status: 'provisional',
      reasons: [{ kind: 'compensatory' }],
    });
    expect(isWorkingDay(cal, '2027-02-03')).toBe(true);
    expect(isWorkingDay(cal, '2027-02-11')).toBe(true);
  });

  it('every entry cites a source listed by its schedule', () => {
    for (const schedule of schedulesData) {
      const ids = new Set(schedule.sources.map((s) => s.id));
      for (const entry of schedule.entries) expect(ids.has(entry.source)).toBe(true);
    }
  });
});
