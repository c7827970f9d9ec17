/**
 * Analysis of the step graph: references, parallel consultation branches and their joins, reachability, the
 * ability to finish, cycles outside `return`, and the longest path in time (parallel branches count as their
 * longest branch). The findings are facts; the lint rules (`lint/rules/`) turn them into problems, and the loaded
 * procedure keeps the graph so the engine builds its machine without recomputing it.
 *
 * One typo, one problem: a reference to an unknown step is followed to the step it most likely means
 * ("did you mean …?"), or, with no likely step, counts as reaching every step and finishing — so the steps behind
 * a typo are not also reported unreachable or unable to finish.
 */
import { match } from 'ts-pattern';
import type { ProblemPath } from '../problems.js';
import type { Action, Step } from '../schema/steps.js';
import { suggestion } from '../suggest.js';
import { consultationRegion } from './consultationRegion.js';
import { longestPath } from './longestPath.js';

/** A transition of the graph. `reply` edges lead from a branch step to the join of its consultation. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly type: Action['type'];
  readonly path: ProblemPath;
}

/** What the graph analysis found. */
export interface StepGraph {
  readonly initial: string;
  readonly edges: readonly GraphEdge[];
  /** Steps reachable from the initial step. */
  readonly reachable: ReadonlySet<string>;
  /** Steps from which a terminal action (`return-result` or `refuse`) can be reached. */
  readonly canFinish: ReadonlySet<string>;
  /** Longest time from receipt to a terminal action, in the limit's unit; undefined when there is a cycle. */
  readonly longestPath: number | undefined;
  /** Step ids along the longest path (the longest branch of each consultation is not listed). */
  readonly criticalPath: readonly string[];
}

/** A reference to a step that does not exist, and the step it most likely means. */
export interface UnknownStepReference {
  readonly path: ProblemPath;
  readonly id: string;
  readonly suggestion: string | null;
}

/** A consultation branch: where it is declared, and what its region holds. */
export interface Branch {
  readonly path: ProblemPath;
  readonly consult: string;
  readonly branch: string;
  readonly join: string;
  readonly region: ReadonlySet<string>;
  readonly replies: boolean;
  /** A step of the region consults again (reported as NESTED_CONSULTATION; the reply check is moot). */
  readonly nested: boolean;
}

/** The facts the lint rules read. */
export interface GraphFacts {
  readonly graph: StepGraph;
  readonly unknownSteps: readonly UnknownStepReference[];
  readonly branches: readonly Branch[];
  /** Steps that reply but belong to no consultation branch. */
  readonly repliesOutside: readonly { readonly step: string; readonly path: ProblemPath }[];
  /** The first `forward`-like transition closing a cycle, if any. */
  readonly cycle: { readonly from: string; readonly to: string; readonly path: ProblemPath } | undefined;
  /** Whether some step returns the result. */
  readonly returnsResult: boolean;
  /** Index of each step id (its first occurrence). */
  readonly index: ReadonlyMap<string, number>;
}

/**
 * Analyses `steps` (duplicated ids count by their first occurrence).
 *
 * @param steps - the definition's steps
 * @param initialStep - the declared first step, if any
 * @returns the graph and the facts the lint rules read
 * @example
 * analyzeGraph(judicialRecord.definition.steps, undefined).graph.longestPath //=> 10 (1 + 7 + 1 + 1 days)
 */
