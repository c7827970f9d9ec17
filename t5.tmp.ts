import { engineMessagesEn, engineMessagesVi } from './src/engine/index.js';
import { englishWords } from './test/support/english-rules.js';

const sample: any = {
  problem: 'missing',
  field: 'by',
  type: 'FORWARD',
  value: '"nha"',
  allowed: ['SUBMIT', 'RECEIVE'],
  max: 100,
  expected: 'instant',
  given: '"mai"',
  expression: '"x"',
  detail: 'English detail',
  fieldType: 'integer',
  phase: 'processing',
  by: '"so"',
  holders: ['"so"'],
  steps: ['"nha"'],
  seq: 3,
  at: '2026-03-02T09:00:00+07:00',
  lastAt: '2026-03-02T10:00:00+07:00',
  due: '2026-03-02T17:00:00+07:00',
  day: '2026-03-03',
  dueDate: '2026-03-04',
  newDueDate: '2026-03-06',
  latest: '2026-03-09',
  decidedAt: '2026-03-02T09:00:00+07:00',
  closeAt: '2026-03-20T00:00:00+07:00',
  restarted: false,
  regime: 'decree-118-2025',
  reason: 'once',
  code: '1.000894',
  version: '2026.1',
  from: '2026-01-01',
  to: null,
  hash: 'ab'.repeat(32),
  option: 'policy',
  argument: 'at',
  once: true,
  used: 80,
  step: '"nha"',
  agency: '"so"',
  policy: 'working-hours',
  hours: 2,
  days: null,
  start: '2026-03-02T07:30:00+07:00',
  index: 2,
  events: 10,
  head: 'ab'.repeat(32),
  stored: 'ab'.repeat(32),
  replayed: 'cd'.repeat(32),
  path: 'ledger.0',
};
for (const c of Object.keys(engineMessagesVi)) {
  const v = (engineMessagesVi as any)[c](sample);
  const w = englishWords(v);
  if (w.length) console.log(c, w, '::', v);
}
for (const problem of [
  'not-an-object',
  'unknown-type',
  'missing',
  'unknown-key',
  'not-text',
  'not-id',
  'not-code',
  'not-instant',
  'not-day',
  'not-seq',
  'not-amount',
  'not-one-of',
  'not-list',
  'not-hash',
  'not-fields',
  'not-step-map',
  'not-a-field',
  'field-value',
  'condition',
  'deadline-outside-calendar',
]) {
  const v = engineMessagesVi.INVALID_EVENT({ ...sample, problem });
  const w = englishWords(v);
  if (w.length) console.log('EV', problem, w, '::', v);
}
for (const problem of [
  'shape',
  'format',
  'procedure-mismatch',
  'state-unknown',
  'visit-step-unknown',
  'visits-disagree',
  'ledger-order',
  'ledger-outside',
  'ledger-start',
  'ledger-pairs',
  'state-facts',
  'limit-not-allowed',
  'conditions-unknown',
]) {
  const v = engineMessagesVi.INVALID_SNAPSHOT({ ...sample, problem });
  const w = englishWords(v);
  if (w.length) console.log('SN', problem, w, '::', v);
}
