/**
 * ENUM_VALUE_UNKNOWN — an enum field (or the built-in `channel`) compared with a value it cannot take, which
 * type-checks but is always false; or an enum `default` that is not one of its values.
 */
import type { Problem } from '../../problems.js';
import { problem } from '../../problems.js';
import { suggestion } from '../../suggest.js';
import { expressionProblems } from '../context.js';
import type { LintRule } from '../rule.js';

const rule: LintRule = {
  code: 'ENUM_VALUE_UNKNOWN',
  severity: 'error',
  docs: '`kind == "foriegner"`; `channel == "onlne"` (`channel` is `in-person`, `post` or `online`); an enum `default` not among the values',
  check: (ctx) => {
    const out: Problem[] = [];
    ctx.definition.fields.forEach((field, i) => {
      if (field.type !== 'enum' || field.default === undefined) return;
      const values = field.values.map((v) => v.value);
      if (values.includes(field.default)) return;
      out.push(
        problem(
          'ENUM_VALUE_UNKNOWN',
          'error',
          {
            value: field.default,
            name: field.id,
            builtIn: false,
            values,
            isDefault: true,
            suggestion: suggestion(field.default, values),
          },
          ['fields', i, 'default'],
        ),
      );
    });
    return [...out, ...expressionProblems(ctx, 'ENUM_VALUE_UNKNOWN')];
  },
};
export default rule;
