/**
 * REUSE_BASIS_WITHOUT_ARTICLE (warning) — a document may be taken from electronic data (`reuse`), but its legal
 * basis names no article. Which documents a database replaces is published text by text (the data-based
 * simplification of Resolution 66.7/2025/NQ-CP, as the press reports it [N]); an official checking why the desk
 * did not ask for a paper copy must be able to find the clause.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'REUSE_BASIS_WITHOUT_ARTICLE',
  severity: 'warning',
  docs: 'a document\'s `reuse.basis` names no `articles` (`{ "document": "Nghị quyết 66.7/2025/NQ-CP" }`)',
  check: ({ definition }, report) => {
    definition.documents.forEach((d, i) => {
      const basis = d.reuse?.basis;
      if (basis && (basis.articles === undefined || basis.articles.length === 0))
        report({ document: d.id }, ['documents', i, 'reuse', 'basis']);
    });
  },
});
