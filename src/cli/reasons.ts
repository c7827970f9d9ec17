/**
 * Why a day is off or worked, in one phrase per reason, for the `day` and `calendar` outputs and the iCalendar
 * events. The calendar gives the reasons as data (kind, holiday name in both languages, dates, source); the
 * phrases are the command line's.
 */
import { match } from 'ts-pattern';
import type { DayReason } from '../calendar/index.js';
import { dayText, viDate } from './format.js';
import type { Lang, Texts } from './messages/index.js';

/**
 * One reason in words.
 *
 * @example
 * reasonText({ kind: 'swap-work', insteadOf: '2026-01-02', … }, texts('vi'), 'vi')
 * //=> 'thứ Bảy làm bù cho ngày nghỉ Thứ Sáu 02/01/2026'
 */
export function reasonText(reason: DayReason, t: Texts, lang: Lang): string {
  return match(reason)
    .returnType<string>()
    .with({ kind: 'weekly-rest' }, () => t.REASON_weekly_rest({}))
    .with({ kind: 'holiday' }, (r) => t.REASON_holiday({ name: r.name[lang] }))
    .with({ kind: 'compensatory' }, (r) => t.REASON_compensatory({ name: r.name[lang], date: viDate(r.for) }))
    .with({ kind: 'swap-off' }, (r) => t.REASON_swap_off({ date: dayText(r.workedOn, t) }))
    .with({ kind: 'swap-work' }, (r) => t.REASON_swap_work({ date: dayText(r.insteadOf, t) }))
    .with({ kind: 'holiday-worked' }, (r) =>
      t.REASON_holiday_worked({ name: r.name[lang], reason: r.reason[lang] }),
    )
    .with({ kind: 'closure' }, (r) => t.REASON_closure({ agency: r.agency, reason: r.reason }))
    .with({ kind: 'opening', effect: 'reception' }, (r) =>
      t.REASON_reception({ agency: r.agency, reason: r.reason }),
    )
    .with({ kind: 'opening' }, (r) => t.REASON_opening({ agency: r.agency, reason: r.reason }))
    .exhaustive();
}

/** The reasons that make a day what it is, weekly rest left out when another reason says more. */
export function telling(reasons: readonly DayReason[]): DayReason[] {
  const other = reasons.filter((r) => r.kind !== 'weekly-rest');
  return other.length > 0 ? other : [...reasons];
}
