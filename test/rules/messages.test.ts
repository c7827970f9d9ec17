/**
 * Messages by code: every code of the rules module has an English and a Vietnamese text, rendered from the
 * tables with its parameters; no Vietnamese text holds English (CEL's and zod's messages included), and real
 * problems raised by bad definitions and dossiers keep Vietnamese clean too.
 */
import { describe, expect, it } from 'vitest';
import {
  defineProcedure,
  dossierProblemCodes,
  inputProblemCodes,
  lintProblemCodes,
  safeDefineProcedure,
  schemaProblemCodes,
  validateDossier,
} from '../../src/rules/index.js';
import { en } from '../../src/rules/messages/en.js';
import { celReasons, vi } from '../../src/rules/messages/vi.js';
import { inputMessagesVi } from '../../src/shared/guard.js';
import type { ParamsOf } from '../../src/shared/messages.js';
import { englishWords } from '../support/english.js';
import { minimal, minimalDossier } from './fixtures.js';

type Samples = { readonly [C in keyof typeof en]: ParamsOf<typeof en, C> };
const label = { label: 'Họ tên', labelVi: 'Họ tên' };
const names = { name: 'Tờ khai', nameVi: 'Tờ khai' };
const subject = { subject: 'Lệ phí', subjectVi: 'Lệ phí' };
/** Parameters for every code (a missing code is a type error), Vietnamese-neutral so only the template is judged. */
const samples: Samples = {
  SCHEMA_UNKNOWN_KEY: { key: 'x1' },
  SCHEMA_MISSING: { expected: 'string' },
  SCHEMA_INVALID_TYPE: { expected: 'number', received: 'string' },
  SCHEMA_OUT_OF_RANGE: { what: 'length', bound: 'max', limit: 3, exclusive: false },
  SCHEMA_INVALID_FORMAT: { format: 'regex' },
  SCHEMA_INVALID_VALUE: { values: ['a1', 'b2'] },
  SCHEMA_INVALID: { discriminator: 'type' },
  DUPLICATE_ID: { kind: 'step', id: 'b1', date: null },
  UNKNOWN_AGENCY: { id: 'a1', suggestion: 'a2' },
  UNKNOWN_STEP: { id: 'b1', suggestion: 'b2' },
  UNKNOWN_FIELD: { id: 'f1', suggestion: null },
  UNREACHABLE_STEP: { step: 'b1', initial: 'b0' },
  STEP_CANNOT_FINISH: { step: 'b1' },
  NO_RESULT_RETURN: {},
  FORWARD_CYCLE: { from: 'b1', to: 'b0' },
  BRANCH_WITHOUT_JOIN: { branch: 'b1', join: 'b2' },
  REPLY_OUTSIDE_BRANCH: { step: 'b1' },
  NESTED_CONSULTATION: { step: 'b1', branch: 'b2', outer: 'b0' },
  RETURN_LEAVES_CONSULTATION: { step: 'b1', to: 'b0', branch: 'b1', outer: 'b0' },
  STEP_TIME_EXCEEDS_TOTAL: { longest: 3.5, unit: 'working-days', limit: 3, criticalPath: ['b0', 'b1'] },
  FRACTIONAL_CALENDAR_AMOUNT: { amount: 0.5, unit: 'calendar-days' },
  EXPRESSION_SYNTAX: {
    source: 'a >',
    column: 3,
    reason: 'unexpected_token',
    detail: 'Unexpected end of input',
  },
  EXPRESSION_UNKNOWN_NAME: { source: 'a1', name: 'a1', suggestion: 'a2' },
  EXPRESSION_TYPE: {
    source: 'a > "2"',
    reason: 'no_such_overload',
    detail: 'no such overload: int > string',
  },
  EXPRESSION_RESULT_TYPE: { source: 'a + 1', type: 'int', kind: 'condition' },
  EXPRESSION_FORBIDDEN_FUNCTION: { source: 'a.matches("x")', function: 'matches()', reason: 'regex' },
  EXPRESSION_TOO_COSTLY: { source: 'a', part: 'a', column: 1, cost: 30000, budget: 20000 },
  PROCEDURE_TOO_COSTLY: { cost: 200000, budget: 100000, costliest: 'checks[0].expr' },
  ENUM_VALUE_UNKNOWN: {
    value: 'x1',
    name: 'k1',
    builtIn: false,
    values: ['a1'],
    isDefault: false,
    suggestion: 'a1',
  },
  DATE_LITERAL_INVALID: { value: '2007-1-1', field: 'd1' },
  FEE_AMOUNT_NEGATIVE: { source: '-5', amount: -5, currency: 'VND' },
  IMPLEMENTER_NOT_DECLARED: { source: 'implementer == "m1"' },
  CLOCK_START_EVENT_UNRECORDED: { event: 'REPLY', reason: 'not-a-reply', step: 'b1', suggestion: 'b2' },
  LEGAL_BASIS_MISSING: { subject: 'step-limit', step: 'b1' },
  RESULT_NOT_DECIDED: { result: 'r1' },
  RESULT_UNKNOWN: { id: 'r1', suggestion: 'r2', declared: true },
  RESULT_AMBIGUOUS: { step: 'b1', results: ['r1', 'r2'] },
  STEP_LIMIT_EXCEEDS_TOTAL: {
    step: 'b1',
    amount: 15,
    unit: 'working-days',
    total: 10,
    totalUnit: 'working-days',
    variant: 0,
  },
  FEE_EFFECTIVE_OVERLAP: { id: 'f1', other: 0, from: '2026-01-01' },
  RESULT_AGENCY_DIFFERS: { result: 'r1', step: 'b1', stepAgency: 'a1', agency: 'a2' },
  RESULT_LIMIT_EXCEEDS_TOTAL: {
    result: 'r1',
    amount: 15,
    unit: 'working-days',
    total: 10,
    totalUnit: 'immediate',
  },
  EXTENSION_EXCEEDS_LIMIT: { amount: 2, unit: 'working-days', total: 1, totalUnit: 'working-hours' },
  LIMIT_UNITS_INCOMPARABLE: { subject: 'result', id: 'r1', unit: 'months', totalUnit: 'calendar-days' },
  FEE_CURRENCY_UNKNOWN: { currency: 'VDN', suggestion: 'VND' },
  DELIVERY_ONLINE_NOT_OFFERED: {},
  LIMIT_ZERO_USE_IMMEDIATE: {},
  IMPLEMENTER_MISSING: { purpose: 'fee-due', ...subject, values: ['m1', 'c1'] },
  IMPLEMENTER_UNKNOWN: { id: 'm2', suggestion: 'm1', values: ['m1'] },
  FIELD_NAME_RESERVED: { id: 'type' },
  FIELD_RANGE_INVERTED: { field: 'f1' },
  FIELD_DEFAULT_OUT_OF_RANGE: { field: 'f1' },
  EFFECTIVE_RANGE_INVERTED: { from: '2025-07-01', to: '2025-06-01' },
  DISTRICT_LEVEL_ABOLISHED: {},
  SUPPLEMENT_CLOCK_PAUSED: {},
  FINANCIAL_OBLIGATION_CLOCK_RUNS: {},
  RESULT_NOT_RETURNED_BY_DESK: { step: 'b1' },
  RECEIPT_NOT_AT_DESK: {},
  AGENCY_UNUSED: { agency: 'a1' },
  CONSULTED_AGENCY_NOT_COORDINATING: { agency: 'a1', step: 'b1' },
  ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS: { document: 'd1' },
  REUSE_BASIS_WITHOUT_ARTICLE: { document: 'd1' },
  VARIANT_UNIT_DIFFERS: { variantUnit: 'months', unit: 'working-days' },
  NO_DECISION_RECORDED: {},
  CHANNEL_NOT_OFFERED: { channel: 'post' },
  FIELD_UNKNOWN: { key: 'x1', suggestion: 'x2' },
  FIELD_MISSING: { ...label, purpose: 'fee-due', ...subject },
  FIELD_TYPE: { ...label, expected: 'integer' },
  FIELD_OUT_OF_RANGE: { ...label, min: 1, max: 50, length: true },
  FIELD_NOT_ALLOWED_VALUE: { ...label, values: ['Công dân'], valuesVi: ['Công dân'] },
  CHECK_FAILED: { check: 'c1', text: 'Phải đủ 18 tuổi', textVi: 'Phải đủ 18 tuổi' },
  CONDITION_ERROR: {
    source: '1 / a',
    purpose: 'fee-amount',
    ...subject,
    reason: 'division_by_zero',
    detail: 'division by zero',
  },
  DOCUMENT_MISSING: { ...names, forms: ['original', 'certified-copy'], copies: 2 },
  DOCUMENT_WRONG_FORM: { ...names, accepted: ['original'], given: 'copy' },
  DOCUMENT_TOO_FEW_COPIES: { ...names, required: 2, given: 1 },
  DOCUMENT_NOT_ACCEPTED_ELECTRONICALLY: { ...names, accepted: ['original'] },
  DOCUMENT_FORMAT_NOT_ACCEPTED: { ...names, format: 'docx', accepted: ['pdf'] },
  DOCUMENT_UNKNOWN: { id: 'd1', suggestion: null },
  DOCUMENT_NOT_REUSABLE: { ...names, accepted: ['original'] },
  DOCUMENT_REUSE_REPOSITORY: { ...names, repository: 'r1', allowed: ['r2'] },
  EXPRESSION_BUDGET_EXCEEDED: { source: 'a', variable: 'a', reason: 'too-long', length: 5000, max: 100 },
  AND_MORE: { count: 3 },
};

