/**
 * Literals that make a comparison silently constant, found at load:
 * - `kind == "foreigner"` where the enum field `kind` (or the built-in `channel`, or `implementer`, whose values
 *   are the declared implementing offices) has no such value type-checks (both are strings) but is always
 *   false — `ENUM_VALUE_UNKNOWN`;
 * - `birthDate <= "2007-1-1"` (or `receiptDay >= "2026-1-1"`) compares strings, and a malformed day does not order
 *   chronologically — `DATE_LITERAL_INVALID`.
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import { isCalendarDay } from '../calendarDay.js';
import { type Problem, type ProblemPath, problem } from '../problems.js';
import type { FormField } from '../schema/fields.js';
import { suggestion } from '../suggest.js';
import { channelValues } from './environment.js';

/** Comparison operators whose string literal must be a value the variable can take. */
const equalityOps: ReadonlySet<string> = new Set(['==', '!=', 'in']);
/** Operators comparing a date field with a literal: the literal must be a real day `YYYY-MM-DD`. */
const dateOps: ReadonlySet<string> = new Set(['==', '!=', 'in', '<', '<=', '>', '>=']);

/**
 * The literal problems of one node of an expression at `path`.
 *
 * @param node - a node of the parsed expression
 * @param path - where the expression sits in the definition
 * @param fields - the declared form fields
 * @param implementers - the ids of the declared implementing offices
 * @returns its problems (`ENUM_VALUE_UNKNOWN`, `DATE_LITERAL_INVALID`)
 * @example
 * literalProblems(env.parse('implementer == "notary"').ast, ['fees', 0, 'when'], [], ['commune', 'mission'])
 * //=> [{ code: 'ENUM_VALUE_UNKNOWN', params: { value: 'notary', name: 'implementer', builtIn: true, … } }]
 */
export function literalProblems(
  node: ASTNode,
  path: ProblemPath,
  fields: readonly FormField[],
  implementers: readonly string[] = [],
): Problem[] {
  if (!dateOps.has(node.op)) return [];
  const [left, right] = node.args as [ASTNode, ASTNode];
  const pairs: [ASTNode, ASTNode][] = [];
  if (node.op === 'in') {
    if (left.op === 'id' && right.op === 'list') for (const item of right.args) pairs.push([left, item]);
  } else {
    pairs.push([left, right], [right, left]);
  }
  const out: Problem[] = [];
  for (const [id, literal] of pairs) {
    if (id.op !== 'id' || literal.op !== 'value' || typeof literal.args !== 'string') continue;
    const name = id.args;
    const field = fields.find((f) => f.id === name);
    if (field?.type === 'date' || (field === undefined && name === 'receiptDay')) {
      if (!isCalendarDay(literal.args)) {
        out.push(problem('DATE_LITERAL_INVALID', 'error', { value: literal.args, field: name }, path));
      }
      continue;
    }
    if (!equalityOps.has(node.op)) continue;
    const values =
      field?.type === 'enum'
        ? field.values.map((v) => v.value)
        : field === undefined && name === 'channel'
          ? channelValues
          : field === undefined && name === 'implementer' && implementers.length > 0
            ? implementers
            : undefined;
    if (values === undefined || values.includes(literal.args)) continue;
    out.push(
      problem(
        'ENUM_VALUE_UNKNOWN',
        'error',
        {
          value: literal.args,
          name,
          builtIn: field === undefined,
          values,
          isDefault: false,
          suggestion: suggestion(literal.args, values),
        },
        path,
      ),
    );
  }
  return out;
}
