/**
 * Receipt rules: how the instant a dossier is received turns into the start of its clock, whether it still counts
 * as received in the day, and the one-stop decree in force on a receipt day. The operations built on them are
 * `clockStart`, `deadline`, `transferDeadline` and `onlineAcceptanceDeadline`.
 */

import { firstWorkingDayAfter } from './addWorkingDays.js';
import type { CalendarIndex } from './calendarIndex.js';
import { formatDay, formatInstant, legalDayOf, legalMinuteOfDay } from './date.js';
import { dataError, shown } from './errors.js';
import { issue } from './issues.js';
import { viInstant } from './names.js';
import { dayEndMs, dayStartMs, nextWorkingInstantMs } from './nextWorkingInstant.js';
import type { Text } from './reasons.js';
import { type CountingPolicy, countingPolicies } from './units.js';

/** Kênh tiếp nhận — how the dossier came in (Decree 118/2025 Art. 15). */
export type Channel = 'in-person' | 'post' | 'online';

export interface ReceiptOptions {
  /**
   * How the appointment date is counted (see {@link CountingPolicy}); default `working-hours` — N × 8 working hours
   * from the (next) working instant of complete receipt (Decree 118/2025 Art. 17(3); domain notes §6).
   */
  readonly policy?: CountingPolicy;
  /**
   * The afternoon cut-off, `HH:MM` local time, or `null` for none; default `15:00` (Decree 118/2025 Art. 18,
   * Decree 61/2018 Art. 18; same-day procedures: Law on Civil Status Art. 5(3), Decree 23/2015 Art. 7).
   */
  readonly cutoff?: string | null;
  readonly channel?: Channel;
  /**
   * An online dossier sent outside working hours: counted as received when sent (`as-sent`, default) or at the
   * next working instant (`next-working-instant`, as the State Treasury does, Circular 87/2021; no general national
   * rule is known, so it is a policy option).
   */
  readonly onlineOutsideHours?: 'as-sent' | 'next-working-instant';
}

export interface ClockStart {
  readonly receivedAt: string;
  /** The receipt instant after the online option, as counted. */
  readonly countedFrom: string;
  /** The instant the clock starts. */
  readonly start: string;
  /** Day 1 of a count in working days (`null` under the `working-hours` policy). */
  readonly firstDay: string | null;
  readonly policy: CountingPolicy;
  /** How the start was reached, one line per rule applied. */
  readonly notes: readonly Text[];
}

/** Internal form with epoch values, for {@link deadline}. */
export interface ClockStartMs {
  readonly received: number;
  readonly counted: number;
  readonly start: number;
  readonly firstDay: number | null;
  readonly policy: CountingPolicy;
  readonly cutoff: number | null;
  readonly notes: Text[];
}

/** Cut-offs read before (at most the 1,440 minutes of a day): every deadline of a summary reads one. */
const cutoffs = new Map<string, number>();

export function parseCutoff(cutoff: string | null | undefined): number | null {
  if (cutoff === null) return null;
  if (cutoff === undefined) return 15 * 60;
  const known = typeof cutoff === 'string' ? cutoffs.get(cutoff) : undefined;
  if (known !== undefined) return known;
  if (typeof cutoff === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(cutoff)) {
    const minutes = Number(cutoff.slice(0, 2)) * 60 + Number(cutoff.slice(3));
    cutoffs.set(cutoff, minutes);
    return minutes;
  }
  throw dataError('INVALID_OPTIONS', [
    issue('BAD_FORMAT', { value: shown(cutoff), format: 'HH:MM' }, ['options', 'cutoff']),
  ]);
}

