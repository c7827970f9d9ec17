import { addHoursAt } from './addWorkingHours.js';
import { type Calendar, indexOf } from './calendar.js';
import { formatInstant, type InstantInput, legalDayOf, parseInstant } from './date.js';
import type { Text } from './reasons.js';
import { oneStopDecree } from './receipt.js';

/** When an online dossier must be accepted or sent back, and the rule that says so. */
export interface OnlineAcceptanceDeadline {
  readonly submittedAt: string;
  /**
   * The officer accepts the dossier or asks for a supplement by then: 8 working hours after the system's receipt
   * (Decree 118/2025 Art. 17(2)). `null` for a dossier submitted before 01/07/2025: Decree 61/2018 sets no such
   * limit.
   */
  readonly acceptBy: string | null;
  readonly rule: Text;
}

/**
 * @summary When an online dossier must be accepted or sent back for a supplement.
 *
 * @description
 * Decree 118/2025 Art. 17(2): within 8 working hours of the system's receipt. Decree 61/2018, in force for dossiers
 * submitted before 01/07/2025, sets no such limit: `acceptBy` is then `null`.
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @param submittedAt - the instant the system received the dossier
 * @returns {@link OnlineAcceptanceDeadline}
 * @throws {CalendarError} `INVALID_CALENDAR`, `INVALID_INSTANT`, `OUT_OF_RANGE`
 *
 * @example
 * onlineAcceptanceDeadline(cal, '2026-02-13T16:00:00+07:00').acceptBy; // '2026-02-23T16:00:00+07:00'
 * onlineAcceptanceDeadline(cal, '2024-03-01T16:00:00+07:00').acceptBy; // null
 */
export function onlineAcceptanceDeadline(
  calendar: Calendar,
  submittedAt: InstantInput,
): OnlineAcceptanceDeadline {
  const index = indexOf(calendar);
  const submitted = parseInstant(submittedAt, ['submittedAt']);
  const hours = oneStopDecree(legalDayOf(submitted)).onlineAcceptanceHours;
  if (hours === null) {
    return {
      submittedAt: formatInstant(submitted),
      acceptBy: null,
      rule: {
        vi: 'Nghị định 61/2018/NĐ-CP không quy định thời hạn tiếp nhận hồ sơ trực tuyến',
        en: 'Decree 61/2018 sets no time limit for accepting an online dossier',
      },
    };
  }
  return {
    submittedAt: formatInstant(submitted),
    acceptBy: formatInstant(addHoursAt(index, submitted, hours)),
    rule: {
      vi: `Tiếp nhận hoặc yêu cầu bổ sung trong ${hours} giờ làm việc (Nghị định 118/2025/NĐ-CP, Điều 17 khoản 2)`,
      en: `Accept or ask for a supplement within ${hours} working hours (Decree 118/2025 Art. 17(2))`,
    },
  };
}
