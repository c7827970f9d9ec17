/**
 * DUPLICATE_ID — two agencies, steps, fields, documents, checks, results, implementing offices or enum values
 * with one id. Fees may share an id — a fee the law changed is two entries with `effective` ranges — and their
 * overlap is `FEE_EFFECTIVE_OVERLAP`.
 */
import type { ProblemPath } from '../../problems.js';
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'DUPLICATE_ID',
  severity: 'error',
  docs: 'two steps `review`; two enum values `citizen`; two results or implementers with one id (fees may share an id: `FEE_EFFECTIVE_OVERLAP`)',
  check: ({ definition: d }, report) => {
    const unique = (ids: readonly string[], base: ProblemPath, kind: string, key = 'id') => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) report({ kind, id, date: null }, [...base, i, key]);
        seen.add(id);
      });
    };
    unique(
      d.agencies.map((x) => x.id),
      ['agencies'],
      'agency',
    );
    unique(
      d.steps.map((x) => x.id),
      ['steps'],
      'step',
    );
    unique(
      d.fields.map((x) => x.id),
      ['fields'],
      'field',
    );
    unique(
      d.documents.map((x) => x.id),
      ['documents'],
      'document',
    );
    unique(
      d.checks.map((x) => x.id),
      ['checks'],
      'check',
    );
    unique(
      d.results.map((x) => x.id),
      ['results'],
      'result',
    );
    unique(
      d.implementers.map((x) => x.id),
      ['implementers'],
      'implementer',
    );
    d.fields.forEach((field, i) => {
      if (field.type === 'enum')
        unique(
          field.values.map((v) => v.value),
          ['fields', i, 'values'],
          'enum-value',
          'value',
        );
    });
  },
});
