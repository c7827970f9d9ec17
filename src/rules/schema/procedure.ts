/**
 * The procedure definition schema — the single source of truth for the definition format. TypeScript types are
 * inferred from it and `schema/procedure.schema.json` is generated from it (`scripts/generate-schema.ts`).
 *
 * Objects are strict: an unknown key (a typo such as `"copeis"`) is an error, never silently ignored.
 */
import * as z from 'zod/mini';
import { agencySchema, rolesSchema } from './agencies.js';
import {
  calendarDateSchema,
  expressionSchema,
  fieldIdSchema,
  idSchema,
  levelSchema,
  localizedTextSchema,
} from './common.js';
import { requiredDocumentSchema } from './documents.js';
import { feeSchema } from './fees.js';
import { formFieldSchema } from './fields.js';
import { stepSchema } from './steps.js';
import { timingSchema } from './timing.js';

const note = () => z.array(z.string().check(z.minLength(1), z.maxLength(2000))).check(z.maxLength(50));

/** A legal document the procedure rests on (căn cứ pháp lý). */
export const legalBasisSchema = z.strictObject({
  document: z.string().check(z.minLength(1), z.maxLength(300)),
  articles: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50))),
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
});

/** How the procedure can be carried out (cách thức thực hiện). */
export const channelsSchema = z.strictObject({
  inPerson: z.boolean(),
  post: z.boolean(),
  online: z.enum(['none', 'partial', 'full']),
  fourOnTheSpot: z._default(z.boolean(), false),
});

/** A cross-field rule on the application, e.g. the groom is at least 20. */
export const checkSchema = z.strictObject({
  id: idSchema,
  expr: expressionSchema,
  when: z.optional(expressionSchema),
  field: z.optional(fieldIdSchema),
  message: localizedTextSchema,
});

/** A procedure definition (định nghĩa thủ tục hành chính). */
export const procedureSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(500))),
  code: z.string().check(z.regex(/^\d\.\d{6}$/)),
  name: localizedTextSchema,
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  field: localizedTextSchema,
  level: levelSchema,
  legalBasis: z.array(legalBasisSchema).check(z.minLength(1), z.maxLength(50)),
  effective: z.strictObject({ from: calendarDateSchema, to: z.optional(calendarDateSchema) }),
  agencies: z.array(agencySchema).check(z.minLength(1), z.maxLength(50)),
  roles: rolesSchema,
  timing: timingSchema,
  channels: channelsSchema,
  fields: z._default(z.array(formFieldSchema).check(z.maxLength(200)), []),
  checks: z._default(z.array(checkSchema).check(z.maxLength(100)), []),
  documents: z._default(z.array(requiredDocumentSchema).check(z.maxLength(100)), []),
  fees: z._default(z.array(feeSchema).check(z.maxLength(50)), []),
  steps: z.array(stepSchema).check(z.minLength(1), z.maxLength(200)),
  initialStep: z.optional(idSchema),
  notes: z.optional(note()),
  assumptions: z.optional(note()),
});

/** The definition as written (defaults not yet applied) — what JSON files contain. */
export type ProcedureInput = z.input<typeof procedureSchema>;
/** The definition after parsing (defaults applied). */
export type ProcedureDefinition = z.infer<typeof procedureSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type Channels = z.infer<typeof channelsSchema>;
export type Check = z.infer<typeof checkSchema>;
