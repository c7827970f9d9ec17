/**
 * One file of `motcua check`: parse it (a JSON syntax error is a problem at its line and column), tell what it is,
 * and collect every problem the library finds — `safeDefineProcedure` for a definition (errors and warnings),
 * the schedule check for an official schedule — each located in the file.
 */
import { safeDefineProcedure } from '../../rules/index.js';
import { parseJson } from '../json.js';
import { report } from '../messages/index.js';
import { type FileKind, fileKind } from './kind.js';
import { type LibraryProblem, type LocatedProblem, locateProblem } from './locate.js';
import { scheduleProblems } from './schedule.js';

/** The findings for one file. */
export interface FileReport {
  readonly file: string;
  /** `null` when the file is not JSON. */
  readonly kind: FileKind | null;
  readonly problems: readonly LocatedProblem[];
}

/**
 * Checks the text of one file.
 *
 * @example
 * checkText('a.json', '{ "code": "1.000894", "steps": [] }').problems.map((p) => p.code)
 * //=> ['SCHEMA_MISSING', …]
 */
export function checkText(file: string, text: string): FileReport {
  const parsed = parseJson(file, text);
  if (!parsed.ok) {
    const { line, column, reason } = parsed.error;
    const r = report('JSON_SYNTAX', { reason });
    const problem: LocatedProblem = {
      code: r.code,
      severity: 'error',
      path: [],
      line,
      column,
      message: r.message,
      messageVi: r.messageVi,
      suggestions: [],
    };
    return { file, kind: null, problems: [problem] };
  }
  const { document } = parsed;
  const kind = fileKind(document.value);
  const found: LibraryProblem[] = [];
  if (kind === 'procedure') {
    const result = safeDefineProcedure(document.value);
    found.push(...(result.ok ? result.warnings : result.problems));
  } else if (kind === 'schedule') {
    found.push(...scheduleProblems(document.value));
  } else if (kind === 'schedules') {
    (document.value as unknown[]).forEach((schedule, i) => {
      for (const p of scheduleProblems(schedule)) found.push({ ...p, path: [i, ...p.path] });
    });
  } else {
    const r = report('UNKNOWN_KIND', {});
    found.push({ code: r.code, severity: 'error', path: [], message: r.message, messageVi: r.messageVi });
  }
  return { file, kind, problems: found.map((p) => locateProblem(document, p)) };
}
