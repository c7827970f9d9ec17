/** SUPPLEMENT_CLOCK_PAUSED (warning) — `supplement.clock: "pause"`: Decree 118/2025 Art. 19(5) restarts the time. */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'SUPPLEMENT_CLOCK_PAUSED',
  severity: 'warning',
  docs: '`supplement.clock: "pause"` (Decree 118 Art. 19(5) restarts)',
  check: ({ definition }, report) => {
    if (definition.timing.supplement.clock === 'pause') report({}, ['timing', 'supplement', 'clock']);
  },
});
