/**
 * `motcua check <files or globs…>` — every problem of every procedure definition and official schedule, located
 * by file, line, column and JSON path, errors and warnings apart, in Vietnamese (default) or English, with the
 * library's "did you mean …?". Exit code 0 when clean or warnings only, 1 with an error, 2 when a file cannot be
 * read. `--json` prints one JSON document for scripts.
 */
import { formatPath } from '../../rules/index.js';
import { type CommandContext, type CommandSpec, jsonOption } from '../args.js';
import { checkText, type FileReport } from '../check/checkFile.js';
import type { LocatedProblem } from '../check/locate.js';
import { CliError, EXIT } from '../errors.js';
import { expandFiles, readText } from '../files.js';
import { progressLine } from '../progress.js';

/** A file that could not be read. */
interface Unreadable {
  readonly file: string;
  readonly code: string;
  readonly message: string;
  readonly messageVi: string;
}

export const checkCommand: CommandSpec = {
  name: 'check',
  about: 'CMD_check',
  positionals: [{ name: 'files', placeholder: 'PH_files', help: 'ARG_files', variadic: true }],
  options: { json: jsonOption },
  async run(ctx) {
    const json = ctx.options.json === true;
    const files = await expandFiles(ctx.rest, ctx.io.cwd, { keepMissing: json });
    const progress = progressLine(
      ctx.io.stderr,
      files.length,
      (done, total) => ctx.t.CHECK_PROGRESS({ done, total }),
      ctx.io.now,
      { enabled: !json },
    );
    const reports: FileReport[] = [];
    const unreadable: Unreadable[] = [];
    for (const [i, file] of files.entries()) {
      progress.update(i);
      let report: FileReport;
      try {
        report = checkText(file, readText(file, ctx.io.cwd));
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        unreadable.push({ file, code: e.code, message: e.message, messageVi: e.messageVi });
        if (!json) {
          progress.clear();
          ctx.io.stderr.write(`${ctx.err.error(ctx.lang === 'vi' ? e.messageVi : e.message)}\n`);
        }
        continue;
      }
      reports.push(report);
      if (!json && report.problems.length > 0) {
        progress.clear();
        ctx.io.stdout.write(renderFile(report, ctx));
      }
    }
    progress.update(files.length);
    progress.clear();
    const errors = count(reports, 'error');
    const warnings = count(reports, 'warning');
    if (json) {
      ctx.io.stdout.write(`${JSON.stringify(toJson(reports, unreadable, errors, warnings), null, 2)}\n`);
    } else {
      const summary = ctx.t.CHECK_SUMMARY({ files: files.length, errors, warnings });
      const paint = errors > 0 ? ctx.out.error : warnings > 0 ? ctx.out.warning : ctx.out.ok;
      ctx.io.stdout.write(`${paint(summary)}\n`);
      if (unreadable.length > 0) {
        ctx.io.stdout.write(`${ctx.out.error(ctx.t.CHECK_UNREADABLE({ count: unreadable.length }))}\n`);
      }
    }
    if (unreadable.length > 0) return EXIT.usage;
    return errors > 0 ? EXIT.problems : EXIT.ok;
  },
};

function count(reports: readonly FileReport[], severity: 'error' | 'warning'): number {
  let n = 0;
  for (const r of reports) for (const p of r.problems) if (p.severity === severity) n++;
  return n;
}

/**
 * One line per problem, `file:line:column severity CODE at path: message` — the form editors and terminals turn
 * into links — and a second line with the suggestion when the message does not already give it.
 */
function renderFile(report: FileReport, ctx: CommandContext): string {
  const lines: string[] = [];
  for (const p of report.problems) {
    const where = `${report.file}:${p.line}:${p.column}`;
    const severity =
      p.severity === 'error'
        ? ctx.out.error(ctx.t.SEVERITY_error({}))
        : ctx.out.warning(ctx.t.SEVERITY_warning({}));
    const at = p.path.length > 0 ? ` ${ctx.t.AT_PATH({ path: formatPath(p.path) })}` : '';
    const text = ctx.lang === 'vi' ? p.messageVi : p.message;
    lines.push(`${ctx.out.strong(where)} ${severity} ${ctx.out.dim(p.code)}${at}: ${text}`);
    // The library's texts already end with their suggestion ("; có phải là "appraise"?"): say it once.
    if (p.suggestions.some((s) => !text.includes(JSON.stringify(s)))) {
      lines.push(`  ${ctx.out.ok(didYouMean(p, ctx))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function didYouMean(p: LocatedProblem, ctx: CommandContext): string {
  const or = ctx.lang === 'vi' ? ' hoặc ' : ' or ';
  return ctx.t.DID_YOU_MEAN({ suggestion: p.suggestions.map((s) => JSON.stringify(s)).join(or) });
}

function toJson(
  reports: readonly FileReport[],
  unreadable: readonly Unreadable[],
  errors: number,
  warnings: number,
) {
  return {
    ok: errors === 0 && unreadable.length === 0,
    summary: { files: reports.length + unreadable.length, errors, warnings, unreadable: unreadable.length },
    files: reports.map((r) => ({
      file: r.file,
      kind: r.kind,
      problems: r.problems.map((p) => ({
        severity: p.severity,
        code: p.code,
        path: p.path,
        pointer: formatPath(p.path),
        line: p.line,
        column: p.column,
        message: p.message,
        messageVi: p.messageVi,
        ...(p.suggestions.length > 0 ? { suggestions: p.suggestions } : {}),
      })),
    })),
    unreadable,
  };
}
