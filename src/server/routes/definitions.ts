/**
 * Procedure definitions over HTTP: check one (every problem, errors and warnings, each located by its path and
 * JSON Pointer), register one for the server's lifetime by its content hash (idempotent: the same content is the
 * same definition), list them, read one back.
 */
import { z } from '@hono/zod-openapi';
import { type Procedure, safeDefineProcedure } from '../../rules/index.js';
import * as rules from '../contract/rules.js';
import { type Endpoint, problemResponses, reply } from '../http/endpoint.js';
import { pointer, serverProblem } from '../http/problem.js';
import { MAX_DEFINITIONS } from '../state.js';
import { resolveDefinition } from './resolve.js';

const tags = ['definitions'];
const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/**
 * What a list shows of a definition.
 *
 * @example
 * summaryOf(judicial) //=> { hash: 'sha256:2b7f…', code: '2.000488', version: '2025.1', name: { vi: 'Cấp Phiếu lý lịch tư pháp', … }, … }
 */
export function summaryOf(p: Procedure): z.input<typeof rules.definitionSummary> {
  const d = p.definition;
  return {
    hash: p.hash,
    code: d.code,
    version: d.version,
    name: { vi: d.name.vi, ...(d.name.en === undefined ? {} : { en: d.name.en }) },
    effectiveFrom: d.effective.from,
    effectiveTo: d.effective.to ?? null,
  };
}

export const checkDefinitionEndpoint: Endpoint<z.infer<typeof rules.checkDefinitionRequest>> = {
  route: {
    method: 'post',
    path: '/v1/definitions/check',
    tags,
    summary: 'Check a definition: every problem, located',
    description:
      'Always 200 when the body is readable: `ok` says whether it loads; `problems` lists the errors and warnings (rules lint) with their paths under /definition.',
    request: { body: body(rules.checkDefinitionRequest) },
    responses: {
      200: json(rules.checkDefinitionResponse, 'The findings'),
      ...problemResponses(400, 413, 415, 422),
    },
  },
  envelope: rules.checkDefinitionRequest,
  handle: ({ c, body: b }) => {
    const result = safeDefineProcedure(b.definition);
    const problems = result.ok ? result.warnings : result.problems;
    return reply(c, rules.checkDefinitionResponse, {
      ok: result.ok,
      hash: result.ok ? result.procedure.hash : null,
      errors: problems.filter((p) => p.severity === 'error').length,
      warnings: problems.filter((p) => p.severity === 'warning').length,
      problems: problems.map((p) => ({
        ...p,
        path: ['definition', ...p.path],
        pointer: pointer(['definition', ...p.path]),
      })),
    });
  },
};

export const registerDefinitionEndpoint: Endpoint<z.infer<typeof rules.checkDefinitionRequest>> = {
  route: {
    method: 'post',
    path: '/v1/definitions',
    tags,
    summary: "Register a definition for the server's lifetime, by content hash",
    description:
      '201 when new, 200 when the same content was registered already. Dossier requests then name it by `hash`; snapshots name it themselves.',
    request: { body: body(rules.checkDefinitionRequest) },
    responses: {
      200: json(rules.registerDefinitionResponse, 'Already registered'),
      201: json(rules.registerDefinitionResponse, 'Registered'),
      ...problemResponses(400, 409, 413, 415, 422),
    },
  },
  envelope: rules.checkDefinitionRequest,
  handle: ({ c, state, body: b }) => {
    const procedure = resolveDefinition(state, b.definition);
    const known = state.definitions.has(procedure.hash);
    if (!known && state.definitions.size >= MAX_DEFINITIONS)
      throw serverProblem(409, 'REGISTRY_FULL', { max: MAX_DEFINITIONS });
    if (!known) state.definitions.set(procedure.hash, procedure);
    return reply(
      c,
      rules.registerDefinitionResponse,
      { ...summaryOf(procedure), created: !known, warnings: [...procedure.warnings] },
      known ? 200 : 201,
    );
  },
};

export const listDefinitionsEndpoint: Endpoint<undefined> = {
  route: {
    method: 'get',
    path: '/v1/definitions',
    tags,
    summary: 'The definitions registered (at start from --definitions, and since)',
    responses: { 200: json(rules.definitionList, 'The definitions') },
  },
  handle: ({ c, state }) =>
    reply(c, rules.definitionList, { definitions: [...state.definitions.values()].map(summaryOf) }),
};

const hashParam = z.object({
  hash: z.string().openapi({ param: { name: 'hash', in: 'path' }, example: 'sha256:…' }),
});

export const getDefinitionEndpoint: Endpoint<undefined> = {
  route: {
    method: 'get',
    path: '/v1/definitions/{hash}',
    tags,
    summary: 'A registered definition, as loaded (defaults applied)',
    request: { params: hashParam },
    responses: {
      200: json(z.record(z.string(), z.unknown()), 'The definition'),
      ...problemResponses(404),
    },
  },
  handle: ({ c, state }) => {
    const hash = c.req.param('hash') ?? '';
    const found = state.definitions.get(hash);
    if (!found) throw serverProblem(404, 'DEFINITION_NOT_REGISTERED', { hash });
    return c.json(found.definition as unknown as Record<string, unknown>);
  },
};

export const definitionEndpoints = [
  checkDefinitionEndpoint,
  registerDefinitionEndpoint,
  listDefinitionsEndpoint,
  getDefinitionEndpoint,
] as const;
