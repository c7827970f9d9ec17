/**
 * The dossier snapshot (trạng thái hồ sơ): small, plain JSON the portal stores next to the dossier's event log.
 * It is derived from the log (the log is the truth): the definition it runs under (code, version, content hash —
 * a dossier stays under the rules in force when it was received, Decree 118/2025), the calendar version last
 * used, the head of the events' hash chain, and facts only: the legal state (the XState state value), the clock
 * ledger and the visits of each step. Deadlines are derived from these facts and the calendar when read, so
 * loading next year's official schedule recomputes every open deadline.
 *
 * The schemas below (zod/mini) give the types and the JSON Schema; snapshots from outside are checked by
 * `restore` (a faster hand check of the same shape, then the consistency of the facts with each other and with
 * the definition).
 */
import * as z from 'zod/mini';
import { type Channel, countingPolicies, durationUnits } from '../../calendar/index.js';
import type { Delivery as RulesDelivery, SubmissionChannel } from '../../rules/index.js';
import { regimes } from '../law.js';

const instant = z.iso.datetime({ offset: true });

/** How the dossier came in (Decree 118/2025 Art. 15; DVCQG KenhThucHien 1 in person, 2 online, 3 post). */
export const channels = ['in-person', 'post', 'online'] as const satisfies readonly Channel[];
// The rules module names the same channels (its `SubmissionChannel`): the two lists cannot drift apart.
const sameChannels: [(typeof channels)[number], SubmissionChannel] extends [SubmissionChannel, Channel]
  ? true
  : never = true;
void sameChannels;

export const regimeSchema = z.enum(regimes);

/** How a result is handed back (hình thức trả kết quả): at the desk, by public post, online. */
export const deliveries = ['desk', 'post', 'online'] as const;
export type Delivery = (typeof deliveries)[number];
// The rules module names the same deliveries (its `Delivery`).
const sameDeliveries: [(typeof deliveries)[number], RulesDelivery] extends [RulesDelivery, Delivery]
  ? true
  : never = true;
void sameDeliveries;

/**
 * How a document entered the dossier at receipt: digitised (scanned, or its electronic copy taken, and signed into
 * the dossier — số hóa), reused (taken from data the applicant already has in an electronic repository — tái sử
 * dụng dữ liệu; only where the definition allows it), or kept on paper only.
 */
export const documentCaptures = ['digitised', 'reused', 'paper'] as const;
export type DocumentCapture = (typeof documentCaptures)[number];

/**
 * The digitisation facts of a dossier (số hóa hồ sơ, kết quả giải quyết): per document, how it was received
 * (RECEIVE `documents`); whether the result was digitised and stored (ISSUE_RESULT / RETURN_RESULT `digitised`) —
 * the dossier's one result, or each result of a dossier with several. Present only once recorded.
 */
export const digitisationSchema = z.strictObject({
  documents: z.optional(z.record(z.string(), z.enum(documentCaptures))),
  result: z.optional(z.boolean()),
  results: z.optional(z.record(z.string(), z.boolean())),
});
export type Digitisation = z.infer<typeof digitisationSchema>;

/** An XState state value: a state name, or nested `{ parent: child }` objects. */
export type StateValue = string | { readonly [key: string]: StateValue };
export const stateValueSchema: z.ZodMiniType<StateValue> = z.union([
  z.string(),
  z.record(
    z.string(),
    z.lazy((): z.ZodMiniType<StateValue> => stateValueSchema),
  ),
]);

/** Why the clock stopped. */
export const pauseReasons = ['supplement', 'financial-obligation'] as const;
export type PauseReason = (typeof pauseReasons)[number];

/**
 * One line of the clock ledger (sổ theo dõi thời hạn): the clock starts at receipt (Art. 17(3)), pauses while
 * the applicant pays (land procedures) or supplements, restarts from zero when the complete dossier returns
 * (Art. 19(5)), and may be extended once after an apology (Art. 19(6)). `seq` names the event that caused it.
 */
export const ledgerEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start'), at: instant, seq: z.int() }),
  z.strictObject({ kind: z.literal('pause'), at: instant, seq: z.int(), reason: z.enum(pauseReasons) }),
  z.strictObject({ kind: z.literal('resume'), at: instant, seq: z.int(), reason: z.enum(pauseReasons) }),
  z.strictObject({ kind: z.literal('reset'), at: instant, seq: z.int() }),
  z.strictObject({
    kind: z.literal('extend'),
    at: instant,
    seq: z.int(),
    to: z.iso.date(),
    reason: z.string().check(z.maxLength(2000)),
  }),
  /** The extension the procedure's own text allows (`timing.extension`): a new appointment, not a late dossier. */
  z.strictObject({
    kind: z.literal('prolong'),
    at: instant,
    seq: z.int(),
    to: z.iso.date(),
    reason: z.string().check(z.maxLength(2000)),
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
  from: z.nullable(z.string()),
  at: instant,
  end: z.nullable(instant),
  plan: z.tuple([z.number(), z.number()]),
});
export type Visit = z.infer<typeof visitSchema>;

