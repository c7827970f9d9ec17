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

export const conditionPool = [
  'abroad',
  'copies > 2',
  'kind == "foreigner"',
  'channel == "online"',
  'copies > "2"',
  'abraod',
  'kind == "alien"',
  'name.size() > 3 && !abroad',
  'copies +',
];

/**
 * A random step graph over n steps with random actions, times and a random total (shared by the rules and engine
 * property tests).
 */
export const arbitraryDefinition = fc
  .integer({ min: 1, max: 7 })
  .chain((n) => {
    const target = fc.integer({ min: 0, max: n - 1 });
    const action = fc.oneof(
      fc.record({ type: fc.constant('forward'), to: target }),
      fc.record({ type: fc.constant('forward'), to: target, when: fc.constantFrom(...conditionPool) }),
      fc.record({ type: fc.constant('approve'), to: target }),
      fc.record({ type: fc.constant('issue-result'), to: target }),
      fc.record({ type: fc.constant('request-financial-obligation'), to: target }),
      fc.record({ type: fc.constant('return'), to: target }),
      fc.record({
        type: fc.constant('consult'),
        branches: fc.uniqueArray(target, { minLength: 1, maxLength: 3 }),
        join: target,
      }),
      { arbitrary: fc.constant({ type: 'request-supplement' }), weight: 3 },
      fc.constantFrom(
        { type: 'reply' },
        { type: 'refuse' },
        { type: 'return-result' },
        { type: 'request-supplement' },
      ),
    );
    return fc.record({
      steps: fc.array(
        fc.record({
          time: fc.integer({ min: 0, max: 6 }).map((x) => x / 2),
          actions: fc.array(action, { minLength: 0, maxLength: 2 }),
          backbone: fc.integer({ min: 0, max: 5 }).map((x) => x > 0),
        }),
        { minLength: n, maxLength: n },
      ),
      total: fc.integer({ min: 1, max: 20 }),
      feeWhen: fc.option(fc.constantFrom(...conditionPool), { nil: undefined, freq: 2 }),
      documentWhen: fc.constantFrom(...conditionPool.slice(0, 4)),
    });
  })
  .map(({ steps, total, feeWhen, documentWhen }) => {
    const def = minimal();
    const id = (i: number) => `s${i}`;
    def.steps = steps.map((s, i) => ({
      id: id(i),
      name: { vi: `Bước ${i}` },
      agency: i === 0 ? 'desk' : 'office',
      role: 'review',
      time: s.time,
      // A backbone (each step forwards to the next, the last returns the result) plus random extra actions,
      // so that a good share of the generated definitions is accepted.
      actions: [
        ...(s.backbone || s.actions.length === 0
          ? [i === steps.length - 1 ? { type: 'return-result' } : { type: 'forward', to: i + 1 }]
          : []),
        ...(s.actions as Json[]),
      ].map((a: Json) => {
        const out: Json = { ...a };
        if ('to' in a) out.to = id(a.to);
        if ('join' in a) {
          out.join = id(a.join);
          out.branches = a.branches.map(id);
        }
        return out;
      }),
    }));
    def.timing.limit = { type: 'duration', amount: total, unit: 'working-days' };
    if (feeWhen !== undefined) def.fees[0].when = feeWhen;
    def.documents[1].when = documentWhen;
    return def;
  });

/**
 * Definitions with consultations built to be well-formed: receive → review, which consults 1–3 branches (chains of
 * 1–2 steps ending with a reply) joining at a decision step, then return. A branch's first step may itself consult
 * sub-branches that reply and join at the branch's next step — a nested consultation, which the engine cannot run.
 */
export const arbitraryConsultingDefinition = fc
  .array(
    fc.record({
      length: fc.integer({ min: 1, max: 2 }),
      nested: fc.integer({ min: 0, max: 2 }),
      time: fc.integer({ min: 0, max: 2 }).map((x) => x / 2),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((branches) => {
    const def = minimal();
    const step = (id: string, agency: string, role: string, actions: Json[], time = 0.5): Json => ({
      id,
      name: { vi: id },
      agency,
      role,
      time,
      actions,
    });
    const steps: Json[] = [
      step('receive', 'desk', 'receive', [{ type: 'forward', to: 'review' }]),
      step('review', 'office', 'review', [
        { type: 'consult', branches: branches.map((_, k) => `b${k}-0`), join: 'decide' },
      ]),
    ];
    branches.forEach((b, k) => {
      for (let j = 0; j < b.length; j++) {
        const id = `b${k}-${j}`;
        const last = j === b.length - 1;
        const next = last ? [{ type: 'reply' }] : [{ type: 'forward', to: `b${k}-${j + 1}` }];
        if (j === 0 && b.nested > 0 && !last) {
          const subs = Array.from({ length: b.nested }, (_, m) => `b${k}-n${m}`);
          steps.push(
            step(id, 'office', 'review', [{ type: 'consult', branches: subs, join: `b${k}-1` }], b.time),
          );
          for (const sub of subs) steps.push(step(sub, 'office', 'review', [{ type: 'reply' }], b.time));
        } else steps.push(step(id, 'office', 'review', next, b.time));
      }
    });
    steps.push(step('decide', 'office', 'decide', [{ type: 'issue-result', to: 'return' }]));
    steps.push(step('return', 'desk', 'return', [{ type: 'return-result' }]));
    def.steps = steps;
    def.timing.limit = { type: 'duration', amount: 20, unit: 'working-days' };
    return def;
  });
