/**
 * Dossier validation: every problem code, fees, variants, conditional documents and fields, supplement slip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defineProcedure,
  type dossierProblemCodes,
  type Problem,
  supplementRequestItems,
  validateDossier,
} from '../../src/rules/index.js';
import { example, type Json, minimal, minimalDossier } from './fixtures.js';

const procedure = defineProcedure(minimal());

function check(mutate: (d: Json) => void): readonly Problem[] {
  const d = minimalDossier();
  mutate(d);
  return validateDossier(procedure, d).problems;
}

describe('validateDossier', () => {
  it('accepts a complete dossier and itemises the fees', () => {
    const r = validateDossier(procedure, minimalDossier());
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.fees).toEqual({
      items: [{ id: 'fee', kind: 'fee', name: { vi: 'Lệ phí', en: 'Fee' }, amount: 50000, currency: 'VND' }],
      totals: { VND: 50000 },
      total: 50000,
      currency: 'VND',
    });
    expect(r.requiredDocuments).toEqual(['form']);
    expect(r.timeLimit).toEqual({ type: 'duration', amount: 3, unit: 'working-days' });
  });

  const cases: [string, (typeof dossierProblemCodes)[number], (d: Json) => void, Partial<Problem>][] = [
    [
      'missing document',
      'DOCUMENT_MISSING',
      (d) => {
        d.documents = [];
      },
      { path: ['documents'] },
    ],
    [
      'conditional document required',
      'DOCUMENT_MISSING',
      (d) => {
        d.fields.abroad = true;
      },
      { document: { id: 'proof', name: { vi: 'Giấy tờ chứng minh', en: 'Proof' } } },
    ],
    [
      'wrong copy type',
      'DOCUMENT_WRONG_FORM',
      (d) => {
        d.documents[0].form = 'copy';
      },
      { path: ['documents', 0, 'form'] },
    ],
    [
      'too few copies',
      'DOCUMENT_TOO_FEW_COPIES',
      (d) => {
        d.fields.abroad = true;
        d.documents.push({ document: 'proof', form: 'original', copies: 1 });
      },
      { path: ['documents', 1, 'copies'] },
    ],
    [
      'electronic not accepted',
      'DOCUMENT_NOT_ACCEPTED_ELECTRONICALLY',
      (d) => {
        d.fields.abroad = true;
        d.documents.push({ document: 'proof', form: 'electronic', format: 'pdf' });
      },
      { path: ['documents', 1, 'form'] },
    ],
    [
      'format not accepted',
      'DOCUMENT_FORMAT_NOT_ACCEPTED',
      (d) => {
        d.documents[0] = { document: 'form', form: 'electronic', format: 'docx' };
      },
      { path: ['documents', 0, 'format'] },
    ],
    [
      'unknown document',
      'DOCUMENT_UNKNOWN',
      (d) => void d.documents.push({ document: 'selfie', form: 'copy' }),
      { severity: 'warning' },
    ],
    ['missing field', 'FIELD_MISSING', (d) => void delete d.fields.name, { path: ['fields', 'name'] }],
    [
      'empty string counts as missing',
      'FIELD_MISSING',
      (d) => {
        d.fields.name = '';
      },
      {},
    ],
    [
      'wrong type',
      'FIELD_TYPE',
      (d) => {
        d.fields.copies = '2';
      },
      { path: ['fields', 'copies'] },
    ],
    [
      'non-integer',
      'FIELD_TYPE',
      (d) => {
        d.fields.copies = 1.5;
      },
      {},
    ],
    [
      'bad date',
      'FIELD_TYPE',
      (d) => {
        d.fields.birthDate = '2025-02-29';
      },
      {},
    ],
    [
      'out of range',
      'FIELD_OUT_OF_RANGE',
      (d) => {
        d.fields.copies = 0;
      },
      {},
    ],
    [
      'too long',
      'FIELD_OUT_OF_RANGE',
      (d) => {
        d.fields.name = 'x'.repeat(101);
      },
      {},
    ],
    [
      'enum value',
      'FIELD_NOT_ALLOWED_VALUE',
      (d) => {
        d.fields.kind = 'alien';
      },
      {},
    ],
    [
      'unknown field',
      'FIELD_UNKNOWN',
      (d) => {
        d.fields.nmae = 'x';
      },
      { severity: 'warning' },
    ],
    [
      'channel',
      'CHANNEL_NOT_OFFERED',
      (d) => {
        d.channel = 'online';
      },
      { path: ['channel'] },
    ],
  ];

  it.each(cases)('%s → %s', (_name, code, mutate, expected) => {
    const problems = check(mutate);
    const found = problems.filter((p) => p.code === code);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject(expected);
    expect(found[0]?.messageVi).toBeTruthy();
    expect(found[0]?.message).toBeTruthy();
  });

  it('a complete dossier of either document form passes (original accepted where certified copy is)', () => {
    const problems = check((d) => {
      d.fields.abroad = true;
      d.documents.push({ document: 'proof', form: 'original', copies: 2 });
    });
    expect(problems).toEqual([]);
  });

  it('one good submission of a document is enough, even beside a bad one', () => {
    const problems = check((d) => {
      d.documents.push({ document: 'form', form: 'copy' });
    });
    expect(problems).toEqual([]);
  });

  it('reports everything at once', () => {
    const r = validateDossier(procedure, {
      channel: 'in-person',
      fields: { copies: 0, kind: 'alien', abroad: true },
      documents: [{ document: 'form', form: 'copy' }],
    });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code).sort()).toEqual(
      [
        'DOCUMENT_MISSING',
        'DOCUMENT_WRONG_FORM',
        'FIELD_MISSING',
        'FIELD_NOT_ALLOWED_VALUE',
        'FIELD_OUT_OF_RANGE',
      ].sort(),
    );
  });

  it('a condition over a missing optional field asks for that field instead of guessing', () => {
    const def = minimal();
    def.fees[0].when = 'area > 100.0';
    const r = validateDossier(defineProcedure(def), minimalDossier());
    expect(r.problems).toContainEqual(
      expect.objectContaining({ code: 'FIELD_MISSING', path: ['fields', 'area'], field: expect.anything() }),
    );
    expect(r.fees.items).toEqual([]);
  });

  it('a default fills an empty field, so conditions over it are decidable', () => {
    const def = minimal();
    def.fields[4].default = 120;
    def.fees[0].when = 'area > 100.0';
    const p = defineProcedure(def);
    expect(validateDossier(p, minimalDossier()).fees.total).toBe(50000);
    const d = minimalDossier();
    d.fields.area = 80;
    expect(validateDossier(p, d).fees.total).toBe(0);
  });

  it('requiredWhen makes a field conditionally required', () => {
    const def = minimal();
    def.fields[4].requiredWhen = 'abroad';
    const p = defineProcedure(def);
    expect(validateDossier(p, minimalDossier()).ok).toBe(true);
    const d = minimalDossier();
    d.fields.abroad = true;
    d.documents.push({ document: 'proof', form: 'certified-copy', copies: 2 });
    expect(validateDossier(p, d).problems.map((x) => x.code)).toEqual(['FIELD_MISSING']);
  });

  it('checks report their own message on their field', () => {
    const def = minimal();
    def.checks.push({
      id: 'adult',
      expr: 'birthDate <= "2007-01-01"',
      field: 'birthDate',
      message: { vi: 'Người yêu cầu phải đủ 18 tuổi', en: 'The applicant must be 18' },
    });
    const p = defineProcedure(def);
    const d = minimalDossier();
    d.fields.birthDate = '2010-05-05';
    expect(validateDossier(p, d).problems).toEqual([
      expect.objectContaining({
        code: 'CHECK_FAILED',
        path: ['fields', 'birthDate'],
        messageVi: 'Người yêu cầu phải đủ 18 tuổi',
        message: 'The applicant must be 18',
      }),
    ]);
    d.fields.birthDate = '1990-05-05';
    expect(validateDossier(p, d).ok).toBe(true);
  });

  it('conditional fees follow the channel; variants pick the time limit', () => {
    const def = minimal();
    def.channels.online = 'full';
    def.documents[1].electronicFormats = ['pdf'];
    def.fees[0].when = 'channel != "online"';
    def.timing.variants = [{ when: 'abroad', limit: { amount: 15, unit: 'working-days' } }];
    const p = defineProcedure(def);
    const online = minimalDossier();
    online.channel = 'online';
    online.documents = [{ document: 'form', form: 'electronic', format: 'PDF' }];
    const r = validateDossier(p, online);
    expect(r.problems).toEqual([]);
    expect(r.fees.total).toBe(0);
    const abroad = minimalDossier();
    abroad.fields.abroad = true;
    abroad.documents.push({ document: 'proof', form: 'original', copies: 2 });
    const r2 = validateDossier(p, abroad);
    expect(r2.fees.total).toBe(50000);
    expect(r2.timeLimit).toEqual({ type: 'duration', amount: 15, unit: 'working-days' });
  });

  it('gives supplement-slip lines in Vietnamese and English', () => {
    const r = validateDossier(procedure, {
      channel: 'in-person',
      fields: { copies: 1, kind: 'citizen', abroad: true },
    });
    const vi = supplementRequestItems(r);
    expect(vi.map((x) => x.subject)).toEqual(['Họ tên', 'Tờ khai', 'Giấy tờ chứng minh']);
    expect(vi[1]?.reason).toBe('Thiếu: Tờ khai (bản chính, 1 bản)');
    expect(vi[2]?.reason).toBe('Thiếu: Giấy tờ chứng minh (bản sao có chứng thực hoặc bản chính, 2 bản)');
    const en = supplementRequestItems(r, { lang: 'en' });
    expect(en[2]).toMatchObject({
      subject: 'Proof',
      reason: 'Missing: Proof (certified copy or original, 2 copies)',
    });
  });

  it('a dossier that does not match the dossier schema gets located problems', () => {
    const r = validateDossier(procedure, {
      channel: 'fax',
      fields: { copies: {} },
      documents: [{ form: 'x' }],
    });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.path.join('.'))).toEqual(
      expect.arrayContaining(['channel', 'fields.copies', 'documents.0.document', 'documents.0.form']),
    );
  });

  it('the @example of validateDossier is true (review #12)', () => {
    const source = readFileSync(
      join(import.meta.dirname, '..', '..', 'src', 'rules', 'dossier', 'validateDossier.ts'),
      'utf8',
    );
    const doc = /\/\*\*\n \* Validates a dossier[\s\S]*?\*\//.exec(source)?.[0] ?? '';
    const text = doc
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    const literal = /validateDossier\(judicialRecord, (\{[\s\S]*?\n\})\);/.exec(text)?.[1];
    expect(literal).toBeDefined();
    // The example's object literal, as JSON: quote the keys, double the quotes, drop trailing commas.
    const dossier = JSON.parse(
      literal!
        .replace(/'/g, '"')
        .replace(/([A-Za-z]+):/g, '"$1":')
        .replace(/,(\s*[}\]])/g, '$1'),
    );
    const r = validateDossier(defineProcedure(example('judicial-record-certificate.json')), dossier);
    const total = /r\.fees\.total\s*\/\/=> (\d+)/.exec(text)?.[1];
    expect(r.fees.total).toBe(Number(total));
    const claimed = /r\.problems\s*\/\/=> (.*)/.exec(text)?.[1] ?? '';
    const codes = [...claimed.matchAll(/code: '([A-Z_]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(0);
    expect(r.problems.map((p) => p.code)).toEqual(codes);
    for (const m of claimed.matchAll(/document: \{ id: '([a-z-]+)'/g)) {
      expect(r.problems.map((p) => p.document?.id)).toContain(m[1]);
    }
  });
});

describe('did you mean …? in dossiers', () => {
  it('suggests the field or document an unknown id most likely means', () => {
    const p = defineProcedure(minimal());
    const d = minimalDossier();
    d.fields.coppies = 2;
    d.documents.push({ document: 'from', form: 'original' });
    const r = validateDossier(p, d);
    expect(r.problems.map((x) => [x.code, x.params.suggestion])).toEqual([
      ['FIELD_UNKNOWN', 'copies'],
      ['DOCUMENT_UNKNOWN', 'form'],
    ]);
    expect(r.problems[0]!.messageVi).toContain('có phải là "copies"?');
  });
});
