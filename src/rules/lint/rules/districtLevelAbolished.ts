/**
 * DISTRICT_LEVEL_ABOLISHED — the district level (cấp huyện) in a definition in force after 30/06/2025: local
 * government has two tiers since 01/07/2025 (province, commune).
 */
import { defineRule } from '../rule.js';

/** The day before two-tier local government: district level abolished from 01/07/2025. */
const LAST_DAY_OF_DISTRICTS = '2025-06-30';

export default defineRule({
  code: 'DISTRICT_LEVEL_ABOLISHED',
  severity: 'error',
  docs: 'level `district` in force after 30/06/2025',
  check: ({ definition }, report) => {
    const { to } = definition.effective;
    if (to !== undefined && to <= LAST_DAY_OF_DISTRICTS) return;
    if (definition.level === 'district') report({}, ['level']);
    definition.agencies.forEach((a, i) => {
      if (a.level === 'district') report({}, ['agencies', i, 'level']);
    });
  },
});
