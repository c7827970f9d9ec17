/**
 * Conditions and amounts as data: each expression of a definition is parsed once, type-checked against the
 * declared form fields and given a cost bound when the definition is loaded ({@link compileExpression}); a
 * misspelt field, a comparison of incompatible types or an expression that could stall the portal is a
 * load-time problem, never a silent `false` or a hang at run time. Evaluation interprets the parsed tree — no
 * `eval`, no `Function`, no dynamic import — so expressions run in browsers and reach nothing but their
 * variables.
 */
import type { ASTNode, Environment, ParseResult } from '@marcbachmann/cel-js';
import { RulesError } from '../errors.js';
import { type Problem, type ProblemPath, problem } from '../problems.js';
import type { FormField } from '../schema/fields.js';
import { suggestion } from '../suggest.js';
import { contextFault, inputShapes, variableLimits } from './context.js';
import { children, estimateCost } from './cost.js';
import { builtInVariables, forbiddenFunctions } from './environment.js';
import { literalProblems } from './literals.js';
import { Unbounded } from './shape.js';

/** What an expression must evaluate to: a condition is `bool`, an amount is `int` (in the fee's currency). */
export type ExpressionKind = 'condition' | 'amount';

/** What an expression may read besides the form fields: the ids of the implementing offices, if any. */
export interface ExpressionScope {
  readonly implementers?: readonly string[];
}

/** A parsed, type-checked expression with its cost bound, ready to evaluate. */
export interface CompiledExpression {
  readonly source: string;
  /** Where it sits in the definition. */
  readonly path: ProblemPath;
  readonly kind: ExpressionKind;
  /** Declared variables it reads (field ids and `channel`), in order of first use. */
  readonly variables: readonly string[];
  /** Upper bound of the cost of one evaluation on any dossier within the declared limits (docs/rules.md, "Cost"). */
  readonly cost: number;
  /**
   * Evaluates against a CEL context (see `toExpressionContext`). Throws a `RulesError`: `EXPRESSION_BUDGET_EXCEEDED`
   * (before evaluating) when a variable exceeds the limits the cost bound was computed for, `CONDITION_ERROR` when
   * CEL fails (division by zero, an absent variable …).
   */
  readonly evaluate: (context: Record<string, unknown>) => unknown;
}

/**
 * Parses, type-checks and bounds one expression. Returns the compiled expression, or the problems found (syntax,
 * unknown name, type mismatch, wrong result type, forbidden function, enum or date literal, cost over budget).
 *
 * @param env - the procedure's environment (`createExpressionEnvironment`)
 * @param source - the CEL text, e.g. the judicial record fee `copies > 2 ? 200000 + 5000 * (copies - 2) : 200000`
 * @param path - where it sits in the definition (`['fees', 0, 'amount', 'expr']`)
 * @param kind - `condition` (bool) or `amount` (int)
 * @param fields - the declared form fields
 * @param budget - cost units allowed for one evaluation
 * @param scope - `implementers`: the ids of the implementing offices (`implementer` is declared only if any)
 * @returns the compiled expression, or its problems
 * @example
 * compileExpression(env, 'copies > "2"', ['fees', 0, 'when'], 'condition', fields, 20_000)
 * //=> { problems: [{ code: 'EXPRESSION_TYPE', … }] }
 * compileExpression(env, 'kind not in ["a"]', ['fees', 0, 'when'], 'condition', fields, 20_000)
 * //=> { problems: [{ code: 'EXPRESSION_SYNTAX', params: { reason: 'not_in', column: 6, … } }] }
 */
