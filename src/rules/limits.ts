/**
 * The documented limits on untrusted input (docs/rules.md, "Limits") and on the cost of expressions
 * (docs/rules.md, "Cost"). Constants only: every other module of the rules may import them.
 */

/** The input guard's limits, and the limits of expressions and fields. */
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
  /** Characters of a string form field that declares no `maxLength` (the cost bound reads it). */
  defaultStringMaxLength: 1_000,
} as const;

/**
 * The cost budgets (docs/rules.md, "Cost"): the bound of one expression, and of all the expressions one dossier
 * validation may evaluate. Raise them per call with `defineProcedure(json, { budget })`.
 */
export interface CostBudget {
  /** Cost units one expression may take on a maximal dossier. */
  readonly expression: number;
  /** Cost units all the expressions of a definition may take together on one dossier. */
  readonly procedure: number;
}

export const defaultCostBudget: CostBudget = { expression: 20_000, procedure: 100_000 };
