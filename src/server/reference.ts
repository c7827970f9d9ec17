/**
 * The readable reference page at `/reference`: rendered by the server itself from its OpenAPI document — every
 * operation with its summary, parameters, request body and answers, the schemas as JSON — as plain HTML with one
 * stylesheet. No script, no CDN, no third-party viewer (Swagger UI's package pulls an install-time analytics
 * script, unwelcome on government servers): it works on a portal's closed network under a strict
 * Content-Security-Policy. Every text from the document is escaped. Try a call with the Java, C# or PHP samples of
 * docs/server.md, or generate a client from `/openapi.json`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Escapes text for HTML content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/**
 * The reference page of an OpenAPI 3.1 document, as HTML.
 *
 * @example
 * referencePage({ openapi: '3.1.0', info: { title: 'motcua serve', version: '0.2.0' }, paths: {} })
 * //=> '<!doctype html>…<h1>motcua serve <small>0.2.0</small></h1>…'
 */
export function referencePage(document: Obj): string {
  const info = isObj(document.info) ? document.info : {};
  const paths = isObj(document.paths) ? document.paths : {};
  const ops: string[] = [];
  const toc: string[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const id = `${method}-${path}`.replace(/[^A-Za-z0-9-]+/g, '-');
      const title = `<code>${method.toUpperCase()} ${escapeHtml(path)}</code>`;
      toc.push(`<li><a href="#${id}">${title}</a> ${escapeHtml(str(op.summary))}</li>`);
      ops.push(operation(id, title, op));
    }
  }
  const schemas =
    isObj(document.components) && isObj(document.components.schemas) ? document.components.schemas : {};
  const components = Object.entries(schemas).map(
    ([name, schema]) =>
      `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>${json(schema)}</section>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(str(info.title))} — API</title>
<link rel="stylesheet" href="/reference/style.css">
</head>
<body>
<h1>${escapeHtml(str(info.title))} <small>${escapeHtml(str(info.version))}</small></h1>
<p>${escapeHtml(str(info.description))}</p>
<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<nav><ul>${toc.join('\n')}</ul></nav>
${ops.join('\n')}
${components.length > 0 ? `<h2>Schemas</h2>\n${components.join('\n')}` : ''}
</body>
</html>
`;
}

function operation(id: string, title: string, op: Obj): string {
  const parts = [`<section id="${id}"><h2>${title}</h2>`];
  if (op.summary) parts.push(`<p><strong>${escapeHtml(str(op.summary))}</strong></p>`);
  if (op.description) parts.push(`<p>${escapeHtml(str(op.description))}</p>`);
  if (Array.isArray(op.parameters) && op.parameters.length > 0) {
    const rows = op.parameters.filter(isObj).map((p) => {
      const required = p.required === true ? ' (required)' : '';
      return `<tr><td><code>${escapeHtml(str(p.name))}</code></td><td>${escapeHtml(str(p.in))}${required}</td><td>${escapeHtml(str(p.description))}</td><td>${json(p.schema ?? null)}</td></tr>`;
    });
    parts.push(`<h3>Parameters</h3><table>${rows.join('')}</table>`);
  }
  const body = isObj(op.requestBody) && isObj(op.requestBody.content) ? op.requestBody.content : null;
  if (body) {
    parts.push('<h3>Request body</h3>');
    for (const [type, media] of Object.entries(body)) {
      parts.push(
        `<p><code>${escapeHtml(type)}</code></p>${json(isObj(media) ? (media.schema ?? null) : null)}`,
      );
    }
  }
  if (isObj(op.responses)) {
    parts.push('<h3>Answers</h3>');
    for (const [status, answer] of Object.entries(op.responses)) {
      if (!isObj(answer)) continue;
      const content = isObj(answer.content) ? Object.entries(answer.content) : [];
      const schemas = content
        .map(
          ([type, media]) =>
            `<p><code>${escapeHtml(type)}</code></p>${json(isObj(media) ? (media.schema ?? null) : null)}`,
        )
        .join('');
      parts.push(
        `<details><summary><code>${escapeHtml(status)}</code> ${escapeHtml(str(answer.description))}</summary>${schemas}</details>`,
      );
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

function json(value: Json | undefined): string {
  return `<pre>${escapeHtml(JSON.stringify(value ?? null, null, 2))}</pre>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1 small{font-weight:normal;color:#666}section{border-top:1px solid #ddd;margin-top:1.5rem}
pre{background:#f6f6f6;padding:.5rem;overflow:auto;max-height:30rem;font-size:13px}
table{border-collapse:collapse}td{border:1px solid #ddd;padding:.25rem .5rem;vertical-align:top}
details{margin:.25rem 0}code{font-size:14px}`;

const CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:";

/**
 * Adds the reference page and its stylesheet to an app; the page is rendered once, on the first request.
 *
 * @example
 * mountReference(app, () => app.getOpenAPI31Document(documentInfo(version))); // GET /reference
 */
export function mountReference(app: OpenAPIHono, document: () => unknown): void {
  let page: string | undefined;
  const headers = (type: string) => ({
    'content-type': type,
    'content-security-policy': CSP,
    'cache-control': 'public, max-age=3600',
  });
  app.get('/reference', (c) => {
    page ??= referencePage(JSON.parse(JSON.stringify(document())) as Obj);
    return c.body(page, 200, headers('text/html; charset=utf-8'));
  });
  app.get('/reference/style.css', (c) => c.body(STYLE, 200, headers('text/css; charset=utf-8')));
}
