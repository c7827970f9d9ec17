/**
 * @name parseEvent
 * @summary Checks an event from outside (JSON from a browser, a queue, another system) before the engine uses it.
 *
 * @description
 * The check is compiled once from the event schemas (`events.ts`): every field of every event type has a hand
 * check with the schema's own limits, so the answer is the schema's, at a fraction of a general validator's cost,
 * and every refusal carries a stable code and a located, bilingual message from the engine's tables (never a
 * validator's English). Only own properties are read: a key polluted into `Object.prototype` elsewhere is never
 * taken for a field. Form values (`fields`) and step maps pass the input guard's limits (at most 500 keys of at
 * most 64 characters, texts of at most 10,000) before they are copied.
 *
 * @param input - anything
 * @returns `{ ok: true, event }` (a new, frozen event in the schema's key order, instants as given) or
 * `{ ok: false, rejection }` (`INVALID_EVENT` with the path of the first bad field)
 *
 * @example
 * const r = parseEvent(JSON.parse(body));
 * if (!r.ok) return reply(400, r.rejection.messageVi); // 'Sự kiện không hợp lệ: thiếu cơ quan thực hiện'
 * engine.applyEvent(snapshot, r.event);
 */
import { suggestion } from '../../rules/suggest.js';
import { forbiddenKeys, inputLimits } from '../../shared/guard.js';
import { quote } from '../../shared/messages.js';
import { type Rejection, rejection } from '../errors.js';
import type { EventParams, EventProblem } from '../messages/en.js';
import { documentCaptures } from '../snapshot/schema.js';
import { ISO_DAY, isInstant, realDay } from '../time.js';
import { type DossierEvent, eventSchema, fieldSchemas, HASH, ID } from './events.js';

/** The answer of {@link parseEvent}. */
export type ParsedEvent =
  | { readonly ok: true; readonly event: DossierEvent }
  | { readonly ok: false; readonly rejection: Rejection };

/** A field's check: the value to keep, or the problem. */
type Check = (value: unknown) => unknown;
const BAD: unique symbol = Symbol('bad');
type Fail = { readonly [BAD]: EventProblem; readonly extra: Partial<EventParams> };
const fail = (problem: EventProblem, extra: Partial<EventParams> = {}): Fail => ({ [BAD]: problem, extra });
const isFail = (v: unknown): v is Fail => typeof v === 'object' && v !== null && BAD in v;

const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= max;

function list(max: number, problem: EventProblem): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length < 1 || v.length > max) return fail(problem, { max });
    for (let i = 0; i < v.length; i++) if (!isText(v[i], 2000)) return fail(problem, { max });
    return Object.freeze(v.slice());
  };
}

function oneOf(values: readonly string[]): Check {
  const set = new Set<unknown>(values);
  return (v) => (set.has(v) ? v : fail('not-one-of', { allowed: values, value: quote(v) }));
}

/** A plain object of at most `inputLimits.maxObjectKeys` own keys: the record's copy, or the problem. */
function record(problem: EventProblem, key: (k: string) => boolean, value: (v: unknown) => boolean): Check {
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(problem);
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return fail(problem);
    const out: Record<string, unknown> = Object.create(null);
    let n = 0;
    // for…in stops at the limit without listing a million keys first; own keys only.
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      if (++n > inputLimits.maxObjectKeys || forbiddenKeys.has(k) || !key(k)) return fail(problem);
      const item = (v as Record<string, unknown>)[k];
      if (!value(item)) return fail(problem);
      out[k] = item;
    }
    return Object.freeze(out);
  };
}

const CAPTURES = new Set<unknown>(documentCaptures);

const fieldValue = (v: unknown): boolean =>
  v === null ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && v.length <= inputLimits.maxStringLength);

/** The check of each field schema, by instance. */
const CHECKS = new Map<unknown, Check>([
  [
    fieldSchemas.seq,
    (v) =>
      Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= 1_000_000 ? v : fail('not-seq'),
  ],
  [fieldSchemas.at, (v) => (isInstant(v) ? v : fail('not-instant', { value: quote(v, 40) }))],
  [
    fieldSchemas.id,
    (v) => (typeof v === 'string' && ID.test(v) ? v : fail('not-id', { value: quote(v, 64) })),
  ],
  [fieldSchemas.text, (v) => (isText(v, 2000) ? v : fail('not-text', { max: 2000 }))],
  [fieldSchemas.code, (v) => (isText(v, 64) ? v : fail('not-code'))],
  [fieldSchemas.channel, oneOf(fieldSchemas.channel.options)],
  [fieldSchemas.consultation, oneOf(fieldSchemas.consultation.options)],
  [fieldSchemas.stopReason, oneOf(fieldSchemas.stopReason.options)],
  [fieldSchemas.items, list(100, 'not-list')],
  [fieldSchemas.reasons, list(50, 'not-list')],
  [fieldSchemas.amount, (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? v : fail('not-amount'))],
  [
    fieldSchemas.day,
    (v) =>
      typeof v === 'string' && ISO_DAY.test(v) && realDay(v) ? v : fail('not-day', { value: quote(v, 40) }),
  ],
  [fieldSchemas.fields, record('not-fields', (k) => k.length <= 64, fieldValue)],
  [
    fieldSchemas.steps,
    record(
      'not-step-map',
      (k) => ID.test(k),
      (v) => typeof v === 'string' && ID.test(v),
    ),
  ],
  [fieldSchemas.hash, (v) => (typeof v === 'string' && HASH.test(v) ? v : fail('not-hash'))],
  [
    fieldSchemas.definition,
    (v) => (typeof v === 'string' && /^sha256:[0-9a-f]{64}$/.test(v) ? v : fail('not-hash')),
  ],
  [fieldSchemas.version, (v) => (isText(v, 64) ? v : fail('not-text', { max: 64 }))],
  [fieldSchemas.delivery, oneOf(fieldSchemas.delivery.options)],
  [fieldSchemas.yes, (v) => (typeof v === 'boolean' ? v : fail('not-boolean'))],
  [
    fieldSchemas.documents,
    record(
      'not-documents',
      (k) => ID.test(k),
      (v) => CAPTURES.has(v),
    ),
  ],
  [
    fieldSchemas.currency,
    (v) =>
      typeof v === 'string' && /^[A-Z]{3}$/.test(v) ? v : fail('not-currency', { value: quote(v, 20) }),
  ],
]);

