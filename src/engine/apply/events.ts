/**
 * The events of a dossier (sự kiện hồ sơ) — what the desk, the agencies and the applicant do — as schemas. The
 * portal records each event once, with the instant it happened (`at`, ISO-8601 with offset) and its position in
 * the dossier's history (`seq`, 1, 2, 3 … for optimistic concurrency); the engine applies them in order and gives
 * each its place in the history's hash chain (`hash`, kept with the event).
 *
 * Step actions of a definition become events of the same name in upper case (`forward` → `FORWARD`,
 * `request-financial-obligation` → `REQUEST_FINANCIAL_OBLIGATION`); lifecycle events (submission, receipt,
 * withdrawal, stopping, apology) apply where the law allows them; FEE_PAID and EXTEND (the extension a procedure's
 * own text allows, not a late dossier's apology) never change the legal state; `MIGRATE` moves the dossier to another version
 * of its procedure, recorded like any other event so the log stays the truth.
 *
 * These zod/mini schemas give the types and the JSON Schema. Events from outside are checked by `parseEvent`,
 * compiled from the same schemas (a hand check: own properties only, messages from the engine's tables).
 */
import * as z from 'zod/mini';
import { channels, deliveries, documentCaptures } from '../snapshot/schema.js';

/** Ids of agencies and steps, as the rules module writes them. */
export const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** A SHA-256 hash in hex. */
export const HASH = /^[0-9a-f]{64}$/;

export const fieldSchemas = {
  seq: z.int().check(z.minimum(1), z.maximum(1_000_000)),
  at: z.iso.datetime({ offset: true }),
  id: z.string().check(z.regex(ID)),
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
  code: z.string().check(z.minLength(1), z.maxLength(64)),
  channel: z.enum(channels),
  consultation: z.enum(['parallel', 'sequential']),
  stopReason: z.enum(['supplement-not-completed', 'other']),
  items: z.array(z.string().check(z.minLength(1), z.maxLength(2000))).check(z.minLength(1), z.maxLength(100)),
  reasons: z
    .array(z.string().check(z.minLength(1), z.maxLength(2000)))
    .check(z.minLength(1), z.maxLength(50)),
  amount: z.int().check(z.minimum(0)),
  day: z.iso.date(),
  fields: z.record(
    z.string().check(z.maxLength(64)),
    z.union([z.string().check(z.maxLength(10_000)), z.number(), z.boolean(), z.null()]),
  ),
  steps: z.record(z.string().check(z.regex(ID)), z.string().check(z.regex(ID))),
  hash: z.string().check(z.regex(HASH)),
  definition: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
  version: z.string().check(z.minLength(1), z.maxLength(64)),
  delivery: z.enum(deliveries),
  yes: z.boolean(),
  documents: z.record(z.string().check(z.regex(ID)), z.enum(documentCaptures)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
} as const;

const f = fieldSchemas;
const base = {
  seq: f.seq,
  at: f.at,
  /** The event's place in the hash chain, as recorded (checked when given). */
  hash: z.optional(f.hash),
};
const by = f.id;
/** The step acting, when several are open at once (parallel consultation); otherwise found from `by`. */
const step = z.optional(f.id);

export const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('SUBMIT'),
    ...base,
    channel: f.channel,
    /** The office chosen when several kinds may carry the procedure out (the definition's `implementers`). */
    implementer: z.optional(f.id),
    /** How the applicant wants the result (the definition's `channels.delivery`; the first when absent). */
    delivery: z.optional(f.delivery),
  }),
  z.strictObject({
    type: z.literal('RECEIVE'),
    ...base,
    by,
    dossierCode: f.code,
    fields: z.optional(f.fields),
    /** Electronic liên thông consults in parallel, paper in sequence (Decree 118/2025 Art. 20(2)). */
    consultation: z.optional(f.consultation),
    /**
     * Per document of the definition: digitised (scanned and signed into the dossier), reused (taken from data
     * in an electronic repository — only where the definition's `reuse` allows it) or kept on paper.
     */
    documents: z.optional(f.documents),
  }),
  z.strictObject({ type: z.literal('FORWARD'), ...base, by, step, to: z.optional(f.id) }),
  z.strictObject({ type: z.literal('CONSULT'), ...base, by, step }),
  z.strictObject({ type: z.literal('REPLY'), ...base, by, step, opinion: z.optional(f.text) }),
  z.strictObject({ type: z.literal('RETURN'), ...base, by, step, to: z.optional(f.id), reason: f.text }),
  z.strictObject({ type: z.literal('REQUEST_SUPPLEMENT'), ...base, by, step, items: f.items }),
  z.strictObject({ type: z.literal('SUPPLEMENT_RECEIVED'), ...base, by: z.optional(f.id) }),
  z.strictObject({
    type: z.literal('REQUEST_FINANCIAL_OBLIGATION'),
    ...base,
    by,
    step,
    /** VND. */
    amount: z.optional(f.amount),
  }),
  z.strictObject({ type: z.literal('FINANCIAL_OBLIGATION_MET'), ...base, by: z.optional(f.id) }),
  z.strictObject({
    type: z.literal('FEE_PAID'),
    ...base,
    by: z.optional(f.id),
    /** In the currency's minor-less unit as the law states it (VND; whole USD at missions). */
    amount: z.optional(f.amount),
    currency: z.optional(f.currency),
    /** The payment platform's transaction code. */
    reference: z.optional(f.code),
    /** Paid online (thanh toán trực tuyến: through the portal's payment service), or at the desk / by post. */
    online: z.optional(f.yes),
  }),
  z.strictObject({ type: z.literal('REFUSE'), ...base, by, step, reasons: f.reasons }),
  z.strictObject({ type: z.literal('APPROVE'), ...base, by, step }),
  z.strictObject({
    type: z.literal('ISSUE_RESULT'),
    ...base,
    by,
    step,
    /** Whether the result issued was digitised and stored (số hóa kết quả). */
    digitised: z.optional(f.yes),
  }),
  z.strictObject({
    type: z.literal('RETURN_RESULT'),
    ...base,
    by,
    step,
    /** The one result handed back, when the definition has several (the rest later); all issued ones when absent. */
    result: z.optional(f.id),
    /** How it was handed back, when not as chosen at submission. */
    delivery: z.optional(f.delivery),
    /** Whether the result handed back was digitised and stored (số hóa kết quả); the later record wins. */
    digitised: z.optional(f.yes),
  }),
  z.strictObject({ type: z.literal('WITHDRAW'), ...base, by: z.optional(f.id), reason: z.optional(f.text) }),
  z.strictObject({ type: z.literal('STOP'), ...base, by, reason: f.stopReason, note: z.optional(f.text) }),
  z.strictObject({ type: z.literal('APOLOGIZE'), ...base, by, reason: f.text, newDueDate: f.day }),
  z.strictObject({
    type: z.literal('EXTEND'),
    ...base,
    by,
    reason: f.text,
    newDueDate: f.day,
    /** A written agreement with the applicant, which allows longer where the definition says so. */
    agreement: z.optional(f.yes),
  }),
  z.strictObject({
    type: z.literal('MIGRATE'),
    ...base,
    by: z.optional(f.id),
    /** The target version and its content hash (`sha256:…`), registered with the engine. */
    version: f.version,
    definition: f.definition,
    /** Old step id → new step id, for steps renamed in the new version. */
    steps: z.optional(f.steps),
    /** The receipt fields, when the new version has a condition the old one did not. */
    fields: z.optional(f.fields),
  }),
]);

