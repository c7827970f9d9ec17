/**
 * LEGAL_BASIS_MISSING — a rule that departs from the general one without its legal basis (căn cứ pháp lý): a clock
 * start other than complete receipt (Decree 118/2025 Art. 17(3); the procedure's or a variant's), an extension
 * (Art. 19(6)), a supplement request window other than 3 working days (Art. 19(5)), a step's own limit. Each
 * exists only because a text says so, and an official checking the definition must be able to find it.
 */
import type { ProblemPath } from '../../problems.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'LEGAL_BASIS_MISSING',
  severity: 'error',
  docs: "`timing.clockStart` (or a variant's), `timing.extension`, `timing.supplement.requestWindow` or `steps[].limit` without `basis` (path of the missing `basis`)",
  check: ({ definition: d }, report) => {
    const t = d.timing;
    const at = (...path: ProblemPath) => [...path, 'basis'];
    if (t.clockStart && !t.clockStart.basis)
      report({ subject: 'clock-start', step: null }, at('timing', 'clockStart'));
    t.variants.forEach((v, i) => {
      if (v.clockStart && !v.clockStart.basis)
        report({ subject: 'clock-start', step: null }, at('timing', 'variants', i, 'clockStart'));
    });
    if (t.extension && !t.extension.basis)
      report({ subject: 'extension', step: null }, at('timing', 'extension'));
    const window = t.supplement.requestWindow;
    if (window && !window.basis)
      report({ subject: 'request-window', step: null }, at('timing', 'supplement', 'requestWindow'));
    d.steps.forEach((s, i) => {
      if (s.limit && !s.limit.basis) report({ subject: 'step-limit', step: s.id }, at('steps', i, 'limit'));
    });
  },
});
