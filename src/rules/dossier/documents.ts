/**
 * One submitted copy of a required document (thành phần hồ sơ) against the requirement: paper form (original,
 * certified copy, copy), number of copies, electronic format (Decree 45/2020 on electronic procedures) — or, in
 * its place, a reference to electronic data the applicant already has, where the definition allows reuse.
 */
import type { Problem, ProblemPath } from '../problems.js';
import { problem } from '../problems.js';
import type { RequiredDocument } from '../schema/documents.js';
import type { SubmittedDocument } from '../schema/dossier.js';

/**
 * The problems of one submitted copy (empty when it satisfies the requirement).
 *
 * @param doc - the required document
 * @param s - one submitted copy
 * @param path - its path in the dossier
 * @returns its problems (empty when it satisfies the requirement)
 * @example
 * documentProblems(identity, { document: 'identity', form: 'electronic', format: 'docx', copies: 1 }, ['documents', 1])
 * //=> [{ code: 'DOCUMENT_FORMAT_NOT_ACCEPTED', … }]
 */
export function documentProblems(doc: RequiredDocument, s: SubmittedDocument, path: ProblemPath): Problem[] {
  const about = { document: { id: doc.id, name: doc.name } };
  const names = { name: doc.name.en ?? doc.name.vi, nameVi: doc.name.vi };
  if (s.form === 'reused') {
    if (s.reference === undefined)
      return [problem('SCHEMA_MISSING', 'error', { expected: 'object' }, [...path, 'reference'], about)];
    // Reuse replaces the document only where the definition allows it, with its legal basis.
    if (doc.reuse === undefined)
      return [
        problem(
          'DOCUMENT_NOT_REUSABLE',
          'error',
          { ...names, accepted: doc.accepts },
          [...path, 'form'],
          about,
        ),
      ];
    const allowed = doc.reuse.repositories;
    if (allowed !== undefined && !allowed.includes(s.reference.repository))
      return [
        problem(
          'DOCUMENT_REUSE_REPOSITORY',
          'error',
          { ...names, repository: s.reference.repository, allowed },
          [...path, 'reference', 'repository'],
          about,
        ),
      ];
    return [];
  }
  if (s.reference !== undefined)
    return [problem('SCHEMA_UNKNOWN_KEY', 'error', { key: 'reference' }, [...path, 'reference'], about)];
  if (s.form === 'electronic') {
    if (doc.electronicFormats.length === 0) {
      return [
        problem(
          'DOCUMENT_NOT_ACCEPTED_ELECTRONICALLY',
          'error',
          { ...names, accepted: doc.accepts },
          [...path, 'form'],
          about,
        ),
      ];
    }
    if (s.format === undefined || !doc.electronicFormats.includes(s.format.toLowerCase())) {
      return [
        problem(
          'DOCUMENT_FORMAT_NOT_ACCEPTED',
          'error',
          { ...names, format: s.format ?? null, accepted: doc.electronicFormats },
          [...path, s.format === undefined ? 'form' : 'format'],
          about,
        ),
      ];
    }
    return [];
  }
  const out: Problem[] = [];
  if (!doc.accepts.includes(s.form)) {
    out.push(
      problem(
        'DOCUMENT_WRONG_FORM',
        'error',
        { ...names, accepted: doc.accepts, given: s.form },
        [...path, 'form'],
        about,
      ),
    );
  }
  if (s.copies < doc.copies) {
    out.push(
      problem(
        'DOCUMENT_TOO_FEW_COPIES',
        'error',
        { ...names, required: doc.copies, given: s.copies },
        [...path, 'copies'],
        about,
      ),
    );
  }
  return out;
}
