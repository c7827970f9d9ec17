/**
 * NESTED_CONSULTATION — a step inside a consultation branch consults again: the engine runs each branch as one
 * region of the dossier's state machine and cannot open a consultation inside one (whatever the linter accepts
 * must compile). The branch is the region the engine builds (`consultationRegion`).
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'NESTED_CONSULTATION',
  severity: 'error',
  docs: 'a step inside a consultation branch (reached from the branch by `forward`, `approve`, `issue-result`, `request-financial-obligation`, before the join) consults again: the engine cannot run nested consultations; path of the inner `consult` action',
  check: ({ definition, facts }, report) => {
    const reported = new Set<string>();
    for (const b of facts.branches) {
      for (const id of b.region) {
        const i = facts.index.get(id)!;
        definition.steps[i]!.actions.forEach((action, a) => {
          if (action.type !== 'consult' || reported.has(`${i}/${a}`)) return;
          reported.add(`${i}/${a}`);
          report({ step: id, branch: b.branch, outer: b.consult }, ['steps', i, 'actions', a]);
        });
      }
    }
  },
});
