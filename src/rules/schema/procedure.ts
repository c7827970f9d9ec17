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
  type LegalBasis,
  legalBasisSchema,
  levelSchema,
  localizedTextSchema,
  periodSchema,
} from './common.js';
import { requiredDocumentSchema } from './documents.js';
import { feeSchema } from './fees.js';
import { formFieldSchema } from './fields.js';
import { stepSchema } from './steps.js';
import { timingSchema } from './timing.js';

const note = () => z.array(z.string().check(z.minLength(1), z.maxLength(2000))).check(z.maxLength(50));

export { type LegalBasis, legalBasisSchema };

/** How the procedure can be carried out (cách thức thực hiện). */
export const channelsSchema = z.strictObject({
  inPerson: z.boolean(),
  post: z.boolean(),
  online: z.enum(['none', 'partial', 'full']),
  fourOnTheSpot: z._default(z.boolean(), false),
  /** How results may be delivered (hình thức trả kết quả): at the desk, by public post, online. */
  delivery: z._default(z.array(z.enum(['desk', 'post', 'online'])).check(z.minLength(1), z.maxLength(3)), [
    'desk',
  ]),
});

/**
 * One result a dossier hands back (kết quả giải quyết): a liên thông group (birth registration + permanent
 * residence + health-insurance card, Decree 63/2024) hands back several, each decided by its own agency within its
 * own limit, counted from the dossier's clock start. Issued by an `issue-result` (or, in a consultation branch, a
 * `reply`) action naming it; the dossier is finished when every result is returned.
 */
export const resultSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** The deciding agency. */
  agency: idSchema,
  /** Counted from the dossier's clock start, by the dossier's counting policy; the same day is `immediate`. */
  limit: periodSchema,
  basis: z.optional(legalBasisSchema),
  note: z.optional(localizedTextSchema),
});

/**
 * An office that may carry the procedure out when several kinds may (commune People's Committee, notary office,
 * diplomatic mission): chosen at SUBMIT; conditions read it as `implementer`.
 */
export const implementerSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  kind: z.enum(['people-committee', 'specialised-agency', 'notary-office', 'diplomatic-mission', 'other']),
  note: z.optional(localizedTextSchema),
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
  results: z._default(z.array(resultSchema).check(z.maxLength(10)), []),
  implementers: z._default(z.array(implementerSchema).check(z.maxLength(20)), []),
  steps: z.array(stepSchema).check(z.minLength(1), z.maxLength(200)),
  initialStep: z.optional(idSchema),
  notes: z.optional(note()),
  assumptions: z.optional(note()),
});

/** The definition as written (defaults not yet applied) — what JSON files contain. */
export type ProcedureInput = z.input<typeof procedureSchema>;
/** The definition after parsing (defaults applied). */
export type ProcedureDefinition = z.infer<typeof procedureSchema>;
export type Channels = z.infer<typeof channelsSchema>;
export type ResultDefinition = z.infer<typeof resultSchema>;
export type Implementer = z.infer<typeof implementerSchema>;
export type Delivery = Channels['delivery'][number];
export type Check = z.infer<typeof checkSchema>;
