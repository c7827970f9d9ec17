/**
 * The form values given at receipt (RECEIVE `fields`, a migration's `fields`) checked against the definition's
 * form: every key a field of the form, every value of its field's type (an enum among its values). The conditions
 * are evaluated on them, so a misspelt field would silently turn a route's condition false.
 */
import type { Procedure } from '../rules/index.js';
import { type Rejection, rejection } from './errors.js';

/** The definition's fields by id. */
export type FieldsById = ReadonlyMap<string, Procedure['definition']['fields'][number]>;

/**
 * RECEIVE `fields` against the definition's form: every id must be a declared field, and every value (other than
 * `null`, "not given") must have the field's type — `toExpressionContext` leaves out a value it cannot convert —
 * and, for an enum, be one of its values. A misspelt id would otherwise silently make a condition false.
 */
export function fieldProblem(
  byId: FieldsById,
  fields: Readonly<Record<string, string | number | boolean | null>>,
  context: Record<string, unknown>,
): Rejection | null {
  for (const key in fields) {
    const field = byId.get(key);
    if (!field) {
      return rejection(
        'INVALID_EVENT',
        `"${key}" is not a field of this procedure's form`,
        `"${key}" không phải là trường của tờ khai thủ tục này`,
        ['fields', key],
      );
    }
    const value = fields[key];
    if (value === null) continue;
    const wrongType = !(key in context);
    if (wrongType || (field.type === 'enum' && !field.values.some((v) => v.value === value))) {
      return rejection(
        'INVALID_EVENT',
        `Field "${key}" must be ${field.type === 'enum' ? `one of ${field.values.map((v) => v.value).join(', ')}` : `of type ${field.type}`}, not ${JSON.stringify(value)}`,
        `Trường "${key}" phải ${field.type === 'enum' ? `là một trong ${field.values.map((v) => v.value).join(', ')}` : `có kiểu ${field.type}`}, không phải ${JSON.stringify(value)}`,
        ['fields', key],
      );
    }
  }
  return null;
}
