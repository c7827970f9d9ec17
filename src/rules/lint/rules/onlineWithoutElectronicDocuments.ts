/** ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS (warning) — offered online, but a document accepts no electronic format. */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS',
  severity: 'warning',
  docs: 'offered online, but a document accepts no electronic format',
  check: ({ definition }, report) => {
    if (definition.channels.online === 'none') return;
    definition.documents.forEach((d, i) => {
      if (d.electronicFormats.length === 0) report({ document: d.id }, ['documents', i, 'electronicFormats']);
    });
  },
});