export function compileExpression(
  env: Environment,
  source: string,
  path: ProblemPath,
  kind: ExpressionKind,
  fields: readonly FormField[],
  budget: number,
  scope: ExpressionScope = {},
): { compiled: CompiledExpression; problems?: undefined } | { compiled?: undefined; problems: Problem[] } {
  const implementers = scope.implementers ?? [];
  let parsed: ParseResult;
  try {
    parsed = env.parse(source);
  } catch (error) {
    const { reason, detail, column } = celError(error);
    const not = notOperator(source);
    const params = not ? { source, ...not, detail } : { source, column, reason, detail };
    return { problems: [problem('EXPRESSION_SYNTAX', 'error', params, path)] };
  }
  const problems: Problem[] = [];
  const variables: string[] = [];
  const declared = new Set<string>([...builtInVariables, ...fields.map((f) => f.id)]);
  if (implementers.length === 0) declared.delete('implementer');
  const stack: ASTNode[] = [parsed.ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    // Only declared names: macro variables (`n` in `list.exists(n, n > 2)`) are bound inside the expression.
    if (node.op === 'id' && declared.has(node.args) && !variables.includes(node.args))
      variables.push(node.args);
    // `not (x in y)` parses as a call of an unknown function `not`: CEL writes negation `!`.
    if (node.op === 'call' && node.args[0] === 'not') {
      const column = node.pos === undefined ? null : node.pos + 1;
      const params = { source, column, reason: 'not_operator', detail: 'CEL negation is !' };
      problems.push(problem('EXPRESSION_SYNTAX', 'error', params, path));
    }
    if ((node.op === 'call' || node.op === 'rcall') && forbiddenFunctions.has(node.args[0])) {
      problems.push(
        problem(
          'EXPRESSION_FORBIDDEN_FUNCTION',
          'error',
          { source, function: `${node.args[0]}()`, reason: 'regex' },
          path,
        ),
      );
    }
    problems.push(...literalProblems(node, path, fields, implementers));
    stack.push(...children(node).reverse());
  }
  if (problems.some((p) => p.code === 'EXPRESSION_SYNTAX')) return { problems };
  const checked = parsed.check();
  if (!checked.valid) {
    const error = checked.error;
    const { reason, detail } = celError(error);
    const node = (error as { node?: { op?: string; args?: unknown } } | undefined)?.node;
    const name = node?.op === 'id' && typeof node.args === 'string' ? node.args : null;
    if (reason === 'unknown_variable' && name === 'implementer') {
      problems.push(problem('IMPLEMENTER_NOT_DECLARED', 'error', { source }, path));
    } else if (reason === 'unknown_variable') {
      problems.push(
        problem(
          'EXPRESSION_UNKNOWN_NAME',
          'error',
          { source, name, suggestion: name === null ? null : suggestion(name, declared) },
          path,
        ),
      );
    } else problems.push(problem('EXPRESSION_TYPE', 'error', { source, reason, detail }, path));
  } else {
    const expected = kind === 'condition' ? 'bool' : 'int';
    if (checked.type !== expected) {
      problems.push(
        problem('EXPRESSION_RESULT_TYPE', 'error', { source, type: String(checked.type), kind }, path),
      );
    }
  }
  if (problems.length > 0) return { problems };

  let cost: number;
  try {
    const estimate = estimateCost(parsed.ast, inputShapes(fields), budget);
    cost = estimate.cost;
    if (cost > budget) {
      const { start, end } = estimate.part;
      return {
        problems: [
          problem(
            'EXPRESSION_TOO_COSTLY',
            'error',
            { source, part: source.slice(start, end), column: start + 1, cost: Math.ceil(cost), budget },
            path,
          ),
        ],
      };
    }
  } catch (error) {
    if (!(error instanceof Unbounded)) throw error;
    const reason = /^\.get[A-Z]/.test(error.construct) ? 'time-zone' : 'unbounded';
    return {
      problems: [
        problem(
          'EXPRESSION_FORBIDDEN_FUNCTION',
          'error',
          { source, function: error.construct, reason },
          path,
        ),
      ],
    };
  }

  const limits = variableLimits(variables, fields);
  const evaluate = (context: Record<string, unknown>): unknown => {
    const fault = contextFault(limits, context);
    if (fault)
      throw new RulesError([problem('EXPRESSION_BUDGET_EXCEEDED', 'error', { source, ...fault }, path)]);
    try {
      return parsed(context);
    } catch (error) {
      const { reason, detail } = celError(error);
      throw new RulesError([
        problem(
          'CONDITION_ERROR',
          'error',
          { source, purpose: 'evaluate', subject: source, subjectVi: source, reason, detail },
          path,
        ),
      ]);
    }
  };
  return { compiled: { source, path, kind, variables, cost, evaluate } };
}

/**
 * `not in` and `not x`, which CEL does not have (negation is `!`: `!(x in y)`), found in the text of an expression
 * that failed to parse — outside string literals, so `name == "not in"` is not mistaken for it.
 */
function notOperator(source: string): { column: number; reason: 'not_in' | 'not_operator' } | undefined {
  const code = source.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, (m) => ' '.repeat(m.length));
  const found = /(?<![\w.])not\b(\s+in\b|\s*[(!]|\s+[A-Za-z_])/.exec(code);
  if (!found) return undefined;
  return { column: found.index + 1, reason: found[1]!.trim() === 'in' ? 'not_in' : 'not_operator' };
}

/** A cel-js error's code, its one-line English summary and column (1-based), for the message tables. */
export function celError(error: unknown): { reason: string; detail: string; column: number | null } {
  const e = (error ?? {}) as {
    code?: unknown;
    summary?: unknown;
    message?: unknown;
    node?: { pos?: unknown };
  };
  const reason = typeof e.code === 'string' ? e.code : 'unknown';
  const detail =
    typeof e.summary === 'string' && e.summary
      ? e.summary
      : typeof e.message === 'string'
        ? (e.message.split('\n')[0] ?? '')
        : String(error);
  const pos = e.node?.pos;
  return { reason, detail: detail.slice(0, 200), column: typeof pos === 'number' ? pos + 1 : null };
}
