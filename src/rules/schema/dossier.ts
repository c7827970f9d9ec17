/**
 * The dossier (hồ sơ) as submitted: the channel, the application's field values and the documents handed in.
 * Dossiers come from citizens' browsers, so the schema is deliberately loose (values are checked against the
 * procedure's declared fields by `validateDossier`, which reports each problem instead of failing at the first).
 */
import * as z from 'zod/mini';
import { paperFormSchema } from './documents.js';

/** Submission channel (Decree 118 Art. 15; DVCQG KenhThucHien 1 in person, 2 online, 3 post). */
export const submissionChannelSchema = z.enum(['in-person', 'post', 'online']);

/**
 * Where reused electronic data lives: the repository (an id such as `national-population-db`, `vneid`,
 * `citizen-data-store`) and the record in it (its identifier there: letters, digits and `. _ : / -`, at most 128
 * characters — a reference, never the data itself).
 */
export const dataReferenceSchema = z.strictObject({
  repository: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/)),
  record: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/)),
});

/**
 * A document handed in: a copy on paper (original, certified copy, copy) or as an electronic file — or, with
 * `form: 'reused'` and its `reference`, electronic data the applicant already has, where the definition allows
 * it (`validateDossier` checks that the reference comes with `reused` and only with it).
 */
export const submittedDocumentSchema = z.strictObject({
  document: z.string().check(z.minLength(1), z.maxLength(64)),
  form: z.union([paperFormSchema, z.literal('electronic'), z.literal('reused')]),
  copies: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 1),
  format: z.optional(z.string().check(z.minLength(1), z.maxLength(10))),
  reference: z.optional(dataReferenceSchema),
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
export type DataReference = z.infer<typeof dataReferenceSchema>;
/** A dossier as submitted (defaults not applied). */
export type DossierInput = z.input<typeof dossierSchema>;
export type Dossier = z.infer<typeof dossierSchema>;
