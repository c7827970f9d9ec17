/**
 * The inputs of expressions: the CEL context of a dossier, and the declared limits the cost bound is computed
 * from. The two agree by construction: {@link toExpressionContext} leaves out a value outside its field's
 * limits (validateDossier reports it), and a compiled expression's `evaluate` refuses a hand-made context that
 * exceeds them ({@link contextFault}) — so the bound computed at load holds for every evaluation.
 */
import { isCalendarDay } from '../calendarDay.js';
import { limits } from '../limits.js';
import type { FormField } from '../schema/fields.js';
import { type BuiltInVariable, builtInLengths, builtInVariables, channelValues } from './environment.js';
import { type Inputs, type Shape, scalar, text } from './shape.js';

/** A dossier field value as JSON delivers it. */
export type FieldValue = string | number | boolean | null;

/**
 * The facts of a dossier that are not form fields, read by expressions as `implementer` and `receiptDay`.
 * Values that are not what the variable holds — an implementer that is not an id, a day that is not a real
 * `YYYY-MM-DD` — are left out of the context (an expression reading them is then undecided, never wrong).
 */
export interface ExpressionExtras {
  /** The id of the implementing office chosen at SUBMIT (one of the procedure's `implementers`). */
  readonly implementer?: string | undefined;
  /** The receipt day `YYYY-MM-DD`, in Asia/Ho_Chi_Minh. */
  readonly receiptDay?: string | undefined;
}

const isId = (value: string) => /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(value);
const isBuiltIn = (name: string): name is BuiltInVariable =>
  (builtInVariables as readonly string[]).includes(name);

/**
 * The longest text a field can hold: its `maxLength` (default {@link limits.defaultStringMaxLength}), an enum's
 * longest value, a date's 10 characters; `undefined` for fields that are not text.
 * @param field - a declared form field
 * @returns its longest text, or `undefined`
 * @example
 * maxTextLength({ id: 'enterpriseName', type: 'string', maxLength: 300, … }) //=> 300 (business registration)
 */
export function maxTextLength(field: FormField): number | undefined {
  switch (field.type) {
    case 'string':
      return field.maxLength ?? limits.defaultStringMaxLength;
    case 'enum':
      return Math.max(...field.values.map((v) => v.value.length));
    case 'date':
      return 10;
    case 'integer':
    case 'number':
    case 'boolean':
      return undefined;
  }
}

/**
 * The shape of every variable (field ids and the built-in `channel`, `receiptDay`, `implementer`), from the
 * declared limits.
 *
 * @param fields - the declared form fields
 * @returns the shape of each variable, for `estimateCost`
 * @example
 * inputShapes(judicialRecord.definition.fields).get('copies')     //=> { t: 'scalar' }
 * inputShapes(judicialRecord.definition.fields).get('receiptDay') //=> { t: 'string', len: 10 }
 */
export function inputShapes(fields: readonly FormField[]): Inputs {
  const shapes = new Map<string, Shape>(builtInVariables.map((name) => [name, text(builtInLengths[name])]));
  for (const field of fields) {
    if (shapes.has(field.id)) continue;
    const max = maxTextLength(field);
    shapes.set(field.id, max === undefined ? scalar : text(max));
  }
  return shapes;
}

/**
 * The CEL context of a dossier: `channel`, the `implementer` and `receiptDay` when given, and each field value
 * converted to its CEL type (integers become `bigint`). A field left empty takes its default. Values that do not
 * fit their field — wrong type, or text longer than the field allows — are left out (validateDossier reports
 * them), so an expression reading them fails with a clear `CONDITION_ERROR` instead of computing with garbage, and
 * no value exceeds the limits the cost bound was computed for. Likewise an implementer that is not an id and a
 * receipt day that is not a real day are left out. The context is a null-prototype object: no inherited keys can
 * be read.
 *
 * @param fields - the declared form fields
 * @param values - the values given (from the dossier or RECEIVE)
 * @param channel - the submission channel
 * @param extra - `implementer` (the office chosen at SUBMIT) and `receiptDay` (`YYYY-MM-DD`, Asia/Ho_Chi_Minh)
 * @returns a null-prototype CEL context
 * @example
 * toExpressionContext(judicialRecord.definition.fields, { copies: 3, isForeigner: true }, 'in-person')
 * //=> { channel: 'in-person', copies: 3n, isForeigner: true, hasSeveralResidences: false, livedAbroad: false }
 * toExpressionContext([], {}, 'online', { implementer: 'mission', receiptDay: '2026-01-05' })
 * //=> { channel: 'online', implementer: 'mission', receiptDay: '2026-01-05' }
 */
