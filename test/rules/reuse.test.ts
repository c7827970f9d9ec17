/**
 * Reuse of electronic data (tái sử dụng dữ liệu): a document the definition lets be taken from data the applicant
 * already has is satisfied by a reference to it, or by the portal saying the data is there; the supplement slip
 * never asks for it; everywhere else reuse is refused, with located, bilingual problems.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineProcedure, supplementRequestItems, validateDossier } from '../../src/rules/index.js';
import { englishWords } from '../support/english.js';
import { type Json, minimal, minimalDossier } from './fixtures.js';

const basis = { document: 'Nghị quyết 66.7/2025/NQ-CP', articles: ['Điều 1'] };

/** The minimal definition with three documents: the form (never reused), two that may be reused. */
function definition(): Json {
  const d = minimal();
  d.documents[1].when = undefined;
  d.documents[1].reuse = { basis, repositories: ['national-population-db', 'vneid'] };
  d.documents.push({
    id: 'residence',
    name: { vi: 'Giấy xác nhận cư trú', en: 'Residence confirmation' },
    accepts: ['original'],
    reuse: { basis },
  });
  return d;
}
const procedure = defineProcedure(definition());
const reference = { repository: 'vneid', record: 'VNeID:001099012345/CT07' };

describe('reuse of electronic data', () => {
  it('a reference stands for a reusable document; it is listed as reused', () => {
    const dossier = minimalDossier();
    dossier.documents.push(
      { document: 'proof', form: 'reused', reference },
      {
        document: 'residence',
        form: 'reused',
        reference: { repository: 'citizen-data-store', record: 'a-1' },
      },
    );
    const r = validateDossier(procedure, dossier);
    expect(r.problems).toEqual([]);
    expect(r.requiredDocuments).toEqual(['form', 'proof', 'residence']);
    expect(r.reusedDocuments).toEqual(['proof', 'residence']);
  });

  it('a document handed in on paper as well is not counted as reused', () => {
    const dossier = minimalDossier();
    dossier.documents.push(
      { document: 'proof', form: 'reused', reference },
      { document: 'proof', form: 'original', copies: 2 },
      { document: 'residence', form: 'original' },
    );
    const r = validateDossier(procedure, dossier);
    expect(r.ok).toBe(true);
    expect(r.reusedDocuments).toEqual([]);
  });

  it('data the portal found counts as given: no DOCUMENT_MISSING, nothing on the slip', () => {
    const r = validateDossier(procedure, minimalDossier(), { reusable: ['proof', 'residence'] });
    expect(r.ok).toBe(true);
    expect(r.reusedDocuments).toEqual(['proof', 'residence']);
    expect(supplementRequestItems(r)).toEqual([]);
    const without = validateDossier(procedure, minimalDossier());
    expect(without.problems.map((p) => [p.code, p.document?.id])).toEqual([
      ['DOCUMENT_MISSING', 'proof'],
      ['DOCUMENT_MISSING', 'residence'],
    ]);
  });

  it('data found for a document the definition does not let be reused is ignored', () => {
    const dossier = minimalDossier();
    dossier.documents = [];
    const r = validateDossier(procedure, dossier, { reusable: ['form', 'proof', 'residence'] });
    expect(r.problems.map((p) => [p.code, p.document?.id])).toEqual([['DOCUMENT_MISSING', 'form']]);
    expect(supplementRequestItems(r).map((x) => x.subject)).toEqual(['Tờ khai']);
  });

  it('refuses reuse where the definition does not allow it, and a repository it does not list', () => {
    const dossier = minimalDossier();
    dossier.documents = [
      { document: 'form', form: 'reused', reference },
      { document: 'proof', form: 'reused', reference: { repository: 'other-db', record: 'x' } },
      { document: 'residence', form: 'reused' },
      { document: 'residence', form: 'original', reference },
    ];
    const r = validateDossier(procedure, dossier);
    const got = r.problems.map((p) => [p.code, p.path.join('.')]);
    expect(got).toEqual([
      ['DOCUMENT_NOT_REUSABLE', 'documents.0.form'],
      ['DOCUMENT_REUSE_REPOSITORY', 'documents.1.reference.repository'],
      ['SCHEMA_MISSING', 'documents.2.reference'],
      ['SCHEMA_UNKNOWN_KEY', 'documents.3.reference'],
    ]);
    for (const p of r.problems) {
      expect(p.messageVi.length).toBeGreaterThan(0);
      expect(englishWords(p.messageVi)).toEqual([]);
    }
    expect(r.problems[0]?.messageVi).toBe(
      'Tờ khai không được thay bằng dữ liệu điện tử đã có đối với thủ tục này; cần nộp bản chính',
    );
    expect(r.problems[1]?.message).toBe(
      'Proof: data from "other-db" is not accepted (accepted: national-population-db, vneid)',
    );
  });

  it('checks the reference shape and its size, and the reusable option', () => {
    const bad = (ref: unknown) => {
      const dossier = minimalDossier();
      dossier.documents.push({ document: 'proof', form: 'reused', reference: ref });
      return validateDossier(procedure, dossier, { reusable: ['residence'] }).problems.map((p) =>
        p.path.join('.'),
      );
    };
    expect(bad({ repository: 'vneid', record: 'x'.repeat(129) })).toEqual(['documents.1.reference.record']);
    expect(bad({ repository: 'vneid', record: 'a b' })).toEqual(['documents.1.reference.record']);
    expect(bad({ repository: '1db', record: 'a' })).toEqual(['documents.1.reference.repository']);
    expect(bad({ repository: 'vneid', record: 'a', data: 'the whole document' })).toEqual([
      'documents.1.reference.data',
    ]);
    expect(bad({ repository: 'vneid', record: 'x'.repeat(128) })).toEqual([]);
    const r = validateDossier(procedure, minimalDossier(), { reusable: 'proof' as never });
    expect(r.problems.map((p) => [p.code, p.path.join('.')])).toEqual([['SCHEMA_INVALID_TYPE', 'reusable']]);
  });

  it('property: the slip never asks for a reusable document whose data is there', () => {
    const ids = ['form', 'proof', 'residence'] as const;
    const submission = fc.oneof(
      fc.constant(null),
      fc.constant({ form: 'original', copies: 2 }),
      fc.constant({ form: 'copy' }),
      fc.constant({ form: 'reused', reference }),
      fc.constant({ form: 'reused', reference: { repository: 'other-db', record: 'x' } }),
      fc.constant({ form: 'reused' }),
    );
    fc.assert(
      fc.property(fc.tuple(submission, submission, submission), fc.subarray([...ids]), (subs, reusable) => {
        const dossier = minimalDossier();
        dossier.documents = [];
        subs.forEach((s, i) => {
          if (s) dossier.documents.push({ document: ids[i], ...s });
        });
        const r = validateDossier(procedure, dossier, { reusable });
        const asked = new Set(supplementRequestItems(r).map((x) => x.problem.document?.id));
        for (const id of reusable) if (id !== 'form') expect(asked.has(id)).toBe(false);
        // A document asked for on the slip is never counted as reused.
        for (const id of ids) {
          const satisfied = !asked.has(id);
          expect(satisfied || !r.reusedDocuments.includes(id)).toBe(true);
        }
        expect(r.reusedDocuments.every((id) => id !== 'form')).toBe(true);
      }),
    );
  });

  it('the definition needs the legal basis of reuse; the JSON Schema documents it in both languages', () => {
    const d = definition();
    d.documents[2].reuse = {};
    const r = defineProcedure.bind(null, d);
    expect(r).toThrow();
  });
});
