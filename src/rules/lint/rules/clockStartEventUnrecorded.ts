/**
 * CLOCK_START_EVENT_UNRECORDED — the clock is set to start at an event the procedure never records, so it would
 * never start: `FEE_PAID` with no fee declared; `FINANCIAL_OBLIGATION_MET` with no step requesting the financial
 * obligation; `REPLY` without its `step`, or naming a step that is not a consultation branch step with a `reply`
 * action. Also `step` written with another event (it is read only with `REPLY`). The clock otherwise starts at
 * complete receipt (Decree 118/2025 Art. 17(3)).
 */
import type { ClockStartFault } from '../../messages/en.js';
import { suggestion } from '../../suggest.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'CLOCK_START_EVENT_UNRECORDED',
  severity: 'error',
  docs: '`clockStart.after: "FEE_PAID"` with no fee; `"FINANCIAL_OBLIGATION_MET"` with no `request-financial-obligation` action; `"REPLY"` without `step`, or whose step is not a consultation branch step with a `reply`; `step` with another event',
  check: ({ definition: d, facts }, report) => {
    const start = d.timing.clockStart;
    if (!start) return;
    const event = start.after;
    const fault = (reason: ClockStartFault, key: 'after' | 'step', hint: string | null = null) =>
      report({ event, reason, step: start.step ?? null, suggestion: hint }, ['timing', 'clockStart', key]);
    if (event !== 'REPLY') {
      if (start.step !== undefined) fault('step-without-reply', 'step');
      if (event === 'FEE_PAID' && d.fees.length === 0) fault('no-fee', 'after');
      const obliges = d.steps.some((s) => s.actions.some((a) => a.type === 'request-financial-obligation'));
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
  },
});
