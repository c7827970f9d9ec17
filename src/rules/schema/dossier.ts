/**
 * The dossier (hồ sơ) as submitted: the channel, the application's field values and the documents handed in.
 * Dossiers come from citizens' browsers, so the schema is deliberately loose (values are checked against the
 * procedure's declared fields by `validateDossier`, which reports each problem instead of failing at the first).
 */
import * as z from 'zod/mini';
import { paperFormSchema } from './documents.js';

/** Submission channel (Decree 118 Art. 15; DVCQG KenhThucHien 1 in person, 2 online, 3 post). */
export const submissionChannelSchema = z.enum(['in-person', 'post', 'online']);

/** A document handed in. */
export const submittedDocumentSchema = z.strictObject({
  document: z.string().check(z.minLength(1), z.maxLength(64)),
  form: z.union([paperFormSchema, z.literal('electronic')]),
  copies: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 1),
  format: z.optional(z.string().check(z.minLength(1), z.maxLength(10))),
});

/** A dossier. */
export const dossierSchema = z.strictObject({
  channel: submissionChannelSchema,
  fields: z._default(
    z.record(z.string().check(z.maxLength(64)), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    {},
  ),
  documents: z._default(z.array(submittedDocumentSchema), []),
});

/** Same values as the calendar's `Channel` (receipt rules); named apart so both can be re-exported from the root. */
export type SubmissionChannel = z.infer<typeof submissionChannelSchema>;
export type SubmittedDocument = z.infer<typeof submittedDocumentSchema>;
/** A dossier as submitted (defaults not applied). */
export type DossierInput = z.input<typeof dossierSchema>;
export type Dossier = z.infer<typeof dossierSchema>;
