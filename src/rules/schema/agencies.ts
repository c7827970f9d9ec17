/**
 * Agencies (cơ quan) and their roles in the one-stop mechanism (Decree 118/2025 Art. 17–20): the one-stop desk
 * that receives and returns (Bộ phận Một cửa / Trung tâm Phục vụ hành chính công), the lead agency (cơ quan chủ
 * trì), coordinating agencies (cơ quan phối hợp) — horizontally at one level, vertically between levels, or
 * vertical-sector agencies such as tax, social insurance, electricity — and the deciding authority.
 */
import * as z from 'zod/mini';
import { idSchema, levelSchema, localizedTextSchema } from './common.js';

/** An agency taking part in the procedure. */
export const agencySchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  level: z.optional(levelSchema),
  sector: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});

/** How a coordinating agency is connected (liên thông). */
export const liaisonSchema = z.enum(['horizontal', 'vertical', 'vertical-sector']);

/** Who does what. Every id must name an agency (lint `UNKNOWN_AGENCY`). */
export const rolesSchema = z.strictObject({
  desk: idSchema,
  lead: idSchema,
  deciding: idSchema,
  coordinating: z._default(
    z.array(z.strictObject({ agency: idSchema, liaison: liaisonSchema })).check(z.maxLength(50)),
    [],
  ),
});

export type Agency = z.infer<typeof agencySchema>;
export type Roles = z.infer<typeof rolesSchema>;
