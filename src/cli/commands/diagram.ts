/**
 * `motcua diagram <definition> [--format mermaid|markdown] [--output file]` — the Mermaid flowchart of a
 * definition (agencies as lanes, steps with their shares of the limit, consultations, returns), for a wiki, a
 * pull request or docs/diagrams/.
 */

import type { Procedure } from '../../rules/index.js';
import type { CommandSpec } from '../args.js';
import { loadProcedure } from '../definition.js';
import { cliError, EXIT } from '../errors.js';
import { writeText } from '../files.js';
import { procedureDiagram } from '../mermaid.js';
import type { Lang, Texts } from '../messages/index.js';

export const diagramCommand: CommandSpec = {
  name: 'diagram',
  about: 'CMD_diagram',
  positionals: [{ name: 'definition', placeholder: 'PH_definition', help: 'ARG_definition' }],
  options: {
    format: { type: 'string', help: 'OPT_format', placeholder: 'PH_text', defaultText: 'mermaid' },
    output: { type: 'string', help: 'OPT_output', alias: 'o', placeholder: 'PH_file' },
  },
  run(ctx) {
    const format = ctx.options.format ?? 'mermaid';
    if (format !== 'mermaid' && format !== 'markdown') {
      throw cliError('BAD_OPTION_VALUE', { option: '--format', value: String(format), expected: 'format' });
    }
    const procedure = loadProcedure(ctx.positionals.definition!, ctx.io.cwd);
    const text =
      format === 'markdown'
        ? diagramMarkdown(procedure, ctx.t, ctx.lang)
        : procedureDiagram(procedure, ctx.t, ctx.lang);
    if (typeof ctx.options.output === 'string')
      writeText(ctx.options.output, ctx.io.cwd, text, { force: true });
    else ctx.io.stdout.write(text);
    return EXIT.ok;
  },
};

/**
 * The diagram as Markdown: a heading with the procedure's name, code and version, then the fenced chart.
 *
 * @example
 * diagramMarkdown(land, texts('vi'), 'vi') // '# Đăng ký biến động … (2.001458, 2026.1)\n\n```mermaid\nflowchart TD…'
 */
export function diagramMarkdown(procedure: Procedure, t: Texts, lang: Lang, preface?: string): string {
  const d = procedure.definition;
  const name = lang === 'en' ? (d.name.en ?? d.name.vi) : d.name.vi;
  const head = `# ${t.TRY_PROCEDURE({ name, code: d.code, version: d.version })}`;
  return `${head}\n\n${preface ? `${preface}\n\n` : ''}\`\`\`mermaid\n${procedureDiagram(procedure, t, lang)}\`\`\`\n`;
}