interface Shape {
  readonly type: string;
  /** Fields after `type`, in the schema's order. */
  readonly keys: readonly string[];
  readonly checks: readonly Check[];
  readonly required: readonly boolean[];
  readonly known: ReadonlySet<string>;
}

type Def = {
  type: string;
  innerType?: { _zod: { def: Def } };
  shape?: Record<string, { _zod: { def: Def } }>;
  options?: { _zod: { def: Def } }[];
  values?: unknown[];
};
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

const SHAPES = new Map<string, Shape>();
for (const option of defOf(eventSchema).options ?? []) {
  const shape = defOf(option).shape ?? {};
  const type = String(defOf(shape.type).values?.[0]);
  const keys: string[] = [];
  const checks: Check[] = [];
  const required: boolean[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    if (key === 'type') continue;
    const optional = defOf(schema).type === 'optional';
    const inner = optional ? defOf(schema).innerType : schema;
    const check = CHECKS.get(inner);
    // Every field of the schema has its hand check: the parser can never accept a field the schema does not know.
    if (!check) throw new Error(`parseEvent: no check for ${type}.${key}`);
    keys.push(key);
    checks.push(check);
    required.push(!optional);
  }
  SHAPES.set(type, { type, keys, checks, required, known: new Set(['type', ...keys]) });
}

/** Every event type. */
const TYPES = [...SHAPES.keys()];

export function parseEvent(input: unknown): ParsedEvent {
  const r = checkEvent(input);
  return 'code' in r ? { ok: false, rejection: r } : { ok: true, event: Object.freeze(r) };
}

/** Whether `Object.prototype` carries an enumerable key (polluted elsewhere): then every read is checked own. */
function pollutedPrototype(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

/** The checked event, or the rejection (internal form of {@link parseEvent}). */
export function checkEvent(input: unknown): DossierEvent | Rejection {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return invalid('not-an-object', '', []);
  const proto = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return invalid('not-an-object', '', []);
  const record = input as Record<string, unknown>;
  // Reads are of own properties only: with a clean Object.prototype a read finds nothing inherited; with a polluted
  // one every read is checked.
  const own = pollutedPrototype() || proto === null;
  const type = !own || Object.hasOwn(record, 'type') ? record.type : undefined;
  const shape = typeof type === 'string' ? SHAPES.get(type) : undefined;
  if (shape === undefined) {
    // A misspelt type (`SUBMITT`, `submit`) names the one it most likely is.
    const near = typeof type === 'string' && type.length <= 64 ? suggestion(type, TYPES) : null;
    return invalid('unknown-type', 'type', ['type'], {
      value: quote(type, 40),
      allowed: TYPES,
      ...(near === null ? {} : { suggestion: near }),
    });
  }
  // One object shape for every event (absent fields `undefined`): the engine's reads of them stay monomorphic.
  const out = newEvent(shape.type);
  const { keys, checks, required } = shape;
  let present = 1;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const raw = own && !Object.hasOwn(record, key) ? undefined : record[key];
    if (raw === undefined) {
      if (required[i]) return invalid('missing', key, [key], { type: shape.type });
      continue;
    }
    const value = checks[i]!(raw);
    if (isFail(value)) return invalid(value[BAD], key, [key], { ...value.extra, type: shape.type });
    out[key] = value;
    present++;
  }
  // Every own key with a value is a field of the event type (`undefined` is absent): else the first unknown one is
  // named.
  const names = Object.keys(record);
  if (names.length !== present) {
    for (const key of names) {
      if (record[key] !== undefined && !shape.known.has(key))
        return invalid('unknown-key', key.slice(0, 64), [key.slice(0, 64)], { type: shape.type });
    }
  }
  return out as unknown as DossierEvent;
}

function invalid(
  problem: EventProblem,
  field: string,
  path: readonly (string | number)[],
  extra: Partial<EventParams> = {},
): Rejection {
  return rejection('INVALID_EVENT', { problem, field, ...extra }, path);
}

/** The keys of a parsed event: every event type's fields (tested against the schema). */
export function parsedEventKeys(): string[] {
  return Object.keys(newEvent(''));
}

function newEvent(type: string): Record<string, unknown> {
  return {
    type,
    seq: undefined,
    at: undefined,
    hash: undefined,
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
    version: undefined,
    definition: undefined,
    steps: undefined,
    implementer: undefined,
    delivery: undefined,
    result: undefined,
    agreement: undefined,
    currency: undefined,
    reference: undefined,
    documents: undefined,
    digitised: undefined,
    online: undefined,
  };
}
