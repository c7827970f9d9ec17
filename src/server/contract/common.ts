/**
 * Wire schemas shared by every route: instants and days as the library writes them, bilingual texts, the
 * library's one report shape (`LocalizedError`: code, params, message, messageVi, path) and the RFC 9457 problem
 * document every error response is. Classic zod (what @hono/zod-openapi reads); the type-level tests in
 * test/server/contract.test.ts check each schema against the library's own type, so they cannot drift.
 */
import { z } from '@hono/zod-openapi';

/** An instant, ISO-8601 with seconds and an offset (`2026-02-12T10:00:00+07:00`). */
export const instant = z.iso
  .datetime({ offset: true })
  .openapi({ description: 'ISO-8601 instant with an offset', example: '2026-02-12T10:00:00+07:00' });

/** A legal day `YYYY-MM-DD`. */
export const day = z.iso.date().openapi({ description: 'A day, YYYY-MM-DD', example: '2026-02-12' });

/** A text in both languages. */
export const text = z.object({ vi: z.string(), en: z.string() }).openapi('Text');

/** Parameters of a message: plain JSON values. */
export const params = z
  .record(
    z.string(),
    z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()).readonly()]).optional(),
  )
  .openapi({ description: 'The values the message was made from (plain JSON)' });

/** A path into the input: keys and indices. */
export const path = z
  .array(z.union([z.string(), z.number()]))
  .openapi({ description: 'Where in the input', example: ['event', 'at'] });

/** The library's one report shape: stable code, parameters, both texts, the path of the bad input. */
export const localizedError = z
  .object({ code: z.string(), params, message: z.string(), messageVi: z.string(), path })
  .openapi('LocalizedError');

/** One located problem inside a problem document (a definition's lint finding, a request member, …). */
export const problemItem = localizedError
  .extend({
    severity: z.enum(['error', 'warning']).optional(),
    /** JSON Pointer (RFC 6901) into the request body. */
    pointer: z.string(),
  })
  .openapi('ProblemItem');

/**
 * RFC 9457 problem details (`application/problem+json`): `type` is `urn:motcua:problem:<code>`, `title` and
 * `detail` are in the language of `Accept-Language` (Vietnamese by default), and the extension members carry the
 * stable code, its parameters, both texts, the path and the JSON Pointer of the bad value.
 */
export const problemDocument = z
  .object({
    type: z.string().openapi({ example: 'urn:motcua:problem:STALE_SEQUENCE' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string(),
    params,
    message: z.string(),
    messageVi: z.string(),
    path,
    pointer: z.string(),
    /** Every problem, when there are several (a definition, a dossier, a request). */
    problems: z.array(problemItem).optional(),
    /** For a refused event of a replayed log: its index in the log. */
    index: z.number().int().optional(),
    /** For a rejected line of an NDJSON stream: its number, from 1. */
    line: z.number().int().optional(),
  })
  .openapi('Problem');

export type ProblemDocument = z.infer<typeof problemDocument>;
