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
const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const id = z.string().regex(ID);
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
const optionalId = id.optional();
const optionalText = text.optional();

/** Form field values, as submitted (used for the procedure's conditions: time-limit variants, `when`). */
const code = z
  .string()
  .min(1)
  .max(64)
  .describe('Mã số hồ sơ (Circular 01/2018/TT-VPCP Art. 19: agency-YYMMDD-XXXX), see dossierCode().');
const supplementItems = z.array(text).min(1).max(100);
const refusalReasons = z.array(text).min(1).max(50);
const amount = z.int().min(0).optional().describe('VND.');
const date = z.iso.date().describe('The new appointment day.');

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
      dossierCode: code,
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
    .strictObject({ type: z.literal('FORWARD'), ...base, by, step, to: optionalId })
    .describe('Hands the dossier to the next step (chuyển xử lý).'),
  z
    .strictObject({ type: z.literal('CONSULT'), ...base, by, step })
    .describe('Asks the coordinating agencies for opinions (Art. 19(4), 20).'),
  z
    .strictObject({ type: z.literal('REPLY'), ...base, by, step, opinion: optionalText })
    .describe('A consulted agency replies.'),
  z
    .strictObject({ type: z.literal('RETURN'), ...base, by, step, to: optionalId, reason: text })
    .describe('Sends the dossier back to an earlier step.'),
  z
    .strictObject({
      type: z.literal('REQUEST_SUPPLEMENT'),
      ...base,
      by,
      step,
      items: supplementItems,
    })
    .describe('At the desk: incomplete, not received (Art. 17(1)); during processing: Art. 19(5).'),
  z
    .strictObject({ type: z.literal('SUPPLEMENT_RECEIVED'), ...base, by: optionalId })
    .describe('The complete dossier comes back; the clock restarts from zero (Art. 19(5)).'),
  z
    .strictObject({
      type: z.literal('REQUEST_FINANCIAL_OBLIGATION'),
      ...base,
      by,
      step,
      amount,
    })
    .describe('The applicant is asked to meet financial obligations (taxes, fees).'),
  z
    .strictObject({ type: z.literal('FINANCIAL_OBLIGATION_MET'), ...base, by: optionalId })
    .describe('The applicant has paid.'),
  z
    .strictObject({ type: z.literal('REFUSE'), ...base, by, step, reasons: refusalReasons })
    .describe('Refused at the desk (Art. 17(1)) or during processing (Art. 19(3)), with reasons.'),
  z.strictObject({ type: z.literal('APPROVE'), ...base, by, step }).describe('Approved (phê duyệt).'),
  z
    .strictObject({ type: z.literal('ISSUE_RESULT'), ...base, by, step })
    .describe('The result is issued (ban hành kết quả): the decision is made.'),
  z
    .strictObject({ type: z.literal('RETURN_RESULT'), ...base, by, step })
    .describe('The result is returned to the applicant (Art. 22).'),
  z
    .strictObject({ type: z.literal('WITHDRAW'), ...base, by: optionalId, reason: optionalText })
    .describe('The applicant stops the procedure, until the decision is issued (Decree 118/2025 Art. 21).'),
  z
    .strictObject({
      type: z.literal('STOP'),
      ...base,
      by,
      reason: z.enum(['supplement-not-completed', 'other']),
      note: optionalText,
    })
    .describe('Processing is stopped (closure when the supplement is not completed in time, Art. 19(5)).'),
  z
    .strictObject({
      type: z.literal('APOLOGIZE'),
      ...base,
      by,
      reason: text,
      newDueDate: date,
    })
    .describe('Apology and new appointment, at least one day before the deadline, once (Art. 19(6), 12(5)).'),
]);

/** An event of a dossier. */
export type DossierEvent = z.infer<typeof eventSchema>;
export type DossierEventType = DossierEvent['type'];

/**
 * Validates an event: the same answer as `eventSchema.safeParse`, faster. Plain events whose fields are all of
 * the common kinds (instants, ids, texts, `seq`) are checked by hand with the schema's own patterns and copied in
 * the schema's key order, as zod does; anything else — a field of another kind, an unknown or inherited key, a
 * value that fails a check — goes to zod, which gives the data or the issue. The tests check the two agree.
 */
export function parseEvent(input: unknown): z.ZodSafeParseResult<DossierEvent> {
  const data = fastParseEvent(input);
  return data === undefined ? eventSchema.safeParse(input) : { success: true, data };
}

/** A hand check of a field: the value (as zod would output it), or `INVALID` to let zod decide. */
type FieldCheck = (value: unknown) => unknown;
const INVALID: unique symbol = Symbol('invalid');

function patternOf(schema: z.ZodType): RegExp | null {
  const pattern = (schema as unknown as { _zod?: { pattern?: unknown } })._zod?.pattern;
  return pattern instanceof RegExp && !pattern.global && !pattern.sticky ? pattern : null;
}

function stringMatching(pattern: RegExp | null): FieldCheck | null {
  if (pattern === null) return null;
  return (v) => (typeof v === 'string' && pattern.test(v) ? v : INVALID);
}

function optional(check: FieldCheck | null): FieldCheck | null {
  if (check === null) return null;
  return (v) => (v === undefined ? v : check(v));
}

const checkText: FieldCheck = (v) =>
  typeof v === 'string' && v.length >= 1 && v.length <= 2000 ? v : INVALID;
const checkSeq: FieldCheck = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1_000_000 ? v : INVALID;
/** Instants: zod's own pattern (a hand check of the digits was no faster). */
const checkInstant = stringMatching(patternOf(instant));

