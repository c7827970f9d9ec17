/**
 * `motcua init <code> [--name …] [--output file] [--force]` — writes a template definition for a procedure code,
 * with `$schema` pointing at the installed package's schema (relative to the file: from a project root that is
 * `./node_modules/motcua/schema/procedure.schema.json`), so an editor completes and checks it at once.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { legalDay } from '../../calendar/index.js';
import type { CommandSpec } from '../args.js';
import { cliError, EXIT } from '../errors.js';
import { writeText } from '../files.js';
import { procedureTemplate } from '../template.js';

/** The package's procedure schema: two folders up from this bundle (dist/cli/ or src/cli/). */
function schemaFile(): string {
  return fileURLToPath(new URL('../../schema/procedure.schema.json', import.meta.url));
}

/** `$schema` as written in a file at `file`: relative, with `/`, starting with `./` or `../`. */
export function schemaReference(file: string): string {
  const rel = relative(dirname(file), schemaFile()).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export const initCommand: CommandSpec = {
  name: 'init',
  about: 'CMD_init',
  positionals: [{ name: 'code', placeholder: 'PH_code', help: 'ARG_code' }],
  options: {
    name: { type: 'string', help: 'OPT_name', placeholder: 'PH_text' },
    output: { type: 'string', help: 'OPT_output', alias: 'o', placeholder: 'PH_file' },
    force: { type: 'boolean', help: 'OPT_force' },
  },
  run(ctx) {
    const code = ctx.positionals.code!;
    if (!/^\d\.\d{6}$/.test(code))
      throw cliError('BAD_OPTION_VALUE', { option: '<code>', value: code, expected: 'code' });
    const name = typeof ctx.options.name === 'string' ? ctx.options.name : undefined;
    const output = typeof ctx.options.output === 'string' ? ctx.options.output : `${code}.json`;
    const definition = procedureTemplate(
      { code, name, schema: schemaReference(resolve(ctx.io.cwd, output)), from: legalDay(ctx.io.now()) },
      ctx.t,
    );
    writeText(output, ctx.io.cwd, `${JSON.stringify(definition, null, 2)}\n`, {
      force: ctx.options.force === true,
    });
    ctx.io.stdout.write(`${ctx.t.INIT_WRITTEN({ file: output })}\n`);
    return EXIT.ok;
  },
};
