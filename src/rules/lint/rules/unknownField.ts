/** UNKNOWN_FIELD — a check reports on a form field that does not exist; the closest field id is suggested. */
import { suggestion } from '../../suggest.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'UNKNOWN_FIELD',
  severity: 'error',
  docs: '`checks[].field` names no form field (`copy` → "did you mean `copies`?")',
  check: (ctx, report) => {
    ctx.definition.checks.forEach((check, i) => {
      if (check.field === undefined || ctx.fieldIds.has(check.field)) return;
      report({ id: check.field, suggestion: suggestion(check.field, ctx.fieldIds) }, ['checks', i, 'field']);
    });
  },
});
