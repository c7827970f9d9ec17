/**
 * What `RECEIVE` fixes from the application's form values (RECEIVE `fields`, a migration's `fields`): the time
 * limit (the first matching `timing.variants` entry — 20 working days in a disadvantaged area instead of 10 —,
 * else the procedure's limit; "trả ngay" is 0 working days: the same day, or the next working day after the
 * 15:00 cut-off) and the results of the `forward … when` conditions. The values are checked against the
 * definition's form first: every key a field of the form, every value of its field's type (an enum among its
 * values) — a misspelt field would otherwise silently turn a route's condition false. A condition on a field not
 * given (and without a default) is not met; `validateDossier` reports missing fields itself.
 */
import {
  actionConditionKey,
  type ClockStartDefinition,
  type ExpressionExtras,
  fieldValueProblem,
  type Procedure,
  periodAmount,
  toExpressionContext,
} from '../../rules/index.js';
import { quote } from '../../shared/messages.js';
import { type Rejection, rejection } from '../errors.js';
import type { DossierSnapshot, StartAfter } from '../snapshot/schema.js';

type FieldValue = string | number | boolean | null;
type Fields = Readonly<Record<string, FieldValue>>;
type CompiledExpression = NonNullable<ReturnType<Procedure['expression']>>;
type FormField = Procedure['definition']['fields'][number];

/** What RECEIVE fixes. */
export interface ReceiptFacts {
  readonly limit: NonNullable<DossierSnapshot['limit']>;
  /** The index of the variant that gave the limit, or `null` for the procedure's own limit. */
  readonly variant: number | null;
  readonly conditions: Record<string, boolean>;
  /** The event the clock waits for (the variant's `clockStart`, else the procedure's), or `null`: at receipt. */
  readonly startAfter: StartAfter | null;
}

/** What the clock waits for, as the snapshot keeps it (no basis, no note). */
function startOf(rule: ClockStartDefinition | undefined): StartAfter | null {
  if (rule === undefined) return null;
  return rule.step === undefined ? { after: rule.after } : { after: rule.after, step: rule.step };
}

/** The `when` expressions of a definition, looked up once: forward conditions (by key), then limit variants. */
interface Plan {
  readonly fields: ReadonlyMap<string, FormField>;
  readonly conditions: readonly (readonly [key: string, expr: CompiledExpression | undefined])[];
  readonly variants: readonly (CompiledExpression | undefined)[];
}

const plans = new WeakMap<Procedure, Plan>();

function planOf(procedure: Procedure): Plan {
  let plan = plans.get(procedure);
  if (plan) return plan;
  const d = procedure.definition;
  const conditions: [string, CompiledExpression | undefined][] = [];
  for (const [i, step] of d.steps.entries()) {
    for (const [a, action] of step.actions.entries()) {
      if (action.type !== 'forward' || action.when === undefined) continue;
      conditions.push([actionConditionKey(i, a), procedure.expression(['steps', i, 'actions', a, 'when'])]);
    }
  }
  const variants = d.timing.variants.map((_, i) => procedure.expression(['timing', 'variants', i, 'when']));
  plan = { fields: new Map(d.fields.map((f) => [f.id, f])), conditions, variants };
  plans.set(procedure, plan);
  return plan;
}

/** The condition keys of a definition (the keys `snapshot.conditions` may have). */
export function conditionKeys(procedure: Procedure): readonly string[] {
  return planOf(procedure).conditions.map(([key]) => key);
}

/** The time limits a definition can give a dossier: its own and its variants'. */
export function allowedLimits(procedure: Procedure): NonNullable<DossierSnapshot['limit']>[] {
  const d = procedure.definition;
  const own = d.timing.limit;
  return [
    own.type === 'immediate' ? { amount: 0, unit: 'working-days' } : { amount: own.amount, unit: own.unit },
    ...d.timing.variants.map((v) => periodAmount(v.limit)),
  ];
}

/**
 * The form values against the definition's form: the first problem, or `null`.
 *
 * @example
 * fieldProblem(land, { disadvantagedarea: true }) // INVALID_EVENT 'not-a-field', path ['fields', 'disadvantagedarea']
 */
