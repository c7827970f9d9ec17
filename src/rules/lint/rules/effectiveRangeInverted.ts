/** EFFECTIVE_RANGE_INVERTED — the period in force (of the definition, or of a fee entry) ends before it starts. */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'EFFECTIVE_RANGE_INVERTED',
  severity: 'error',
  docs: '`to` before `from` (`effective`, `fees[].effective`)',
  check: ({ definition }, report) => {
    const { from, to } = definition.effective;
    if (to !== undefined && to < from) report({ from, to }, ['effective', 'to']);
    definition.fees.forEach((fee, i) => {
      const e = fee.effective;
      if (e?.to !== undefined && e.to < e.from)
        report({ from: e.from, to: e.to }, ['fees', i, 'effective', 'to']);
    });
  },
});
