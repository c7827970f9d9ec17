/**
 * The help of the bin and of each command, written from the commands' specs and the message tables (citty's own
 * usage renderer prints English headings, so the help is rendered here in the chosen language).
 */
import { type CommandSpec, commonOptions, type OptionSpec, optionsOf } from './args.js';
import type { Style } from './io.js';
import type { Texts } from './messages/index.js';

function columns(rows: readonly (readonly [string, string])[], indent = '  '): string[] {
  const width = Math.max(0, ...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `${indent}${a.padEnd(width)}  ${b}`.trimEnd());
}

function usageLine(spec: CommandSpec, t: Texts): string {
  const args = spec.positionals.map((p) => `<${t[p.placeholder]({} as never)}>`);
  return `motcua ${spec.name} ${args.join(' ')}${args.length ? ' ' : ''}[${t.PH_options({})}]`;
}

function optionRow(name: string, o: OptionSpec, t: Texts): [string, string] {
  const flag = `${o.alias ? `-${o.alias}, ` : ''}--${name}${o.type === 'string' && o.placeholder ? ` <${t[o.placeholder]({} as never)}>` : ''}`;
  const help = t[o.help]({} as never);
  return [flag, o.defaultText ? `${help} ${t.HELP_DEFAULT({ value: o.defaultText })}` : help];
}

/**
 * The help of the bin: what it is, its commands, the common options.
 *
 * @example
 * mainHelp(commands, '0.1.0', texts('vi'), plain) // 'motcua 0.1.0 — Thủ tục hành chính một cửa: …'
 */
export function mainHelp(commands: readonly CommandSpec[], version: string, t: Texts, s: Style): string {
  const lines = [
    `${s.strong(`motcua ${version}`)} — ${t.HELP_ABOUT({})}`,
    '',
    `${s.strong(t.HELP_USAGE({}))}: motcua <${t.PH_command({})}> [${t.PH_options({})}]`,
    '',
    s.strong(t.HELP_COMMANDS({})),
    ...columns(commands.map((c) => [c.name, t[c.about]({} as never)])),
    '',
    s.strong(t.HELP_OPTIONS({})),
    ...columns([
      ...Object.entries(commonOptions).map(([n, o]) => optionRow(n, o, t)),
      ['-v, --version', t.OPT_version({})],
    ]),
    '',
    t.HELP_MORE({}),
  ];
  return `${lines.join('\n')}\n`;
}

/** The help of one command: its usage line, arguments and options. */
export function commandHelp(spec: CommandSpec, t: Texts, s: Style): string {
  const lines = [
    `${s.strong(`motcua ${spec.name}`)} — ${t[spec.about]({} as never)}`,
    '',
    `${s.strong(t.HELP_USAGE({}))}: ${usageLine(spec, t)}`,
  ];
  if (spec.positionals.length > 0) {
    lines.push(
      '',
      ...columns(spec.positionals.map((p) => [`<${t[p.placeholder]({} as never)}>`, t[p.help]({} as never)])),
    );
  }
  lines.push(
    '',
    s.strong(t.HELP_OPTIONS({})),
    ...columns(Object.entries(optionsOf(spec)).map(([n, o]) => optionRow(n, o, t))),
  );
  return `${lines.join('\n')}\n`;
}
