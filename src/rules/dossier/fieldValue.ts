/**
 * One form value (giá trị trường tờ khai) against its declared field: type, bounds (a string's length, by default
 * at most `limits.defaultStringMaxLength` characters), an enum's values. The engine checks RECEIVE's fields with
 * the same function, so a value the dossier validation refuses never reaches a condition.
 */
import { match } from 'ts-pattern';
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
  const path = ['fields', field.id];
  const about = { field: { id: field.id, label: field.label } };
  const label = field.label.en ?? field.label.vi;
  const labelVi = field.label.vi;
  const typeFault = (expected: string) =>
    problem('FIELD_TYPE', 'error', { label, labelVi, expected }, path, about);
  const range = (min: number | undefined, max: number | undefined, v: number, length = false) =>
    (min === undefined || v >= min) && (max === undefined || v <= max)
      ? undefined
      : problem(
          'FIELD_OUT_OF_RANGE',
          'error',
          { label, labelVi, min: min ?? null, max: max ?? null, length },
          path,
          about,
        );
  return match(field)
    .with({ type: 'string' }, (f) =>
      typeof value !== 'string'
        ? typeFault('text')
        : range(f.minLength, f.maxLength ?? limits.defaultStringMaxLength, value.length, true),
    )
    .with({ type: 'integer' }, (f) =>
      typeof value !== 'number' || !Number.isSafeInteger(value)
        ? typeFault('integer')
        : range(f.min, f.max, value),
    )
    .with({ type: 'number' }, (f) =>
      typeof value !== 'number' || !Number.isFinite(value) ? typeFault('number') : range(f.min, f.max, value),
    )
    .with({ type: 'boolean' }, () => (typeof value !== 'boolean' ? typeFault('boolean') : undefined))
    .with({ type: 'date' }, () =>
      typeof value !== 'string' || !isCalendarDay(value) ? typeFault('date') : undefined,
    )
    .with({ type: 'enum' }, (f) => {
      if (typeof value === 'string' && f.values.some((v) => v.value === value)) return undefined;
      return problem(
        'FIELD_NOT_ALLOWED_VALUE',
        'error',
        {
          label,
          labelVi,
          values: f.values.map((v) => v.label.en ?? v.value),
          valuesVi: f.values.map((v) => v.label.vi),
        },
        path,
        about,
      );
    })
    .exhaustive();
}
