/**
 * One form value (giá trị trường tờ khai) against its declared field: type, bounds (a string's length, by default
 * at most `limits.defaultStringMaxLength` characters), an enum's values. The engine checks RECEIVE's fields with
 * the same function, so a value the dossier validation refuses never reaches a condition.
 */
import { isCalendarDay } from '../calendarDay.js';
import type { FieldValue } from '../expressions/context.js';
import { limits } from '../limits.js';
import { type Problem, problem } from '../problems.js';
import type { FormField } from '../schema/fields.js';

/**
 * The problem with one field value, or `undefined` when it fits the field.
 *
 * @param field - the declared field
 * @param value - the value given (not `null`/empty: those are "not given")
 * @returns a `FIELD_TYPE`, `FIELD_OUT_OF_RANGE` or `FIELD_NOT_ALLOWED_VALUE` problem at `['fields', id]`
 * @example
 * // Judicial record certificate: "Số lượng Phiếu" is an integer from 1 to 50.
 * fieldValueProblem(copiesField, 60)?.messageVi //=> '"Số lượng Phiếu" phải trong khoảng 1 đến 50'
 */
export function fieldValueProblem(field: FormField, value: FieldValue): Problem | undefined {
  // A plain switch (exhaustive by `never`), and the problem's parts made only for a fault: this runs for every
  // value of every dossier validated and every RECEIVE.
  switch (field.type) {
    case 'string':
      return typeof value !== 'string'
        ? typeFault(field, 'text')
        : range(field, field.minLength, field.maxLength ?? limits.defaultStringMaxLength, value.length, true);
    case 'integer':
      return typeof value !== 'number' || !Number.isSafeInteger(value)
        ? typeFault(field, 'integer')
        : range(field, field.min, field.max, value, false);
    case 'number':
      return typeof value !== 'number' || !Number.isFinite(value)
        ? typeFault(field, 'number')
        : range(field, field.min, field.max, value, false);
    case 'boolean':
      return typeof value !== 'boolean' ? typeFault(field, 'boolean') : undefined;
    case 'date':
      return typeof value !== 'string' || !isCalendarDay(value) ? typeFault(field, 'date') : undefined;
    case 'enum': {
      if (typeof value === 'string' && field.values.some((v) => v.value === value)) return undefined;
      const { label, labelVi } = labels(field);
      return problem(
        'FIELD_NOT_ALLOWED_VALUE',
        'error',
        {
          label,
          labelVi,
          values: field.values.map((v) => v.label.en ?? v.value),
          valuesVi: field.values.map((v) => v.label.vi),
        },
        ['fields', field.id],
        about(field),
      );
    }
    default:
      return field satisfies never;
  }
}

const labels = (field: FormField) => ({ label: field.label.en ?? field.label.vi, labelVi: field.label.vi });
const about = (field: FormField) => ({ field: { id: field.id, label: field.label } });

function typeFault(field: FormField, expected: string): Problem {
  return problem('FIELD_TYPE', 'error', { ...labels(field), expected }, ['fields', field.id], about(field));
}

function range(
  field: FormField,
  min: number | undefined,
  max: number | undefined,
  v: number,
  length: boolean,
): Problem | undefined {
  if ((min === undefined || v >= min) && (max === undefined || v <= max)) return undefined;
  return problem(
    'FIELD_OUT_OF_RANGE',
    'error',
    { ...labels(field), min: min ?? null, max: max ?? null, length },
    ['fields', field.id],
    about(field),
  );
}
