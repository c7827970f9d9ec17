/**
 * DELIVERY_ONLINE_NOT_OFFERED (warning) — results may be delivered online (`channels.delivery` has `online`) but
 * the procedure is not offered online (`channels.online: "none"`), so no applicant has the account the result
 * would be sent to (Decree 118/2025 Art. 22: the result is returned in the manner on the receipt).
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'DELIVERY_ONLINE_NOT_OFFERED',
  severity: 'warning',
  docs: '`channels.delivery` includes `online` while `channels.online` is `none`',
  check: ({ definition: d }, report) => {
    const i = d.channels.delivery.indexOf('online');
    if (i >= 0 && d.channels.online === 'none') report({}, ['channels', 'delivery', i]);
  },
});
