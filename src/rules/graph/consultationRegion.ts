/**
 * The region of a consultation branch (nhánh lấy ý kiến, Decree 118/2025 Art. 19(4), 20(2)): the steps reached
 * from the branch's first step by the actions that name a `to` (all but `return`), stopping at the join. The engine compiles each
 * region into one region of the dossier's parallel state; the linter checks the same region (a reply before the
 * join, no consultation inside) — one walk for both.
 */
import type { Step } from '../schema/steps.js';

/**
 * The step ids of a consultation branch's region, in the order they are found.
 *
 * @param steps - the definition's steps
 * @param branch - the branch's first step
 * @param join - the step the consultation continues at once every branch replied
 * @returns the region's step ids (unknown ids are skipped; the join is never in it)
 * @example
 * // Construction permit: the ward office consults the fire police and the land office in parallel.
 * consultationRegion(permit.definition.steps, 'ask-fire-police', 'appraise') //=> Set { 'ask-fire-police' }
 */
export function consultationRegion(steps: readonly Step[], branch: string, join: string): Set<string> {
  const byId = new Map<string, Step>();
  for (const step of steps) if (!byId.has(step.id)) byId.set(step.id, step);
  const region = new Set<string>();
  const queue = [branch];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (region.has(id) || id === join) continue;
    const step = byId.get(id);
    if (!step) continue;
    region.add(id);
    // A consultation inside the region is not entered: nested consultations are refused (NESTED_CONSULTATION).
    for (const action of step.actions) if ('to' in action && action.type !== 'return') queue.push(action.to);
  }
  return region;
}
