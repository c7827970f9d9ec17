/**
 * One endpoint = its OpenAPI description (registered in the app's registry, so openapi.json is generated from
 * the contract) + its handler. The request body is read by the server itself — size limit, depth limit, JSON
 * syntax, the library's input guard — and its envelope checked by the contract's schema in which the members the
 * library owns (a snapshot, an event, a dossier) are only required to be objects: the library checks those
 * itself and refuses them with its own codes and paths (`INVALID_EVENT`, `INVALID_SNAPSHOT`, …), exactly as a
 * portal calling it in-process sees them. Responses go through `reply`, typed by the contract's schema.
 */
import { type OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { schemaProblems } from '../../rules/schemaProblems.js';
import { problemDocument as problemSchema } from '../contract/common.js';
import type { DeepReadonly } from '../contract/types.js';
import { report } from '../messages/index.js';
import type { ServerState } from '../state.js';
import { parseGuarded } from './json.js';
import { type Lang, langOf } from './lang.js';
import { HttpProblem, invalidParams, problemStatuses, serverProblem } from './problem.js';

/** Limits of a request. */
export interface RequestLimits {
  /** Bytes of a JSON body (default 1 MiB). */
  readonly maxBodyBytes: number;
  /** Nesting depth of a JSON body (default 40: a definition is ≈ 8 levels, the guard allows 32 inside it). */
  readonly maxDepth: number;
}

/** What a handler is given. */
export interface Call<B> {
  readonly c: Context;
  readonly state: ServerState;
  readonly lang: Lang;
  /** The checked body (`undefined` for endpoints without one). */
  readonly body: B;
}

/** An endpoint. */
export interface Endpoint<B> {
  readonly route: RouteConfig;
  /** The runtime check of the body's envelope (see above); absent: no JSON body. */
  readonly envelope?: z.ZodType<B>;
  /** Run before the body is read (the NDJSON stream reads its own). */
  readonly rawBody?: boolean;
  handle(call: Call<B>): Response | Promise<Response>;
}

/** Members the library checks itself: the envelope only asks that they be objects. */
export const libraryObject = z.looseObject({});

/** The JSON media types a body may have (`application/json`, `application/*+json`, with parameters). */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * A JSON answer, typed by its contract schema.
 *
 * @example
 * return reply(c, contract.addWorkingDaysResponse, { date: '2026-02-24' });
 */
export function reply<S extends z.ZodType>(
  c: Context,
  _schema: S,
  value: DeepReadonly<z.input<S>>,
  status = 200,
): Response {
  return c.json(value as object, status as 200);
}

/**
 * The problem responses an endpoint may give, for its OpenAPI description.
 *
 * @example
 * responses: { 200: …, ...problemResponses(400, 413, 415, 422) }
 */
export function problemResponses(...statuses: number[]): RouteConfig['responses'] {
  const out: RouteConfig['responses'] = {};
  for (const s of statuses) {
    if (!problemStatuses.includes(s)) throw new Error(`no title for status ${s}`);
    out[s] = {
      description: 'RFC 9457 problem details',
      content: { 'application/problem+json': { schema: problemSchema } },
    };
  }
  return out;
}

/**
 * Registers an endpoint on the app: its description in the OpenAPI registry, its handler on the router.
 *
 * @example
 * register(app, state, limits, dayInfoEndpoint);
 */
export function register<B>(
  app: OpenAPIHono,
  state: ServerState,
  limits: RequestLimits,
  endpoint: Endpoint<B>,
): void {
  const { route } = endpoint;
  app.openAPIRegistry.registerPath(route);
  const path = route.path.replaceAll(/\/{(.+?)}/g, '/:$1');
  const handler = async (c: Context) => {
    const lang = langOf(c);
    let body: unknown;
    if (endpoint.envelope && !endpoint.rawBody) {
      const type = c.req.header('content-type') ?? '';
      if (!JSON_TYPE.test(type))
        throw serverProblem(415, 'UNSUPPORTED_MEDIA_TYPE', { expected: 'json', given: type });
      const text = await c.req.text();
      const value = parseGuarded(text, limits.maxDepth);
      const checked = endpoint.envelope.safeParse(value);
      if (!checked.success) {
        const problems = schemaProblems(checked.error.issues, value);
        throw new HttpProblem(
          422,
          report('REQUEST_INVALID', invalidParams(problems), problems[0]?.path ?? []),
          { problems },
        );
      }
      body = checked.data;
    }
    return endpoint.handle({ c, state, lang, body: body as B });
  };
  if (endpoint.envelope && !endpoint.rawBody)
    app.on(route.method.toUpperCase(), path, sizeLimit(limits), handler);
  else app.on(route.method.toUpperCase(), path, handler);
}

/**
 * The body size limit. A body with a Content-Length is judged by it (Node's parser never reads past it), so the
 * request stays on @hono/node-server's fast path that reads the socket directly; a chunked body goes through
 * hono's bodyLimit, which counts the bytes as they stream in and stops at the limit.
 */
function sizeLimit(limits: RequestLimits): MiddlewareHandler {
  const tooLarge = () => serverProblem(413, 'BODY_TOO_LARGE', { max: limits.maxBodyBytes });
  const streamed = bodyLimit({
    maxSize: limits.maxBodyBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  return (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    if (!/^\d+$/.test(length) || Number(length) > limits.maxBodyBytes) throw tooLarge();
    return next();
  };
}
