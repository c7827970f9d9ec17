/**
 * Limits on untrusted input, and the guard that enforces them before any parsing.
 *
 * Definitions come from rule authors and dossiers from citizens' browsers; both are JSON from outside. Before
 * zod sees a value, {@link inspectInput} walks it once, iteratively (no recursion, so no stack overflow), and
 * reports prototype-pollution keys, excessive depth, huge arrays or strings, too many nodes, cycles and values
 * JSON cannot carry. Everything is reported as a located {@link Problem}; nothing is thrown, nothing hangs.
 *
 * A value reached twice through different paths (a label object used in two places, as definitions built in
 * code often do) is plain data, not a cycle: only an object that is its own ancestor is refused. The node budget
 * (`maxNodes`) counts every visit, so a heavily shared structure cannot make the walk exponential.
 */
import { forbiddenKeys, inspectInput as guard } from '../shared/guard.js';
import { type Problem, problem } from './problems.js';

/** The documented limits (docs/rules.md, "Limits"). */
export const limits = {
  /** Nesting depth of any input (a definition is about 8 levels deep; 32 leaves room). */
  maxDepth: 32,
  /** Elements in any one array (a procedure with 500 steps or documents is not a procedure). */
  maxArrayLength: 500,
  /** Characters in any one string (a long legal note fits; a megabyte does not). */
  maxStringLength: 10_000,
  /** Characters in a condition or amount expression. */
  maxExpressionLength: 1_000,
  /** Objects, arrays and primitives in one input. */
  maxNodes: 50_000,
  /** Keys in any one object (dossier fields). */
  maxObjectKeys: 500,
  /** AST nodes of one compiled expression (cel-js parse limit). */
  maxExpressionNodes: 200,
  /** Nesting depth of one expression (cel-js parse limit). */
  maxExpressionDepth: 24,
} as const;

/** Keys that could reach `Object.prototype` if a consumer ever merges the input into an object. */
export { forbiddenKeys };

/**
 * Walks a raw input and returns the problems that make it unsafe to parse (empty when safe): the library's one
 * input guard (`src/shared/guard.ts`) with the limits above, its reports as error problems.
 *
 * @example
 * inspectInput(JSON.parse('{"__proto__": {"admin": true}}'))
 * //=> [{ code: 'INPUT_FORBIDDEN_KEY', path: ['__proto__'], … }]
 */
export function inspectInput(input: unknown): Problem[] {
  return guard(input, limits).map((issue) =>
    problem(issue.code, 'error', issue.path, issue.message, issue.messageVi),
  );
}