export function analyzeGraph(steps: readonly Step[], initialStep: string | undefined): GraphFacts {
  const index = new Map<string, number>();
  steps.forEach((step, i) => {
    if (!index.has(step.id)) index.set(step.id, i);
  });
  const byId = new Map([...index].map(([id, i]) => [id, steps[i]!] as const));
  const unknownSteps: UnknownStepReference[] = [];
  /** A reference as the rest of the analysis reads it: itself, its likely meaning, or open (`null`). */
  const resolve = (id: string, path: ProblemPath): string | null => {
    if (byId.has(id)) return id;
    const likely = suggestion(id, index.keys());
    unknownSteps.push({ path, id, suggestion: likely });
    return likely;
  };
  const declaredInitial = initialStep ?? steps[0]?.id ?? '';
  const initial =
    initialStep === undefined ? declaredInitial : (resolve(initialStep, ['initialStep']) ?? declaredInitial);

  // Direct edges (everything but `reply`); a step with an unresolvable reference is "open".
  const direct = new Map<string, GraphEdge[]>();
  const open = new Set<string>();
  for (const [id, i] of index) {
    const out: GraphEdge[] = [];
    steps[i]!.actions.forEach((action, a) => {
      const base: ProblemPath = ['steps', i, 'actions', a];
      const add = (to: string, path: ProblemPath) => {
        const target = resolve(to, path);
        if (target === null) open.add(id);
        else out.push({ from: id, to: target, type: action.type, path });
      };
      match(action)
        .with(
          { type: 'forward' },
          { type: 'return' },
          { type: 'approve' },
          { type: 'issue-result' },
          { type: 'request-financial-obligation' },
          (x) => add(x.to, [...base, 'to']),
        )
        .with({ type: 'consult' }, (x) => {
          x.branches.forEach((b, k) => {
            add(b, [...base, 'branches', k]);
          });
          add(x.join, [...base, 'join']);
        })
        .with(
          { type: 'reply' },
          { type: 'request-supplement' },
          { type: 'refuse' },
          { type: 'return-result' },
          () => {},
        )
        .exhaustive();
    });
    direct.set(id, out);
  }

  // Consultation branches: each must reach a `reply` before (and without entering) the join.
  const branches: Branch[] = [];
  const replyTargets = new Map<string, Set<string>>();
  for (const [id, i] of index) {
    steps[i]!.actions.forEach((action, a) => {
      if (action.type !== 'consult') return;
      action.branches.forEach((branch, k) => {
        if (!byId.has(branch)) return;
        const region = consultationRegion(steps, branch, action.join);
        let replies = false;
        let nested = false;
        for (const member of region) {
          const node = byId.get(member)!;
          if (node.actions.some((x) => x.type === 'consult')) nested = true;
          if (!node.actions.some((x) => x.type === 'reply')) continue;
          replies = true;
          const targets = replyTargets.get(member) ?? new Set<string>();
          replyTargets.set(member, targets);
          if (byId.has(action.join)) targets.add(action.join);
        }
        branches.push({
          path: ['steps', i, 'actions', a, 'branches', k],
          consult: id,
          branch,
          join: action.join,
          region,
          replies,
          nested,
        });
      });
    });
  }

  const edges: GraphEdge[] = [];
  const repliesOutside: { step: string; path: ProblemPath }[] = [];
  for (const [id, i] of index) {
    edges.push(...(direct.get(id) ?? []));
    steps[i]!.actions.forEach((action, a) => {
      if (action.type !== 'reply') return;
      const path: ProblemPath = ['steps', i, 'actions', a];
      const targets = replyTargets.get(id);
      if (!targets) repliesOutside.push({ step: id, path });
      else for (const to of targets) edges.push({ from: id, to, type: 'reply', path });
    });
  }

  // Reachability from the initial step. A `reply` leads to the join only inside a consultation, which is
  // entered through its `consult` action (whose own edge to the join is followed); so reply edges are not
  // followed here — otherwise a first step that only replies would "reach" a join it can never get to. They do
  // count for finishing: a branch step finishes when its join can.
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const e of edges) {
    if (e.type !== 'reply') (successors.get(e.from) ?? successors.set(e.from, []).get(e.from)!).push(e.to);
    (predecessors.get(e.to) ?? predecessors.set(e.to, []).get(e.to)!).push(e.from);
  }
  let reachable = flood(byId.has(initial) ? [initial] : [], successors);
  // An open step may lead anywhere: what follows from the typo is not reported.
  if ([...open].some((id) => reachable.has(id)) || (initialStep !== undefined && !byId.has(initial))) {
    reachable = new Set(index.keys());
  }
  const terminals = [...byId.values()]
    .filter((step) => step.actions.some((x) => x.type === 'refuse' || x.type === 'return-result'))
    .map((step) => step.id);
  const canFinish = flood([...terminals, ...open], predecessors);
  const returnsResult = steps.some((s) => s.actions.some((x) => x.type === 'return-result'));

  const { longest, critical, cycle } = longestPath(byId, index, initial, (to, path) =>
    byId.has(to) ? to : (unknownSteps.find((u) => u.path.join('/') === path.join('/'))?.suggestion ?? null),
  );
  return {
    graph: { initial, edges, reachable, canFinish, longestPath: longest, criticalPath: critical },
    unknownSteps,
    branches,
    repliesOutside,
    cycle,
    returnsResult,
    index,
  };
}

function flood(start: readonly string[], next: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const n of next.get(id) ?? []) queue.push(n);
  }
  return seen;
}
