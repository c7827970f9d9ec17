/** FIELD_DEFAULT_OUT_OF_RANGE — a field's `default` outside its own bounds. */
import { match } from 'ts-pattern';
import { defineRule } from '../rule.js';

const outside = (value: number, low: number | undefined, high: number | undefined) =>
  (low !== undefined && value < low) || (high !== undefined && value > high);

export default defineRule({
  code: 'FIELD_DEFAULT_OUT_OF_RANGE',
  severity: 'error',
  docs: '`default: 0` with `min: 1`',
  check: ({ definition }, report) => {
    definition.fields.forEach((field, i) => {
      const bad = match(field)
        .with(
          { type: 'string' },
          (f) => f.default !== undefined && outside(f.default.length, f.minLength, f.maxLength),
        )
        .with(
          { type: 'integer' },
          { type: 'number' },
          (f) => f.default !== undefined && outside(f.default, f.min, f.max),
        )
        .with({ type: 'boolean' }, { type: 'date' }, { type: 'enum' }, () => false)
        .exhaustive();
      if (bad) report({ field: field.id }, ['fields', i, 'default']);
    });
  },
});
