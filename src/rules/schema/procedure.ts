/**
 * The procedure definition schema — the single source of truth for the definition format. TypeScript types are
 * inferred from it and `schema/procedure.schema.json` is generated from it (`scripts/generate-schema.ts`).
 *
 * Objects are strict: an unknown key (a typo such as `"copeis"`) is an error, never silently ignored.
 */
import { z } from 'zod';
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

/** A legal document the procedure rests on (căn cứ pháp lý). */
export const legalBasisSchema = z
  .strictObject({
    document: z.string().min(1).max(300).describe('e.g. "Decree 118/2025/NĐ-CP".'),
    articles: z.array(z.string().min(1).max(100)).max(50).optional().describe('e.g. ["19(5)", "20(1)"].'),
    title: z.string().min(1).max(1000).optional(),
  })
  .describe('A legal document and the articles relied on.');

/** How the procedure can be carried out (cách thức thực hiện). */
export const channelsSchema = z
  .strictObject({
    inPerson: z.boolean().describe('At the one-stop desk (Decree 118 Art. 15).'),
    post: z.boolean().describe('By public post (bưu chính công ích).'),
    online: z
      .enum(['none', 'partial', 'full'])
      .describe('Online: none, partial (một phần) or full (toàn trình) — Decree 42/2022 terms.'),
    fourOnTheSpot: z
      .boolean()
      .default(false)
      .describe('"4 tại chỗ": received, appraised, approved and returned at the desk.'),
  })
  .describe('Service modes.');

/** A cross-field rule on the application, e.g. the groom is at least 20. */
export const checkSchema = z
  .strictObject({
    id: idSchema,
    expr: expressionSchema.describe('Must be true for a valid dossier.'),
    when: expressionSchema.optional().describe('Checked only when this condition holds.'),
    field: fieldIdSchema.optional().describe('Field the failure is reported on.'),
    message: localizedTextSchema,
  })
  .describe('A rule the application must satisfy.');

/** A procedure definition (định nghĩa thủ tục hành chính). */
export const procedureSchema = z
  .strictObject({
    $schema: z.string().max(500).optional().describe('Path or URL of procedure.schema.json (for editors).'),
    code: z
      .string()
      .regex(/^\d\.\d{6}$/)
      .describe('National procedure code (mã TTHC), e.g. "1.000894".'),
    name: localizedTextSchema,
    version: z.string().min(1).max(50).describe('Version of this definition, e.g. "2026.1".'),
    field: localizedTextSchema.describe('Field / sector (lĩnh vực).'),
    level: levelSchema,
    legalBasis: z.array(legalBasisSchema).min(1).max(50),
    effective: z
      .strictObject({
        from: calendarDateSchema.describe('First day in force (inclusive).'),
        to: calendarDateSchema.optional().describe('Last day in force (inclusive); open-ended if absent.'),
      })
      .describe('Days this version applies to, by receipt date.'),
    agencies: z.array(agencySchema).min(1).max(50),
    roles: rolesSchema,
    timing: timingSchema,
    channels: channelsSchema,
    fields: z.array(formFieldSchema).max(200).default([]),
    checks: z.array(checkSchema).max(100).default([]),
    documents: z.array(requiredDocumentSchema).max(100).default([]),
    fees: z.array(feeSchema).max(50).default([]),
    steps: z.array(stepSchema).min(1).max(200),
    initialStep: idSchema.optional().describe('First step (default: the first in `steps`).'),
    notes: z.array(z.string().min(1).max(2000)).max(50).optional().describe('Notes for officials.'),
    assumptions: z
      .array(z.string().min(1).max(2000))
      .max(50)
      .optional()
      .describe('Facts encoded without a verified source — to be checked.'),
  })
  .describe('A Vietnamese administrative procedure definition (motcua).');

/** The definition as written (defaults not yet applied) — what JSON files contain. */
export type ProcedureInput = z.input<typeof procedureSchema>;
/** The definition after parsing (defaults applied). */
export type ProcedureDefinition = z.infer<typeof procedureSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type Channels = z.infer<typeof channelsSchema>;
export type Check = z.infer<typeof checkSchema>;
