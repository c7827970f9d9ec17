/**
 * Why a day is or is not a working day. Every answer of the calendar can be traced to these reasons, each with
 * the document it comes from and whether it is confirmed, provisional or only proposed.
 */
import { match } from 'ts-pattern';
import { type CalendarDate, parseDay, weekdayOf } from './date.js';
import { type HolidayId, type Text, viDate } from './names.js';
import type { Source } from './schema.js';

export { holidayNames, type Text, viDate } from './names.js';

/**
 * - `confirmed`: fixed by an official schedule, or by a law in force without any choice left;
 * - `provisional`: the law leaves the day to a yearly decision not yet published (Tết days, the day next to
 *   National Day, compensatory days of a year with no official schedule), or the year's published schedule does
 *   not cover the holiday (2027: CV 10065/VPCP-KGVX fixes Tết and National Day; New Year, Hùng Kings, 30/4, 1/5
 *   and Culture Day follow their laws) — our best reading until a notice is loaded;
 * - `proposed`: only proposed or announced; shown, and applied only when the calendar is asked to;
 * - `not-adopted`: a proposal the decision did not adopt; kept for the record in `dayInfo(d).proposals`, never
 *   applied.
 */
export type DayStatus = 'confirmed' | 'provisional' | 'proposed' | 'not-adopted';

interface ReasonBase {
  /** What the reason does to the day: makes it a day off, a working day, or only opens the desk to receive. */
  readonly effect: 'off' | 'work' | 'reception';
  readonly status: DayStatus;
  readonly source: Source;
}

/** Ngày nghỉ hằng tuần — Saturday and Sunday (Decision 188/1999/QĐ-TTg). */
export interface WeeklyRestReason extends ReasonBase {
  readonly kind: 'weekly-rest';
}
/** Ngày nghỉ lễ, tết — a statutory holiday. `law` is the id of the law that grants it. */
export interface HolidayReason extends ReasonBase {
  readonly kind: 'holiday';
  readonly holiday: HolidayId;
  readonly name: Text;
  readonly law: string | null;
}
/** Nghỉ bù — the next working day off because a holiday fell on a weekly rest day. */
export interface CompensatoryReason extends ReasonBase {
  readonly kind: 'compensatory';
  readonly holiday: HolidayId;
  readonly name: Text;
  readonly for: CalendarDate;
}
/** Hoán đổi ngày làm việc — a weekday off, worked on a Saturday instead. */
export interface SwapOffReason extends ReasonBase {
  readonly kind: 'swap-off';
  readonly workedOn: CalendarDate;
}
/** Làm bù — a Saturday worked in exchange for a weekday off. */
export interface SwapWorkReason extends ReasonBase {
  readonly kind: 'swap-work';
  readonly insteadOf: CalendarDate;
}
/** A statutory holiday the official schedule makes a working day on purpose, with its reason. */
export interface HolidayWorkedReason extends ReasonBase {
  readonly kind: 'holiday-worked';
  readonly holiday: HolidayId;
  readonly name: Text;
  readonly reason: Text;
}
/** An agency's own closure (storm, local order) or opening (Saturday-morning desk). */
export interface OverlayReason extends ReasonBase {
  readonly kind: 'closure' | 'opening';
  readonly agency: string;
  readonly reason: string;
}

export type DayReason =
  | WeeklyRestReason
  | HolidayReason
  | CompensatoryReason
  | SwapOffReason
  | SwapWorkReason
  | HolidayWorkedReason
  | OverlayReason;

export const WEEKLY_REST_SOURCE: Source = {
  document: 'Quyết định 188/1999/QĐ-TTg',
  article: 'Điều 1',
  note: 'Civil servants rest on Saturday and Sunday',
};

/** One line, in Vietnamese and English, that says why a reason applies. */
export function describeReason(reason: DayReason): Text {
  return match(reason)
    .returnType<Text>()
    .with({ kind: 'weekly-rest' }, () => ({ vi: 'Ngày nghỉ hằng tuần', en: 'Weekly rest day' }))
    .with({ kind: 'holiday' }, (r) => ({ vi: `Nghỉ lễ, tết: ${r.name.vi}`, en: `Holiday: ${r.name.en}` }))
    .with({ kind: 'compensatory' }, (r) => ({
      vi: `Nghỉ bù ${r.name.vi} (ngày lễ ${viDate(r.for)} trùng ngày nghỉ hằng tuần)`,
      en: `Compensatory day off for ${r.name.en} (${r.for} fell on a weekly rest day)`,
    }))
    .with({ kind: 'swap-off' }, (r) => ({
      vi: `Nghỉ hoán đổi, làm bù vào ${weekdayName(r.workedOn).vi} ${viDate(r.workedOn)}`,
      en: `Swapped day off, worked on ${weekdayName(r.workedOn).en} ${r.workedOn} instead`,
    }))
    .with({ kind: 'swap-work' }, (r) => ({
      vi: `Làm bù cho ngày nghỉ ${viDate(r.insteadOf)}`,
      en: `Worked in exchange for ${r.insteadOf}`,
    }))
    .with({ kind: 'holiday-worked' }, (r) => ({
      vi: `Làm việc vào ngày ${r.name.vi} theo lịch nghỉ chính thức: ${r.reason.vi}`,
      en: `Worked on ${r.name.en} by the official schedule: ${r.reason.en}`,
    }))
    .with({ kind: 'closure' }, (r) => ({
      vi: `${r.agency} nghỉ: ${r.reason}`,
      en: `${r.agency} closed: ${r.reason}`,
    }))
    .with({ kind: 'opening', effect: 'reception' }, (r) => ({
      vi: `${r.agency} tiếp nhận hồ sơ: ${r.reason}`,
      en: `${r.agency} receives: ${r.reason}`,
    }))
    .with({ kind: 'opening' }, (r) => ({
      vi: `${r.agency} làm việc: ${r.reason}`,
      en: `${r.agency} works: ${r.reason}`,
    }))
    .exhaustive();
}

const WEEKDAYS: readonly Text[] = [
  { vi: 'Chủ nhật', en: 'Sunday' },
  { vi: 'thứ Hai', en: 'Monday' },
  { vi: 'thứ Ba', en: 'Tuesday' },
  { vi: 'thứ Tư', en: 'Wednesday' },
  { vi: 'thứ Năm', en: 'Thursday' },
  { vi: 'thứ Sáu', en: 'Friday' },
  { vi: 'thứ Bảy', en: 'Saturday' },
];

/** The name of the day of the week of `YYYY-MM-DD`. */
export function weekdayName(date: CalendarDate): Text {
  return WEEKDAYS[weekdayOf(parseDay(date))]!;
}
