/**
 * FRACTIONAL_CALENDAR_AMOUNT — half a calendar day or month: the calendar counts them whole (`INVALID_COUNT`),
 * so the limit, the variants, the applicant's window, the request window, the extension, every result's and
 * step's own limit (and its completion time) and every step share must be whole in those units.
 */
import type { DurationData } from '../../schema/common.js';
import { defineRule } from '../rule.js';

const wholeUnits: ReadonlySet<DurationData['unit']> = new Set(['calendar-days', 'months']);

export default defineRule({
  code: 'FRACTIONAL_CALENDAR_AMOUNT',
  severity: 'error',
  docs: '`{ "amount": 10.5, "unit": "calendar-days" }`, or a step `time: 0.5` when the limit or a variant is in `calendar-days` or `months` (also `supplement.applicantWindow`, `supplement.requestWindow`, `extension.limit`, `results[].limit`, `steps[].limit` and its `completion`)',
  check: ({ definition: d }, report) => {
    const whole = (amount: number, unit: DurationData['unit'], path: (string | number)[]) => {
      if (wholeUnits.has(unit) && !Number.isInteger(amount)) report({ amount, unit }, path);
    };
    const limit = d.timing.limit;
    if (limit.type === 'duration') whole(limit.amount, limit.unit, ['timing', 'limit', 'amount']);
    d.timing.variants.forEach((v, i) => {
      if (v.limit.type !== 'immediate')
        whole(v.limit.amount, v.limit.unit, ['timing', 'variants', i, 'limit', 'amount']);
    });
    const window = d.timing.supplement.applicantWindow;
    if (window) whole(window.amount, window.unit, ['timing', 'supplement', 'applicantWindow', 'amount']);
    const request = d.timing.supplement.requestWindow;
    if (request) whole(request.amount, request.unit, ['timing', 'supplement', 'requestWindow', 'amount']);
    const extension = d.timing.extension?.limit;
    if (extension) whole(extension.amount, extension.unit, ['timing', 'extension', 'limit', 'amount']);
    d.results.forEach((r, i) => {
      if (r.limit.type !== 'immediate')
        whole(r.limit.amount, r.limit.unit, ['results', i, 'limit', 'amount']);
    });
    d.steps.forEach((s, i) => {
      if (!s.limit) return;
      if (s.limit.type !== 'immediate') whole(s.limit.amount, s.limit.unit, ['steps', i, 'limit', 'amount']);
      const c = s.limit.completion;
      if (c) whole(c.amount, c.unit, ['steps', i, 'limit', 'completion', 'amount']);
    });
    // Shares are read in the limit's unit, and in a variant's unit when it applies.
    const shareUnit = [
      ...(limit.type === 'duration' ? [limit.unit] : []),
      ...d.timing.variants.flatMap((v) => (v.limit.type === 'immediate' ? [] : [v.limit.unit])),
    ].find((unit) => wholeUnits.has(unit));
    if (shareUnit) {
      d.steps.forEach((s, i) => {
        whole(s.time, shareUnit, ['steps', i, 'time']);
      });
    }
  },
});
