/**
 * The dossier snapshot (trạng thái hồ sơ): small, plain JSON the portal stores next to the dossier. It is wrapped
 * with the definition it started under (code, version, content hash — a dossier stays under the rules in force
 * when it was received, Decree 118/2025) and the calendar version last used, and it carries only facts: the legal
 * state (the XState state value), the clock ledger and the visits of each step. Deadlines are derived from these
 * facts and the calendar when read, so loading next year's official schedule recomputes every open deadline.
 */
import { z } from 'zod';
import { countingPolicies } from '../calendar/index.js';
import { channelSchema } from '../rules/index.js';

const instant = z.iso.datetime({ offset: true });

/** Which rule set governs the dossier, chosen by its receipt day (domain notes §2). */
export const regimeSchema = z.enum(['decree-61-2018', 'decree-118-2025']);
export type Regime = z.infer<typeof regimeSchema>;

/** An XState state value: a state name, or nested `{ parent: child }` objects. */
export type StateValue = string | { readonly [key: string]: StateValue };
export const stateValueSchema: z.ZodType<StateValue> = z.lazy(() =>
  z.union([z.string(), z.record(z.string(), stateValueSchema)]),
);

/** Why the clock stopped. */
export const pauseReasonSchema = z.enum(['supplement', 'financial-obligation']);
export type PauseReason = z.infer<typeof pauseReasonSchema>;

/**
 * One line of the clock ledger (sổ theo dõi thời hạn): the clock starts at receipt (Art. 17(3)), pauses while
 * the applicant pays (land procedures) or supplements, restarts from zero when the complete dossier returns
 * (Art. 19(5)), and may be extended once after an apology (Art. 19(6)). `seq` names the event that caused it.
 */
export const ledgerEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start'), at: instant, seq: z.int() }),
  z.strictObject({ kind: z.literal('pause'), at: instant, seq: z.int(), reason: pauseReasonSchema }),
  z.strictObject({ kind: z.literal('resume'), at: instant, seq: z.int(), reason: pauseReasonSchema }),
  z.strictObject({ kind: z.literal('reset'), at: instant, seq: z.int() }),
  z.strictObject({
    kind: z.literal('extend'),
    at: instant,
    seq: z.int(),
    to: z.iso.date(),
    reason: z.string().max(2000),
  }),
]);
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/**
 * A visit of a step: who received the dossier from whom and when (a handoff, bàn giao), when the step ended, and
 * its planned window `[start, end]` in the time limit's unit, measured on the dossier's clock (steps run in
 * sequence from the clock start; parallel branches share the window after the consultation step).
 */
export const visitSchema = z.strictObject({
  step: z.string(),
  /** The step that handed the dossier over, or `null` for the first step (from the applicant). */
  from: z.string().nullable(),
  at: instant,
  end: instant.nullable(),
  plan: z.tuple([z.number(), z.number()]),
});
export type Visit = z.infer<typeof visitSchema>;

/**
 * How the dossier's deadlines are counted, fixed at receipt: the appointment printed on the receipt slip (Decree
 * 118/2025 Art. 17(3)) is a promise, so changing the engine's defaults or moving the dossier to a version that
 * counts differently never moves it. `null` before receipt (and in snapshots made before it was recorded: then the
 * definition and the engine decide, as they did).
 */
export const countingSchema = z.strictObject({
  policy: z.enum(countingPolicies),
  /** The afternoon cut-off `HH:MM`, or `null` (Art. 18). */
  cutoff: z
    .string()
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)
    .nullable(),
  /** An online dossier accepted outside working hours: counted when accepted, or from the next working instant. */
  onlineOutsideHours: z.enum(['as-sent', 'next-working-instant']),
});
export type PinnedCounting = z.infer<typeof countingSchema>;

/** How the dossier ended. */
export const outcomeSchema = z.enum([
  'refused-at-desk',
  'refused',
  'withdrawn',
  'stopped',
  'result-returned',
]);
export type Outcome = z.infer<typeof outcomeSchema>;

export const snapshotSchema = z.strictObject({
  format: z.literal(1),
  procedure: z.strictObject({ code: z.string(), version: z.string(), hash: z.string() }),
  calendarVersion: z.string(),
  /** Number of events applied. */
  seq: z.int().min(0),
  lastAt: instant.nullable(),
  state: stateValueSchema,
  channel: channelSchema.nullable(),
  regime: regimeSchema.nullable(),
  submittedAt: instant.nullable(),
  receivedAt: instant.nullable(),
  dossierCode: z.string().nullable(),
  /** The time limit applying to this dossier; amount 0 in working days for results returned the same day. */
  limit: z
    .strictObject({
      amount: z.number().min(0),
      unit: z.enum(['working-days', 'working-hours', 'calendar-days', 'months']),
    })
    .nullable(),
  consultation: z.enum(['parallel', 'sequential']),
  counting: countingSchema.nullable().default(null),
  /** Results of the definition's `when` conditions, evaluated on the fields at receipt. */
  conditions: z.record(z.string(), z.boolean()),
  /** Supplement requests at the desk (not received) and during processing. */
  deskSupplements: z.int().min(0),
  supplements: z.int().min(0),
  decidedAt: instant.nullable(),
  finishedAt: instant.nullable(),
  outcome: outcomeSchema.nullable(),
  ledger: z.array(ledgerEntrySchema),
  visits: z.array(visitSchema),
  /** Versions this dossier was explicitly migrated from. */
  migratedFrom: z.array(z.strictObject({ version: z.string(), hash: z.string(), at: instant })).optional(),
});

/** A dossier snapshot (JSON). */
export type DossierSnapshot = z.infer<typeof snapshotSchema>;