describe('message tables', () => {
  it('the detector finds English, and passes Vietnamese', () => {
    expect(englishWords('Sai kiểu dữ liệu: Invalid input: expected string')).toEqual([
      'Invalid',
      'input',
      'expected',
      'string',
    ]);
    expect(englishWords('Không có bước nào có mã "reveiw"; có phải là "review"?')).toEqual([]);
    expect(englishWords('the step')).toEqual(['the', 'step']);
  });

  it('every code of the rules module has both texts', () => {
    const codes = [...schemaProblemCodes, ...lintProblemCodes, ...dossierProblemCodes];
    expect(codes.filter((c) => !(c in en) || !(c in vi))).toEqual([]);
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    expect(inputProblemCodes.filter((c) => !(c in inputMessagesVi))).toEqual([]);
  });

  it.each(Object.keys(en) as (keyof typeof en)[])(
    '%s: Vietnamese without English, English different',
    (code) => {
      const render = <T>(table: T) => (table[code as keyof T] as (p: unknown) => string)(samples[code]);
      const textVi = render(vi);
      const textEn = render(en);
      expect(textVi.trim().length).toBeGreaterThan(0);
      expect(englishWords(textVi)).toEqual([]);
      if (code !== 'CHECK_FAILED') expect(textEn).not.toBe(textVi);
    },
  );

  it('every CEL reason has a Vietnamese phrase without English', () => {
    for (const [reason, text] of Object.entries(celReasons)) expect(englishWords(text), reason).toEqual([]);
  });
});

describe('problems raised', () => {
  it("never carry CEL's or zod's English into messageVi", () => {
    const broken = minimal();
    broken.version = 3;
    broken.steps[0].copeis = 1;
    broken.level = 'ward';
    const schema = safeDefineProcedure(broken);
    const lint = minimal();
    lint.fees[0].when = 'copies > "2"';
    lint.documents[1].when = 'copies >';
    lint.steps[0].actions[0].to = 'reveiw';
    lint.fields[2].id = 'type';
    const linted = safeDefineProcedure(lint);
    const runtime = minimal();
    runtime.fees[0].amount = { expr: '100000 / (copies - 1)' };
    const dossier = validateDossier(defineProcedure(runtime), {
      ...minimalDossier(),
      channel: 'post',
      fields: { copies: 1, x: 2 },
    });
    const all = [
      ...(schema.ok ? [] : schema.problems),
      ...(linted.ok ? [] : linted.problems),
      ...dossier.problems,
    ];
    expect(all.length).toBeGreaterThan(8);
    for (const p of all) expect(englishWords(p.messageVi), `${p.code}: ${p.messageVi}`).toEqual([]);
  });
});
