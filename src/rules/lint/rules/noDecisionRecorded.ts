/**
 * NO_DECISION_RECORDED (warning) — no action records the decision (ban hành kết quả), which ends the applicant's
 * right to withdraw (Decree 118/2025 Art. 21) and is the "processed" instant of the statistics.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'NO_DECISION_RECORDED',
  severity: 'warning',
  docs: 'no `issue-result` action and no `approve` handing the result to the return step: the engine never records the decision, so withdrawal stays open until the result is returned (Decree 118/2025 Art. 21)',
  check: ({ definition, facts }, report) => {
    const roleOf = (id: string, path: (string | number)[]) => {
      const ref = facts.unknownSteps.find((u) => u.path.join('/') === path.join('/'));
      const target = ref ? ref.suggestion : id;
      const i = target === null ? undefined : facts.index.get(target);
      return i === undefined ? undefined : definition.steps[i]!.role;
    };
    const decides = definition.steps.some((s, i) =>
      s.actions.some(
        (a, j) =>
          a.type === 'issue-result' ||
          (a.type === 'approve' && roleOf(a.to, ['steps', i, 'actions', j, 'to']) === 'return'),
      ),
    );
    if (!decides) report({}, ['steps']);
  },
});
