/**
 * What `--definitions` and `--schedules` name: every `*.json` file of a folder (and its subfolders), read once at
 * start. A definition with errors, a schedule that does not validate or a file that is not JSON stops the start
 * with one bilingual line naming the file (the server never runs with half its data).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CalendarError, type OfficialSchedule, parseOfficialSchedule } from '../calendar/index.js';
import { formatPath, type Procedure, safeDefineProcedure } from '../rules/index.js';
import { MotcuaError } from '../shared/errors.js';
import { syntaxError } from './http/json.js';
import { report } from './messages/index.js';

/** A start-up failure: one bilingual report. */
export class LoadError extends MotcuaError {
  override readonly name = 'LoadError';
}

function jsonFiles(folder: string): string[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(folder);
  } catch {
    throw new LoadError(report('LOAD_FOLDER_MISSING', { folder }));
  }
  if (!stat.isDirectory()) throw new LoadError(report('LOAD_FOLDER_MISSING', { folder }));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.json')) out.push(path);
    }
  };
  walk(folder);
  return out;
}

function readJson(file: string, shown: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new LoadError(report('LOAD_FILE_INVALID', { file: shown, reason: syntaxError(text).reason }));
  }
}

/**
 * Every definition of a folder (files that are not definitions — a schedule, a dossier sample — are skipped only
 * when they have no `steps`; a file with `steps` must load).
 *
 * @throws {LoadError} `LOAD_FOLDER_MISSING`, `LOAD_FILE_INVALID`, `LOAD_DEFINITION_ERRORS`
 * @example
 * loadDefinitions('examples/procedures').map((p) => p.definition.code) //=> ['1.001612', …]
 */
export function loadDefinitions(folder: string): Procedure[] {
  const out: Procedure[] = [];
  for (const file of jsonFiles(folder)) {
    const shown = relative(process.cwd(), file) || file;
    const value = readJson(file, shown);
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, 'steps')) continue;
    const result = safeDefineProcedure(value);
    if (!result.ok) {
      const errors = result.problems.filter((p) => p.severity === 'error');
      const at = formatPath(errors[0]?.path ?? []) || '/';
      throw new LoadError(report('LOAD_DEFINITION_ERRORS', { file: shown, count: errors.length, at }));
    }
    out.push(result.procedure);
  }
  return out;
}

/**
 * Every official schedule of a folder (a file holds one schedule or a list of them).
 *
 * @throws {LoadError} `LOAD_FOLDER_MISSING`, `LOAD_FILE_INVALID`, `LOAD_SCHEDULE_INVALID`
 * @example
 * createCalendar({ schedules: loadSchedules('/etc/motcua/schedules') })
 */
export function loadSchedules(folder: string): OfficialSchedule[] {
  const out: OfficialSchedule[] = [];
  for (const file of jsonFiles(folder)) {
    const shown = relative(process.cwd(), file) || file;
    const value = readJson(file, shown);
    const list = Array.isArray(value) ? value : [value];
    list.forEach((schedule, i) => {
      try {
        out.push(parseOfficialSchedule(schedule));
      } catch (e) {
        if (!(e instanceof CalendarError)) throw e;
        const path = (e.issues[0]?.path ?? e.path).filter((p) => p !== 'schedule');
        const at = formatPath(Array.isArray(value) ? [i, ...path] : path) || '/';
        throw new LoadError(report('LOAD_SCHEDULE_INVALID', { file: shown, at }));
      }
    });
  }
  return out;
}
