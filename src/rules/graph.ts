/**
 * Analysis of the step graph: references, parallel consultation branches and their joins, reachability, the
 * ability to finish, cycles outside `return`, and the longest path in time (parallel branches count as their
 * longest branch). The linter turns the findings into problems; the compiled procedure keeps the graph so a
 * later engine can build its machine without recomputing it.
 */
import { match } from 'ts-pattern';
import { type Problem, type ProblemPath, problem } from './problems.js';
import type { Action, Step } from './schema/steps.js';

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

const EPSILON = 1e-9;

/** Analyses `steps` (with ids already known to be the first occurrence of each). */
export function analyzeGraph(
  steps: readonly Step[],
  initialStep: string | undefined,
): { graph: StepGraph; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map<string, { step: Step; index: number }>();
  steps.forEach((step, index) => {
    if (!byId.has(step.id)) byId.set(step.id, { step, index });
  });
  const initial = initialStep ?? steps[0]?.id ?? '';
  if (initialStep !== undefined && !byId.has(initialStep)) {
    problems.push(unknownStep(['initialStep'], initialStep));
  }

  // Direct edges (everything but `reply`), checking each reference.
  const direct = new Map<string, GraphEdge[]>();
  for (const [id, { step, index }] of byId) {
    const out: GraphEdge[] = [];
    step.actions.forEach((action, a) => {
      const base: ProblemPath = ['steps', index, 'actions', a];
      const add = (to: string, key: string | number, extra?: string | number) => {
        const path = extra === undefined ? [...base, key] : [...base, key, extra];
        if (byId.has(to)) out.push({ from: id, to, type: action.type, path });
        else problems.push(unknownStep(path, to));
      };
      match(action)
        .with(
          { type: 'forward' },
          { type: 'return' },
          { type: 'approve' },
          { type: 'issue-result' },
          { type: 'request-financial-obligation' },
          (x) => add(x.to, 'to'),
        )
        .with({ type: 'consult' }, (x) => {
          x.branches.forEach((b, k) => {
            add(b, 'branches', k);
          });
          add(x.join, 'join');
        })
        .with(
          { type: 'reply' },
          { type: 'request-supplement' },
          { type: 'refuse' },
          { type: 'return-result' },
          () => undefined,
        )
        .exhaustive();
    });
    direct.set(id, out);
  }

  // Consultation branches: each must reach a `reply` before (and without entering) the join.
  const replyTargets = new Map<string, Set<string>>();
  for (const [, { step, index }] of byId) {
    step.actions.forEach((action, a) => {
      if (action.type !== 'consult') return;
      action.branches.forEach((branch, k) => {
        if (!byId.has(branch)) return;
        const region = new Set<string>();
        const queue = [branch];
        let replies = false;
        while (queue.length > 0) {
          const current = queue.pop()!;
          if (region.has(current) || current === action.join) continue;
          region.add(current);
          const node = byId.get(current)!.step;
          if (node.actions.some((x) => x.type === 'reply')) {
            replies = true;
            const targets = replyTargets.get(current) ?? new Set<string>();
            replyTargets.set(current, targets);
            if (byId.has(action.join)) targets.add(action.join);
          }
          for (const edge of direct.get(current) ?? []) if (edge.type !== 'return') queue.push(edge.to);
        }
        if (!replies) {
          problems.push(
            problem(
              'BRANCH_WITHOUT_JOIN',
              'error',
              ['steps', index, 'actions', a, 'branches', k],
              `Consultation branch "${branch}" never replies, so it cannot join "${action.join}"`,
              `Nhánh lấy ý kiến "${branch}" không có bước trả lời (reply) nên không thể hợp về bước "${action.join}"`,
            ),
          );
        }
      });
    });
  }

  const edges: GraphEdge[] = [];
  for (const [id, { step, index }] of byId) {
    edges.push(...(direct.get(id) ?? []));
    step.actions.forEach((action, a) => {
      if (action.type !== 'reply') return;
      const targets = replyTargets.get(id);
      if (!targets) {
        problems.push(
          problem(
            'REPLY_OUTSIDE_BRANCH',
            'error',
            ['steps', index, 'actions', a],
            `Step "${id}" replies, but it is not part of any consultation branch`,
            `Bước "${id}" có thao tác trả lời ý kiến nhưng không thuộc nhánh lấy ý kiến nào`,
          ),
        );
        return;
      }
      for (const to of targets)
        edges.push({ from: id, to, type: 'reply', path: ['steps', index, 'actions', a] });
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
  const reachable = flood(byId.has(initial) ? [initial] : [], successors);
  const terminals = [...byId.values()]
    .filter(({ step }) => step.actions.some((x) => x.type === 'refuse' || x.type === 'return-result'))
    .map(({ step }) => step.id);
  const canFinish = flood(terminals, predecessors);
  for (const [id, { index }] of byId) {
    if (!reachable.has(id)) {
      problems.push(
        problem(
          'UNREACHABLE_STEP',
          'error',
          ['steps', index],
          `Step "${id}" cannot be reached from the first step "${initial}"`,
          `Không thể đi tới bước "${id}" từ bước đầu tiên "${initial}"`,
        ),
      );
    }
    if (!canFinish.has(id)) {
      problems.push(
        problem(
          'STEP_CANNOT_FINISH',
          'error',
          ['steps', index],
          `From step "${id}" no path leads to returning the result or refusing`,
          `Từ bước "${id}" không có đường nào dẫn tới trả kết quả hoặc từ chối`,
        ),
      );
    }
  }
  if (!steps.some((s) => s.actions.some((x) => x.type === 'return-result'))) {
    problems.push(
      problem(
        'NO_RESULT_RETURN',
        'error',
        ['steps'],
        'No step returns the result to the applicant (action "return-result")',
        'Không có bước nào trả kết quả cho người nộp (thao tác "return-result")',
      ),
    );
  }

  const { longest, critical } = longestPath(byId, initial, problems);
  return {
    graph: { initial, edges, reachable, canFinish, longestPath: longest, criticalPath: critical },
    problems,
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

/**
 * Longest time from `initial` to the end, over every transition but `return` (going back is rework, not plan)
 * and `request-supplement` (the clock restarts, Decree 118 Art. 19(5)). A consultation costs its longest
 * branch plus the path from its join. A cycle among the remaining transitions is a `FORWARD_CYCLE`.
 */
function longestPath(
  byId: ReadonlyMap<string, { step: Step; index: number }>,
  initial: string,
  problems: Problem[],
): { longest: number | undefined; critical: string[] } {
  const memo = new Map<string, { cost: number; next: string | undefined }>();
  const visiting = new Set<string>();
  let cyclic = false;
  const cost = (id: string): number => {
    const done = memo.get(id);
    if (done) return done.cost;
    const entry = byId.get(id);
    if (!entry) return 0;
    visiting.add(id);
    let best = 0;
    let next: string | undefined;
    const follow = (to: string, path: ProblemPath): number => {
      if (!byId.has(to)) return 0;
      if (visiting.has(to)) {
        if (!cyclic) {
          problems.push(
            problem(
              'FORWARD_CYCLE',
              'error',
              path,
              `Step "${id}" leads back to "${to}" without a "return" action; only "return" may go back`,
              `Bước "${id}" quay lại bước "${to}" mà không dùng thao tác "return"; chỉ "return" được phép quay lại`,
            ),
          );
        }
        cyclic = true;
        return 0;
      }
      return cost(to);
    };
    entry.step.actions.forEach((action, a) => {
      const path: ProblemPath = ['steps', entry.index, 'actions', a];
      const [value, via] = match<Action, [number, string | undefined]>(action)
        .with(
          { type: 'forward' },
          { type: 'approve' },
          { type: 'issue-result' },
          { type: 'request-financial-obligation' },
          (x) => [follow(x.to, [...path, 'to']), x.to],
        )
        .with({ type: 'consult' }, (x) => {
          let branches = 0;
          x.branches.forEach((b, k) => {
            branches = Math.max(branches, follow(b, [...path, 'branches', k]));
          });
          return [branches + follow(x.join, [...path, 'join']), x.join];
        })
        .with(
          { type: 'reply' },
          { type: 'return' },
          { type: 'request-supplement' },
          { type: 'refuse' },
          { type: 'return-result' },
          () => [0, undefined],
        )
        .exhaustive();
      if (value > best + EPSILON || (next === undefined && via !== undefined && value >= best - EPSILON)) {
        best = Math.max(best, value);
        next = via;
      }
    });
    visiting.delete(id);
    const total = entry.step.time + best;
    memo.set(id, { cost: total, next });
    return total;
  };
  const longest = byId.has(initial) ? cost(initial) : 0;
  const critical: string[] = [];
  for (let id: string | undefined = initial; id !== undefined && !critical.includes(id); ) {
    if (!byId.has(id)) break;
    critical.push(id);
    id = memo.get(id)?.next;
  }
  return { longest: cyclic ? undefined : Math.round(longest * 1e6) / 1e6, critical };
}

function unknownStep(path: ProblemPath, id: string): Problem {
  return problem('UNKNOWN_STEP', 'error', path, `No step has id "${id}"`, `Không có bước nào có mã "${id}"`);
}
