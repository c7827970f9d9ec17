/**
 * Which action decides which result (kết quả giải quyết): an `issue-result`, or in a consultation branch a
 * `reply`, naming it in `result`. With exactly one result declared, an `issue-result` that names none decides
 * it; with several, it is ambiguous (`RESULT_AMBIGUOUS`). A misspelt name counts as the result it most likely
 * means, so one typo gives one problem (`RESULT_UNKNOWN`), not also `RESULT_NOT_DECIDED`.
 */
import type { ProblemPath } from '../problems.js';
import type { ProcedureDefinition } from '../schema/procedure.js';
import { suggestion } from '../suggest.js';

/** One action that decides (or may decide) a result. */
export interface ResultDecision {
  readonly step: number;
  readonly action: number;
  readonly type: 'issue-result' | 'reply';
  /** The result id written in the action, if any. */
  readonly named: string | undefined;
  /** The result it decides (the named one, its likely meaning, the only result), or `null`. */
  readonly resolved: string | null;
  /** Where to point: the action's `result`, or the action itself when it names none. */
  readonly path: ProblemPath;
}

/**
 * The actions deciding results, in definition order.
 *
 * @param d - the parsed definition
 * @returns every `issue-result` and every `reply` that names a result
 * @example
 * resultDecisions(birthGroup.definition).map((x) => x.resolved) //=> ['birth', 'residence', 'insurance']
 */
export function resultDecisions(d: ProcedureDefinition): ResultDecision[] {
  const ids = d.results.map((r) => r.id);
  const known = new Set(ids);
  const out: ResultDecision[] = [];
  d.steps.forEach((s, i) => {
    s.actions.forEach((a, j) => {
      if (a.type !== 'issue-result' && a.type !== 'reply') return;
      if (a.type === 'reply' && a.result === undefined) return;
      const base: ProblemPath = ['steps', i, 'actions', j];
      const named = a.result;
      const resolved =
        named === undefined
          ? ids.length === 1
            ? ids[0]!
            : null
          : known.has(named)
            ? named
            : suggestion(named, ids);
      out.push({
        step: i,
        action: j,
        type: a.type,
        named,
        resolved,
        path: named === undefined ? base : [...base, 'result'],
      });
    });
  });
  return out;
}
