/**
 * RETURN_LEAVES_CONSULTATION — a `return` in a step of a consultation branch whose target lies outside the
 * branch. The engine keeps a branch's return inside its branch (Decree 118/2025 Art. 20(2): each consulted agency
 * answers its own part; one agency sending the dossier back must not cancel the others' work, answered branches
 * included), so such a return is not offered while the consultation runs. A warning: the definition still works,
 * and the return applies where the step is used outside the consultation.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'RETURN_LEAVES_CONSULTATION',
  severity: 'warning',
  docs: "a `return` inside a consultation branch targets a step outside the branch: the engine keeps a branch's return inside its branch, so it is not offered during the consultation; path of the `return` action",
  check: ({ definition, facts }, report) => {
    const reported = new Set<string>();
    for (const b of facts.branches) {
      for (const id of b.region) {
        const i = facts.index.get(id)!;
        definition.steps[i]!.actions.forEach((action, a) => {
          if (action.type !== 'return' || b.region.has(action.to) || reported.has(`${i}/${a}`)) return;
          reported.add(`${i}/${a}`);
          report({ step: id, to: action.to, branch: b.branch, outer: b.consult }, [
            'steps',
            i,
            'actions',
            a,
            'to',
          ]);
        });
      }
    }
  },
});
