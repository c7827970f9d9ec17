/**
 * Longest time from the first step to the end, over every transition but `return` (going back is rework, not
 * plan) and `request-supplement` (the clock restarts, Decree 118/2025 Art. 19(5)). A consultation costs its
 * longest branch plus the path from its join. A cycle among the remaining transitions is reported as a fact
 * (`FORWARD_CYCLE`), and the longest path is then undefined.
 */
import { match } from 'ts-pattern';
import type { ProblemPath } from '../problems.js';
import type { Action, Step } from '../schema/steps.js';

const EPSILON = 1e-9;

/**
 * @param byId - steps by id
 * @param index - index of each step id in the definition
 * @param initial - the first step
 * @param resolve - the step a reference leads to (an unknown id's likely meaning), or `null`
 */
export function longestPath(
  byId: ReadonlyMap<string, Step>,
  index: ReadonlyMap<string, number>,
  initial: string,
  resolve: (to: string, path: ProblemPath) => string | null,
): {
  longest: number | undefined;
  critical: string[];
  cycle: { from: string; to: string; path: ProblemPath } | undefined;
} {
  const memo = new Map<string, { cost: number; next: string | undefined }>();
  const visiting = new Set<string>();
  let cycle: { from: string; to: string; path: ProblemPath } | undefined;
  const cost = (id: string): number => {
    const done = memo.get(id);
    if (done) return done.cost;
    const step = byId.get(id);
    if (!step) return 0;
    visiting.add(id);
    let best = 0;
    let next: string | undefined;
    const follow = (ref: string, path: ProblemPath): [number, string | undefined] => {
      const to = resolve(ref, path);
      if (to === null || !byId.has(to)) return [0, undefined];
      if (visiting.has(to)) {
        cycle ??= { from: id, to, path };
        return [0, undefined];
      }
      return [cost(to), to];
    };
    step.actions.forEach((action, a) => {
      const path: ProblemPath = ['steps', index.get(id)!, 'actions', a];
      const [value, via] = match<Action, [number, string | undefined]>(action)
        .with(
          { type: 'forward' },
          { type: 'approve' },
          { type: 'issue-result' },
          { type: 'request-financial-obligation' },
          (x) => follow(x.to, [...path, 'to']),
        )
        .with({ type: 'consult' }, (x) => {
          let branches = 0;
          x.branches.forEach((b, k) => {
            branches = Math.max(branches, follow(b, [...path, 'branches', k])[0]);
          });
          const [join, via] = follow(x.join, [...path, 'join']);
          return [branches + join, via];
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
    const total = step.time + best;
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
  return { longest: cycle ? undefined : Math.round(longest * 1e6) / 1e6, critical, cycle };
}
