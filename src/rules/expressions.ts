/**
 * Conditions and amounts as data: CEL expressions (Common Expression Language, via `@marcbachmann/cel-js`).
 *
 * Every expression of a definition is parsed once and type-checked against the declared form fields when the
 * definition is loaded ({@link compileExpression}); a misspelt field or a comparison of incompatible types is a
 * load-time problem, never a silent `false` at run time. Evaluation interprets the parsed tree — no `eval`, no
 * `Function`, no dynamic import — so expressions run in browsers and cannot reach anything but their variables.
 *
 * Variables: each form field under its id, and `channel` (`"in-person" | "post" | "online"`). CEL types:
 * string/date/enum → `string`, integer → `int`, number → `double`, boolean → `bool`.
 */
import { type ASTNode, Environment, type ParseResult } from '@marcbachmann/cel-js';
import { match } from 'ts-pattern';
import { limits } from './limits.js';
import { type Problem, type ProblemPath, problem } from './problems.js';
import type { FormField, FormFieldType } from './schema/fields.js';

/** The variable every expression may use besides the form fields. */
export const builtInVariables = ['channel'] as const;

/**
 * Names a field may not take: CEL reserved words, the built-in variables, and the prototype-pollution keys the
 * input guard refuses in dossiers (a field named `constructor` could never be filled in).
 */
export const reservedNames: ReadonlySet<string> = new Set([
  ...builtInVariables,
  '__proto__',
  'constructor',
  'prototype',
  'true',
  'false',
  'null',
  'in',
  'as',
  'break',
  'const',
  'continue',
  'else',
  'for',
  'function',
  'if',
  'import',
  'let',
  'loop',
  'package',
  'namespace',
  'return',
  'var',
  'void',
  'while',
]);

/**
 * Functions refused in definitions: `matches` runs a regular expression, which JavaScript evaluates by
 * backtracking (CEL specifies RE2), so a rule author could write a pattern that hangs on a crafted dossier.
 */
export const forbiddenFunctions: ReadonlySet<string> = new Set(['matches']);

/** The CEL type of a form field type. */
export function celTypeOf(type: FormFieldType): 'string' | 'int' | 'double' | 'bool' {
  return match(type)
    .with('string', 'date', 'enum', () => 'string' as const)
    .with('integer', () => 'int' as const)
    .with('number', () => 'double' as const)
    .with('boolean', () => 'bool' as const)
    .exhaustive();
}

/** What an expression must evaluate to: a condition is `bool`, an amount is `int` (VND). */
export type ExpressionKind = 'condition' | 'amount';

/** A parsed, type-checked expression, ready to evaluate. */
export interface CompiledExpression {
  readonly source: string;
  /** Where it sits in the definition. */
  readonly path: ProblemPath;
  readonly kind: ExpressionKind;
  /** Declared variables it reads (field ids and `channel`), in order of first use. */
  readonly variables: readonly string[];
  /** Evaluates against a CEL context (see {@link toExpressionContext}); throws cel-js errors. */
  readonly evaluate: (context: Record<string, unknown>) => unknown;
}

let baseEnvironment: Environment | undefined;

/** The CEL environment of one procedure: `channel` plus one variable per form field. */
export function createExpressionEnvironment(fields: readonly FormField[]): Environment {
  if (!baseEnvironment) {
    baseEnvironment = new Environment({
      limits: { maxAstNodes: limits.maxExpressionNodes, maxDepth: limits.maxExpressionDepth },
    }).registerVariable('channel', 'string');
  }
  const env = baseEnvironment.clone();
  const declared = new Set<string>(builtInVariables);
  for (const field of fields) {
    // Duplicate and reserved names are reported by the linter; skip them here so registration cannot throw.
    if (declared.has(field.id) || reservedNames.has(field.id)) continue;
    declared.add(field.id);
    env.registerVariable(field.id, celTypeOf(field.type));
  }
  return env;
}

/**
 * Parses and type-checks one expression. Returns the compiled expression, or the problems found (syntax,
 * unknown name, type mismatch, wrong result type, forbidden function, enum literal not among the values).
 *
 * @example
 * compileExpression(env, 'copies > "2"', ['fees', 0, 'when'], 'condition', fields)
 * //=> { problems: [{ code: 'EXPRESSION_TYPE', … }] }
 */
