/**
 * LIMIT_UNITS_INCOMPARABLE (warning) — a limit that should be compared with the procedure's total (a step limit
 * kept `withinTotal`, a result's limit, the extension) is in a unit the total's cannot be compared with: working
 * days (or hours) against calendar days or months, or calendar days against months. The other rules cannot check
 * it, so this one says so.
 */
import { compareLimits, limitParams } from '../durations.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'LIMIT_UNITS_INCOMPARABLE',
  severity: 'warning',
  docs: 'a step limit `withinTotal` in `working-days` in a `calendar-days` procedure; a result or extension in `months` against working days (8 working hours = 1 working day compare; calendar days and months only with themselves)',
  check: ({ definition: d }, report) => {
    const total = d.timing.limit;
    if (total.type !== 'duration') return;
    const totalUnit = total.unit;
    d.steps.forEach((s, i) => {
      if (s.limit?.withinTotal && compareLimits(s.limit, total) === 'incomparable')
        report({ subject: 'step-limit', id: s.id, unit: limitParams(s.limit).unit, totalUnit }, [
          'steps',
          i,
          'limit',
          'unit',
        ]);
    });
    d.results.forEach((r, i) => {
      if (compareLimits(r.limit, total) === 'incomparable')
        report({ subject: 'result', id: r.id, unit: limitParams(r.limit).unit, totalUnit }, [
          'results',
          i,
          'limit',
          'unit',
        ]);
    });
    const extension = d.timing.extension;
    if (extension && compareLimits(extension.limit, total) === 'incomparable') {
      report({ subject: 'extension', id: null, unit: extension.limit.unit, totalUnit }, [
        'timing',
        'extension',
        'limit',
        'unit',
      ]);
    }
  },
});
