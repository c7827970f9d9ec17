/**
 * The problems the calendar finds in the data it reads — a wrong type, a missing or unknown key, a bad format,
 * sessions out of order — as located, bilingual issues for `CalendarError.issues`. Their texts are in
 * `messages/options.*.ts` and `messages/issues.*.ts`; the rules of official schedules have theirs in `checks.ts`.
 */
import type { Path } from '../shared/errors.js';
import { reporter } from '../shared/messages.js';
import type { CalendarIssue } from './errors.js';
import { calendarIssueMessagesEn } from './messages/issues.en.js';
import { calendarIssueMessagesVi } from './messages/issues.vi.js';
import { optionIssueMessagesEn } from './messages/options.en.js';
import { optionIssueMessagesVi } from './messages/options.vi.js';

type Table = typeof optionIssueMessagesEn & typeof calendarIssueMessagesEn;

/** Built on first use: no code runs when the module loads, so a bundle that never reports an issue drops it. */
let report: ReturnType<typeof reporter<Table>> | undefined;

/** One problem found in data or options, for `CalendarError.issues`. */
export function issue<C extends keyof Table & string>(
  code: C,
  params: Parameters<Table[C]>[0],
  path: Path,
): CalendarIssue {
  report ??= reporter<Table>(
    { ...optionIssueMessagesEn, ...calendarIssueMessagesEn },
    { ...optionIssueMessagesVi, ...calendarIssueMessagesVi },
  );
  return report(code, params as never, path);
}
