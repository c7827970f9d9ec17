/**
 * Required documents (thành phần hồ sơ): what the applicant hands in, in which form (bản chính — original,
 * bản sao chứng thực — certified copy, bản sao/bản chụp — copy), how many copies, which electronic formats are
 * accepted online (Decree 45/2020 on electronic procedures), and when the document is required at all.
 */
import { z } from 'zod';
import { expressionSchema, idSchema, localizedTextSchema } from './common.js';

/** Paper forms of a document. */
export const paperFormSchema = z
  .enum(['original', 'certified-copy', 'copy'])
  .describe('original (bản chính), certified-copy (bản sao chứng thực) or copy (bản sao, bản chụp).');

/** A required document. */
export const requiredDocumentSchema = z
  .strictObject({
    id: idSchema,
    name: localizedTextSchema,
    accepts: z
      .array(paperFormSchema)
      .min(1)
      .max(3)
      .describe('Paper forms accepted, e.g. ["original"] or ["certified-copy", "original"].'),
    copies: z.int().min(1).max(100).default(1).describe('Number of copies (số lượng), default 1.'),
    electronicFormats: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/))
      .max(20)
      .default([])
      .describe('File formats accepted online, e.g. ["pdf", "jpg"]; empty = not accepted electronically.'),
    when: expressionSchema.optional().describe('Required only when this condition holds.'),
    note: localizedTextSchema.optional(),
  })
  .describe('A required document (thành phần hồ sơ).');

export type PaperForm = z.infer<typeof paperFormSchema>;
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;
