/**
 * The HTTP application: the middleware every request passes (access log, language, per-request timeout), the
 * endpoints of the contract, `/health`, `/ready`, `/openapi.json` (OpenAPI 3.1, generated from the contract's
 * zod schemas), the reference page, and the one error handler that turns every refusal into problem+json.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import { createCalendar } from '../calendar/index.js';
import { type AccessLog, accessLog } from './http/accessLog.js';
import { problemResponses, type RequestLimits, register } from './http/endpoint.js';
import { detectLanguage, langOf } from './http/lang.js';
import { toProblem } from './http/library.js';
import { HttpProblem, problemDocument, serverProblem } from './http/problem.js';
import { report } from './messages/index.js';
import { mountReference } from './reference.js';
import { calendarEndpoints } from './routes/calendar.js';
import { definitionEndpoints } from './routes/definitions.js';
import { dossierEndpoints } from './routes/dossiers.js';
import { formEndpoints } from './routes/forms.js';
import { lookupEndpoint } from './routes/lookup.js';
import { statisticsEndpoint } from './routes/statistics.js';
import { createState, type ServerState } from './state.js';
import type { StreamLimits } from './statistics/ndjson.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  readonly limits?: Partial<RequestLimits & StreamLimits>;
  /** Milliseconds a request may take, body included (default 10,000); the statistics stream 10 × as long. */
  readonly timeoutMs?: number;
  /** Where the access log lines go (default: standard output) and unexpected errors (default: standard error). */
  readonly log?: AccessLog;
  /** The package version shown by /health and the OpenAPI document. */
  readonly version?: string;
}

/** The default limits. */
export const defaultLimits: RequestLimits & StreamLimits = {
  maxBodyBytes: 1_048_576,
  maxDepth: 40,
  maxLineBytes: 65_536,
  maxLines: 1_000_000,
};

/** The OpenAPI document's header. */
export function documentInfo(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'motcua serve',
      version,
      description:
        'The motcua library over HTTP for one-stop portals (một cửa): the legal working-day calendar, procedure definitions, the dossier engine. Stateless: the portal keeps snapshots and event logs in its own database. Errors are RFC 9457 problem details with stable codes, in Vietnamese (default) or English by Accept-Language. See docs/server.md.',
      license: { name: 'MIT' },
    },
    tags: [
      { name: 'calendar', description: 'Working days, appointment dates, days off' },
      { name: 'definitions', description: 'Procedure definitions: check, register, list' },
      { name: 'dossiers', description: 'Validation, events, SLA, DVCQG, history' },
      { name: 'forms', description: 'The desk forms (Circular 03/2025, 01/2018)' },
      { name: 'statistics', description: 'Decision 766 figures over an NDJSON stream' },
      { name: 'service', description: 'Health, readiness, this document' },
    ],
  };
}

/**
 * The OpenAPI 3.1 document of the server, generated from the contract (what openapi.json holds and
 * `/openapi.json` serves).
 *
 * @example
 * openApiDocument('0.1.0').paths['/v1/calendar/deadline'].post.summary
 * //=> 'The appointment date (ngày hẹn trả kết quả) of a dossier received at an instant'
 */
export function openApiDocument(version: string) {
  const app = createApp(createState(createCalendar(), [], 0), { version });
  return app.getOpenAPI31Document(documentInfo(version));
}

/**
 * The application over a server state.
 *
 * @example
 * const app = createApp(createState(createCalendar(), [], 0));
 * const res = await app.request('/v1/calendar/days/2026-02-17'); // { working: false, … }
 */