/** An event of a dossier. */
export type DossierEvent = z.infer<typeof eventSchema>;
export type DossierEventType = DossierEvent['type'];

/** An event as recorded: with its place in the hash chain. Store it as it is. */
export type RecordedEvent = DossierEvent & { readonly hash: string };

/** An event before the portal numbers it (`seq` is added when it is recorded). */
export type UnnumberedEvent = DossierEvent extends infer E
  ? E extends DossierEvent
    ? Omit<E, 'seq'>
    : never
  : never;

/**
 * Who does an event: the applicant (`by`, when given, is the agency recording it on their behalf), the one-stop
 * desk, the step holding the dossier (found from `by`, or named by `step`), the desk before receipt and the step
 * after it, any agency of the procedure, or the portal itself (a migration).
 */
export type EventActor = 'applicant' | 'desk' | 'step' | 'desk-or-step' | 'agency' | 'portal';

/** By event type, in lifecycle order (the order of the schema). */
const ACTORS: Readonly<Record<DossierEventType, EventActor>> = {
  SUBMIT: 'applicant',
  RECEIVE: 'desk',
  FORWARD: 'step',
  CONSULT: 'step',
  REPLY: 'step',
  RETURN: 'step',
  REQUEST_SUPPLEMENT: 'desk-or-step',
  SUPPLEMENT_RECEIVED: 'applicant',
  REQUEST_FINANCIAL_OBLIGATION: 'step',
  FINANCIAL_OBLIGATION_MET: 'applicant',
  FEE_PAID: 'applicant',
  REFUSE: 'desk-or-step',
  APPROVE: 'step',
  ISSUE_RESULT: 'step',
  RETURN_RESULT: 'step',
  WITHDRAW: 'applicant',
  STOP: 'agency',
  APOLOGIZE: 'desk',
  EXTEND: 'desk',
  MIGRATE: 'portal',
};

/** Every event type, in lifecycle order. */
export const eventTypes = Object.keys(ACTORS) as readonly DossierEventType[];

/**
 * Who may send an event of a type.
 *
 * @example
 * eventActor('RECEIVE') //=> 'desk'
 */
export function eventActor(type: DossierEventType): EventActor {
  return ACTORS[type];
}
