/**
 * Timing of a procedure: the total processing time (thời hạn giải quyết), conditional variants, and the clock
 * policies — supplement (Decree 118/2025 Art. 19(5): the time restarts from zero when the complete dossier comes
 * back; Decree 61/2018 Art. 19(4) said the same), the 15:00 receipt cut-off (Art. 18; Law on Civil Status
 * Art. 5(3) for same-day procedures) and whether financial-obligation time pauses the clock (land procedures).
 */
import { z } from 'zod';
import { countingPolicySchema, durationSchema, expressionSchema, localizedTextSchema } from './common.js';

/** The time limit: returned immediately (trả ngay, Art. 17(4)), or a duration. */
export const timeLimitSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('immediate') }).describe('Result returned on the spot (trả ngay).'),
    z.strictObject({ type: z.literal('duration'), ...durationSchema.shape }).describe('A time limit.'),
  ])
  .describe('Total processing time.');

/** The timing block. */
export const timingSchema = z
  .strictObject({
    limit: timeLimitSchema,
    variants: z
      .array(
        z.strictObject({
          when: expressionSchema,
          limit: durationSchema,
          note: localizedTextSchema.optional(),
        }),
      )
      .max(10)
      .default([])
      .describe('Other limits that apply under a condition (first match wins), e.g. 15 days for foreigners.'),
    counting: countingPolicySchema.optional().describe('Counting policy, if the procedure fixes one.'),
    supplement: z
      .strictObject({
        clock: z
          .enum(['restart', 'pause'])
          .default('restart')
          .describe('restart: from zero when the complete dossier returns (Decree 118 Art. 19(5)); pause.'),
        applicantWindow: durationSchema.optional().describe('Time the applicant has to supplement.'),
      })
      .default({ clock: 'restart' }),
    receiptCutoff: z
      .strictObject({
        enabled: z.boolean(),
        time: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
          .default('15:00'),
      })
      .default({ enabled: true, time: '15:00' })
      .describe('Dossiers received after this time count from the next working day (Decree 118 Art. 18).'),
    financialObligationPausesClock: z
      .boolean()
      .default(false)
      .describe('Time the applicant spends meeting financial obligations is not counted (land procedures).'),
  })
  .describe('Time limit and clock policies.');

export type TimeLimit = z.infer<typeof timeLimitSchema>;
export type Timing = z.infer<typeof timingSchema>;
