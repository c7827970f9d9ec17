/**
 * Timing of a procedure: the total processing time (thời hạn giải quyết), conditional variants, and the clock
 * policies — supplement (Decree 118/2025 Art. 19(5): the time restarts from zero when the complete dossier comes
 * back; Decree 61/2018 Art. 19(4) said the same), the 15:00 receipt cut-off (Art. 18; Law on Civil Status
 * Art. 5(3) for same-day procedures) and whether financial-obligation time pauses the clock (land procedures).
 */
import * as z from 'zod/mini';
import {
  countingPolicySchema,
  durationSchema,
  expressionSchema,
  idSchema,
  legalBasisSchema,
  localizedTextSchema,
  periodSchema,
} from './common.js';

/** The time limit: returned immediately (trả ngay, Art. 17(4)), or a duration. */
export const timeLimitSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('immediate') }),
  z.strictObject({ type: z.literal('duration'), ...durationSchema.shape }),
]);

/**
 * When the clock starts, if not at complete receipt (Decree 118/2025 Art. 17(3)): once a named event has also
 * happened — the fees paid (`FEE_PAID`: an e-visa's 3 working days run from the information and the fee,
 * Decree 07/2017), the financial obligation met (`FINANCIAL_OBLIGATION_MET`), a verification reply (`REPLY` of a
 * named consultation step: a marital-status certificate is issued the day the other commune's reply arrives,
 * Decree 123/2015 Art. 22). Time before it never counts. Needs its legal basis.
 */
export const clockStartSchema = z.strictObject({
  after: z.enum(['FEE_PAID', 'FINANCIAL_OBLIGATION_MET', 'REPLY']),
  step: z.optional(idSchema),
  basis: z.optional(legalBasisSchema),
  note: z.optional(localizedTextSchema),
});

/** The timing block. */
export const timingSchema = z.strictObject({
  limit: timeLimitSchema,
  variants: z._default(
    z
      .array(
        z.strictObject({
          when: expressionSchema,
          /** A duration, or the same day (`{ "type": "immediate" }`). */
          limit: periodSchema,
          /** Where the variant's clock starts otherwise than the procedure's (see `clockStart`). */
          clockStart: z.optional(clockStartSchema),
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
      /**
       * The window to ask for a supplement during processing where a sector law sets one; 3 working days by
       * default (Decree 118/2025 Art. 19(5)). Needs its legal basis.
       */
      requestWindow: z.optional(
        z.strictObject({ ...durationSchema.shape, basis: z.optional(legalBasisSchema) }),
      ),
    }),
    { clock: 'restart' },
  ),
  /**
   * When the clock starts, if not at complete receipt (Decree 118/2025 Art. 17(3)): once a named event has also
   * happened — the fees paid (`FEE_PAID`: online registrations whose limit runs from payment), the financial
   * obligation met (`FINANCIAL_OBLIGATION_MET`), a verification reply (`REPLY` of a named consultation step).
   * Time before it never counts. Needs its legal basis.
   */
  clockStart: z.optional(clockStartSchema),

  /**
   * The extension the procedure allows after an apology (Decree 118/2025 Art. 19(6)): at most `limit` more than
   * the appointment in force, or — `byAgreement` — longer by written agreement with the applicant. Without it the
   * new appointment may be at most the procedure's own limit again. Needs its legal basis.
   */
  extension: z.optional(
    z.strictObject({
      limit: durationSchema,
      byAgreement: z._default(z.boolean(), false),
      basis: z.optional(legalBasisSchema),
      note: z.optional(localizedTextSchema),
    }),
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
export type ClockStartDefinition = z.infer<typeof clockStartSchema>;