export function clockStartMs(index: CalendarIndex, received: number, options: ReceiptOptions): ClockStartMs {
  const policy = options.policy ?? 'working-hours';
  if (!countingPolicies.includes(policy)) {
    throw dataError('INVALID_OPTIONS', [
      issue('NOT_ONE_OF', { value: shown(policy), allowed: countingPolicies }, ['options', 'policy']),
    ]);
  }
  const cutoff = parseCutoff(options.cutoff);
  const notes: Text[] = [];
  let counted = received;
  if (options.channel === 'online' && options.onlineOutsideHours === 'next-working-instant') {
    counted = nextWorkingInstantMs(index, received);
    if (counted !== received) {
      notes.push({
        vi: `Hồ sơ trực tuyến gửi ngoài giờ làm việc được tính tiếp nhận lúc ${viInstant(counted)}`,
        en: `Online dossier sent outside working hours counts as received at ${formatInstant(counted)}`,
      });
    }
  }

  if (policy === 'working-hours') {
    const start = nextWorkingInstantMs(index, counted);
    if (start !== counted) {
      notes.push({
        vi: `Ngoài giờ làm việc: thời hạn bắt đầu tính từ ${viInstant(start)}`,
        en: `Outside working hours: the clock starts at ${formatInstant(start)}`,
      });
    }
    return { received, counted, start, firstDay: null, policy, cutoff, notes };
  }

  const day = legalDayOf(counted);
  const receipt = sameDayReceipt(index, counted, cutoff);
  let firstDay: number;
  if (policy === 'working-days-cutoff' && receipt.sameDay) {
    firstDay = day;
    notes.push({
      vi: 'Tiếp nhận trong ngày làm việc, trước giờ giới hạn: ngày tiếp nhận là ngày thứ nhất',
      en: 'Received on a working day before the cut-off: the receipt day is day 1',
    });
  } else {
    firstDay = firstWorkingDayAfter(index, day);
    notes.push(policy === 'civil-code' ? CIVIL_CODE_NOTE : (receipt as SameDayNo).reason);
  }
  const start = firstDay === day ? Math.max(counted, dayStartMs(index, day)) : dayStartMs(index, firstDay);
  return { received, counted, start, firstDay, policy, cutoff, notes };
}

const CIVIL_CODE_NOTE: Text = {
  vi: 'Không tính ngày tiếp nhận (Bộ luật Dân sự 2015, Điều 147 khoản 2)',
  en: 'The receipt day is not counted (Civil Code 2015 Art. 147(2))',
};

type SameDayNo = { readonly sameDay: false; readonly reason: Text; readonly cause: Text };

/**
 * Whether an instant still counts as received in the day (trong ngày): on a working day, by the cut-off, and before
 * the day's working hours end. "Sau 15 giờ" (Decree 118/2025 Art. 18): 15:00 sharp is still the same day. A desk
 * that closes before the cut-off (a Saturday-morning desk) has nothing left of the day once it has closed.
 */
export function sameDayReceipt(
  index: CalendarIndex,
  ms: number,
  cutoff: number | null,
): { readonly sameDay: true } | SameDayNo {
  const day = legalDayOf(ms);
  const y = index.yearOfDay(day, ['receivedAt']);
  if (y.working[day - y.start] !== 1) {
    const cause = { vi: 'Tiếp nhận vào ngày nghỉ', en: 'Received on a day off' };
    return { sameDay: false, cause, reason: cause };
  }
  if (cutoff !== null && legalMinuteOfDay(ms) > cutoff) {
    const cause = { vi: `Tiếp nhận sau ${clockText(cutoff)}`, en: `Received after ${clockText(cutoff)}` };
    return { sameDay: false, cause, reason: nextDay(cause) };
  }
  if (ms >= dayEndMs(index, day)) {
    const cause = { vi: 'Tiếp nhận sau giờ làm việc', en: 'Received after working hours' };
    return { sameDay: false, cause, reason: nextDay(cause) };
  }
  return { sameDay: true };
}

function nextDay(cause: Text): Text {
  return {
    vi: `${cause.vi}: tính từ ngày làm việc tiếp theo`,
    en: `${cause.en}: counting starts on the next working day`,
  };
}

function clockText(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** First day of Decree 118/2025/NĐ-CP (one-stop mechanism); Decree 61/2018/NĐ-CP before. */
export const DECREE_118_FROM = '2025-07-01';

/**
 * The one-stop decree in force on a receipt day: Decree 61/2018/NĐ-CP until 30/06/2025 (in force from 21/06/2018;
 * earlier days are read under it too), Decree 118/2025/NĐ-CP from 01/07/2025. Dossiers received before 01/07/2025
 * stay under the old rules.
 */
export function oneStopDecree(day: number): {
  readonly vi: string;
  readonly en: string;
  readonly onlineAcceptanceHours: number | null;
} {
  return formatDay(day) >= DECREE_118_FROM
    ? { vi: 'Nghị định 118/2025/NĐ-CP', en: 'Decree 118/2025', onlineAcceptanceHours: 8 }
    : { vi: 'Nghị định 61/2018/NĐ-CP', en: 'Decree 61/2018', onlineAcceptanceHours: null };
}

/** Options are an object or absent: `null` gets a typed error, not a `TypeError`. */
export function checkOptions<T extends object>(options: T | null | undefined): T {
  if (options === undefined) return {} as T;
  if (options !== null && typeof options === 'object') return options;
  throw dataError('INVALID_OPTIONS', [issue('WRONG_TYPE', { expected: 'object' }, ['options'])]);
}
