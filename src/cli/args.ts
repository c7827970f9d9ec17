/**
 * Commands as data — their positional arguments and options, with the message codes that describe them — and the
 * reading of a command line against them. citty tokenises (`parseArgs`: node:util's parser, aliases, kebab and
 * camel case, `--no-` flags); this module refuses what citty lets through (an unknown option, an option without
 * its value, a missing argument) with one bilingual line and a "did you mean …?" from the options of the command.
 */
import { type ArgsDef, parseArgs } from 'citty';
import { cliError, missingArgument } from './errors.js';
import type { Io, Style } from './io.js';
import type { CliMessages } from './messages/en.js';
import type { Lang, Texts } from './messages/index.js';
import { closest } from './suggest.js';

/** A message code of the command line (help texts and placeholders). */
export type MessageCode = keyof CliMessages;

/** A positional argument. */
export interface PositionalSpec {
  readonly name: string;
  /** Placeholder in the usage line (`PH_…`). */
  readonly placeholder: MessageCode;
  readonly help: MessageCode;
  /** Takes every remaining positional (`check <files…>`). */
  readonly variadic?: boolean;
}

/** An option of a command (`--name` in kebab case). */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly help: MessageCode;
  readonly alias?: string;
  /** Placeholder of the value (`PH_…`), for string options. */
  readonly placeholder?: MessageCode;
  /** Shown as the default in the help. */
  readonly defaultText?: string;
}

/** What a command's `run` receives. */
export interface CommandContext {
  readonly io: Io;
  readonly lang: Lang;
  readonly t: Texts;
  /** Styles of standard output and standard error (plain text unless a colour terminal). */
  readonly out: Style;
  readonly err: Style;
  /** Positional arguments, by name (a variadic one holds the rest, joined by nothing: see `rest`). */
  readonly positionals: Readonly<Record<string, string>>;
  /** Every positional of a variadic argument. */
  readonly rest: readonly string[];
  /** Options by name: a string, `true` for a flag, or `undefined` when not given. */
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
}

/** A command of the `motcua` bin. */
export interface CommandSpec {
  readonly name: string;
  readonly about: MessageCode;
  readonly positionals: readonly PositionalSpec[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Runs the command; resolves to the exit code. */
  run(context: CommandContext): Promise<number> | number;
}

/** Options every command takes. */
export const commonOptions: Readonly<Record<string, OptionSpec>> = {
  lang: { type: 'string', help: 'OPT_lang', placeholder: 'PH_text', defaultText: 'vi' },
  help: { type: 'boolean', help: 'OPT_help', alias: 'h' },
};

/** The `--json` flag, for commands that print data. */
export const jsonOption: OptionSpec = { type: 'boolean', help: 'OPT_json' };

/** Every option of a command, common ones included. */
export function optionsOf(spec: CommandSpec): Readonly<Record<string, OptionSpec>> {
  return { ...spec.options, ...commonOptions };
}

/** The result of reading a command line against a command. */
export interface ParsedCommandLine {
  readonly positionals: Readonly<Record<string, string>>;
  readonly rest: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
}

/**
 * Reads the arguments of a command (the command's name already taken off).
 *
 * @throws {CliError} `UNKNOWN_OPTION` (with the closest option), `MISSING_VALUE`, `MISSING_ARGUMENT`,
 *   `TOO_MANY_ARGUMENTS`
 * @example
 * parseCommandLine(daySpec, ['2026-02-17', '--json']).positionals.date //=> '2026-02-17'
 */
export function parseCommandLine(spec: CommandSpec, argv: readonly string[]): ParsedCommandLine {
  const all = optionsOf(spec);
  refuseUnknownOptions(spec, all, argv);
  const def: ArgsDef = {};
  for (const [name, o] of Object.entries(all)) {
    def[name] = o.alias ? { type: o.type, alias: o.alias } : { type: o.type };
  }
  const parsed = parseArgs([...argv], def);
  const options: Record<string, string | boolean | undefined> = {};
  for (const [name, o] of Object.entries(all)) {
    const value = parsed[name] as string | boolean | undefined;
    if (o.type === 'string' && value === '') throw cliError('MISSING_VALUE', { option: `--${name}` });
    options[name] = o.type === 'boolean' ? value === true : value;
  }
  const given = [...parsed._];
  const positionals: Record<string, string> = {};
  let rest: string[] = [];
  if (options.help === true) return { positionals, rest, options };
  for (const p of spec.positionals) {
    if (p.variadic) {
      rest = given.splice(0);
      if (rest.length === 0) throw missing(spec, p);
      positionals[p.name] = rest[0]!;
      continue;
    }
    const value = given.shift();
    if (value === undefined) throw missing(spec, p);
    positionals[p.name] = value;
  }
  if (given.length > 0) throw cliError('TOO_MANY_ARGUMENTS', { command: spec.name, extra: given.join(' ') });
  return { positionals, rest, options };
}

function missing(spec: CommandSpec, p: PositionalSpec) {
  return missingArgument(spec.name, p.placeholder as `PH_${string}` & MessageCode);
}

/** citty ignores options it does not know; a typo must not be silently dropped. */
function refuseUnknownOptions(
  spec: CommandSpec,
  all: Readonly<Record<string, OptionSpec>>,
  argv: readonly string[],
): void {
  const known = new Map<string, OptionSpec>();
  for (const [name, o] of Object.entries(all)) {
    known.set(`--${name}`, o);
    if (o.alias) known.set(`-${o.alias}`, o);
    if (o.type === 'boolean') known.set(`--no-${name}`, o);
  }
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') return;
    if (!token.startsWith('-') || token === '-') continue;
    const flag = token.includes('=') ? token.slice(0, token.indexOf('=')) : token;
    const option = known.get(flag);
    if (!option) {
      const suggestion = closest(
        flag,
        [...known.keys()].filter((k) => k.startsWith('--') && !k.startsWith('--no-')),
      );
      throw cliError('UNKNOWN_OPTION', {
        option: flag,
        command: spec.name,
        ...(suggestion ? { suggestion } : {}),
      });
    }
    if (option.type === 'string' && !token.includes('=')) i++;
  }
}

/** The language asked for on a command line (`--lang en` anywhere before `--`), or `undefined`. */
export function langOf(argv: readonly string[]): string | undefined {
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') break;
    if (token === '--lang') lang = argv[i + 1] ?? '';
    else if (token.startsWith('--lang=')) lang = token.slice('--lang='.length);
  }
  return lang;
}
