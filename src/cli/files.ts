/**
 * Files named on the command line: globs expanded by tinyglobby, folders walked for `*.json`, and reading and
 * writing with the file system's errors turned into one bilingual line (`FILE_NOT_FOUND`, …) instead of a stack.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError, cliError } from './errors.js';
import { type JsonDocument, parseJson } from './json.js';

const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * The files named by arguments: a file as it is, a folder as every `.json` file under it, a glob as its matches
 * (sorted); each file once, in the order of the arguments.
 *
 * @throws {CliError} `FILE_NOT_FOUND` for a file that does not exist, `NO_FILES_MATCH` for a glob or folder that
 *   gives nothing
 * @example
 * await expandFiles(['examples/procedures/*.json'], process.cwd())
 * //=> ['examples/procedures/business-registration.json', …]
 */
export async function expandFiles(
  args: readonly string[],
  cwd: string,
  options: { readonly keepMissing?: boolean } = {},
): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(file);
    }
  };
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      // A pattern that names node_modules itself (an installed package's examples) looks inside it.
      const ignore = arg.includes('node_modules')
        ? IGNORE.filter((x) => !x.includes('node_modules'))
        : IGNORE;
      const found = await glob(arg, { cwd, onlyFiles: true, ignore, expandDirectories: false });
      if (found.length === 0) throw cliError('NO_FILES_MATCH', { pattern: arg });
      for (const f of found.sort()) add(f);
      continue;
    }
    const stat = statOf(arg, cwd);
    // With `keepMissing` (`check --json`), a missing file is kept: reading it reports FILE_NOT_FOUND inside the JSON
    // document, with the other files' problems; else it stops the command in one line.
    if (stat === 'missing' && options.keepMissing !== true) throw cliError('FILE_NOT_FOUND', { file: arg });
    if (stat === 'missing' || stat === 'file') {
      add(arg);
      continue;
    }
    const base = isAbsolute(arg) ? arg : resolve(cwd, arg);
    const found = await glob('**/*.json', { cwd: base, onlyFiles: true, ignore: IGNORE });
    if (found.length === 0) throw cliError('NO_FILES_MATCH', { pattern: arg });
    for (const f of found.sort()) add(display(resolve(base, f), cwd));
  }
  return out;
}

function statOf(file: string, cwd: string): 'file' | 'folder' | 'missing' {
  try {
    return statSync(resolve(cwd, file)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/** A path as shown: relative to the working folder when inside it, with `/`. */
function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  return shown.split(sep).join('/');
}

/**
 * Reads a text file.
 *
 * @throws {CliError} `FILE_NOT_FOUND`, `FILE_IS_DIRECTORY`, `FILE_UNREADABLE`
 */
export function readText(file: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT') throw cliError('FILE_NOT_FOUND', { file });
    if (code === 'EISDIR') throw cliError('FILE_IS_DIRECTORY', { file });
    throw cliError('FILE_UNREADABLE', { file, reason: code });
  }
}

/**
 * Reads and parses a JSON file, for commands that need one (`try`, `diagram`): invalid JSON is a usage error
 * with its line and column.
 *
 * @throws {CliError} as {@link readText}, and `INVALID_JSON`
 */
export function readJson(file: string, cwd: string): JsonDocument {
  const parsed = parseJson(file, readText(file, cwd));
  if (parsed.ok) return parsed.document;
  const { line, column, reason } = parsed.error;
  throw cliError('INVALID_JSON', { file, line, column, reason });
}

/**
 * Writes a text file; refuses to overwrite unless asked.
 *
 * @throws {CliError} `FILE_EXISTS`, `WRITE_FAILED`
 */
export function writeText(
  file: string,
  cwd: string,
  text: string,
  options: { readonly force?: boolean } = {},
) {
  try {
    writeFileSync(resolve(cwd, file), text, { encoding: 'utf8', flag: options.force ? 'w' : 'wx' });
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'EEXIST') throw cliError('FILE_EXISTS', { file });
    throw cliError('WRITE_FAILED', { file, reason: code });
  }
}