/** What the clock waits for (see `startAfter`). */
export const clockStartSchema = z.strictObject({
  after: z.enum(['FEE_PAID', 'FINANCIAL_OBLIGATION_MET', 'REPLY']),
  step: z.optional(z.string()),
});
export type StartAfter = z.infer<typeof clockStartSchema>;

/** One result of the dossier: when issued (decided) and when handed back. */
export const resultStateSchema = z.strictObject({
  id: z.string(),
  issuedAt: z.nullable(instant),
  returnedAt: z.nullable(instant),
});
export type ResultState = z.infer<typeof resultStateSchema>;

/**
 * How the dossier's deadlines are counted, fixed at receipt: the appointment printed on the receipt slip (Decree
 * 118/2025 Art. 17(3)) is a promise, so changing the engine's defaults or moving the dossier to a version that
 * counts differently never moves it. `null` before receipt.
 */
export const countingSchema = z.strictObject({
  policy: z.enum(countingPolicies),
  /** The afternoon cut-off `HH:MM`, or `null` (Art. 18). */
  cutoff: z.nullable(z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/))),
  /** An online dossier accepted outside working hours: counted when accepted, or from the next working instant. */
  onlineOutsideHours: z.enum(['as-sent', 'next-working-instant']),
});
export type PinnedCounting = z.infer<typeof countingSchema>;

/** How the dossier ended. */
export const outcomes = ['refused-at-desk', 'refused', 'withdrawn', 'stopped', 'result-returned'] as const;
export type Outcome = (typeof outcomes)[number];

/** The time limit applying to the dossier; amount 0 in working days for results returned the same day. */
export const limitSchema = z.strictObject({
  amount: z.number().check(z.minimum(0)),
  unit: z.enum(durationUnits),
});

export const snapshotSchema = z.strictObject({
  format: z.literal(2),
  procedure: z.strictObject({ code: z.string(), version: z.string(), hash: z.string() }),
  calendarVersion: z.string(),
  /** Number of events applied. */
  seq: z.int().check(z.minimum(0)),
  lastAt: z.nullable(instant),
  /** The head of the events' hash chain (SHA-256, hex): the hash of the last event, or the chain's start. */
  head: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  state: stateValueSchema,
  channel: z.nullable(z.enum(channels)),
  regime: z.nullable(regimeSchema),
  submittedAt: z.nullable(instant),
  receivedAt: z.nullable(instant),
  dossierCode: z.nullable(z.string()),
  limit: z.nullable(limitSchema),
  consultation: z.enum(['parallel', 'sequential']),
  counting: z.nullable(countingSchema),
  /** Results of the definition's `when` conditions, evaluated on the fields at receipt. */
  conditions: z.record(z.string(), z.boolean()),
  /** Supplement requests at the desk (not received) and during processing. */
  deskSupplements: z.int().check(z.minimum(0)),
  supplements: z.int().check(z.minimum(0)),
  decidedAt: z.nullable(instant),
  finishedAt: z.nullable(instant),
  outcome: z.nullable(z.enum(outcomes)),
  ledger: z.array(ledgerEntrySchema),
  visits: z.array(visitSchema),
  /** The office carrying the procedure out, chosen at SUBMIT (definitions with `implementers`). */
  implementer: z.optional(z.string()),
  /** How the result is handed back: chosen at SUBMIT, as handed back at RETURN_RESULT. */
  delivery: z.optional(z.enum(deliveries)),
  /** When the fees were paid (FEE_PAID). */
  feePaidAt: z.optional(instant),
  /** Whether they were paid online (FEE_PAID `online`), when the payment said so. */
  paidOnline: z.optional(z.boolean()),
  /**
   * The event the clock waits for, fixed at receipt when the definition (or the variant applying) starts it after
   * one (`timing.clockStart`, Decree 118/2025 Art. 17(3)); the ledger's `start` is written when it happens.
   */
  startAfter: z.optional(clockStartSchema),
  /**
   * The results of a dossier with several (a liên thông group, Decree 63/2024): each issued by its deciding
   * agency and handed back, in the definition's order; fixed at receipt.
   */
  results: z.optional(z.array(resultStateSchema)),
  /** What was digitised or reused at receipt, and whether the results were digitised (absent until recorded). */
  digitisation: z.optional(digitisationSchema),
  /** Versions this dossier was moved from (MIGRATE events). */
  migratedFrom: z.optional(
    z.array(z.strictObject({ version: z.string(), hash: z.string(), at: instant, seq: z.int() })),
  ),
});

/** A dossier snapshot (JSON). Treat it as an immutable value: the engine shares unchanged parts between them. */
export type DossierSnapshot = z.infer<typeof snapshotSchema>;

/** A snapshot being built by the engine (its own copy, before it is handed out). */
export type MutableSnapshot = { -readonly [K in keyof DossierSnapshot]: DossierSnapshot[K] };
