/**
 * The definition linter: everything zod's shape check cannot see — cross-references, the step graph, time
 * shares, expressions and their cost, dates and law-derived advice — as the rules of the registry. Returns every
 * problem at once; `error`s block loading, `warning`s are advice.
 */
import type { CompiledExpression } from '../expressions/compile.js';
import type { StepGraph } from '../graph/analyzeGraph.js';
import { type CostBudget, defaultCostBudget } from '../limits.js';
import type { Problem } from '../problems.js';
import type { ProcedureDefinition } from '../schema/procedure.js';
import { compiledExpressions, lintContext } from './context.js';
import { lintRules } from './registry.js';

/** The linter's findings. */
export interface LintResult {
  readonly problems: Problem[];
  readonly expressions: Map<string, CompiledExpression>;
  readonly graph: StepGraph;
}

/**
 * Lints a parsed definition with every registered rule.
 *
 * @param definition - the definition as parsed by `procedureSchema` (defaults applied)
 * @param budget - the cost budgets (default {@link defaultCostBudget})
 * @returns every problem, the compiled expressions by key, and the step graph
 * @example
 * lintProcedure(procedureSchema.parse(judicialRecordJson)).problems //=> []
 */
export function lintProcedure(
  definition: ProcedureDefinition,
  budget: CostBudget = defaultCostBudget,
): LintResult {
  const context = lintContext(definition, budget);
  const problems = lintRules.flatMap((rule) => rule.check(context));
  return { problems, expressions: compiledExpressions(context), graph: context.facts.graph };
}

/**
 * The table of lint codes of docs/rules.md, generated from the registry (code, severity, example).
 *
 * @returns the Markdown table
 * @example
 * lintCodesTable().split('\n')[2] //=> '| `DUPLICATE_ID` | error | two steps `review`; two enum values `citizen` |'
 */
export function lintCodesTable(): string {
  const rows = lintRules.map((r) => `| \`${r.code}\` | ${r.severity} | ${r.docs} |`);
  return ['| code | severity | example |', '|---|---|---|', ...rows].join('\n');
}
