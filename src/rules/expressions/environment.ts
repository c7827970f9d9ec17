/**
 * The CEL environment of a procedure (Common Expression Language, via `@marcbachmann/cel-js`): each form field a
 * variable of its CEL type, plus the built-in variables `channel` (`"in-person" | "post" | "online"`),
 * `receiptDay` (the receipt day `YYYY-MM-DD` in Asia/Ho_Chi_Minh) and — only when the procedure declares
 * `implementers` — `implementer` (the implementing office chosen at SUBMIT). Types: string, date and enum →
 * `string`; integer → `int`; number → `double`; boolean → `bool`. Field ids that CEL, cel-js or the library already
 * use are reserved. Two functions are added to CEL's standard ones: `min` and `max` (two arguments of one type,
 * `int` or `double`), for caps such as a per-page copy fee capped per copy (Circular 226/2016/TT-BTC).
 */
import { Environment } from '@marcbachmann/cel-js';
import { match } from 'ts-pattern';
import { limits } from '../limits.js';
import { type Problem, problem } from '../problems.js';
import type { FormField, FormFieldType } from '../schema/fields.js';

/**
 * The variables expressions may use besides the form fields: `channel` (the submission channel), `receiptDay`
 * (the receipt day, `YYYY-MM-DD`) and `implementer` (the implementing office's id; declared only when the
 * procedure has `implementers`). All three are reserved as field ids, whether or not the procedure uses them.
 */
export const builtInVariables = ['channel', 'receiptDay', 'implementer'] as const;

/** A built-in variable. */
export type BuiltInVariable = (typeof builtInVariables)[number];

/** The values of the built-in `channel` variable (the dossier's submission channel, Decree 118/2025 Art. 15). */
export const channelValues: readonly string[] = ['in-person', 'post', 'online'];

/** The longest text of each built-in variable (an implementer is an id: at most 64 characters, `idSchema`). */
export const builtInLengths: Readonly<Record<BuiltInVariable, number>> = {
  channel: Math.max(...channelValues.map((c) => c.length)),
  receiptDay: 10,
  implementer: 64,
};

/** Functions the library adds to CEL's standard ones (`min`, `max`), with their overloads. */
export const addedFunctions = ['min', 'max'] as const;

/**
 * Names cel-js registers as variables in every environment (type names and namespaces): `type(x) == string`
 * reads them, so a field cannot take them. A test checks that this list covers what cel-js registers; at load time
 * the environment itself is asked as well ({@link isReservedName}).
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
 * Names a field may not take: CEL reserved words, the names cel-js registers itself, the built-in variables, and
 * the prototype-pollution keys the input guard refuses in dossiers (a field named `constructor` could never be
 * filled in).
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
 * Functions refused in definitions whatever their arguments: `matches` runs a regular expression, which
 * JavaScript evaluates by backtracking (CEL specifies RE2), so a pattern could hang on a crafted dossier. Every
 * other function outside the cost model (`functions.ts`) is refused too; these are the ones named in the docs.
 */
export const forbiddenFunctions: ReadonlySet<string> = new Set(['matches']);

/**
 * The CEL type of a form field type.
 *
 * @param type - a form field type
 * @returns its CEL type
 * @example
 * celTypeOf('integer') //=> 'int'   (the judicial record certificate's `copies`)
 */
export function celTypeOf(type: FormFieldType): 'string' | 'int' | 'double' | 'bool' {
  return match(type)
    .with('string', 'date', 'enum', () => 'string' as const)
    .with('integer', () => 'int' as const)
    .with('number', () => 'double' as const)
    .with('boolean', () => 'bool' as const)
    .exhaustive();
}

let baseEnvironment: Environment | undefined;

/**
 * The environment every procedure's environment is cloned from: the parse limits, `channel`, `receiptDay`, and
 * `min` / `max`. cel-js 8 has neither (cel-go's math extension calls them `math.least` / `math.greatest`); they are
 * plain functions of two values of one type — CEL converts nothing implicitly, so `min(copies, 2.5)` does not
 * type-check: write `min(double(copies), 2.5)`.
 */
function base(): Environment {
  if (!baseEnvironment) {
    const env = new Environment({
      limits: { maxAstNodes: limits.maxExpressionNodes, maxDepth: limits.maxExpressionDepth },
    })
      .registerVariable('channel', 'string')
      .registerVariable('receiptDay', 'string');
    const least = (a: bigint, b: bigint) => (a < b ? a : b);
    const greatest = (a: bigint, b: bigint) => (a > b ? a : b);
    env
      .registerFunction('min(int, int): int', least)
      .registerFunction('max(int, int): int', greatest)
      .registerFunction('min(double, double): double', (a: number, b: number) => Math.min(a, b))
      .registerFunction('max(double, double): double', (a: number, b: number) => Math.max(a, b));
    baseEnvironment = env;
  }
  return baseEnvironment;
}

/**
 * Whether a field may not take this id: it is in {@link reservedNames}, or the CEL environment already has a
 * variable of that name (asked of cel-js itself, so names a later cel-js registers are caught too).
 *
 * @param name - a field id
 * @returns whether expressions cannot use it as a variable
 * @example
 * isReservedName('type')   //=> true
 * isReservedName('copies') //=> false
 */
export function isReservedName(name: string): boolean {
  return reservedNames.has(name) || base().hasVariable(name);
}

/**
 * The CEL environment of one procedure: `channel`, `receiptDay`, `implementer` when the procedure declares
 * implementing offices, and one variable per form field. Never throws: reserved and duplicate ids are skipped
 * (the linter reports them as `FIELD_NAME_RESERVED` and `DUPLICATE_ID`), and any other registration failure is
 * returned as a `FIELD_NAME_RESERVED` problem at the field's id.
 *
 * @param fields - the declared form fields
 * @param implementers - the ids of the declared implementing offices (`implementer` is declared only if any)
 * @returns the environment and any registration problem
 * @example
 * createExpressionEnvironment(judicialRecord.definition.fields).env.check('copies > 2').valid //=> true
 * createExpressionEnvironment([], ['commune', 'mission']).env.check('implementer == "mission"').valid //=> true
 */
export function createExpressionEnvironment(
  fields: readonly FormField[],
  implementers: readonly string[] = [],
): {
  env: Environment;
  problems: Problem[];
} {
  const env = base().clone();
  if (implementers.length > 0) env.registerVariable('implementer', 'string');
  const problems: Problem[] = [];
  const declared = new Set<string>(builtInVariables);
  fields.forEach((field, i) => {
    if (declared.has(field.id) || isReservedName(field.id)) return;
    declared.add(field.id);
    try {
      env.registerVariable(field.id, celTypeOf(field.type));
    } catch {
      problems.push(problem('FIELD_NAME_RESERVED', 'error', { id: field.id }, ['fields', i, 'id']));
    }
  });
  return { env, problems };
}