const checkId = stringMatching(ID)!;

const checkCode: FieldCheck = (v) => (typeof v === 'string' && v.length >= 1 && v.length <= 64 ? v : INVALID);
const checkAmount: FieldCheck = (v) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : INVALID;
const textList =
  (max: number): FieldCheck =>
  (v) => {
    if (!Array.isArray(v) || v.length < 1 || v.length > max) return INVALID;
    const out: string[] = [];
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      if (checkText(item) === INVALID) return INVALID;
      out.push(item);
    }
    return out;
  };

/** Hand checks, by schema instance; a field whose schema is not here is parsed by its own zod schema. */
const CHECKS = new Map<z.ZodType, FieldCheck | null>([
  [code, checkCode],
  [supplementItems, textList(100)],
  [refusalReasons, textList(50)],
  [amount, optional(checkAmount)],
  [date, stringMatching(patternOf(date))],
  [base.seq, checkSeq],
  [base.at, checkInstant],
  [id, checkId],
  [step, optional(checkId)],
  [optionalId, optional(checkId)],
  [text, checkText],
  [optionalText, optional(checkText)],
]);

/** The hand check of a schema: a known instance, an enum, or an optional (or described copy) of one. */
function handCheck(schema: z.ZodType): FieldCheck | null {
  const known = CHECKS.get(schema);
  if (known) return known;
  if (schema instanceof z.ZodEnum) {
    const values = new Set<unknown>(schema.options);
    return (v) => (values.has(v) ? v : INVALID);
  }
  if (schema instanceof z.ZodOptional) return optional(handCheck(schema.unwrap() as z.ZodType));
  return null;
}

/** The fields of an event type after `type`, `seq` and `at`, in the schema's order, with their checks. */
interface FastShape {
  readonly keys: readonly string[];
  readonly checks: readonly FieldCheck[];
  /** The commonest checks inline (no call): 1 an id, 2 a text; 0 the check function. */
  readonly kinds: readonly number[];
  readonly required: readonly boolean[];
}

const FAST_SHAPES = new Map<string, FastShape>();
for (const option of eventSchema.options) {
  const shape: { keys: string[]; checks: FieldCheck[]; kinds: number[]; required: boolean[] } = {
    kinds: [],
    keys: [],
    checks: [],
    required: [],
  };
  const entries = Object.entries(option.shape as Record<string, z.ZodType>);
  // Every event starts with type, seq, at (checked by name below).
  if (entries[0]?.[0] !== 'type' || entries[1]?.[1] !== base.seq || entries[2]?.[1] !== base.at) continue;
  for (const [key, schema] of entries.slice(3)) {
    const hand = handCheck(schema);
    shape.keys.push(key);
    shape.kinds.push(schema === id || schema === step || schema === optionalId ? 1 : schema === text ? 2 : 0);
    shape.checks.push(
      hand ??
        ((v) => {
          const r = schema.safeParse(v);
          return r.success ? r.data : INVALID;
        }),
    );
    shape.required.push(!schema.safeParse(undefined).success);
  }
  FAST_SHAPES.set(option.shape.type.value, shape);
}

/**
 * The parsed event, or `undefined` when zod must decide (never a different answer from zod's: when this returns
 * an event, `eventSchema.safeParse` succeeds with the same data).
 */
export function fastParseEvent(input: unknown): DossierEvent | undefined {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype)
    return undefined;
  // With no enumerable key on Object.prototype (a polluted prototype goes to zod), the own enumerable keys are
  // what zod's strict check enumerates, and `record[key]` reads what zod reads.
  if (!cleanPrototype()) return undefined;
  const record = input as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string') return undefined;
  const shape = FAST_SHAPES.get(type);
  if (shape === undefined) return undefined;
  const seq = record.seq;
  const at = record.at;
  if (checkSeq(seq) === INVALID || checkInstant === null || checkInstant(at) === INVALID) return undefined;
  // One object shape for every event (absent fields `undefined`): the engine's reads of them stay monomorphic.
  const out: Record<string, unknown> = newEvent(type, seq, at);
  let present = 3;
  const { keys, checks, kinds, required } = shape;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const raw = record[key];
    if (raw === undefined) {
      if (required[i]) return undefined;
      continue;
    }
    const kind = kinds[i];
    const value =
      kind === 1
        ? typeof raw === 'string' && ID.test(raw)
          ? raw
          : INVALID
        : kind === 2
          ? typeof raw === 'string' && raw.length >= 1 && raw.length <= 2000
            ? raw
            : INVALID
          : checks[i]!(raw);
    if (value === INVALID) return undefined;
    out[key] = value;
    present++;
  }
  // Every own key is a key of the schema with a value (an unknown key, or an explicit `undefined`, goes to zod).
  return Object.keys(record).length === present ? (out as DossierEvent) : undefined;
}

/** The keys of a parsed event, every event type's fields (tested against the schema). */
export function parsedEventKeys(): string[] {
  return Object.keys(newEvent('', 0, ''));
}

function newEvent(type: string, seq: unknown, at: unknown): Record<string, unknown> {
  return {
    type,
    seq,
    at,
    by: undefined,
    step: undefined,
    to: undefined,
    channel: undefined,
    dossierCode: undefined,
    fields: undefined,
    consultation: undefined,
    opinion: undefined,
    reason: undefined,
    items: undefined,
    amount: undefined,
    reasons: undefined,
    note: undefined,
    newDueDate: undefined,
  };
}

function cleanPrototype(): boolean {
  for (const _ in Object.prototype) return false;
  return true;
}

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
