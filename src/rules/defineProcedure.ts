/**
 * Loads a procedure definition: guards the raw input (limits), parses it with the schema, lints it, compiles
 * its expressions and bounds their cost. {@link defineProcedure} throws a {@link RulesError} listing every problem;
 * {@link safeDefineProcedure} returns a result instead.
 *
 * Order: input guard → schema → lint. A definition that fails the schema is still linted with the refused branches
 * cut out (`lintDespiteSchema`), so a rule author sees every schema problem and every lint problem of the parts
 * that parse in one run.
 */
import { contentHash } from '../shared/hash.js';
import { deepFreeze } from '../shared/values.js';
import { RulesError } from './errors.js';
import type { CompiledExpression } from './expressions/compile.js';
import type { StepGraph } from './graph/analyzeGraph.js';
import { inspectInput } from './inputGuard.js';
import { expressionKey } from './keys.js';
import { type CostBudget, defaultCostBudget } from './limits.js';
import { lintProcedure } from './lint/lintProcedure.js';
import { lintDespiteSchema } from './lintDespiteSchema.js';
import type { Problem, ProblemPath } from './problems.js';
import { type ProcedureDefinition, procedureSchema } from './schema/procedure.js';
import { schemaProblems } from './schemaProblems.js';

/** A loaded procedure: the parsed definition (frozen), its content hash, compiled expressions and graph. */
export interface Procedure {
  /** The definition with defaults applied; deeply frozen. */
  readonly definition: ProcedureDefinition;
  /** `sha256:…` of the canonical parsed definition (without `$schema`), to pin dossiers to a version. */
  readonly hash: string;
  /** Non-fatal lint findings. */
  readonly warnings: readonly Problem[];
  /** The analysed step graph (initial step, edges, longest path). */
  readonly graph: StepGraph;
  /** Every expression of the definition, compiled, keyed by its path joined with `/` (`expressionKey`). */
  readonly expressions: ReadonlyMap<string, CompiledExpression>;
  /** The compiled expression at a path (`['fees', 1, 'when']`), if there is one. */
  expression(path: ProblemPath): CompiledExpression | undefined;
}

/** Result of {@link safeDefineProcedure}. */
export type DefineResult =
  | { readonly ok: true; readonly procedure: Procedure; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Options of {@link defineProcedure}. */
export interface DefineOptions {
  /** Cost budgets, raised or lowered from the defaults (docs/rules.md, "Cost"). */
  readonly budget?: Partial<CostBudget>;
}

/**
 * Loads a definition, or returns every problem (errors and warnings) without throwing.
 *
 * @param input - the definition from outside (parsed JSON)
 * @param options - `budget`: the cost budgets
 * @returns `{ ok: true, procedure, warnings }` or `{ ok: false, problems }`
 * @example
 * const result = safeDefineProcedure(JSON.parse(judicialRecordText));
 * if (!result.ok) for (const p of result.problems) console.log(p.code, p.path.join('.'), p.messageVi);
 */
export function safeDefineProcedure(input: unknown, options: DefineOptions = {}): DefineResult {
  const unsafe = inspectInput(input);
  if (unsafe.length > 0) return { ok: false, problems: unsafe };
  const parsed = procedureSchema.safeParse(input);
  const budget = { ...defaultCostBudget, ...options.budget };
  if (!parsed.success) {
    const { issues } = parsed.error;
    return {
      ok: false,
      problems: [...schemaProblems(issues, input), ...lintDespiteSchema(input, issues, budget)],
    };
  }
  const { problems, expressions, graph } = lintProcedure(parsed.data, budget);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  const { $schema: _ignored, ...content } = parsed.data;
  const definition = deepFreeze(parsed.data);
  const procedure: Procedure = {
    definition,
    hash: contentHash(content),
    warnings: problems,
    graph,
    expressions,
    expression: (path) => expressions.get(expressionKey(path)),
  };
  return { ok: true, procedure: Object.freeze(procedure), warnings: problems };
}

/**
 * Loads a definition: parses, lints and compiles it, or throws a {@link RulesError} whose `problems` lists every
 * problem found.
 *
 * @param input - the definition from outside (parsed JSON)
 * @param options - `budget`: the cost budgets
 * @returns the loaded procedure
 * @example
 * const marriage = defineProcedure(marriageJson); // Đăng ký kết hôn, 1.000894
 * marriage.definition.code //=> '1.000894'
 * marriage.hash            //=> 'sha256:…'
 */
export function defineProcedure(input: unknown, options: DefineOptions = {}): Procedure {
  const result = safeDefineProcedure(input, options);
  if (!result.ok) throw new RulesError(result.problems);
  return result.procedure;
}
