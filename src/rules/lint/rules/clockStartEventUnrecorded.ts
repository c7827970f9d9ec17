/**
 * CLOCK_START_EVENT_UNRECORDED — the clock is set to start at an event the procedure never records, so it would
 * never start: `FEE_PAID` with no fee declared; `FINANCIAL_OBLIGATION_MET` with no step requesting the financial
 * obligation; `REPLY` without its `step`, or naming a step that is not a consultation branch step with a `reply`
 * action. Also `step` written with another event (it is read only with `REPLY`). The clock otherwise starts at
 * complete receipt (Decree 118/2025 Art. 17(3)). Checked for the procedure's clock start and for each variant's.
 */
import type { ClockStartFault } from '../../messages/en.js';
import type { ProblemPath } from '../../problems.js';
import type { ClockStartDefinition } from '../../schema/timing.js';
import { suggestion } from '../../suggest.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'CLOCK_START_EVENT_UNRECORDED',
  severity: 'error',
  docs: '`clockStart.after: "FEE_PAID"` with no fee; `"FINANCIAL_OBLIGATION_MET"` with no `request-financial-obligation` action; `"REPLY"` without `step`, or whose step is not a consultation branch step with a `reply`; `step` with another event',
  check: ({ definition: d, facts }, report) => {
    const obliges = d.steps.some((s) => s.actions.some((a) => a.type === 'request-financial-obligation'));
    const check = (start: ClockStartDefinition, at: ProblemPath) => {
      const event = start.after;
      const fault = (reason: ClockStartFault, key: 'after' | 'step', hint: string | null = null) =>
        report({ event, reason, step: start.step ?? null, suggestion: hint }, [...at, key]);
      if (event !== 'REPLY') {
        if (start.step !== undefined) fault('step-without-reply', 'step');
        if (event === 'FEE_PAID' && d.fees.length === 0) fault('no-fee', 'after');
        if (event === 'FINANCIAL_OBLIGATION_MET' && !obliges) fault('no-financial-obligation', 'after');
        return;
      }
      const step = start.step;
      if (step === undefined) return fault('reply-without-step', 'step');
      const i = facts.index.get(step);
      if (i === undefined) return fault('unknown-step', 'step', suggestion(step, facts.index.keys()));
      const inBranch = facts.branches.some((b) => b.region.has(step));
      const replies = d.steps[i]!.actions.some((a) => a.type === 'reply');
      if (!inBranch || !replies) fault('not-a-reply', 'step');
    };
    if (d.timing.clockStart) check(d.timing.clockStart, ['timing', 'clockStart']);
    d.timing.variants.forEach((v, i) => {
      if (v.clockStart) check(v.clockStart, ['timing', 'variants', i, 'clockStart']);
    });
  },
});
