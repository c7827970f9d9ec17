/**
 * The dossier (hồ sơ) as submitted: the channel, the application's field values and the documents handed in.
 * Dossiers come from citizens' browsers, so the schema is deliberately loose (values are checked against the
 * procedure's declared fields by `validateDossier`, which reports each problem instead of failing at the first).
 */
import { z } from 'zod';
import { paperFormSchema } from './documents.js';

/** Submission channel (Decree 118 Art. 15; DVCQG KenhThucHien 1 in person, 2 online, 3 post). */
export const channelSchema = z.enum(['in-person', 'post', 'online']);

/** A document handed in. */
export const submittedDocumentSchema = z.strictObject({
  document: z.string().min(1).max(64).describe('Id of the required document.'),
  form: z.union([paperFormSchema, z.literal('electronic')]),
  copies: z.int().min(1).max(1000).default(1),
  format: z.string().min(1).max(10).optional().describe('File format of an electronic document, e.g. "pdf".'),
});

/** A dossier. */
export const dossierSchema = z.strictObject({
  channel: channelSchema,
  fields: z.record(z.string().max(64), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
  documents: z.array(submittedDocumentSchema).default([]),
});

/** Same values as the calendar's `Channel` (receipt rules); named apart so both can be re-exported from the root. */
export type SubmissionChannel = z.infer<typeof channelSchema>;
export type SubmittedDocument = z.infer<typeof submittedDocumentSchema>;
/** A dossier as submitted (defaults not applied). */
export type DossierInput = z.input<typeof dossierSchema>;
export type Dossier = z.infer<typeof dossierSchema>;
