/**
 * Fees and charges (lệ phí — fee, phí — charge), in VND. An amount is a whole number or a CEL expression of
 * type `int`; an item may apply only under a condition (applicant type, online submission …).
 *
 * Example, judicial record certificate: 200,000 VND plus 5,000 VND per copy beyond 2 —
 * `{ "expr": "copies > 2 ? 200000 + 5000 * (copies - 2) : 200000" }`.
 */
import { z } from 'zod';
import { expressionSchema, idSchema, localizedTextSchema } from './common.js';

/** A fee item. */
export const feeSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(['fee', 'charge']).describe('fee (lệ phí) or charge (phí).'),
    name: localizedTextSchema,
    amount: z
      .union([
        z.int().min(0).max(1e12).describe('Amount in VND.'),
        z.strictObject({ expr: expressionSchema.describe('A CEL expression of type int, in VND.') }),
      ])
      .describe('Amount in VND: a whole number or `{ "expr": "…" }`.'),
    when: expressionSchema.optional().describe('Due only when this condition holds.'),
    note: localizedTextSchema.optional(),
  })
  .describe('A fee (lệ phí) or charge (phí).');

export type Fee = z.infer<typeof feeSchema>;
