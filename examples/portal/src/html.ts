/**
 * HTML built by a tagged template that escapes every value: text from a database, a form or a definition can
 * never become markup. Only {@link Html} values (built by `html` itself, or the library's `renderForm` output,
 * which escapes its own values) pass as they are.
 */

/** Markup that is already safe. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text as HTML text or attribute value.
 *
 * @example
 * escapeHtml('<b>"Sen Vàng" & co</b>') //=> '&lt;b&gt;&quot;Sen Vàng&quot; &amp; co&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * A fragment: the literal parts as written, every interpolated value escaped (lists joined, `null`, `undefined`
 * and `false` left out).
 *
 * @example
 * html`<p title="${name}">${name}</p>`.value //=> '<p title="&lt;x&gt;">&lt;x&gt;</p>' for name = '<x>'
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Markup from a source that escapes its own values (the library's `renderForm` in `html` format). */
export function trusted(markup: string): Html {
  return new Html(markup);
}
