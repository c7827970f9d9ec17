/** Lint rule REUSE_BASIS_WITHOUT_ARTICLE: a reusable document whose legal basis names no article. */
import rule from '../../../src/rules/lint/rules/reuseBasisWithoutArticle.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['documents', 0, 'reuse', 'basis'],
      mutate: (d) => {
        d.documents[0].reuse = { basis: { document: 'Nghị quyết 66.7/2025/NQ-CP' } };
      },
      params: { document: 'form' },
    },
    {
      path: ['documents', 1, 'reuse', 'basis'],
      mutate: (d) => {
        d.documents[1].reuse = { basis: { document: 'Nghị quyết 66.7/2025/NQ-CP', articles: [] } };
      },
    },
  ],
  [
    (d) => {
      d.documents[0].reuse = { basis: { document: 'Nghị quyết 66.7/2025/NQ-CP', articles: ['Điều 1'] } };
    },
  ],
);
