/**
 * The problems of an official schedule file (lịch nghỉ chính thức): the calendar's `validateSchedule`, whose issues
 * are located and bilingual with their own codes (SCHEDULE_WEEKEND_OFF, SCHEDULE_SWAP_UNPAIRED, …), reported as
 * they are — each once, with its specific reason in both languages.
 */
import { validateSchedule } from '../../calendar/index.js';
import type { LibraryProblem } from './locate.js';

/**
 * Every problem of one official schedule, paths relative to it.
 *
 * @example
 * scheduleProblems({ year: 2027, covers: [], sources: [], entries: [] }).map((p) => p.code)
 * //=> ['TOO_SMALL'] — `sources` needs at least one document
 */
export function scheduleProblems(value: unknown): LibraryProblem[] {
  const result = validateSchedule(value);
  if (result.ok) return [];
  return result.issues.map((issue) => ({
    code: issue.code,
    severity: 'error',
    path: issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number'),
    message: issue.message,
    messageVi: issue.messageVi,
    params: issue.params,
  }));
}