export function fieldProblem(procedure: Procedure, fields: Fields): Rejection | null {
  const byId = planOf(procedure).fields;
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue;
    const field = byId.get(key);
    if (!field)
      return rejection('INVALID_EVENT', { problem: 'not-a-field', field: `fields.${key}`, value: key }, [
        'fields',
        key,
      ]);
    const value = fields[key];
    if (value === null || value === '') continue;
    // The rules module's own check, the one validateDossier applies: type, bounds, an enum's values.
    const p = fieldValueProblem(field, value as FieldValue);
    if (p) {
      return {
        code: 'INVALID_EVENT',
        params: {
          problem: 'field-value',
          field: `fields.${key}`,
          value: key,
          given: quote(value),
          rule: p.code,
        },
        message: `Invalid event: ${p.message}`,
        messageVi: `Sự kiện không hợp lệ: ${p.messageVi}`,
        path: ['fields', key],
      };
    }
  }
  return null;
}

/**
 * Evaluates what RECEIVE (or a migration with fields) fixes, or the rejection.
 *
 * @example
 * receiptFacts(land, { disadvantagedArea: true }, 'in-person') // { limit: { amount: 20, unit: 'working-days' }, … }
 * receiptFacts(copy, {}, 'in-person', { implementer: 'mission', receiptDay: '2027-02-03' }) // conditions read them
 */
export function receiptFacts(
  procedure: Procedure,
  fields: Fields,
  channel: string,
  extra: ExpressionExtras = {},
): ReceiptFacts | Rejection {
  const d = procedure.definition;
  const plan = planOf(procedure);
  // The rules module's own conversion (the same `validateDossier` uses): defaults applied, types converted.
  const bad = fieldProblem(procedure, fields);
  const context = toExpressionContext(d.fields, fields, channel, extra);
  if (bad) return bad;
  const conditions: Record<string, boolean> = {};
  for (const [key, expr] of plan.conditions) {
    const r = holds(expr, context);
    if (typeof r !== 'boolean') return r;
    conditions[key] = r;
  }
  for (const [i, expr] of plan.variants.entries()) {
    const r = holds(expr, context);
    if (typeof r !== 'boolean') return r;
    const variant = d.timing.variants[i]!;
    if (r)
      return {
        limit: periodAmount(variant.limit),
        variant: i,
        conditions,
        startAfter: startOf(variant.clockStart ?? d.timing.clockStart),
      };
  }
  const limit = d.timing.limit;
  return {
    limit:
      limit.type === 'immediate'
        ? { amount: 0, unit: 'working-days' }
        : { amount: limit.amount, unit: limit.unit },
    variant: null,
    conditions,
    startAfter: startOf(d.timing.clockStart),
  };
}

/**
 * RECEIVE's record of the documents against the definition: every id a document of it, and `reused` only where the
 * definition allows the document to be taken from electronic data (its `reuse`, with the legal basis). The first
 * problem, or `null`.
 *
 * @example
 * documentsProblem(land, { identity: 'reused' }) // REUSE_NOT_ALLOWED at ['documents', 'identity'] when identity has no reuse
 */
export function documentsProblem(
  procedure: Procedure,
  documents: Readonly<Record<string, string>> | undefined,
): Rejection | null {
  if (documents === undefined) return null;
  const defs = procedure.definition.documents;
  for (const id in documents) {
    if (!Object.hasOwn(documents, id)) continue;
    const doc = defs.find((x) => x.id === id);
    if (doc === undefined)
      return rejection(
        'INVALID_EVENT',
        { problem: 'not-a-document', field: `documents.${id}`, value: quote(id) },
        ['documents', id],
      );
    if (documents[id] === 'reused' && doc.reuse === undefined)
      return rejection(
        'REUSE_NOT_ALLOWED',
        {
          document: id,
          name: doc.name.vi,
          reusable: defs.filter((x) => x.reuse !== undefined).map((x) => x.id),
        },
        ['documents', id],
      );
  }
  return null;
}

function holds(expr: CompiledExpression | undefined, context: Record<string, unknown>): boolean | Rejection {
  if (!expr) return false;
  // A condition on a field not given is not met (validateDossier reports the missing field itself).
  if (expr.variables.some((name) => !(name in context))) return false;
  try {
    return expr.evaluate(context) === true;
  } catch (e) {
    // A RulesError (the expression's run-time budget) has both texts; other errors' words go to English only.
    return rejection(
      'INVALID_EVENT',
      {
        problem: 'condition',
        field: 'fields',
        expression: expr.source.slice(0, 100),
        detail: String((e as Error)?.message ?? e).slice(0, 200),
      },
      ['fields'],
    );
  }
}
