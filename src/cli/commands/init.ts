/**
 * `motcua init <code> [--name …] [--output file] [--force]` — writes a template definition for a procedure code,
 * with `$schema` pointing at the installed package's schema (relative to the file: from a project root that is
 * `./node_modules/motcua/schema/procedure.schema.json`), so an editor completes and checks it at once.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { legalDay } from '../../calendar/index.js';
import type { CommandSpec } from '../args.js';
import { badArgument, EXIT } from '../errors.js';
import { writeText } from '../files.js';
import { procedureTemplate } from '../template.js';

const SCHEMA = 'schema/procedure.schema.json';

/**
 * The procedure schema a file at `file` should point at: the project's installed package
 * (`node_modules/motcua/…` in the file's folder or a parent), else this package's own, two folders up from this
 * bundle (dist/cli/ or src/cli/) — a clone or a global install.
 */
function schemaFile(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const installed = join(dir, 'node_modules', 'motcua', SCHEMA);
    if (existsSync(join(dir, 'node_modules', 'motcua', 'package.json'))) return installed;
    if (dirname(dir) === dir) break;
  }
  return fileURLToPath(new URL(`../../${SCHEMA}`, import.meta.url));
}

/**
 * `$schema` as written in a file at `file`: relative to it, with `/`, starting with `./` or `../`.
 *
 * @example
 * schemaReference('/home/an/thu-tuc/1.000894.json') //=> './node_modules/motcua/schema/procedure.schema.json'
 */
export function schemaReference(file: string): string {
  const rel = relative(dirname(file), schemaFile(file)).split(sep).join('/');
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
    if (!/^\d\.\d{6}$/.test(code)) throw badArgument('PH_code', code, 'code');
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