export function compileExpression(
  env: Environment,
  source: string,
  path: ProblemPath,
  kind: ExpressionKind,
  fields: readonly FormField[],
): { compiled: CompiledExpression; problems?: undefined } | { compiled?: undefined; problems: Problem[] } {
  let parsed: ParseResult;
  try {
    parsed = env.parse(source);
  } catch (error) {
    const detail = celDetail(error);
    return {
      problems: [
        problem(
          'EXPRESSION_SYNTAX',
          'error',
          path,
          `Expression "${clip(source)}" cannot be parsed: ${detail}`,
          `Biểu thức "${clip(source)}" sai cú pháp (${detail})`,
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  const variables: string[] = [];
  const declared = new Set<string>([...builtInVariables, ...fields.map((f) => f.id)]);
  walk(parsed.ast, (node) => {
    // Only declared names: macro variables (`n` in `list.exists(n, n > 2)`) are bound inside the expression.
    if (node.op === 'id' && declared.has(node.args) && !variables.includes(node.args)) {
      variables.push(node.args);
    }
    if ((node.op === 'call' || node.op === 'rcall') && forbiddenFunctions.has(node.args[0])) {
      problems.push(
        problem(
          'EXPRESSION_FORBIDDEN_FUNCTION',
          'error',
          path,
          `Function "${node.args[0]}" is not allowed in definitions (regular expressions can hang)`,
          `Không được dùng hàm "${node.args[0]}" trong định nghĩa (biểu thức chính quy có thể treo hệ thống)`,
        ),
      );
    }
    problems.push(...enumLiteralProblems(node, path, fields));
  });
  const checked = parsed.check();
  if (!checked.valid) {
    const error = checked.error;
    const detail = celDetail(error);
    const unknown = error?.code === 'unknown_variable' || /unknown|not declared|undeclared/i.test(detail);
    problems.push(
      unknown
        ? problem(
            'EXPRESSION_UNKNOWN_NAME',
            'error',
            path,
            `Expression "${clip(source)}" uses an undeclared name: ${detail}`,
            `Biểu thức "${clip(source)}" dùng tên chưa khai báo trong các trường của tờ khai (${detail})`,
          )
        : problem(
            'EXPRESSION_TYPE',
            'error',
            path,
            `Expression "${clip(source)}" does not type-check: ${detail}`,
            `Biểu thức "${clip(source)}" sai kiểu dữ liệu (${detail})`,
          ),
    );
  } else {
    const expected = kind === 'condition' ? 'bool' : 'int';
    if (checked.type !== expected) {
      problems.push(
        problem(
          'EXPRESSION_RESULT_TYPE',
          'error',
          path,
          `Expression "${clip(source)}" is of type ${checked.type}; a ${kind} must be ${expected}`,
          `Biểu thức "${clip(source)}" có kiểu ${checked.type}; ${
            kind === 'condition' ? 'điều kiện phải có kiểu bool' : 'số tiền phải có kiểu int (đồng)'
          }`,
        ),
      );
    }
  }
  if (problems.length > 0) return { problems };
  return {
    compiled: {
      source,
      path,
      kind,
      variables,
      evaluate: (context) => parsed(context),
    },
  };
}

/** Visits every node of a CEL AST (iteratively; depth is bounded by the parse limits anyway). */
function walk(root: ASTNode, visit: (node: ASTNode) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      // Reverse, so children are visited in source order.
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
      continue;
    }
    if (!isNode(item)) continue;
    visit(item);
    if (item.op !== 'value' && item.op !== 'id') stack.push(item.args);
  }
}

function isNode(value: unknown): value is ASTNode {
  return typeof value === 'object' && value !== null && 'op' in value && 'args' in value;
}

/**
 * `kind == "foreigner"` where `kind` is an enum field without the value "foreigner" type-checks (both are
 * strings) but is always false — exactly the silent mistake definitions must not contain.
 */
function enumLiteralProblems(node: ASTNode, path: ProblemPath, fields: readonly FormField[]): Problem[] {
  if (node.op !== '==' && node.op !== '!=' && node.op !== 'in') return [];
  const [left, right] = node.args;
  const pairs: [ASTNode, ASTNode][] = [];
  if (node.op === 'in') {
    if (left.op === 'id' && right.op === 'list') for (const item of right.args) pairs.push([left, item]);
  } else {
    pairs.push([left, right], [right, left]);
  }
  const out: Problem[] = [];
  for (const [id, literal] of pairs) {
    if (id.op !== 'id' || literal.op !== 'value' || typeof literal.args !== 'string') continue;
    const field = fields.find((f) => f.id === id.args);
    if (field?.type !== 'enum') continue;
    if (field.values.some((v) => v.value === literal.args)) continue;
    const allowed = field.values.map((v) => `"${v.value}"`).join(', ');
    out.push(
      problem(
        'ENUM_VALUE_UNKNOWN',
        'error',
        path,
        `"${literal.args}" is not a value of field "${field.id}" (values: ${allowed})`,
        `"${literal.args}" không phải là giá trị của trường "${field.id}" (các giá trị: ${allowed})`,
      ),
    );
  }
  return out;
}

/** A one-line description of a cel-js error (its summary, without the source excerpt). */
function celDetail(error: unknown): string {
  if (error && typeof error === 'object') {
    const summary = (error as { summary?: unknown }).summary;
    if (typeof summary === 'string' && summary) return summary;
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string') return message.split('\n')[0] ?? message;
  }
  return String(error);
}

function clip(source: string): string {
  return source.length > 80 ? `${source.slice(0, 80)}…` : source;
}

/** A dossier field value as JSON delivers it. */
export type FieldValue = string | number | boolean | null;

/**
 * The CEL context of a dossier: `channel` and each field value converted to its CEL type (integers become
 * `bigint`). Values that do not fit their field's type are left out — `validateDossier` reports them — so an
 * expression reading them fails with a clear `CONDITION_ERROR` instead of computing with garbage. The context is
 * a null-prototype object: no inherited keys can be read.
 */
export function toExpressionContext(
  fields: readonly FormField[],
  values: Readonly<Record<string, FieldValue>>,
  channel: string,
): Record<string, unknown> {
  const context: Record<string, unknown> = Object.create(null);
  context.channel = channel;
  for (const field of fields) {
    if (!Object.hasOwn(values, field.id)) continue;
    const value = values[field.id];
    const converted = match(field.type)
      .with('integer', () =>
        typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : undefined,
      )
      .with('number', () => (typeof value === 'number' && Number.isFinite(value) ? value : undefined))
      .with('boolean', () => (typeof value === 'boolean' ? value : undefined))
      .with('string', 'date', 'enum', () => (typeof value === 'string' ? value : undefined))
      .exhaustive();
    if (converted !== undefined) context[field.id] = converted;
  }
  return context;
}
