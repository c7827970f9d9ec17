/**
 * What every lint rule reads, computed once per definition: indexes of ids, the references to unknown agencies
 * with their likely meaning, the step graph's facts, and every expression compiled with its cost bound.
 */
import { type CompiledExpression, compileExpression, type ExpressionKind } from '../expressions/compile.js';
import { createExpressionEnvironment } from '../expressions/environment.js';
import { analyzeGraph, type GraphFacts } from '../graph/analyzeGraph.js';
import { expressionKey } from '../keys.js';
import type { CostBudget } from '../limits.js';
import type { Problem, ProblemPath } from '../problems.js';
import type { ProcedureDefinition } from '../schema/procedure.js';
import { suggestion } from '../suggest.js';

/** One expression of the definition, compiled or with its problems. */
export interface ExpressionEntry {
  readonly path: ProblemPath;
  readonly source: string;
  readonly kind: ExpressionKind;
  readonly compiled: CompiledExpression | undefined;
  readonly problems: readonly Problem[];
}

/** A reference to an agency (from a role or a step). */
export interface AgencyReference {
  readonly path: ProblemPath;
  readonly id: string;
  /** The agency it names, or most likely means (`null`: no likely agency). */
  readonly resolved: string | null;
  readonly known: boolean;
  readonly suggestion: string | null;
}

/** The facts shared by the lint rules. */
export interface LintContext {
  readonly definition: ProcedureDefinition;
  readonly budget: CostBudget;
  readonly agencyIds: ReadonlySet<string>;
  readonly agencyReferences: readonly AgencyReference[];
  /** The agency doing each step (by step index), a typo read as its likely meaning. */
  readonly stepAgency: readonly (string | null)[];
  /** The agency deciding each result (by result index), a typo read as its likely meaning. */
  readonly resultAgency: readonly (string | null)[];
  readonly fieldIds: ReadonlySet<string>;
  readonly facts: GraphFacts;
  readonly expressions: readonly ExpressionEntry[];
  /** Problems of the expression environment (a field id cel-js refuses to register). */
  readonly environmentProblems: readonly Problem[];
}

/**
 * Builds the lint context of a parsed definition.
 *
 * @param definition - the parsed definition
 * @param budget - the cost budgets
 * @returns the facts the rules read
 * @example
 * lintContext(procedureSchema.parse(judicialRecordJson), defaultCostBudget).facts.graph.initial //=> 'receive'
 */
export function lintContext(definition: ProcedureDefinition, budget: CostBudget): LintContext {
  const agencyIds = new Set(definition.agencies.map((a) => a.id));
  const agencyReferences: AgencyReference[] = [];
  const agency = (id: string, path: ProblemPath): string | null => {
    const known = agencyIds.has(id);
    const likely = known ? null : suggestion(id, agencyIds);
    const resolved = known ? id : likely;
    agencyReferences.push({ path, id, resolved, known, suggestion: likely });
    return resolved;
  };
  agency(definition.roles.desk, ['roles', 'desk']);
  agency(definition.roles.lead, ['roles', 'lead']);
  agency(definition.roles.deciding, ['roles', 'deciding']);
  definition.roles.coordinating.forEach((c, i) => {
    agency(c.agency, ['roles', 'coordinating', i, 'agency']);
  });
  const stepAgency = definition.steps.map((s, i) => agency(s.agency, ['steps', i, 'agency']));
  const resultAgency = definition.results.map((r, i) => agency(r.agency, ['results', i, 'agency']));

  const implementers = definition.implementers.map((x) => x.id);
  const { env, problems: environmentProblems } = createExpressionEnvironment(definition.fields, implementers);
  const expressions: ExpressionEntry[] = [];
  const compile = (source: string | undefined, path: ProblemPath, kind: ExpressionKind) => {
    if (source === undefined) return;
    const r = compileExpression(env, source, path, kind, definition.fields, budget.expression, {
      implementers,
    });
    expressions.push({ path, source, kind, compiled: r.compiled, problems: r.problems ?? [] });
  };
  definition.fields.forEach((f, i) => {
    compile(f.requiredWhen, ['fields', i, 'requiredWhen'], 'condition');
  });
  definition.checks.forEach((c, i) => {
    compile(c.expr, ['checks', i, 'expr'], 'condition');
    compile(c.when, ['checks', i, 'when'], 'condition');
  });
  definition.documents.forEach((d, i) => {
    compile(d.when, ['documents', i, 'when'], 'condition');
  });
  definition.fees.forEach((f, i) => {
    compile(f.when, ['fees', i, 'when'], 'condition');
    if (typeof f.amount === 'object') compile(f.amount.expr, ['fees', i, 'amount', 'expr'], 'amount');
  });
  definition.timing.variants.forEach((v, i) => {
    compile(v.when, ['timing', 'variants', i, 'when'], 'condition');
  });
  definition.steps.forEach((s, i) => {
    s.actions.forEach((a, j) => {
      if (a.type === 'forward') compile(a.when, ['steps', i, 'actions', j, 'when'], 'condition');
    });
  });

  return {
    definition,
    budget,
    agencyIds,
    agencyReferences,
    stepAgency,
    resultAgency,
    fieldIds: new Set(definition.fields.map((f) => f.id)),
    facts: analyzeGraph(definition.steps, definition.initialStep),
    expressions,
    environmentProblems,
  };
}

/** The compiled expressions by key (`fees/0/when`), for the loaded procedure. */
export function compiledExpressions(context: LintContext): Map<string, CompiledExpression> {
  const out = new Map<string, CompiledExpression>();
  for (const e of context.expressions) if (e.compiled) out.set(expressionKey(e.path), e.compiled);
  return out;
}

/** The problems of one code found while compiling the expressions (for the expression rules). */
export function expressionProblems(context: LintContext, code: Problem['code']): Problem[] {
  return context.expressions.flatMap((e) => e.problems.filter((p) => p.code === code));
}
