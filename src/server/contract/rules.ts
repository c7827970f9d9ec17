/**
 * Wire schemas of the definition and validation routes: the rules module's `Problem` (its codes from the
 * module's own code lists), the checked and registered definitions, and `validateDossier`'s result with the lines
 * of the supplement request slip. Definitions and dossiers themselves are checked by the rules module
 * (`safeDefineProcedure`, `validateDossier`): their JSON Schema is the committed schema/procedure.schema.json.
 */
import { z } from '@hono/zod-openapi';
import {
  dossierProblemCodes,
  inputProblemCodes,
  lintProblemCodes,
  schemaProblemCodes,
} from '../../rules/index.js';
import { duration } from './calendar.js';
import { params, path } from './common.js';

const names = z.object({ vi: z.string(), en: z.string().optional() });

/** A problem of a definition or a dossier (`Problem` of motcua/rules). */
export const rulesProblem = z
  .object({
    code: z.enum([...inputProblemCodes, ...schemaProblemCodes, ...lintProblemCodes, ...dossierProblemCodes]),
    severity: z.enum(['error', 'warning']),
    params,
    message: z.string(),
    messageVi: z.string(),
    path,
    document: z.object({ id: z.string(), name: names }).optional(),
    field: z.object({ id: z.string(), label: names }).optional(),
  })
  .openapi('RulesProblem');

/**
 * A procedure definition (thủ tục hành chính) as JSON — its schema is schema/procedure.schema.json in the
 * package — or the content hash (`sha256:…`) of one registered on this server.
 */
export const definitionRef = z
  .union([
    z.string().regex(/^sha256:[0-9a-f]{64}$/),
    z.record(z.string(), z.unknown()).openapi({ description: 'A definition (schema/procedure.schema.json)' }),
  ])
  .openapi('DefinitionRef', {
    description: 'A registered definition by its content hash, or a definition itself',
    example: 'sha256:…',
  });

/** What the server knows of a definition. */
export const definitionSummary = z
  .object({
    hash: z.string(),
    code: z.string(),
    version: z.string(),
    name: names,
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
  })
  .openapi('DefinitionSummary');

export const checkDefinitionRequest = z
  .object({ definition: z.record(z.string(), z.unknown()) })
  .strict()
  .openapi('CheckDefinitionRequest');
export const checkDefinitionResponse = z
  .object({
    ok: z.boolean(),
    hash: z.string().nullable(),
    errors: z.number().int(),
    warnings: z.number().int(),
    problems: z.array(rulesProblem.extend({ pointer: z.string() })),
  })
  .openapi('CheckDefinitionResponse');

export const registerDefinitionResponse = definitionSummary
  .extend({ created: z.boolean(), warnings: z.array(rulesProblem) })
  .openapi('RegisteredDefinition');
export const definitionList = z.object({ definitions: z.array(definitionSummary) }).openapi('DefinitionList');

const timeLimit = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('immediate') }),
    z.object({ type: z.literal('duration'), ...duration.shape }),
  ])
  .openapi('TimeLimit');

/** `validateDossier`'s answer, with the lines of the supplement request slip (form 02). */
export const validation = z
  .object({
    ok: z.boolean(),
    problems: z.array(rulesProblem),
    fees: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(['fee', 'charge']),
          name: names,
          amount: z.number(),
        }),
      ),
      total: z.number(),
      currency: z.literal('VND'),
    }),
    timeLimit,
    requiredDocuments: z.array(z.string()),
    supplementRequest: z.array(z.object({ subject: z.string(), reason: z.string(), code: z.string() })),
  })
  .openapi('DossierValidation');

export const validateRequest = z
  .object({
    definition: definitionRef,
    dossier: z.record(z.string(), z.unknown()).openapi({
      description: 'The dossier: { channel, fields, documents } (motcua/rules dossierSchema)',
      example: {
        channel: 'in-person',
        fields: { copies: 3 },
        documents: [{ document: 'declaration', form: 'original' }],
      },
    }),
    lang: z
      .enum(['vi', 'en'])
      .optional()
      .openapi({ description: 'Language of the slip lines; default from Accept-Language' }),
  })
  .strict()
  .openapi('ValidateRequest');
