/** FIELD_NAME_RESERVED — a field id that CEL, cel-js or the library already uses as a name in expressions. */
import { isReservedName } from '../../expressions/environment.js';
import type { Problem } from '../../problems.js';
import { problem } from '../../problems.js';
import type { LintRule } from '../rule.js';

const rule: LintRule = {
  code: 'FIELD_NAME_RESERVED',
  severity: 'error',
  docs: 'a field `channel`, `receiptDay`, `implementer`, `in`, `constructor`, `type`, `string`, `list`',
  check: (ctx) => {
    const out: Problem[] = [];
    ctx.definition.fields.forEach((field, i) => {
      if (isReservedName(field.id))
        out.push(problem('FIELD_NAME_RESERVED', 'error', { id: field.id }, ['fields', i, 'id']));
    });
    return [...out, ...ctx.environmentProblems];
  },
};
export default rule;
