/**
 * When a definition fails the schema, the linter still looks at the parts that did parse: the branches the schema
 * refused are cut out (the deepest key first; the element or object holding it when the key is required), the
 * rest is parsed again, linted, and the lint problems are reported with the schema problems, their paths pointing
 * into the author's file. A rule author fixing `"kind": "lephi"` then sees the step target typo and the unknown
 * field in a condition in the same run, not one after the other.
 *
 * Lint problems that are only consequences of the cut (a reference to a step or agency that was cut out) are
 * dropped: the schema problem is their root.
 */
import type { CostBudget } from './limits.js';
import { lintProcedure } from './lint/lintProcedure.js';
import type { Problem, ProblemPath } from './problems.js';
import { type ProcedureDefinition, procedureSchema } from './schema/procedure.js';

/** At most this many parse rounds: each round cuts at least one branch, and real files need two or three. */
const MAX_ROUNDS = 25;

/** A path as a map key. */
const keyOf = (path: ProblemPath): string => JSON.stringify(path);

interface Cut {
  /** The input without the cut branches. */
  readonly value: unknown;
  /** For each array that lost elements (by its original path), the original index of each kept element. */
  readonly kept: ReadonlyMap<string, readonly number[]>;
  /** The `id`s of the cut array elements (steps, agencies, documents, fields …). */
  readonly ids: ReadonlySet<string>;
}

/**
 * The lint problems of the parts of a definition that parse, with paths into the original input, or `[]` when
 * nothing useful parses (the root itself is wrong).
 *
 * @param input - the definition from outside (it passed the input guard; its schema parse failed)
 * @param firstIssues - the issues of that failed parse
 * @param budget - the cost budgets
 * @returns lint problems (errors and warnings), none of them a consequence of a cut branch
 * @example
 * // fees[0].kind "lephi" (schema) and a step target "apprise" (lint):
 * lintDespiteSchema(input, procedureSchema.safeParse(input).error.issues, defaultCostBudget).map((p) => p.code)
 * //=> ['UNKNOWN_STEP']
 */
export function lintDespiteSchema(
  input: unknown,
  firstIssues: readonly { readonly path: readonly PropertyKey[]; readonly code: string; keys?: unknown }[],
  budget: CostBudget,
): Problem[] {
  const pruned = new Set<string>();
  let issues = firstIssues;
  let cut: Cut = { value: input, kept: new Map(), ids: new Set() };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    for (const issue of issues) {
      const path = toOriginal(issuePath(issue), cut.kept);
      const keys = issue.code === 'unrecognized_keys' && Array.isArray(issue.keys) ? issue.keys : [null];
      for (const key of keys) {
        const full = typeof key === 'string' ? [...path, key] : path;
        const target = longestUnpruned(full, pruned);
        if (target === null) return [];
        pruned.add(keyOf(target));
      }
    }
    cut = without(input, pruned);
    const parsed = procedureSchema.safeParse(cut.value);
    if (parsed.success) return lintCut(parsed.data, cut, budget);
    issues = parsed.error.issues;
  }
  return [];
}

function lintCut(definition: ProcedureDefinition, cut: Cut, budget: CostBudget): Problem[] {
  const { problems } = lintProcedure(definition, budget);
  return problems
    .filter((p) => !mentionsCutId(p, cut.ids))
    .map((p) => ({ ...p, path: toOriginal(p.path, cut.kept) }));
}

function issuePath(issue: { readonly path: readonly PropertyKey[] }): ProblemPath {
  return issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
}

/** The longest prefix of `path` (at least one segment) not cut yet, or `null` when only the root is left. */
function longestUnpruned(path: ProblemPath, pruned: ReadonlySet<string>): ProblemPath | null {
  for (let n = path.length; n >= 1; n--) {
    const prefix = path.slice(0, n);
    if (!pruned.has(keyOf(prefix))) return prefix;
  }
  return null;
}

/** Maps a path in the cut value back to the original input (array indices shift where elements were cut). */
function toOriginal(path: ProblemPath, kept: ReadonlyMap<string, readonly number[]>): ProblemPath {
  const out: (string | number)[] = [];
  for (const segment of path) {
    const indices = typeof segment === 'number' ? kept.get(keyOf(out)) : undefined;
    out.push(indices && typeof segment === 'number' ? (indices[segment] ?? segment) : segment);
  }
  return out;
}

/** A copy of `input` without the branches in `pruned` (original paths). */
function without(input: unknown, pruned: ReadonlySet<string>): Cut {
  const kept = new Map<string, number[]>();
  const ids = new Set<string>();
  const copy = (value: unknown, path: (string | number)[]): unknown => {
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      const indices: number[] = [];
      value.forEach((item, i) => {
        if (pruned.has(keyOf([...path, i]))) {
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id === 'string') ids.add(id);
          return;
        }
        indices.push(i);
        out.push(copy(item, [...path, i]));
      });
      if (indices.length !== value.length) kept.set(keyOf(path), indices);
      return out;
    }
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (!pruned.has(keyOf([...path, k]))) out[k] = copy(v, [...path, k]);
      }
      return out;
    }
    return value;
  };
  return { value: copy(input, []), kept, ids };
}

/** Whether a problem names (in its parameters) an element that was cut out: a consequence, not a finding. */
function mentionsCutId(problem: Problem, ids: ReadonlySet<string>): boolean {
  if (ids.size === 0) return false;
  const params = (problem as { params?: Readonly<Record<string, unknown>> }).params ?? {};
  return Object.values(params).some((v) =>
    Array.isArray(v)
      ? v.some((x) => typeof x === 'string' && ids.has(x))
      : typeof v === 'string' && ids.has(v),
  );
}
