/**
 * The problems of an official schedule file (lịch nghỉ chính thức). Today the calendar's `parseOfficialSchedule`
 * is the check (its zod schema); its issues carry English text only, so the Vietnamese line names the place and
 * the English one adds zod's words. When the calendar exports `validateSchedule` (bilingual, located problems),
 * this is the one function to switch to it.
 */
import { CalendarError, parseOfficialSchedule } from '../../calendar/index.js';
import { formatPath } from '../../rules/index.js';
import { report } from '../messages/index.js';
import type { LibraryProblem } from './locate.js';

/**
 * Every problem of one official schedule, paths relative to it.
 *
 * @example
 * scheduleProblems({ year: 2027, covers: [], sources: [], entries: [] })
 * //=> [{ code: 'SCHEDULE_INVALID', path: ['sources'], … }]
 */
export function scheduleProblems(value: unknown): LibraryProblem[] {
  try {
    parseOfficialSchedule(value);
    return [];
  } catch (e) {
    if (!(e instanceof CalendarError)) throw e;
    const issues = e.issues.length > 0 ? e.issues : [{ path: e.path, message: e.message }];
    return issues.map((issue) => {
      // parseOfficialSchedule prefixes its paths with 'schedule'.
      const path = issue.path[0] === 'schedule' ? issue.path.slice(1) : issue.path;
      const r = report('SCHEDULE_INVALID', { path: formatPath(path), detail: issue.message });
      return { code: r.code, severity: 'error', path, message: r.message, messageVi: r.messageVi };
    });
  }
}
