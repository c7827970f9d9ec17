/**
 * Errors of the command line itself: a usage error (unknown option, bad value, missing argument) or an I/O error
 * (missing file, invalid JSON, a file that cannot be written). Each is one bilingual report and ends the command
 * with exit code 2; the user sees one line, never a stack trace.
 */
import type { Params } from '../shared/errors.js';
import { MotcuaError } from '../shared/errors.js';
import type { ParamsOf } from '../shared/messages.js';
import type { CliMessages } from './messages/en.js';
import { en, report, vi } from './messages/index.js';

/** Exit codes: 0 clean (or warnings only), 1 problems found in the input, 2 usage or I/O error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A usage or I/O error of the command line (exit code 2), or a refusal of the input (exit code 1). */
export class CliError extends MotcuaError {
  override readonly name = 'CliError';
  /** The exit code the command ends with. */
  readonly exit: number;

  constructor(report: ConstructorParameters<typeof MotcuaError>[0], exit: number = EXIT.usage) {
    super(report);
    this.exit = exit;
  }
}

/**
 * Raises a usage or I/O error by code.
 *
 * @example
 * throw cliError('FILE_NOT_FOUND', { file: 'a.json' }); // "a.json: không tìm thấy tệp"
 */
export function cliError<C extends keyof CliMessages & string>(
  code: C,
  params: ParamsOf<CliMessages, C> & Params,
  exit: number = EXIT.usage,
): CliError {
  return new CliError(report(code, params), exit);
}

/** A placeholder code of the usage lines (`PH_year`, …). */
type Placeholder = keyof CliMessages & `PH_${string}`;

/** Both names of a positional argument, `<năm>` / `<year>`. */
function argumentNames(placeholder: Placeholder): { en: string; vi: string } {
  return { en: `<${(en[placeholder] as () => string)()}>`, vi: `<${(vi[placeholder] as () => string)()}>` };
}

/**
 * A positional argument is missing: named in each language by its placeholder.
 *
 * @example
 * missingArgument('try', 'PH_input').messageVi //=> 'lệnh "try" cần <hồ-sơ-hoặc-sự-kiện>'
 */
export function missingArgument(command: string, placeholder: Placeholder): CliError {
  const names = argumentNames(placeholder);
  const params = { command, name: names.en };
  return new CliError({
    code: 'MISSING_ARGUMENT',
    params,
    message: en.MISSING_ARGUMENT(params),
    messageVi: vi.MISSING_ARGUMENT({ command, name: names.vi }),
    path: [],
  });
}

/**
 * A positional argument has a value it cannot take.
 *
 * @example
 * badArgument('PH_year', 'năm', 'year').messageVi //=> '<năm> "năm": cần một năm, ví dụ 2026'
 */
export function badArgument(
  placeholder: Placeholder,
  value: string,
  expected: Parameters<CliMessages['BAD_OPTION_VALUE']>[0]['expected'],
): CliError {
  const names = argumentNames(placeholder);
  const params = { option: names.en, value, expected };
  return new CliError({
    code: 'BAD_OPTION_VALUE',
    params,
    message: en.BAD_OPTION_VALUE(params),
    messageVi: vi.BAD_OPTION_VALUE({ ...params, option: names.vi }),
    path: [],
  });
}

/** The one line shown for an error thrown by the library or the command line: its text in the language. */
export function errorLine(error: unknown, lang: 'vi' | 'en'): { line: string; known: boolean } {
  if (error !== null && typeof error === 'object' && 'messageVi' in error && 'message' in error) {
    const e = error as { message: unknown; messageVi: unknown };
    const text = lang === 'vi' ? e.messageVi : e.message;
    if (typeof text === 'string') return { line: text, known: true };
  }
  const reason = error instanceof Error ? error.message : String(error);
  const r = report('INTERNAL', { reason });
  return { line: lang === 'vi' ? r.messageVi : r.message, known: false };
}
