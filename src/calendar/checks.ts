/**
 * What an official schedule must satisfy beyond its shape: entries inside their year, swaps in pairs, covered
 * holidays listed (a statutory holiday never silently becomes a working day), weekdays and weekends where they
 * belong, sources that exist. Each check returns located, bilingual issues, paths relative to the schedule. (The
 * rules of working hours and overlays are in `options.ts`.)
 */
import type { Path } from '../shared/errors.js';
import { reporter } from '../shared/messages.js';
import { epochDayOf, formatDay, weekdayOf } from './date.js';
import type { CalendarIssue } from './errors.js';
import { scheduleIssueMessagesEn } from './messages/schedule.en.js';
import { scheduleIssueMessagesVi } from './messages/schedule.vi.js';
import type { HolidayId } from './names.js';
import { inForce, statutoryDays } from './nationalDays.js';
import type { HolidayLaw, OfficialSchedule, ScheduleEntry } from './schema.js';

const dayOf = (date: string): number =>
  epochDayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
type ScheduleTable = typeof scheduleIssueMessagesEn;
const report = /* @__PURE__ */ reporter(scheduleIssueMessagesEn, scheduleIssueMessagesVi);

/** One problem of an official schedule, its texts from `messages/schedule.*.ts`. */
function scheduleIssue<C extends keyof ScheduleTable & string>(
  code: C,
  params: Parameters<ScheduleTable[C]>[0],
  path: Path,
): CalendarIssue {
  return report(code, params as never, path);
}

const isWeekend = (day: number): boolean => weekdayOf(day) % 6 === 0;
const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The checks of an official schedule against the holiday laws in force (the shipped laws, or a calendar's). */
export function scheduleChecks(laws: readonly HolidayLaw[]): (schedule: OfficialSchedule) => CalendarIssue[] {
  return (schedule) => [...entryChecks(schedule), ...coverChecks(schedule, laws)];
}

function entryChecks(schedule: OfficialSchedule): CalendarIssue[] {
  const out: CalendarIssue[] = [];
  const ids = schedule.sources.map((s) => s.id);
  const seen = new Set<string>();
  const byKey = new Map<string, ScheduleEntry>();
  for (const e of schedule.entries) byKey.set(`${e.kind}/${e.date}/${e.status}`, e);
  const covered = new Set<HolidayId>(schedule.covers);
  schedule.entries.forEach((entry, i) => {
    const at: Path = ['entries', i];
    if (!ids.includes(entry.source)) {
      out.push(
        scheduleIssue(
          'SCHEDULE_UNKNOWN_SOURCE',
          { source: entry.source.slice(0, 100), known: ids.slice(0, 20).map((id) => id.slice(0, 100)) },
          [...at, 'source'],
        ),
      );
    }
    const key = `${entry.date}/${entry.status}`;
    if (seen.has(key))
      out.push(scheduleIssue('SCHEDULE_DUPLICATE_DATE', { date: entry.date }, [...at, 'date']));
    seen.add(key);
    const weekend = isWeekend(dayOf(entry.date));
    if (entry.kind === 'swap-work' && !weekend) {
      out.push(scheduleIssue('SCHEDULE_WEEKDAY_WORKED', { date: entry.date }, [...at, 'date']));
    } else if (entry.kind !== 'swap-work' && weekend) {
      out.push(scheduleIssue('SCHEDULE_WEEKEND_OFF', { date: entry.date }, [...at, 'date']));
    }
    // Only a swap across New Year reaches into the year before or after, and only with its pair inside
    // (CV 6519/VPCP-KGVX: Monday 31/12/2018 off, Saturday 05/01/2019 worked, in the 2019 schedule).
    const pair =
      entry.kind === 'swap-off' ? entry.workedOn : entry.kind === 'swap-work' ? entry.insteadOf : null;
    const year = yearOf(entry.date);
    const straddles = pair !== null && Math.abs(year - schedule.year) === 1 && yearOf(pair) === schedule.year;
    if (year !== schedule.year && !straddles) {
      out.push(
        scheduleIssue('SCHEDULE_OUTSIDE_YEAR', { date: entry.date, year: schedule.year }, [...at, 'date']),
      );
    }
    if (entry.kind === 'swap-off') {
      const other = byKey.get(`swap-work/${entry.workedOn}/${entry.status}`);
      if (other?.kind !== 'swap-work' || other.insteadOf !== entry.date) {
        out.push(
          scheduleIssue(
            'SCHEDULE_SWAP_UNPAIRED',
            { kind: 'swap-off', date: entry.date, other: entry.workedOn },
            at,
          ),
        );
      }
    } else if (entry.kind === 'swap-work') {
      const other = byKey.get(`swap-off/${entry.insteadOf}/${entry.status}`);
      if (other?.kind !== 'swap-off' || other.workedOn !== entry.date) {
        out.push(
          scheduleIssue(
            'SCHEDULE_SWAP_UNPAIRED',
            { kind: 'swap-work', date: entry.date, other: entry.insteadOf },
            at,
          ),
        );
      }
    } else if (!covered.has(entry.holiday)) {
      out.push(
        scheduleIssue('SCHEDULE_NOT_COVERED', { holiday: entry.holiday, date: entry.date }, [
          ...at,
          'holiday',
        ]),
      );
    }
  });
  return out;
}

/**
 * A covered holiday is the schedule's to list: the law's days are no longer added for it. So each statutory day
 * on a weekday must be listed (or made a working day on purpose by a `holiday-worked` entry with its reason), and
 * the schedule must give as many days as the law grants — Tết's five, National Day's two, a compensatory day for
 * a holiday on a weekly rest day. Only confirmed entries count: a proposal covers nothing until it is decided.
 */
function coverChecks(schedule: OfficialSchedule, laws: readonly HolidayLaw[]): CalendarIssue[] {
  const out: CalendarIssue[] = [];
  const confirmed = schedule.entries.filter((e) => e.status === 'confirmed');
  schedule.covers.forEach((holiday, i) => {
    const at: Path = ['covers', i];
    let granted = 0;
    let missing = 0;
    for (const law of laws) {
      if (law.status !== 'confirmed') continue;
      for (const rule of law.holidays) {
        if (rule.holiday !== holiday) continue;
        for (const { day, chosen } of statutoryDays(rule, schedule.year)) {
          if (!inForce(law, day)) continue;
          if (chosen || !isWeekend(day) || law.compensatory) granted++;
          if (chosen || isWeekend(day)) continue;
          const date = formatDay(day);
          const listed = confirmed.some(
            (e) =>
              (e.kind === 'holiday' || e.kind === 'holiday-worked') &&
              e.holiday === holiday &&
              e.date === date,
          );
          if (!listed) {
            missing++;
            out.push(scheduleIssue('SCHEDULE_HOLIDAY_WORKED', { holiday, date }, at));
          }
        }
      }
    }
    const listed = confirmed.filter(
      (e) =>
        (e.kind === 'holiday' || e.kind === 'compensatory' || e.kind === 'holiday-worked') &&
        e.holiday === holiday,
    ).length;
    if (listed + missing < granted)
      out.push(scheduleIssue('SCHEDULE_COVERED_NOT_LISTED', { holiday, listed, granted }, at));
  });
  return out;
}