export function createApp(state: ServerState, options: AppOptions = {}): OpenAPIHono {
  const limits = { ...defaultLimits, ...options.limits };
  const ms = options.timeoutMs ?? 10_000;
  const version = options.version ?? '0.0.0';
  const app = new OpenAPIHono({ strict: true });

  app.use('*', accessLog(options.log));
  app.use('*', detectLanguage);
  app.use('*', async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has('content-language')) headers.set('content-language', langOf(c));
    headers.append('vary', 'Accept-Language');
    // Shutting down: no keep-alive, so every connection ends with its last answer and close() resolves.
    if (state.phase === 'stopping') headers.set('connection', 'close');
  });
  const expired = (after: number) => () =>
    new HTTPException(408, { cause: serverProblem(408, 'REQUEST_TIMEOUT', { ms: after }) });
  app.use('/v1/statistics', timeout(ms * 10, expired(ms * 10)));
  app.use('/v1/*', async (c, next) =>
    c.req.path === '/v1/statistics' ? next() : timeout(ms, expired(ms))(c, next),
  );

  describeService(app);
  app.get('/health', (c) => c.json({ status: 'ok', version }));
  app.get('/ready', (c) =>
    state.phase === 'ready'
      ? c.json({ status: 'ready', definitions: state.definitions.size, schedules: state.schedules })
      : problem(
          c,
          serverProblem(503, 'NOT_READY', { state: state.phase === 'starting' ? 'starting' : 'stopping' }),
        ),
  );

  for (const e of [
    ...calendarEndpoints,
    ...definitionEndpoints,
    ...dossierEndpoints,
    lookupEndpoint,
    ...formEndpoints,
  ])
    register(app, state, limits, e as Parameters<typeof register>[3]);
  register(app, state, limits, statisticsEndpoint(limits));

  app.doc31('/openapi.json', documentInfo(version));
  mountReference(app, () => app.getOpenAPI31Document(documentInfo(version)));

  // A known path asked with another method: 405 with the methods it takes (RFC 9110 §15.5.6), not 404.
  let methodsOf: ((path: string) => string[]) | null = null;
  app.notFound((c) => {
    methodsOf ??= routeMethods(app);
    const allowed = methodsOf(c.req.path);
    if (allowed.length === 0)
      return problem(c, serverProblem(404, 'NOT_FOUND', { method: c.req.method, path: c.req.path }));
    const res = problem(
      c,
      serverProblem(405, 'METHOD_NOT_ALLOWED', { method: c.req.method, path: c.req.path, allowed }),
    );
    res.headers.set('allow', allowed.join(', '));
    return res;
  });
  app.onError((error, c) => {
    const cause = error instanceof HTTPException ? error.cause : undefined;
    const known = toProblem(cause instanceof HttpProblem ? cause : error, []);
    if (known) {
      const res = problem(c, known);
      // A refused body may not have been read: the connection cannot be reused.
      if (known.status === 408 || known.status === 413) res.headers.set('connection', 'close');
      return res;
    }
    (options.log ?? defaultLog).error(error, c.req.method, c.req.path);
    return problem(c, new HttpProblem(500, report('INTERNAL_ERROR', {})));
  });
  return app;
}

/**
 * The methods each registered path takes (its routes, middleware left out; HEAD wherever GET is, as Hono answers
 * it), as a function of a request path.
 */
function routeMethods(app: OpenAPIHono): (path: string) => string[] {
  const routes = app.routes
    .filter((r) => r.method !== 'ALL')
    .map((r) => ({
      method: r.method,
      pattern: new RegExp(
        `^${r.path
          .split('/')
          .map((part) =>
            part.startsWith(':')
              ? '[^/]+'
              : part === '*'
                ? '.*'
                : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('/')}$`,
      ),
    }));
  return (path) => {
    const methods = new Set<string>();
    for (const r of routes) if (r.pattern.test(path)) methods.add(r.method);
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}

/** `/health`, `/ready` and `/openapi.json` in the document (their handlers are plain routes). */
function describeService(app: OpenAPIHono): void {
  const json = (schema: z.ZodType, description: string) => ({
    description,
    content: { 'application/json': { schema } },
  });
  const tags = ['service'];
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/health',
    tags,
    summary: 'The process is alive',
    responses: { 200: json(z.object({ status: z.literal('ok'), version: z.string() }), 'Alive') },
  });
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/ready',
    tags,
    summary: 'Ready to answer (503 while starting or shutting down)',
    responses: {
      200: json(
        z.object({ status: z.literal('ready'), definitions: z.number().int(), schedules: z.number().int() }),
        'Ready',
      ),
      ...problemResponses(503),
    },
  });
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/openapi.json',
    tags,
    summary: 'This document (OpenAPI 3.1); a readable page is at /reference',
    responses: { 200: json(z.record(z.string(), z.unknown()), 'The document') },
  });
}

const defaultLog: Pick<AccessLog, 'error'> = {
  error: (error, method, path) =>
    process.stderr.write(
      `${JSON.stringify({ level: 'error', method, path, error: String((error as Error)?.stack ?? error) })}\n`,
    ),
};

function problem(c: Parameters<Parameters<OpenAPIHono['notFound']>[0]>[0], p: HttpProblem): Response {
  const lang = langOf(c);
  return new Response(JSON.stringify(problemDocument(p, lang, c.req.path)), {
    status: p.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'content-language': lang },
  });
}
