/**
 * Required documents (thành phần hồ sơ): what the applicant hands in, in which form (bản chính — original,
 * bản sao chứng thực — certified copy, bản sao/bản chụp — copy), how many copies, which electronic formats are
 * accepted online (Decree 45/2020 on electronic procedures), and when the document is required at all.
 */
import * as z from 'zod/mini';
import { expressionSchema, idSchema, localizedTextSchema } from './common.js';

/** Paper forms of a document. */
export const paperFormSchema = z.enum(['original', 'certified-copy', 'copy']);

/** A required document. */
export const requiredDocumentSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  accepts: z.array(paperFormSchema).check(z.minLength(1), z.maxLength(3)),
  copies: z._default(z.int().check(z.minimum(1), z.maximum(100)), 1),
  electronicFormats: z._default(
    z.array(z.string().check(z.regex(/^[a-z0-9]{1,10}$/))).check(z.maxLength(20)),
    [],
  ),
  when: z.optional(expressionSchema),
  note: z.optional(localizedTextSchema),
});

export type PaperForm = z.infer<typeof paperFormSchema>;
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;
