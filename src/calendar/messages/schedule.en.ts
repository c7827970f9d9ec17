/**
 * The texts, in English, of the rules an official schedule must satisfy beyond its shape (checked by
 * `validateSchedule`, see ../checks.ts): entries inside their year, swaps in pairs, covered holidays listed, sources
 * that exist. The Vietnamese table (`schedule.vi.ts`) has the same codes and parameters.
 */
import { type HolidayId, holidayNames } from '../names.js';

const list = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const scheduleIssueMessagesEn = {
  SCHEDULE_UNKNOWN_SOURCE: (p: { source: string; known: readonly string[] }) =>
    `source ${JSON.stringify(p.source)} is not among the schedule's sources (${list(p.known)})`,
  SCHEDULE_DUPLICATE_DATE: (p: { date: string }) => `${p.date} is listed twice`,
  SCHEDULE_WEEKEND_OFF: (p: { date: string }) =>
    `${p.date} falls on a weekend; a schedule lists only the weekdays taken off`,
  SCHEDULE_WEEKDAY_WORKED: (p: { date: string }) =>
    `${p.date} is not a weekend day; only a weekly rest day can be worked in exchange`,
  SCHEDULE_OUTSIDE_YEAR: (p: { date: string; year: number }) =>
    `${p.date} is outside the schedule's year ${p.year} (only a swap across New Year may reach into the next or previous year, with its pair inside)`,
  SCHEDULE_SWAP_UNPAIRED: (p: { kind: 'swap-off' | 'swap-work'; date: string; other: string }) =>
    p.kind === 'swap-off'
      ? `the swapped day off ${p.date} needs its worked Saturday: an entry \`{ kind: "swap-work", date: "${p.other}", insteadOf: "${p.date}" }\` with the same status`
      : `the worked Saturday ${p.date} needs its swapped day off: an entry \`{ kind: "swap-off", date: "${p.other}", workedOn: "${p.date}" }\` with the same status`,
  SCHEDULE_COVERED_NOT_LISTED: (p: { holiday: HolidayId; listed: number; granted: number }) =>
    `the schedule covers ${holidayNames[p.holiday].en} but lists ${p.listed === 0 ? 'none' : p.listed} of the ${plural(p.granted, 'day', 'days')} the law grants; list each day off (or a "holiday-worked" entry with its reason)`,
  SCHEDULE_HOLIDAY_WORKED: (p: { holiday: HolidayId; date: string }) =>
    `${p.date} is ${holidayNames[p.holiday].en} by law, but the schedule, which covers it, does not list it: it would become a working day; list it, or add a "holiday-worked" entry with the reason`,
  SCHEDULE_NOT_COVERED: (p: { holiday: HolidayId; date: string }) =>
    `${p.date} is listed as ${holidayNames[p.holiday].en}, which the schedule does not cover: add "${p.holiday}" to \`covers\` (otherwise the law's own days for it are added to the ones listed)`,
};
