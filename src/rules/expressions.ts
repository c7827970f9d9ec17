/**
 * Conditions and amounts as data: CEL expressions (Common Expression Language, via `@marcbachmann/cel-js`).
 *
 * Every expression of a definition is parsed once and type-checked against the declared form fields when the
 * definition is loaded ({@link compileExpression}); a misspelt field or a comparison of incompatible types is a
 * load-time problem, never a silent `false` at run time. Evaluation interprets the parsed tree — no `eval`, no
 * `Function`, no dynamic import — so expressions run in browsers and cannot reach anything but their variables.
 *
 * Variables: each form field under its id, and `channel` (`"in-person" | "post" | "online"`). CEL types:
 * string/date/enum → `string`, integer → `int`, number → `double`, boolean → `bool`. `channel` is checked like an
 * enum field: comparing it with a value it cannot take (`channel == "onlne"`) is a load-time error, as is
 * comparing a date field with a literal that is not a real day (`birthDate <= "2007-1-1"`).
 */
import { type ASTNode, Environment, type ParseResult } from '@marcbachmann/cel-js';
import { match } from 'ts-pattern';
import { limits } from './limits.js';
import { type Problem, type ProblemPath, problem } from './problems.js';
import { calendarDateSchema } from './schema/common.js';
import { channelSchema } from './schema/dossier.js';
import type { FormField, FormFieldType } from './schema/fields.js';

/** The variable every expression may use besides the form fields. */
export const builtInVariables = ['channel'] as const;

/** The values of the built-in `channel` variable (the dossier's submission channel). */
export const channelValues: readonly string[] = channelSchema.options;

/**
 * Names cel-js registers as variables in every environment (type names and namespaces): `type(x) == string`
 * reads them, so a field cannot take them. A test checks that this list covers what cel-js registers; at load time
 * the environment itself is asked as well ({@link isReservedName}), so a cel-js upgrade cannot make a field id
 * crash registration.
 */
const celBuiltInNames = [
  'bool',
  'bytes',
  'cel',
  'double',
  'google',
  'int',
  'list',
  'map',
  'null_type',
  'optional',
  'string',
  'type',
  'uint',
] as const;

/**
 * Names a field may not take: CEL reserved words, the names cel-js registers itself (`type`, `string`, `int`,
 * `list`, `map`, …), the built-in variables, and the prototype-pollution keys the input guard refuses in
 * dossiers (a field named `constructor` could never be filled in).
 */
export const reservedNames: ReadonlySet<string> = new Set([
  ...builtInVariables,
  ...celBuiltInNames,
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

/** The environment every procedure's environment is cloned from: the parse limits and `channel`. */
function base(): Environment {
  if (!baseEnvironment) {
    baseEnvironment = new Environment({
      limits: { maxAstNodes: limits.maxExpressionNodes, maxDepth: limits.maxExpressionDepth },
    }).registerVariable('channel', 'string');
  }
  return baseEnvironment;
}

/**
 * Whether a field may not take this id: it is in {@link reservedNames}, or the CEL environment already has a
 * variable of that name (asked of cel-js itself, so names a later cel-js registers are caught too).
 */
export function isReservedName(name: string): boolean {
  return reservedNames.has(name) || base().hasVariable(name);
}

/**
 * The CEL environment of one procedure: `channel` plus one variable per form field. Never throws: reserved and
 * duplicate ids are skipped (the linter reports them as `FIELD_NAME_RESERVED` and `DUPLICATE_ID`), and any
 * other registration failure is returned as a `FIELD_NAME_RESERVED` problem at the field's id.
 */
export function createExpressionEnvironment(fields: readonly FormField[]): {
  env: Environment;
  problems: Problem[];
} {
  const env = base().clone();
  const problems: Problem[] = [];
  const declared = new Set<string>(builtInVariables);
  fields.forEach((field, i) => {
    if (declared.has(field.id) || isReservedName(field.id)) return;
    declared.add(field.id);
    try {
      env.registerVariable(field.id, celTypeOf(field.type));
    } catch (error) {
      const detail = celDetail(error);
      problems.push(
        problem(
          'FIELD_NAME_RESERVED',
          'error',
          ['fields', i, 'id'],
          `"${field.id}" cannot be used as a variable in expressions (${detail}); choose another field id`,
          `"${field.id}" không dùng được làm biến trong biểu thức (${detail}); hãy đặt mã trường khác`,
        ),
      );
    }
  });
  return { env, problems };
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
    problems.push(...literalProblems(node, path, fields));
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

/** Comparison operators whose string literal must be a value the variable can take. */
const equalityOps: ReadonlySet<string> = new Set(['==', '!=', 'in']);
/** Operators comparing a date field with a literal: the literal must be a real day `YYYY-MM-DD`. */
const dateOps: ReadonlySet<string> = new Set(['==', '!=', 'in', '<', '<=', '>', '>=']);

/**
 * Literals that make a comparison silently constant:
 * - `kind == "foreigner"` where the enum field `kind` (or the built-in `channel`) has no such value type-checks
 *   (both are strings) but is always false — `ENUM_VALUE_UNKNOWN`;
 * - `birthDate <= "2007-1-1"` compares strings, and a malformed day does not order chronologically —
 *   `DATE_LITERAL_INVALID`.
 */
function literalProblems(node: ASTNode, path: ProblemPath, fields: readonly FormField[]): Problem[] {
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
    if (field?.type === 'date') {
      if (calendarDateSchema.safeParse(literal.args).success) continue;
      out.push(
        problem(
          'DATE_LITERAL_INVALID',
          'error',
          path,
          `"${clip(literal.args)}" is not a real day YYYY-MM-DD; date field "${name}" compares as text, so this comparison is wrong`,
          `"${clip(literal.args)}" không phải là ngày có thật dạng YYYY-MM-DD; trường ngày "${name}" được so sánh như chuỗi ký tự nên phép so sánh này sai`,
        ),
      );
      continue;
    }
    if (!equalityOps.has(node.op)) continue;
    const values =
      field?.type === 'enum'
        ? field.values.map((v) => v.value)
        : field === undefined && name === 'channel'
          ? channelValues
          : undefined;
    if (values === undefined || values.includes(literal.args)) continue;
    const allowed = values.map((v) => `"${v}"`).join(', ');
    const what = field ? `field "${name}"` : `the built-in variable "${name}"`;
    const whatVi = field ? `trường "${name}"` : `biến có sẵn "${name}"`;
    out.push(
      problem(
        'ENUM_VALUE_UNKNOWN',
        'error',
        path,
        `"${clip(literal.args)}" is not a value of ${what} (values: ${allowed})`,
        `"${clip(literal.args)}" không phải là giá trị của ${whatVi} (các giá trị: ${allowed})`,
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
    // A field left empty takes its default, as in validateDossier, so the engine's conditions see the same value.
    const given = Object.hasOwn(values, field.id) ? values[field.id] : undefined;
    const value = given === undefined || given === null || given === '' ? field.default : given;
    if (value === undefined) continue;
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
