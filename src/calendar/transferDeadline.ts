import { firstWorkingDayAfter } from './addWorkingDays.js';
import { type Calendar, indexOf } from './calendar.js';
import { formatInstant, type InstantInput, legalDayOf, parseInstant } from './date.js';
import { dayEndMs, dayStartMs } from './nextWorkingInstant.js';
import type { Text } from './reasons.js';
import { checkOptions, oneStopDecree, parseCutoff, sameDayReceipt } from './receipt.js';

/** When a paper dossier must reach the processing agency, and the rule that says so. */
export interface TransferDeadline {
  readonly receivedAt: string;
  /** The latest instant the paper dossier should reach the processing agency. */
  readonly by: string;
  readonly rule: Text;
}

/**
 * @summary When a paper dossier received at the desk must reach the processing agency.
 *
 * @description
 * Article 18 of the decree in force on the receipt day (Decree 118/2025 from 01/07/2025, Decree 61/2018 before):
 * the same working day, or at the start of the next working day when received after 15:00 (or on a day off, or
 * after the desk's hours).
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param receivedAt - the receipt instant
 * @param options - `cutoff` (`'15:00'` by default, `null` for none)
 * @returns {@link TransferDeadline}
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_INSTANT`, `INVALID_OPTIONS`, `OUT_OF_RANGE`
 *
 * @example
 * transferDeadline(cal, '2026-02-13T15:30:00+07:00').by; // '2026-02-23T07:30:00+07:00' — after 15:00, Tết follows
 * transferDeadline(cal, '2026-02-13T14:00:00+07:00').by; // '2026-02-13T17:00:00+07:00' — the same working day
 */
export function transferDeadline(
  calendar: Calendar,
  receivedAt: InstantInput,
  options: { readonly cutoff?: string | null } = {},
): TransferDeadline {
  const index = indexOf(calendar);
  const received = parseInstant(receivedAt, ['receivedAt']);
  const cutoff = parseCutoff(checkOptions(options).cutoff);
  const day = legalDayOf(received);
  const decree = oneStopDecree(day);
  const receipt = sameDayReceipt(index, received, cutoff);
  if (receipt.sameDay) {
    return {
      receivedAt: formatInstant(received),
      by: formatInstant(dayEndMs(index, day)),
      rule: {
        vi: `Chuyển hồ sơ giấy ngay trong ngày (${decree.vi}, Điều 18)`,
        en: `Transfer the paper dossier the same working day (${decree.en} Art. 18)`,
      },
    };
  }
  return {
    receivedAt: formatInstant(received),
    by: formatInstant(dayStartMs(index, firstWorkingDayAfter(index, day))),
    rule: {
      vi: `${receipt.cause.vi}: chuyển vào đầu giờ ngày làm việc tiếp theo (${decree.vi}, Điều 18)`,
      en: `${receipt.cause.en}: transfer at the start of the next working day (${decree.en} Art. 18)`,
    },
  };
}
