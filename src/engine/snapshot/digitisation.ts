/**
 * The digitisation facts of a snapshot (số hóa hồ sơ, kết quả giải quyết thủ tục hành chính) in both stored forms,
 * and their consistency with the definition: per document, whether it was digitised (scanned and signed into the
 * dossier), reused (taken from data the applicant already has in an electronic repository — only for the
 * definition's documents with `reuse`) or kept on paper; whether the result was digitised and stored (the one
 * result, or each result of a dossier with several). Present only once recorded, so every other snapshot keeps its
 * shape and size; the persisted form is one key, `dg`, with one letter per document (about 15 bytes each).
 */
import type { CompiledProcedure } from '../machine/compile.js';
import type { SnapshotParams } from '../messages/en.js';
import { type Digitisation, type DocumentCapture, type DossierSnapshot, documentCaptures } from './schema.js';
import { isRecord, shapeError } from './shape.js';

type P = readonly (string | number)[];
/** The definition has at most 100 documents and 10 results (the rules schema). */
const MAX_DOCUMENTS = 100;
const MAX_RESULTS = 10;

/** The persisted form: `d` document → `d` digitised / `r` reused / `p` paper; `r` the result; `rs` each result. */
export interface PersistedDigitisation {
  readonly d?: Readonly<Record<string, 'd' | 'r' | 'p'>>;
  readonly r?: 0 | 1;
  readonly rs?: Readonly<Record<string, 0 | 1>>;
}

const LETTER: Readonly<Record<DocumentCapture, 'd' | 'r' | 'p'>> = {
  digitised: 'd',
  reused: 'r',
  paper: 'p',
};

/**
 * The persisted form of the digitisation facts (absent when none is recorded).
 *
 * @example
 * persistDigitisation({ documents: { declaration: 'digitised', identity: 'reused' }, result: true })
 * //=> { d: { declaration: 'd', identity: 'r' }, r: 1 }
 */
export function persistDigitisation(g: Digitisation): PersistedDigitisation {
  const out: { d?: Record<string, 'd' | 'r' | 'p'>; r?: 0 | 1; rs?: Record<string, 0 | 1> } = {};
  if (g.documents !== undefined) {
    const d: Record<string, 'd' | 'r' | 'p'> = {};
    for (const id in g.documents) d[id] = LETTER[g.documents[id]!];
    out.d = d;
  }
  if (g.result !== undefined) out.r = g.result ? 1 : 0;
  if (g.results !== undefined) {
    const rs: Record<string, 0 | 1> = {};
    for (const id in g.results) rs[id] = g.results[id] ? 1 : 0;
    out.rs = rs;
  }
  return out;
}

/**
 * A record of at most `max` own keys of at most 64 characters, each value read by `each` (`undefined`: refused,
 * as `expected`). Paths are made only for a refusal: every persisted snapshot with documents is read here.
 */
function entries<T>(
  value: unknown,
  path: P,
  max: number,
  each: (v: unknown) => T | undefined,
  expected: string,
): Record<string, T> {
  if (!isRecord(value)) throw shapeError(path, `an object of at most ${max} entries`);
  const out: Record<string, T> = {};
  let n = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (++n > max || key.length < 1 || key.length > 64 || key === '__proto__')
      throw shapeError(path, `an object of at most ${max} entries with ids of 1 to 64 characters`);
    const v = each(value[key]);
    if (v === undefined) throw shapeError([...path, key], expected);
    out[key] = v;
  }
  return out;
}

const PERSISTED = { dg: ['dg'], d: ['dg', 'd'], r: ['dg', 'r'], rs: ['dg', 'rs'] } as const;
// Compared, not looked up: every persisted snapshot with documents reads a letter per document.
const capture = (v: unknown): DocumentCapture | undefined =>
  v === 'd' ? 'digitised' : v === 'r' ? 'reused' : v === 'p' ? 'paper' : undefined;
const bit = (v: unknown): boolean | undefined => (v === 1 ? true : v === 0 ? false : undefined);

