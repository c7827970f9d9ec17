/**
 * Agencies (cơ quan) and their roles in the one-stop mechanism (Decree 118/2025 Art. 17–20): the one-stop desk
 * that receives and returns (Bộ phận Một cửa / Trung tâm Phục vụ hành chính công), the lead agency (cơ quan chủ
 * trì), coordinating agencies (cơ quan phối hợp) — horizontally at one level, vertically between levels, or
 * vertical-sector agencies such as tax, social insurance, electricity — and the deciding authority.
 */
import { z } from 'zod';
import { idSchema, levelSchema, localizedTextSchema } from './common.js';

/** An agency taking part in the procedure. */
export const agencySchema = z
  .strictObject({
    id: idSchema,
    name: localizedTextSchema,
    level: levelSchema.optional(),
    sector: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('Vertical sector, e.g. "tax", "social-insurance".'),
  })
  .describe('An agency taking part in the procedure.');

/** How a coordinating agency is connected (liên thông). */
export const liaisonSchema = z
  .enum(['horizontal', 'vertical', 'vertical-sector'])
  .describe(
    'horizontal: same level (Decree 118 Art. 20(2)); vertical: another level (Art. 20(1)); vertical-sector: tax, social insurance, electricity …',
  );

/** Who does what. Every id must name an agency (lint `UNKNOWN_AGENCY`). */
export const rolesSchema = z
  .strictObject({
    desk: idSchema.describe('The one-stop desk that receives the dossier and returns the result.'),
    lead: idSchema.describe('The lead agency (cơ quan chủ trì).'),
    deciding: idSchema.describe('The deciding authority (cơ quan có thẩm quyền quyết định).'),
    coordinating: z
      .array(z.strictObject({ agency: idSchema, liaison: liaisonSchema }))
      .max(50)
      .default([])
      .describe('Coordinating agencies (cơ quan phối hợp).'),
  })
  .describe('Roles of the agencies.');

export type Agency = z.infer<typeof agencySchema>;
export type Roles = z.infer<typeof rolesSchema>;
