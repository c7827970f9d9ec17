/**
 * The readable reference page at `/reference`: Swagger UI (swagger-ui-dist, served from the installed package —
 * no CDN, so it works on a portal's closed network) reading `/openapi.json`, with "Try it out" against this
 * server. Its files are read once, on first request, and served with a strict Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';

const require = createRequire(import.meta.url);
let folder: string | undefined;
const cache = new Map<string, string>();

function asset(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    folder ??= dirname(require.resolve('swagger-ui-dist/package.json'));
    text = readFileSync(join(folder, name), 'utf8');
    cache.set(name, text);
  }
  return text;
}

const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>motcua serve — API</title>
<link rel="stylesheet" href="/reference/swagger-ui.css">
</head>
<body>
<div id="reference"></div>
<script src="/reference/swagger-ui-bundle.js"></script>
<script src="/reference/init.js"></script>
</body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#reference', deepLinking: true,
  defaultModelsExpandDepth: 0, tryItOutEnabled: false, validatorUrl: 'none' });
`;

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:";

/**
 * Adds the reference page and its files to an app.
 *
 * @example
 * mountReference(app); // GET /reference
 */
export function mountReference(app: OpenAPIHono): void {
  const headers = (type: string) => ({
    'content-type': type,
    'content-security-policy': CSP,
    'cache-control': 'public, max-age=3600',
  });
  app.get('/reference', (c) => c.body(PAGE, 200, headers('text/html; charset=utf-8')));
  app.get('/reference/init.js', (c) => c.body(INIT, 200, headers('text/javascript; charset=utf-8')));
  app.get('/reference/swagger-ui.css', (c) =>
    c.body(asset('swagger-ui.css'), 200, headers('text/css; charset=utf-8')),
  );
  app.get('/reference/swagger-ui-bundle.js', (c) =>
    c.body(asset('swagger-ui-bundle.js'), 200, headers('text/javascript; charset=utf-8')),
  );
}
