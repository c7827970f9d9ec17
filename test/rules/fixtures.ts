/**
 * Shared fixtures for the rules tests: a minimal clean definition (no errors, no warnings) that each lint test
 * breaks in exactly one way, and the example procedures under examples/procedures/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are mutated freely by the tests.
export type Json = any;

/** A fresh minimal definition: desk receives, office reviews, desk returns; 3 working days. */
export function minimal(): Json {
  return {
    code: '1.000001',
    name: { vi: 'Thủ tục thử', en: 'Test procedure' },
    version: '1',
    field: { vi: 'Thử nghiệm' },
    level: 'province',
    legalBasis: [{ document: 'Decree 118/2025/NĐ-CP', articles: ['17'] }],
    effective: { from: '2025-07-01' },
    agencies: [
      { id: 'desk', name: { vi: 'Bộ phận Một cửa' } },
      { id: 'office', name: { vi: 'Sở' } },
    ],
    roles: { desk: 'desk', lead: 'office', deciding: 'office' },
    timing: { limit: { type: 'duration', amount: 3, unit: 'working-days' } },
    channels: { inPerson: true, post: false, online: 'none' },
    fields: [
      { id: 'copies', type: 'integer', label: { vi: 'Số bản', en: 'Copies' }, min: 1, max: 50 },
      {
        id: 'kind',
        type: 'enum',
        label: { vi: 'Loại người nộp', en: 'Applicant type' },
        values: [
          { value: 'citizen', label: { vi: 'Công dân', en: 'Citizen' } },
          { value: 'foreigner', label: { vi: 'Người nước ngoài', en: 'Foreigner' } },
        ],
      },
      { id: 'name', type: 'string', label: { vi: 'Họ tên', en: 'Name' }, maxLength: 100 },
      { id: 'birthDate', type: 'date', label: { vi: 'Ngày sinh' }, required: false },
      { id: 'area', type: 'number', label: { vi: 'Diện tích' }, required: false, min: 0 },
      { id: 'abroad', type: 'boolean', label: { vi: 'Cư trú ở nước ngoài', en: 'Lived abroad' } },
    ],
    checks: [],
    documents: [
      {
        id: 'form',
        name: { vi: 'Tờ khai', en: 'Declaration' },
        accepts: ['original'],
        electronicFormats: ['pdf'],
      },
      {
        id: 'proof',
        name: { vi: 'Giấy tờ chứng minh', en: 'Proof' },
        accepts: ['certified-copy', 'original'],
        copies: 2,
        when: 'abroad',
      },
    ],
    fees: [{ id: 'fee', kind: 'fee', name: { vi: 'Lệ phí', en: 'Fee' }, amount: 50000 }],
    steps: [
      {
        id: 'receive',
        name: { vi: 'Tiếp nhận' },
        agency: 'desk',
        role: 'receive',
        time: 0.5,
        actions: [{ type: 'forward', to: 'review' }, { type: 'request-supplement' }, { type: 'refuse' }],
      },
      {
        id: 'review',
        name: { vi: 'Thẩm định' },
        agency: 'office',
        role: 'review',
        time: 2,
        actions: [{ type: 'approve', to: 'return' }, { type: 'refuse' }],
      },
      {
        id: 'return',
        name: { vi: 'Trả kết quả' },
        agency: 'desk',
        role: 'return',
        time: 0.5,
        actions: [{ type: 'return-result' }],
      },
    ],
  };
}

/** A valid dossier for {@link minimal}. */
export function minimalDossier(): Json {
  return {
    channel: 'in-person',
    fields: { copies: 1, kind: 'citizen', name: 'Nguyễn Văn A', abroad: false },
    documents: [{ document: 'form', form: 'original' }],
  };
}

export const examplesDir = join(import.meta.dirname, '..', '..', 'examples', 'procedures');

/** The example procedures as parsed JSON, by file name. */
export function examples(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const file of readdirSync(examplesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    out[file] = JSON.parse(readFileSync(join(examplesDir, file), 'utf8'));
  }
  return out;
}

export function example(file: string): Json {
  return JSON.parse(readFileSync(join(examplesDir, file), 'utf8'));
}

/** Random damage to a valid definition: replace a value, delete a key, or add a stray key. */
export const damagedDefinition = fc
  .tuple(
    fc.array(
      fc.record({
        pick: fc.nat(),
        kind: fc.constantFrom('replace', 'delete', 'add'),
        value: fc.jsonValue({ maxDepth: 2 }),
        key: fc.string({ minLength: 1, maxLength: 8 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([edits]) => {
    const def = minimal();
    for (const edit of edits) {
      const paths: (string | number)[][] = [];
      const collect = (v: Json, path: (string | number)[]) => {
        if (path.length > 0) paths.push(path);
        if (v && typeof v === 'object') {
          for (const k of Object.keys(v)) collect(v[k], [...path, Array.isArray(v) ? Number(k) : k]);
        }
      };
      collect(def, []);
      const path = paths[edit.pick % paths.length]!;
      const parent = path.slice(0, -1).reduce((o: Json, k) => o[k], def);
      const last = path[path.length - 1]!;
      if (edit.kind === 'replace') parent[last] = edit.value;
      else if (edit.kind === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
      } else if (parent && typeof parent === 'object' && !Array.isArray(parent)) {
        Object.defineProperty(parent, edit.key, {
          value: edit.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    return def;
  });
