import type { Calendar, CalendarOptions } from './calendar.js';
import { CalendarIndex, NationalCache } from './calendarIndex.js';
import type { NationalData } from './nationalDays.js';
import { type CalendarData, readCalendarOptions } from './options.js';
import { MAX_YEAR, MIN_YEAR } from './range.js';
import type { AgencyOverlay, OfficialSchedule, ScheduleEntry } from './schema.js';
import { shippedLaws, shippedSchedules } from './shipped.js';

/**
 * @summary The working-day calendar of Vietnamese state agencies.
 *
 * @description
 * National rules (weekly rest, statutory holidays by the law in force, compensatory days) and the official yearly
 * schedules shipped with the library, plus any schedule the portal loads at run time (next year's, as soon as it is
 * published), agency overlays and working hours. Data comes checked by its reader — `parseOfficialSchedule`,
 * `parseHolidayLaws`, `parseWorkingHours`, `parseAgencyOverlay` — and anything else is refused, with an
 * `INVALID_SCHEDULE` or `INVALID_OPTIONS` error listing every issue with its path. The calendar is a frozen value with no methods: pass it to the operations (`addWorkingDays(cal, …)`,
 * `deadline(cal, …)`, `dayInfo(cal, …)`). Answers come from a compact index built lazily, one year at a time, and
 * never depend on the host's time zone.
 *
 * @param options - {@link CalendarOptions}
 * @returns a {@link Calendar}
 * @throws {CalendarError} `INVALID_SCHEDULE` or `INVALID_OPTIONS`, with every problem in `issues`
 *
 * @example
 * const cal = createCalendar();
 * isWorkingDay(cal, '2026-02-17'); // false — Tết Bính Ngọ
 * addWorkingDays(cal, '2026-02-12', 3); // '2026-02-24' — received Thursday 12/02/2026, Tết 16–20/02 skipped
 * const hours = parseWorkingHours({ sessions: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] });
 * nextWorkingInstant(createCalendar({ hours }), '2026-02-14T20:00:00+07:00'); // '2026-02-23T08:00:00+07:00' — after Tết, at opening time
 */
export function createCalendar(options: CalendarOptions = {}): Calendar {
  const data = readCalendarOptions(options);
  const national =
    data.laws === shippedLaws && data.schedules.length === 0 && !data.applyProposed
      ? shippedNational()
      : nationalCache(data);
  return calendarOf(national, data, data.overlays);
}

/** The national calendar of the shipped data, shared by every calendar built from it (its years are built once). */
let shipped: NationalCache | undefined;
function shippedNational(): NationalCache {
  shipped ??= nationalCache({ laws: shippedLaws, schedules: [], applyProposed: false });
  return shipped;
}

function nationalCache(data: Pick<CalendarData, 'laws' | 'schedules' | 'applyProposed'>): NationalCache {
  const byYear = new Map<number, OfficialSchedule>();
  for (const s of [...shippedSchedules, ...data.schedules]) byYear.set(s.year, s);
  const entriesByYear = new Map<number, { entry: ScheduleEntry; schedule: OfficialSchedule }[]>();
  for (const schedule of byYear.values()) {
    for (const entry of schedule.entries) {
      const year = Number(entry.date.slice(0, 4));
      const list = entriesByYear.get(year) ?? [];
      list.push({ entry, schedule });
      entriesByYear.set(year, list);
    }
  }
  const national: NationalData = {
    laws: data.laws,
    schedules: byYear,
    entriesByYear,
    applyProposed: data.applyProposed,
  };
  return new NationalCache(national);
}

/** The calendar value of national data, its hours and overlays (also `withOverlay`'s). */
export function calendarOf(
  national: NationalCache,
  data: Pick<CalendarData, 'hours'>,
  overlays: readonly AgencyOverlay[],
): Calendar {
  const { laws, schedules, applyProposed } = national.data;
  return Object.freeze({
    range: Object.freeze({ from: `${MIN_YEAR}-01-01`, to: `${MAX_YEAR}-12-31` }),
    agency: overlays.at(-1)?.agency ?? null,
    laws,
    schedules: Object.freeze([...schedules.values()].sort((a, b) => a.year - b.year)),
    hours: data.hours,
    overlays: Object.freeze([...overlays]),
    applyProposed,
    index: new CalendarIndex(national, data.hours, overlays),
  });
}
