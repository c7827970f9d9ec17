/**
 * The events of a dossier (sự kiện hồ sơ) — what the desk, the agencies and the applicant do — as zod schemas.
 * The portal records each event once, with the instant it happened (`at`, ISO-8601 with offset) and its position
 * in the dossier's history (`seq`, 1, 2, 3 … for optimistic concurrency); the engine applies them in order.
 *
 * Step actions of a definition become events of the same name in upper case (`forward` → `FORWARD`,
 * `request-financial-obligation` → `REQUEST_FINANCIAL_OBLIGATION`); lifecycle events (submission, receipt,
 * withdrawal, stopping, apology) apply at any step where the law allows them.
 */
import { match } from 'ts-pattern';
import { z } from 'zod';
// The submission channel is the rules' (Decree 118/2025 Art. 15; DVCQG KenhThucHien 1 in person, 2 online, 3 post).
import { channelSchema } from '../rules/index.js';

const instant = z.iso
  .datetime({ offset: true })
  .describe('ISO-8601 instant with offset, e.g. 2026-02-10T09:30:00+07:00.');
const id = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/);
const text = z.string().min(1).max(2000);

const base = {
  /** Position of the event in the dossier's history: the snapshot's `seq + 1`. */
  seq: z.int().min(1).max(1_000_000),
  /** When it happened. */
  at: instant,
};
/** The agency acting (an agency id of the definition). */
const by = id;
/** The step acting, when several are open at once (parallel consultation); otherwise found from `by`. */
const step = id.optional();

/** Form field values, as submitted (used for the procedure's conditions: time-limit variants, `when`). */
const fieldValues = z.record(z.string().max(64), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const eventSchema = z.discriminatedUnion('type', [
  z
    .strictObject({ type: z.literal('SUBMIT'), ...base, channel: channelSchema })
    .describe('The applicant submits (or resubmits) the dossier: at the desk, by post or online.'),
  z
    .strictObject({
      type: z.literal('RECEIVE'),
      ...base,
      by,
      dossierCode: z
        .string()
        .min(1)
        .max(64)
        .describe('Mã hồ sơ (Decree 118/2025 Art. 28), see dossierCode().'),
      fields: fieldValues.optional(),
      consultation: z
        .enum(['parallel', 'sequential'])
        .optional()
        .describe(
          'Electronic liên thông consults in parallel, paper in sequence (Decree 118/2025 Art. 20(2)).',
        ),
    })
    .describe(
      'The desk receives a complete, valid dossier (Art. 17(1),(3)); online: accepts it (Art. 17(2)).',
    ),
  z
    .strictObject({ type: z.literal('FORWARD'), ...base, by, step, to: id.optional() })
    .describe('Hands the dossier to the next step (chuyển xử lý).'),
  z
    .strictObject({ type: z.literal('CONSULT'), ...base, by, step })
    .describe('Asks the coordinating agencies for opinions (Art. 19(4), 20).'),
  z
    .strictObject({ type: z.literal('REPLY'), ...base, by, step, opinion: text.optional() })
    .describe('A consulted agency replies.'),
  z
    .strictObject({ type: z.literal('RETURN'), ...base, by, step, to: id.optional(), reason: text })
    .describe('Sends the dossier back to an earlier step.'),
  z
    .strictObject({
      type: z.literal('REQUEST_SUPPLEMENT'),
      ...base,
      by,
      step,
      items: z.array(text).min(1).max(100),
    })
    .describe('At the desk: incomplete, not received (Art. 17(1)); during processing: Art. 19(5).'),
  z
    .strictObject({ type: z.literal('SUPPLEMENT_RECEIVED'), ...base, by: by.optional() })
    .describe('The complete dossier comes back; the clock restarts from zero (Art. 19(5)).'),
  z
    .strictObject({
      type: z.literal('REQUEST_FINANCIAL_OBLIGATION'),
      ...base,
      by,
      step,
      amount: z.int().min(0).optional().describe('VND.'),
    })
    .describe('The applicant is asked to meet financial obligations (taxes, fees).'),
  z
    .strictObject({ type: z.literal('FINANCIAL_OBLIGATION_MET'), ...base, by: by.optional() })
    .describe('The applicant has paid.'),
  z
    .strictObject({ type: z.literal('REFUSE'), ...base, by, step, reasons: z.array(text).min(1).max(50) })
    .describe('Refused at the desk (Art. 17(1)) or during processing (Art. 19(3)), with reasons.'),
  z.strictObject({ type: z.literal('APPROVE'), ...base, by, step }).describe('Approved (phê duyệt).'),
  z
    .strictObject({ type: z.literal('ISSUE_RESULT'), ...base, by, step })
    .describe('The result is issued (ban hành kết quả): the decision is made.'),
  z
    .strictObject({ type: z.literal('RETURN_RESULT'), ...base, by, step })
    .describe('The result is returned to the applicant (Art. 22).'),
  z
    .strictObject({ type: z.literal('WITHDRAW'), ...base, by: by.optional(), reason: text.optional() })
    .describe('The applicant stops the procedure, until the decision is issued (Decree 118/2025 Art. 21).'),
  z
    .strictObject({
      type: z.literal('STOP'),
      ...base,
      by,
      reason: z.enum(['supplement-not-completed', 'other']),
      note: text.optional(),
    })
    .describe('Processing is stopped (closure when the supplement is not completed in time, Art. 19(5)).'),
  z
    .strictObject({
      type: z.literal('APOLOGIZE'),
      ...base,
      by,
      reason: text,
      newDueDate: z.iso.date().describe('The new appointment day.'),
    })
    .describe('Apology and new appointment, at least one day before the deadline, once (Art. 19(6), 12(5)).'),
]);

/** An event of a dossier. */
export type DossierEvent = z.infer<typeof eventSchema>;
export type DossierEventType = DossierEvent['type'];

/** Every event type, in lifecycle order. */
export const eventTypes = eventSchema.options.map((o) => o.shape.type.value) as readonly DossierEventType[];

/** An event before the portal numbers it (`seq` is added when it is recorded). */
export type UnnumberedEvent = DossierEvent extends infer E
  ? E extends DossierEvent
    ? Omit<E, 'seq'>
    : never
  : never;

/**
 * Who does an event: the applicant (`by`, when given, is the agency recording it on their behalf), the one-stop
 * desk, the step holding the dossier (found from `by`, or named by `step`), the desk before receipt and the step
 * after it, or any agency of the procedure.
 */
export type EventActor = 'applicant' | 'desk' | 'step' | 'desk-or-step' | 'agency';

export function eventActor(type: DossierEventType): EventActor {
  return match(type)
    .with('SUBMIT', 'SUPPLEMENT_RECEIVED', 'FINANCIAL_OBLIGATION_MET', 'WITHDRAW', () => 'applicant' as const)
    .with('RECEIVE', 'APOLOGIZE', () => 'desk' as const)
    .with('REFUSE', 'REQUEST_SUPPLEMENT', () => 'desk-or-step' as const)
    .with(
      'FORWARD',
      'CONSULT',
      'REPLY',
      'RETURN',
      'REQUEST_FINANCIAL_OBLIGATION',
      'APPROVE',
      'ISSUE_RESULT',
      'RETURN_RESULT',
      () => 'step' as const,
    )
    .with('STOP', () => 'agency' as const)
    .exhaustive();
}
