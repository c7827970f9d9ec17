/**
 * EXTENSION_EXCEEDS_LIMIT (warning) — the extension a procedure allows after an apology (Decree 118/2025
 * Art. 19(6)) is longer than the procedure's own limit: a late dossier could take more than twice its time —
 * usually a unit slip. A same-day procedure is not checked: the law extends exactly those (a certification of
 * copies is done the same day, "kéo dài thêm không quá 02 ngày làm việc" for many pages, Decree 23/2015 Art. 7).
 * Units that cannot be compared are `LIMIT_UNITS_INCOMPARABLE`.
 */
import { compareLimits, totalParams } from '../durations.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'EXTENSION_EXCEEDS_LIMIT',
  severity: 'warning',
  docs: '`timing.extension.limit` 15 working days in a 10-working-day procedure (a same-day procedure is not checked: certifications extend exactly those)',
  check: ({ definition: d }, report) => {
    const extension = d.timing.extension;
    if (!extension || d.timing.limit.type === 'immediate') return;
    if (compareLimits(extension.limit, d.timing.limit) !== 'longer') return;
    report({ amount: extension.limit.amount, unit: extension.limit.unit, ...totalParams(d.timing.limit) }, [
      'timing',
      'extension',
      'limit',
      'amount',
    ]);
  },
});
