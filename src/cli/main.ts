/**
 * The `motcua` bin: picks the command, reads its arguments, runs it, and turns every failure into one line on
 * standard error and an exit code — 0 clean (or warnings only), 1 problems found in the input, 2 a usage or I/O
 * error. A bug prints one line too (`lỗi nội bộ: …`), never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { type CommandSpec, langOf, parseCommandLine } from './args.js';
import { commands } from './commands/index.js';
import { CliError, cliError, EXIT, errorLine } from './errors.js';
import { commandHelp, mainHelp } from './help.js';
import { type Io, styleFor } from './io.js';
import { type Lang, texts } from './messages/index.js';
import { closest } from './suggest.js';

/** The version of the installed package (read from its package.json, two folders up from dist/cli/). */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Runs the command line and resolves to the exit code.
 *
 * @example
 * process.exitCode = await main(['day', '2026-02-17'], nodeIo()); // prints why 17/02/2026 is a day off; 0
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const asked = langOf(argv);
  const lang: Lang = asked === 'en' ? 'en' : 'vi';
  const t = texts(lang);
  const err = styleFor(io.stderr);
  const fail = (error: unknown): number => {
    const { line } = errorLine(error, lang);
    const suggestion = (error as { params?: { suggestion?: unknown } } | null)?.params?.suggestion;
    // The library's errors say their own "did you mean"; the CLI's own ones get it here.
    const hint =
      error instanceof CliError && typeof suggestion === 'string'
        ? `; ${t.DID_YOU_MEAN({ suggestion })}`
        : '';
    io.stderr.write(`${err.error(`motcua: ${line}${hint}`)}\n`);
    return error instanceof CliError ? error.exit : EXIT.usage;
  };
  try {
    if (asked !== undefined && asked !== 'vi' && asked !== 'en') {
      throw cliError('BAD_OPTION_VALUE', { option: '--lang', value: asked, expected: 'lang' });
    }
    const index = commandIndex(argv);
    const out = styleFor(io.stdout);
    if (index < 0) {
      if (argv.includes('--version') || argv.includes('-v')) {
        io.stdout.write(`${packageVersion()}\n`);
        return EXIT.ok;
      }
      if (argv.includes('--help') || argv.includes('-h') || argv.length === 0 || onlyLang(argv)) {
        io.stdout.write(mainHelp(commands, packageVersion(), t, out));
        return argv.length === 0 || onlyLang(argv) ? EXIT.usage : EXIT.ok;
      }
      throw cliError('NO_COMMAND', {});
    }
    const name = argv[index]!;
    const spec: CommandSpec | undefined = commands.find((c) => c.name === name);
    if (!spec) {
      const suggestion = closest(
        name,
        commands.map((c) => c.name),
      );
      throw cliError('UNKNOWN_COMMAND', { name, ...(suggestion ? { suggestion } : {}) });
    }
    const rest = [...argv.slice(0, index), ...argv.slice(index + 1)];
    const parsed = parseCommandLine(spec, rest);
    if (parsed.options.help === true) {
      io.stdout.write(commandHelp(spec, t, out));
      return EXIT.ok;
    }
    return await spec.run({ io, lang, t, out, err, ...parsed });
  } catch (error) {
    return fail(error);
  }
}

function onlyLang(argv: readonly string[]): boolean {
  return argv.every((a, i) => a === '--lang' || a.startsWith('--lang=') || argv[i - 1] === '--lang');
}

/** Where the command's name is: the first argument that is neither an option nor the value of `--lang`. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return argv[i + 1] === undefined ? -1 : i + 1;
    if (a === '--lang') {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return i;
  }
  return -1;
}