export function toExpressionContext(
  fields: readonly FormField[],
  values: Readonly<Record<string, FieldValue>>,
  channel: string,
  extra: ExpressionExtras = {},
): Record<string, unknown> {
  const context: Record<string, unknown> = Object.create(null);
  if (channelValues.includes(channel)) context.channel = channel;
  const { implementer, receiptDay } = extra;
  if (typeof implementer === 'string' && isId(implementer)) context.implementer = implementer;
  if (typeof receiptDay === 'string' && isCalendarDay(receiptDay)) context.receiptDay = receiptDay;
  for (const field of fields) {
    const given = Object.hasOwn(values, field.id) ? values[field.id] : undefined;
    const value = given === undefined || given === null || given === '' ? field.default : given;
    if (value === undefined) continue;
    let converted: unknown;
    switch (field.type) {
      case 'integer':
        if (typeof value === 'number' && Number.isSafeInteger(value)) converted = BigInt(value);
        break;
      case 'number':
        if (typeof value === 'number' && Number.isFinite(value)) converted = value;
        break;
      case 'boolean':
        if (typeof value === 'boolean') converted = value;
        break;
      default:
        if (typeof value === 'string' && value.length <= (maxTextLength(field) ?? 0)) converted = value;
    }
    if (converted !== undefined) context[field.id] = converted;
  }
  return context;
}

/** What a variable of a context breaks: its declared type, or its declared length. */
export type ContextFault =
  | {
      readonly variable: string;
      readonly reason: 'wrong-type';
      readonly length: number;
      readonly max: number;
    }
  | { readonly variable: string; readonly reason: 'too-long'; readonly length: number; readonly max: number };

/** The JavaScript type and longest text a variable's value may have, as the cost bound assumed. */
export interface VariableLimit {
  readonly kind: 'string' | 'bigint' | 'number' | 'boolean';
  readonly max: number | undefined;
}

/**
 * The limits of the variables an expression reads (fields and built-ins), computed once when it is compiled.
 *
 * @param variables - the variables it reads
 * @param fields - the declared form fields
 * @returns each variable's JavaScript type and longest text
 * @example
 * variableLimits(['copies', 'channel'], judicialRecord.definition.fields)
 * //=> Map { 'copies' => { kind: 'bigint', max: undefined }, 'channel' => { kind: 'string', max: 9 } }
 */
export function variableLimits(
  variables: readonly string[],
  fields: readonly FormField[],
): Map<string, VariableLimit> {
  const byId = new Map(fields.map((f) => [f.id, f] as const));
  const out = new Map<string, VariableLimit>();
  for (const name of variables) {
    const field = byId.get(name);
    if (!field) {
      if (isBuiltIn(name)) out.set(name, { kind: 'string', max: builtInLengths[name] });
      continue;
    }
    const kind =
      field.type === 'integer'
        ? 'bigint'
        : field.type === 'number'
          ? 'number'
          : field.type === 'boolean'
            ? 'boolean'
            : 'string';
    out.set(name, { kind, max: maxTextLength(field) });
  }
  return out;
}

/**
 * The first variable of `variables` whose value in `context` exceeds what the cost bound assumed (a string
 * longer than its field allows, or a value of another type), or `undefined`. Absent variables are left to CEL.
 * @param limits - the limits of the variables the expression reads (`variableLimits`)
 * @param context - the CEL context given to `evaluate`
 * @returns the first fault, or `undefined`
 * @example
 * contextFault(variableLimits(['name'], fields), { name: 'x'.repeat(5000) })
 * //=> { variable: 'name', reason: 'too-long', length: 5000, max: 1000 }
 */
export function contextFault(
  limits: ReadonlyMap<string, VariableLimit>,
  context: Record<string, unknown>,
): ContextFault | undefined {
  for (const [name, { kind, max }] of limits) {
    if (!Object.hasOwn(context, name)) continue;
    const value = context[name];
    if (typeof value !== kind) return { variable: name, reason: 'wrong-type', length: 0, max: max ?? 0 };
    if (typeof value === 'string' && max !== undefined && value.length > max) {
      return { variable: name, reason: 'too-long', length: value.length, max };
    }
  }
  return undefined;
}