/** The persisted digitisation facts (`dg`), every value checked. */
export function decodePersistedDigitisation(value: unknown): Digitisation {
  if (!isRecord(value)) throw shapeError(PERSISTED.dg, 'an object { d?, r?, rs? }');
  const out: {
    documents?: Record<string, DocumentCapture>;
    result?: boolean;
    results?: Record<string, boolean>;
  } = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (key !== 'd' && key !== 'r' && key !== 'rs') throw shapeError(['dg', key], 'no such key');
  }
  if (value.d !== undefined)
    out.documents = entries(value.d, PERSISTED.d, MAX_DOCUMENTS, capture, 'one of d, r, p');
  if (value.r !== undefined) {
    const r = bit(value.r);
    if (r === undefined) throw shapeError(PERSISTED.r, '0 or 1');
    out.result = r;
  }
  if (value.rs !== undefined) out.results = entries(value.rs, PERSISTED.rs, MAX_RESULTS, bit, '0 or 1');
  return out;
}

/** The readable digitisation facts (`digitisation`), every value checked. */
export function decodeReadableDigitisation(value: unknown): Digitisation {
  const path = ['digitisation'];
  if (!isRecord(value)) throw shapeError(path, 'an object { documents?, result?, results? }');
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (key !== 'documents' && key !== 'result' && key !== 'results')
      throw shapeError([...path, key], 'no such key');
  }
  const yes = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
  const out: {
    documents?: Record<string, DocumentCapture>;
    result?: boolean;
    results?: Record<string, boolean>;
  } = {};
  if (value.documents !== undefined)
    out.documents = entries(
      value.documents,
      [...path, 'documents'],
      MAX_DOCUMENTS,
      (v) =>
        typeof v === 'string' && (documentCaptures as readonly string[]).includes(v)
          ? (v as DocumentCapture)
          : undefined,
      `one of ${documentCaptures.join(', ')}`,
    );
  if (value.result !== undefined) {
    if (typeof value.result !== 'boolean') throw shapeError([...path, 'result'], 'true or false');
    out.result = value.result;
  }
  if (value.results !== undefined)
    out.results = entries(value.results, [...path, 'results'], MAX_RESULTS, yes, 'true or false');
  return out;
}

/**
 * The digitisation facts against the definition and the dossier: documents only once received, each a document of
 * the definition, `reused` only where it has `reuse`; the result's only once decided, in a dossier with one result;
 * each result's only for an issued result of the definition. The first problem, or `null`. A migrated dossier's
 * documents were checked against the version it was received under (RECEIVE), which a later version may have
 * changed (a document dropped, its reuse withdrawn): they stay as recorded, so only their shape is checked.
 */
export function digitisationProblem(
  c: CompiledProcedure,
  s: DossierSnapshot,
): { params: Omit<SnapshotParams, 'field'>; path: P } | null {
  const g = s.digitisation;
  if (g === undefined) return null;
  const d = c.procedure.definition;
  const bad = (path: P, expected: string, given: string) => ({
    params: { problem: 'digitisation-disagrees' as const, expected, given: given.slice(0, 64) },
    path,
  });
  if (g.documents !== undefined) {
    for (const id in g.documents) {
      if (s.migratedFrom !== undefined) {
        if (s.receivedAt === null)
          return bad(['digitisation', 'documents', id], 'a document of the definition, once received', id);
        continue;
      }
      const doc = d.documents.find((x) => x.id === id);
      if (s.receivedAt === null || doc === undefined)
        return bad(['digitisation', 'documents', id], 'a document of the definition, once received', id);
      if (g.documents[id] === 'reused' && doc.reuse === undefined)
        return bad(['digitisation', 'documents', id], 'reused only where the definition allows it', id);
    }
  }
  if (g.result !== undefined && (s.results !== undefined || (s.decidedAt === null && s.finishedAt === null)))
    return bad(['digitisation', 'result'], "the one result's, once decided", String(g.result));
  if (g.results !== undefined) {
    for (const id in g.results) {
      const r = s.results?.find((x) => x.id === id);
      if (r === undefined || r.issuedAt === null)
        return bad(['digitisation', 'results', id], 'an issued result of the definition', id);
    }
  }
  return null;
}
