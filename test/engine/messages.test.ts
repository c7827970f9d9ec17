/**
 * Messages by code: every rejection, error, alert and explanation of the engine has an English and a Vietnamese
 * text from the tables, with the same parameters; no Vietnamese text contains English — the validators' and the
 * expression evaluator's messages included.
 */
import { describe, expect, it } from 'vitest';
import { type DossierEvent, engineMessagesEn, engineMessagesVi, parseEvent } from '../../src/engine/index.js';
import { englishWords } from '../support/english-rules.js';
import { business, businessReceived, engine, run } from './fixtures.js';

/** Sample parameters, Vietnamese-safe (data as a desk would type it). */
const sample: Record<string, unknown> = {
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

/** Parameters a code takes differently from the sample, and the variants each code has. */
const variants: Record<string, Record<string, unknown>[]> = {
  STALE_SEQUENCE: [{ expected: 4 }],
  HASH_MISMATCH: [{ expected: 'cd'.repeat(32), given: 'ab'.repeat(32) }],
  WITHDRAWAL_NOT_ALLOWED: [{ reason: 'decided' }, { reason: 'decree-61' }],
  APOLOGY_NOT_ALLOWED: ['once', 'decided', 'too-late', 'not-later', 'too-far', 'not-received'].map(
    (reason) => ({ reason }),
  ),
  STOP_NOT_ALLOWED: ['decided', 'decree-61', 'no-supplement', 'period-running'].map((reason) => ({ reason })),
  INVALID_MIGRATION: [
    'unknown-version',
    'other-procedure',
    'same-version',
    'not-in-force',
    'during-consultation',
    'step-missing',
    'state-missing',
    'new-condition',
  ].map((problem) => ({ problem })),
  INVALID_SNAPSHOT: [{ problem: 'shape' }],
  RESULT_NOT_RETURNABLE: ['unknown', 'not-issued', 'returned', 'pending'].map((reason) => ({
    reason,
    result: 'khai-sinh',
    pending: ['health-card'],
  })),
  EXTENSION_NOT_ALLOWED: [
    'not-offered',
    'decided',
    'once',
    'apologized',
    'not-started',
    'too-late',
    'not-later',
    'too-far',
  ].flatMap((reason) => [
    { reason, byAgreement: false },
    { reason, byAgreement: true },
  ]),
  CHOICE_NOT_OFFERED: ['implementer', 'delivery'].map((choice) => ({ choice })),
  FEE_NOT_ALLOWED: ['paid', 'no-fee'].map((reason) => ({ reason })),
  REUSE_NOT_ALLOWED: [{ document: 'identity', name: 'Bản chụp Thẻ Căn cước', reusable: ['residence'] }],
  SUPPLEMENT_TOO_LATE: [
    { sector: false, amount: 3, unit: 'working-days' },
    { sector: true, amount: 7, unit: 'working-days', restarted: true },
    { sector: true, amount: 12, unit: 'calendar-days' },
  ],
  EXPLAIN_PAUSE: [
    { reason: 'financial-obligation', days: null },
    { reason: 'supplement', days: 2 },
  ],
  EXPLAIN_EXTENSION: [{ reason: 'Quá tải', to: '2026-03-10' }],
  EXPLAIN_PROLONG: [{ reason: 'Nhiều bản sao', to: '2027-02-15' }],
  HISTORY_SNAPSHOT_DIFFERS: [{ stored: '"10"', replayed: '"20"' }],
  INVALID_OPTIONS: ['one-of', 'instant', 'thresholds', 'positive-integer'].map((expected) => ({ expected })),
  INVALID_ARGUMENT: [
    'object',
    'procedure',
    'snapshot',
    'events',
    'visit',
    'documents',
    'text',
    'form',
    'apology',
    'stopped',
    'received',
    'circular-form',
    'agency-code',
    'digits',
    'sequence',
    'yymmdd-day',
    'period',
    'decree-118-dossier',
    'document-ids',
  ].map((expected) => ({ expected })),
};

describe('the engine message tables', () => {
  const codes = Object.keys(engineMessagesEn) as (keyof typeof engineMessagesEn)[];

  it('have the same codes in both languages', () => {
    expect(Object.keys(engineMessagesVi).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s renders in both languages, the Vietnamese without English', (code) => {
    for (const extra of variants[code] ?? [{}]) {
      const params = { ...sample, ...extra };
      const en = (engineMessagesEn[code] as (p: unknown) => string)(params);
      const vi = (engineMessagesVi[code] as (p: unknown) => string)(params);
      expect(en.length).toBeGreaterThan(5);
      expect(vi.length).toBeGreaterThan(5);
      expect(vi).not.toBe(en);
      expect(englishWords(vi), vi).toEqual([]);
    }
  });

  it('every problem of INVALID_EVENT and INVALID_SNAPSHOT renders without English', () => {
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
      'not-documents',
      'not-a-document',
      'not-a-field',
      'field-value',
      'condition',
      'deadline-outside-calendar',
    ]) {
      const vi = engineMessagesVi.INVALID_EVENT({ ...sample, problem } as never);
      expect(englishWords(vi), vi).toEqual([]);
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
      'digitisation-disagrees',
    ]) {
      const vi = engineMessagesVi.INVALID_SNAPSHOT({ ...sample, problem } as never);
      expect(englishWords(vi), vi).toEqual([]);
    }
  });
});

describe('real rejections carry no English in Vietnamese', () => {
  const s = run(business, businessReceived);
  const bad: unknown[] = [
    { type: 'FORWARD', seq: 4, at: 'yesterday', by: 'bro' },
    { type: 'FORWARD', seq: 4, at: '2026-03-02T10:00:00+07:00', by: 1 },
    { type: 'TELEPORT', seq: 4, at: '2026-03-02T10:00:00+07:00' },
    {
      type: 'APOLOGIZE',
      seq: 4,
      at: '2026-03-02T10:00:00+07:00',
      by: 'bro',
      reason: 'x',
      newDueDate: '2026-02-30',
    },
    { type: 'RETURN', seq: 4, at: '2026-03-02T10:00:00+07:00', by: 'bro', reason: '' },
    { type: 'FORWARD', seq: 9, at: '2026-03-02T10:00:00+07:00', by: 'bro' },
    { type: 'RECEIVE', seq: 4, at: '2026-03-02T10:00:00+07:00', by: 'bro', dossierCode: 'X' },
    { type: 'SUBMIT', seq: 4, at: '2026-03-02T10:00:00+07:00', channel: 'fax' },
    { type: 'STOP', seq: 4, at: '2026-03-02T10:00:00+07:00', by: 'bro', reason: 'supplement-not-completed' },
  ];
  it.each(bad.map((b) => [JSON.stringify(b), b]))('%s', (_, event) => {
    const r = engine.applyEvent(s, event as DossierEvent);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(englishWords(r.rejection.messageVi), r.rejection.messageVi).toEqual([]);
    expect(r.rejection.messageVi).not.toMatch(/Invalid input|expected|received/);
    const parsed = parseEvent(event);
    if (!parsed.ok) expect(parsed.rejection).toEqual(r.rejection);
  });
});
