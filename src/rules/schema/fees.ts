/**
 * Fees and charges (lệ phí — fee, phí — charge), as published: in VND unless the text sets another currency (USD
 * at missions abroad), in force on the days of `effective` (by receipt day). An amount is a whole number or a CEL
 * expression of type `int` (whole units of the currency); an item may apply only under a condition (applicant
 * type, online submission, implementing office …). A changed fee is two entries with the same id and ranges that
 * do not overlap (lint `FEE_EFFECTIVE_OVERLAP`).
 *
 * Example, judicial record certificate: 200,000 VND plus 5,000 VND per copy beyond 2 —
 * `{ "expr": "copies > 2 ? 200000 + 5000 * (copies - 2) : 200000" }`.
 */
import * as z from 'zod/mini';
import {
  calendarDateSchema,
  expressionSchema,
  idSchema,
  legalBasisSchema,
  localizedTextSchema,
} from './common.js';

/** A fee item. */
export const feeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['fee', 'charge']),
  name: localizedTextSchema,
  amount: z.union([z.int().check(z.minimum(0), z.maximum(1e12)), z.strictObject({ expr: expressionSchema })]),
  when: z.optional(expressionSchema),
  /** The currency the law states the amount in (ISO 4217); VND unless another is written (USD at missions). */
  currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/)), 'VND'),
  /** The days the amount is in force (a fee changed on 01/01/2026 is two entries). */
  effective: z.optional(z.strictObject({ from: calendarDateSchema, to: z.optional(calendarDateSchema) })),
  /** The text setting this amount, where it is not the procedure's own basis (a foreign currency needs one). */
  basis: z.optional(legalBasisSchema),
  note: z.optional(localizedTextSchema),
});

export type Fee = z.infer<typeof feeSchema>;
