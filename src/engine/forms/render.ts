/**
 * @name renderForm
 * @summary Prints a form as plain text, Markdown or HTML, in Vietnamese (default) or English labels.
 *
 * @description
 * Values come from outside (an applicant's name, a dossier code, a reason), so each format escapes them: in plain
 * text every line break and control character becomes a space, so a value cannot forge a line such as "Ngày hẹn
 * trả kết quả: …"; in Markdown the same, and every character Markdown or HTML would read as markup is escaped; in
 * HTML `& < > " '` are entities. The form's own labels are the library's.
 *
 * @example
 * renderForm(form)                                   // plain text, Vietnamese
 * renderForm(form, { format: 'markdown', lang: 'en' })
 * renderForm(form, { format: 'html' })               // a <section> fragment
 */
import { badArgument, objectArg } from '../check.js';
import type { Cell, Form } from './model.js';

export interface RenderOptions {
  readonly format?: 'text' | 'markdown' | 'html';
  readonly lang?: 'vi' | 'en';
}

/** Line breaks, tabs and other control characters (C0, C1, the Unicode line and paragraph separators). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is matched.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** One line of plain text. */
function plain(value: string): string {
  return value.replace(CONTROL, ' ');
}

/** Markdown: one line, every markup character escaped (HTML too: Markdown renderers pass it through). */
function markdown(value: string): string {
  return plain(value)
    .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

function html(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function renderForm(form: Form, options: RenderOptions = {}): string {
  const opts = objectArg(options, 'options');
  const format = opts.format ?? 'text';
  const lang = opts.lang ?? 'vi';
  if (format !== 'text' && format !== 'markdown' && format !== 'html')
    throw badArgument('format', 'one-of', format, ['text', 'markdown', 'html']);
  if (lang !== 'vi' && lang !== 'en') throw badArgument('lang', 'one-of', lang, ['vi', 'en']);
  if (typeof form !== 'object' || form === null || !Array.isArray(form.fields))
    throw badArgument('form', 'form', form);
  const raw = (c: Cell): string => (typeof c === 'string' ? c : c[lang]);
  if (format === 'html') return renderHtml(form, lang, raw);
  const esc = format === 'markdown' ? markdown : plain;
  const cell = (c: Cell) => esc(raw(c));
  const md = format === 'markdown';
  const lines: string[] = [];
  const basis = esc(form.basis[lang]);
  lines.push(
    md ? `## ${esc(form.title[lang])}` : esc(form.title[lang]),
    md ? `*${basis}*` : `(${basis})`,
    '',
  );
  for (const f of form.fields)
    lines.push(
      md ? `- **${esc(f.label[lang])}:** ${cell(f.value)}` : `${esc(f.label[lang])}: ${cell(f.value)}`,
    );
  if (form.table) {
    lines.push('');
    const head = form.table.columns.map((c) => esc(c[lang]));
    if (md) {
      lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
      for (const row of form.table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    } else {
      const rows = form.table.rows.map((r) => r.map(cell));
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
      const line = (cells: readonly string[]) =>
        cells
          .map((c, i) => c.padEnd(widths[i]!))
          .join('  ')
          .trimEnd();
      lines.push(line(head), widths.map((w) => '-'.repeat(w)).join('  '));
      for (const row of rows) lines.push(line(row));
    }
  }
  return `${lines.join('\n')}\n`;
}

function renderHtml(form: Form, lang: 'vi' | 'en', raw: (c: Cell) => string): string {
  const out: string[] = [];
  out.push(`<section class="motcua-form" data-form="${html(form.kind)}" lang="${lang}">`);
  out.push(`<h2>${html(form.title[lang])}</h2>`, `<p class="basis">${html(form.basis[lang])}</p>`);
  out.push('<dl>');
  for (const f of form.fields) out.push(`<dt>${html(f.label[lang])}</dt><dd>${html(raw(f.value))}</dd>`);
  out.push('</dl>');
  if (form.table) {
    out.push(
      '<table>',
      `<thead><tr>${form.table.columns.map((c) => `<th scope="col">${html(c[lang])}</th>`).join('')}</tr></thead>`,
      '<tbody>',
    );
    for (const row of form.table.rows)
      out.push(`<tr>${row.map((c) => `<td>${html(raw(c))}</td>`).join('')}</tr>`);
    out.push('</tbody>', '</table>');
  }
  out.push('</section>');
  return `${out.join('\n')}\n`;
}
