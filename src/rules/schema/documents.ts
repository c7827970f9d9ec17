/**
 * Required documents (thành phần hồ sơ): what the applicant hands in, in which form (bản chính — original,
 * bản sao chứng thực — certified copy, bản sao/bản chụp — copy), how many copies, which electronic formats are
 * accepted online (Decree 45/2020 on electronic procedures), when the document is required at all, and whether
 * it may be taken from electronic data the applicant already has instead (tái sử dụng dữ liệu — `reuse`).
 */
import * as z from 'zod/mini';
import { expressionSchema, idSchema, legalBasisSchema, localizedTextSchema } from './common.js';

/** Paper forms of a document. */
export const paperFormSchema = z.enum(['original', 'certified-copy', 'copy']);

/**
 * Reuse of electronic data (tái sử dụng thông tin, dữ liệu): the document may be replaced by data the applicant
 * already has in an electronic repository — a national or sector database, the citizen's electronic data store
 * (Kho quản lý dữ liệu điện tử), the VNeID application — so the applicant is not asked for it again. The text
 * allowing it is required (`basis`): which documents a database replaces is published per procedure, not a
 * general rule the library can assume. `repositories` lists the repositories it may come from (any when absent).
 */
export const documentReuseSchema = z.strictObject({
  basis: legalBasisSchema,
  repositories: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(20))),
  note: z.optional(localizedTextSchema),
});

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
  /** May be taken from electronic data the applicant already has (with the text allowing it). */
  reuse: z.optional(documentReuseSchema),
  note: z.optional(localizedTextSchema),
});

export type PaperForm = z.infer<typeof paperFormSchema>;
export type DocumentReuse = z.infer<typeof documentReuseSchema>;
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;
