/**
 * The data shipped with the library: the holiday laws and the official schedules 2019–2027, each citing the
 * documents it comes from. Typed and frozen (every calendar shares it); the test suite passes it through
 * `validateSchedule` and the law schema (test/calendar/official-schedules.test.ts checks that nothing changes), so
 * the calendar does not parse it at every cold start.
 */
import { deepFreeze } from '../shared/values.js';
import lawsData from './data/laws.json';
import schedulesData from './data/official-schedules.json';
import type {
  HolidayLaw,
  HolidayLawInput,
  OfficialSchedule,
  OfficialScheduleInput,
  WorkingHours,
} from './schema.js';

export const shippedLaws: readonly HolidayLaw[] = deepFreeze(lawsData as HolidayLaw[]);
export const shippedSchedules: readonly OfficialSchedule[] = deepFreeze(schedulesData as OfficialSchedule[]);

/** 07:30–11:30 and 13:00–17:00, the most common hours of one-stop desks; 8 hours a day. */
export const DEFAULT_HOURS: WorkingHours = deepFreeze({
  sessions: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
  hoursPerDay: 8,
});

/**
 * @summary The holiday laws shipped with the library.
 *
 * @description
 * Labor Code 2012 Art. 115 (2013–2020), Labor Code 2019 Art. 112 (from 2021) and Resolution 28/2026/QH16 Art. 2
 * (Vietnam Culture Day, from 01/07/2026), as written in JSON.
 *
 * @returns a fresh copy, to extend and check with `parseHolidayLaws` before `createCalendar({ laws })`
 *
 * @example
 * defaultLaws().map((law) => law.id); // ['labor-code-2012', 'labor-code-2019', 'resolution-28-2026-qh16']
 */
export function defaultLaws(): HolidayLawInput[] {
  return JSON.parse(JSON.stringify(lawsData)) as HolidayLawInput[];
}

/**
 * @summary The official schedules shipped with the library (2019–2027), each citing the notices it comes from.
 *
 * @returns a fresh copy, as written in JSON
 *
 * @example
 * defaultSchedules().find((s) => s.year === 2027)?.covers; // ['tet', 'national-day'] — CV 10065/VPCP-KGVX
 */
export function defaultSchedules(): OfficialScheduleInput[] {
  return JSON.parse(JSON.stringify(schedulesData)) as OfficialScheduleInput[];
}
