/**
 * EXTENSION_EXCEEDS_LIMIT (warning) — the extension a procedure allows after an apology (Decree 118/2025
 * Art. 19(6)) is longer than the procedure's own limit: a late dossier could take more than twice its time. Rare
 * in the texts (certifications allow "at most 2 more working days"); usually a unit slip. Against an `immediate`
 * procedure any extension is longer. Units that cannot be compared are `LIMIT_UNITS_INCOMPARABLE`.
 */
import { compareLimits, totalParams } from '../durations.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'EXTENSION_EXCEEDS_LIMIT',
  severity: 'warning',
  docs: '`timing.extension.limit` 15 working days in a 10-working-day procedure (or any extension of an `immediate` one)',
  check: ({ definition: d }, report) => {
    const extension = d.timing.extension;
    if (!extension || compareLimits(extension.limit, d.timing.limit) !== 'longer') return;
    report({ amount: extension.limit.amount, unit: extension.limit.unit, ...totalParams(d.timing.limit) }, [
      'timing',
      'extension',
      'limit',
      'amount',
    ]);
  },
});
