/** FIELD_RANGE_INVERTED — a field whose lower bound is above its upper bound. */
import { match } from 'ts-pattern';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'FIELD_RANGE_INVERTED',
  severity: 'error',
  docs: '`min: 60, max: 50`',
  check: ({ definition }, report) => {
    definition.fields.forEach((field, i) => {
      const key = match(field)
        .with({ type: 'string' }, (f) =>
          f.minLength !== undefined && f.maxLength !== undefined && f.minLength > f.maxLength
            ? 'minLength'
            : null,
        )
        .with({ type: 'integer' }, { type: 'number' }, (f) =>
          f.min !== undefined && f.max !== undefined && f.min > f.max ? 'min' : null,
        )
        .with({ type: 'boolean' }, { type: 'date' }, { type: 'enum' }, () => null)
        .exhaustive();
      if (key) report({ field: field.id }, ['fields', i, key]);
    });
  },
});
