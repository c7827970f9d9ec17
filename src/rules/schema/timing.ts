/**
 * Timing of a procedure: the total processing time (thời hạn giải quyết), conditional variants, and the clock
 * policies — supplement (Decree 118/2025 Art. 19(5): the time restarts from zero when the complete dossier comes
 * back; Decree 61/2018 Art. 19(4) said the same), the 15:00 receipt cut-off (Art. 18; Law on Civil Status
 * Art. 5(3) for same-day procedures) and whether financial-obligation time pauses the clock (land procedures).
 */
import * as z from 'zod/mini';
import { countingPolicySchema, durationSchema, expressionSchema, localizedTextSchema } from './common.js';

/** The time limit: returned immediately (trả ngay, Art. 17(4)), or a duration. */
export const timeLimitSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('immediate') }),
  z.strictObject({ type: z.literal('duration'), ...durationSchema.shape }),
]);

/** The timing block. */
export const timingSchema = z.strictObject({
  limit: timeLimitSchema,
  variants: z._default(
    z
      .array(
        z.strictObject({
          when: expressionSchema,
          limit: durationSchema,
          note: z.optional(localizedTextSchema),
        }),
      )
      .check(z.maxLength(10)),
    [],
  ),
  counting: z.optional(countingPolicySchema),
  supplement: z._default(
    z.strictObject({
      clock: z._default(z.enum(['restart', 'pause']), 'restart'),
      applicantWindow: z.optional(durationSchema),
    }),
    { clock: 'restart' },
  ),
  receiptCutoff: z._default(
    z.strictObject({
      enabled: z.boolean(),
      time: z._default(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)), '15:00'),
    }),
    { enabled: true, time: '15:00' },
  ),
  financialObligationPausesClock: z._default(z.boolean(), false),
});

export type TimeLimit = z.infer<typeof timeLimitSchema>;
export type Timing = z.infer<typeof timingSchema>;
