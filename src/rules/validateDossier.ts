/**
 * Checks a dossier (hồ sơ) against a loaded procedure and reports everything missing or wrong at once — missing
 * documents, wrong form (original / certified copy / copy), too few copies, electronic formats not accepted,
 * fields failing their type, bounds or rules — with Vietnamese and English text and the document or field
 * concerned, ready for the supplement request slip (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; Decree 118/2025
 * Art. 17(1): an incomplete dossier gets a supplement request, not a receipt). Also computes the fees due and
 * the time limit that applies.
 *
 * Untrusted input is guarded first (`limits.ts`): prototype-pollution keys, deep nesting, huge arrays or strings
 * become problems; nothing throws and nothing hangs.
 */
import { match } from 'ts-pattern';
import type { Procedure } from './defineProcedure.js';
import { type CompiledExpression, type FieldValue, toExpressionContext } from './expressions.js';
import { inspectInput } from './limits.js';
import { type Names, type Problem, type ProblemPath, problem } from './problems.js';
import type { PaperForm, RequiredDocument } from './schema/documents.js';
import { dossierSchema, type SubmittedDocument } from './schema/dossier.js';
import type { Fee } from './schema/fees.js';
import type { FormField } from './schema/fields.js';
import type { TimeLimit } from './schema/timing.js';
import { schemaProblems } from './schemaProblems.js';

/** A fee line due for this dossier. */
export interface FeeDue {
  readonly id: string;
  readonly kind: Fee['kind'];
  readonly name: Names;
  /** VND. */
  readonly amount: number;
}

/** The result of {@link validateDossier}. */
export interface DossierValidation {
  /** True when there is no error (warnings may remain): the dossier can be received. */
  readonly ok: boolean;
  /** Errors and warnings, in definition order. */
  readonly problems: readonly Problem[];
  /** Fees due, itemised, and their total in VND. */
  readonly fees: { readonly items: readonly FeeDue[]; readonly total: number; readonly currency: 'VND' };
  /** Time limit applying to this dossier (the first matching variant, else the procedure's limit). */
  readonly timeLimit: TimeLimit;
  /** Ids of the documents required for this dossier (conditions evaluated). */
  readonly requiredDocuments: readonly string[];
}

const formVi: Readonly<Record<PaperForm | 'electronic', string>> = {
  original: 'bản chính',
  'certified-copy': 'bản sao có chứng thực',
  copy: 'bản sao',
  electronic: 'bản điện tử',
};
const formEn: Readonly<Record<PaperForm | 'electronic', string>> = {
  original: 'original',
  'certified-copy': 'certified copy',
  copy: 'copy',
  electronic: 'electronic file',
};

/**
 * Validates a dossier against a procedure.
 *
 * @example
 * const r = validateDossier(judicialRecord, {
 *   channel: 'in-person',
 *   fields: { copies: 3, hasSeveralResidences: false, livedAbroad: false, isForeigner: false },
 *   documents: [{ document: 'declaration', form: 'original' }],
 * });
 * r.fees.total //=> 205000  (200,000 VND + 5,000 for the third copy)
 * r.problems   //=> [{ code: 'DOCUMENT_MISSING', document: { id: 'identity', … }, messageVi: 'Thiếu: Bản chụp giấy tờ tùy thân …' }]
 * // (without `livedAbroad`, a FIELD_MISSING for that required field comes first)
 */
export function validateDossier(procedure: Procedure, input: unknown): DossierValidation {
  const d = procedure.definition;
  const emptyFees = { items: [], total: 0, currency: 'VND' as const };
  const unsafe = inspectInput(input);
  if (unsafe.length > 0) {
    return { ok: false, problems: unsafe, fees: emptyFees, timeLimit: d.timing.limit, requiredDocuments: [] };
  }
  const parsed = dossierSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: schemaProblems(parsed.error, input),
      fees: emptyFees,
      timeLimit: d.timing.limit,
      requiredDocuments: [],
    };
  }
  const dossier = parsed.data;
  const problems: Problem[] = [];

  // Channel (Decree 118 Art. 15).
  const offered = match(dossier.channel)
    .with('in-person', () => d.channels.inPerson)
    .with('post', () => d.channels.post)
    .with('online', () => d.channels.online !== 'none')
    .exhaustive();
  if (!offered) {
    problems.push(
      problem(
        'CHANNEL_NOT_OFFERED',
        'error',
        ['channel'],
        `This procedure cannot be submitted ${channelEn(dossier.channel)}`,
        `Thủ tục này không tiếp nhận hồ sơ ${channelVi(dossier.channel)}`,
      ),
    );
  }

  // Field values: type and bounds first; only valid values reach expressions.
  const valid: Record<string, FieldValue> = Object.create(null);
  const reported = new Set<string>();
  const declared = new Set(d.fields.map((f) => f.id));
  for (const field of d.fields) {
    const given = Object.hasOwn(dossier.fields, field.id) ? dossier.fields[field.id] : undefined;
    const value = given === undefined || given === null || given === '' ? field.default : given;
    if (value === undefined) continue;
    const fault = fieldFault(field, value);
    if (fault) {
      problems.push(fault);
      reported.add(field.id);
    } else valid[field.id] = value;
  }
  for (const key of Object.keys(dossier.fields)) {
    if (!declared.has(key)) {
      problems.push(
        problem(
          'FIELD_UNKNOWN',
          'warning',
          ['fields', key],
          `"${clip(key)}" is not a field of this procedure's form; it is ignored`,
          `"${clip(key)}" không phải là trường của tờ khai thủ tục này; bị bỏ qua`,
        ),
      );
    }
  }
  const context = toExpressionContext(d.fields, valid, dossier.channel);
  const fieldOf = new Map(d.fields.map((f) => [f.id, f]));

  /** Evaluates a compiled expression; undefined when it cannot be decided (problems already reported). */
  const evaluate = (expr: CompiledExpression | undefined, purposeEn: string, purposeVi: string): unknown => {
    if (!expr) return undefined;
    let undecided = false;
    for (const name of expr.variables) {
      if (name in context) continue;
      undecided = true;
      const field = fieldOf.get(name);
      if (!field || reported.has(name)) continue;
      reported.add(name);
      problems.push(
        problem(
          'FIELD_MISSING',
          'error',
          ['fields', name],
          `"${field.label.en ?? field.label.vi}" is needed to ${purposeEn}`,
          `Cần khai "${field.label.vi}" để ${purposeVi}`,
          { field: { id: field.id, label: field.label } },
        ),
      );
    }
    if (undecided) return undefined;
    try {
      return expr.evaluate(context);
    } catch (error) {
      const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      problems.push(
        problem(
          'CONDITION_ERROR',
          'error',
          expr.path,
          `Cannot ${purposeEn}: expression "${expr.source}" failed (${detail})`,
          `Không thể ${purposeVi}: biểu thức "${expr.source}" lỗi (${detail})`,
        ),
      );
      return undefined;
    }
  };

  // Required fields (possibly conditional).
  d.fields.forEach((field, i) => {
    if (Object.hasOwn(valid, field.id) || reported.has(field.id)) return;
    const required =
      field.requiredWhen === undefined
        ? field.required
        : evaluate(
            procedure.expression(['fields', i, 'requiredWhen']),
            `decide whether "${field.id}" is required`,
            `xác định trường "${field.label.vi}" có bắt buộc không`,
          ) === true;
    if (required && !reported.has(field.id)) {
      reported.add(field.id);
      problems.push(
        problem(
          'FIELD_MISSING',
          'error',
          ['fields', field.id],
          `"${field.label.en ?? field.label.vi}" is required`,
          `Chưa khai "${field.label.vi}" (bắt buộc)`,
          { field: { id: field.id, label: field.label } },
        ),
      );
    }
  });

  // Cross-field checks.
  d.checks.forEach((check, i) => {
    if (check.when !== undefined) {
      const applies = evaluate(
        procedure.expression(['checks', i, 'when']),
        'apply a check',
        'áp dụng quy tắc',
      );
      if (applies !== true) return;
    }
    const ok = evaluate(procedure.expression(['checks', i, 'expr']), 'apply a check', 'áp dụng quy tắc');
    if (ok === false) {
      const field = check.field === undefined ? undefined : fieldOf.get(check.field);
      problems.push(
        problem(
          'CHECK_FAILED',
          'error',
          field ? ['fields', field.id] : ['fields'],
          check.message.en ?? check.message.vi,
          check.message.vi,
          field ? { field: { id: field.id, label: field.label } } : {},
        ),
      );
    }
  });

  // Documents.
  const requiredDocuments: string[] = [];
  const knownDocuments = new Set(d.documents.map((x) => x.id));
  d.documents.forEach((doc, i) => {
    if (doc.when !== undefined) {
      const needed = evaluate(
        procedure.expression(['documents', i, 'when']),
        `decide whether "${doc.name.en ?? doc.name.vi}" is required`,
        `xác định có cần "${doc.name.vi}" không`,
      );
      if (needed !== true) return;
    }
    requiredDocuments.push(doc.id);
    const submitted: [SubmittedDocument, number][] = [];
    dossier.documents.forEach((s, j) => {
      if (s.document === doc.id) submitted.push([s, j]);
    });
    if (submitted.length === 0) {
      problems.push(
        problem(
          'DOCUMENT_MISSING',
          'error',
          ['documents'],
          `Missing: ${doc.name.en ?? doc.name.vi} (${doc.accepts.map((f) => formEn[f]).join(' or ')}, ${doc.copies} ${doc.copies === 1 ? 'copy' : 'copies'})`,
          `Thiếu: ${doc.name.vi} (${doc.accepts.map((f) => formVi[f]).join(' hoặc ')}, ${doc.copies} bản)`,
          { document: { id: doc.id, name: doc.name } },
        ),
      );
      return;
    }
    const faults = submitted.map(([s, j]) => documentFaults(doc, s, ['documents', j]));
    if (faults.some((f) => f.length === 0)) return;
    for (const f of faults) problems.push(...f);
  });
  dossier.documents.forEach((s, j) => {
    if (!knownDocuments.has(s.document)) {
      problems.push(
        problem(
          'DOCUMENT_UNKNOWN',
          'warning',
          ['documents', j, 'document'],
          `"${clip(s.document)}" is not a document of this procedure`,
          `"${clip(s.document)}" không phải là thành phần hồ sơ của thủ tục này`,
        ),
      );
    }
  });

  // Fees (phí, lệ phí).
  const items: FeeDue[] = [];
  d.fees.forEach((fee, i) => {
    if (fee.when !== undefined) {
      const due = evaluate(
        procedure.expression(['fees', i, 'when']),
        `decide whether "${fee.id}" is due`,
        `xác định khoản "${fee.name.vi}" có phải nộp không`,
      );
      if (due !== true) return;
    }
    let amount: number | undefined;
    if (typeof fee.amount === 'number') amount = fee.amount;
    else {
      const raw = evaluate(
        procedure.expression(['fees', i, 'amount', 'expr']),
        `compute "${fee.id}"`,
        `tính khoản "${fee.name.vi}"`,
      );
      if (typeof raw === 'bigint' && raw >= 0n && raw <= BigInt(Number.MAX_SAFE_INTEGER))
        amount = Number(raw);
      else if (raw !== undefined) {
        problems.push(
          problem(
            'CONDITION_ERROR',
            'error',
            ['fees', i, 'amount', 'expr'],
            `Fee "${fee.id}" evaluated to ${String(raw)}, not an amount in VND`,
            `Khoản "${fee.name.vi}" tính ra ${String(raw)}, không phải số tiền hợp lệ`,
          ),
        );
      }
    }
    if (amount !== undefined) items.push({ id: fee.id, kind: fee.kind, name: fee.name, amount });
  });

  // Time limit variants (first match wins).
  let timeLimit: DossierValidation['timeLimit'] = d.timing.limit;
  for (let i = 0; i < d.timing.variants.length; i++) {
    const variant = d.timing.variants[i]!;
    const applies = evaluate(
      procedure.expression(['timing', 'variants', i, 'when']),
      'decide the time limit',
      'xác định thời hạn giải quyết',
    );
    if (applies === true) {
      timeLimit = { type: 'duration', ...variant.limit };
      break;
    }
  }

  return {
    ok: !problems.some((p) => p.severity === 'error'),
    problems,
    fees: { items, total: items.reduce((sum, x) => sum + x.amount, 0), currency: 'VND' },
    timeLimit,
    requiredDocuments,
  };
}

/** The problem with one field value, if any. */
function fieldFault(field: FormField, value: FieldValue): Problem | undefined {
  const path: ProblemPath = ['fields', field.id];
  const about = { field: { id: field.id, label: field.label } };
  const name = field.label.en ?? field.label.vi;
  const typeFault = (expectedEn: string, expectedVi: string) =>
    problem(
      'FIELD_TYPE',
      'error',
      path,
      `"${name}" must be ${expectedEn}`,
      `"${field.label.vi}" phải là ${expectedVi}`,
      about,
    );
  const range = (low: number | undefined, high: number | undefined, v: number, unitEn = '', unitVi = '') => {
    if ((low === undefined || v >= low) && (high === undefined || v <= high)) return undefined;
    const en = `between ${low ?? '-∞'} and ${high ?? '∞'}${unitEn}`;
    const vi = `trong khoảng ${low ?? '-∞'} đến ${high ?? '∞'}${unitVi}`;
    return problem(
      'FIELD_OUT_OF_RANGE',
      'error',
      path,
      `"${name}" must be ${en}`,
      `"${field.label.vi}" phải ${vi}`,
      about,
    );
  };
  return match(field)
    .with({ type: 'string' }, (f) =>
      typeof value !== 'string'
        ? typeFault('text', 'chuỗi ký tự')
        : range(f.minLength, f.maxLength, value.length, ' characters long', ' ký tự'),
    )
    .with({ type: 'integer' }, (f) =>
      typeof value !== 'number' || !Number.isSafeInteger(value)
        ? typeFault('a whole number', 'số nguyên')
        : range(f.min, f.max, value),
    )
    .with({ type: 'number' }, (f) =>
      typeof value !== 'number' || !Number.isFinite(value)
        ? typeFault('a number', 'số')
        : range(f.min, f.max, value),
    )
    .with({ type: 'boolean' }, () =>
      typeof value !== 'boolean' ? typeFault('yes or no', 'có hoặc không') : undefined,
    )
    .with({ type: 'date' }, () =>
      typeof value !== 'string' || !isCalendarDay(value)
        ? typeFault('a date (YYYY-MM-DD)', 'ngày dạng YYYY-MM-DD')
        : undefined,
    )
    .with({ type: 'enum' }, (f) => {
      if (typeof value === 'string' && f.values.some((v) => v.value === value)) return undefined;
      return problem(
        'FIELD_NOT_ALLOWED_VALUE',
        'error',
        path,
        `"${name}" must be one of: ${f.values.map((v) => v.label.en ?? v.value).join(', ')}`,
        `"${field.label.vi}" phải là một trong: ${f.values.map((v) => v.label.vi).join(', ')}`,
        about,
      );
    })
    .exhaustive();
}

/** The problems of one submitted copy of a required document (empty when it satisfies the requirement). */
function documentFaults(doc: RequiredDocument, s: SubmittedDocument, path: ProblemPath): Problem[] {
  const about = { document: { id: doc.id, name: doc.name } };
  const name = doc.name.en ?? doc.name.vi;
  if (s.form === 'electronic') {
    if (doc.electronicFormats.length === 0) {
      return [
        problem(
          'DOCUMENT_NOT_ACCEPTED_ELECTRONICALLY',
          'error',
          [...path, 'form'],
          `${name} is not accepted as an electronic file; hand in ${doc.accepts.map((f) => formEn[f]).join(' or ')}`,
          `${doc.name.vi} không được nộp dưới dạng điện tử; cần nộp ${doc.accepts.map((f) => formVi[f]).join(' hoặc ')}`,
          about,
        ),
      ];
    }
    if (s.format === undefined || !doc.electronicFormats.includes(s.format.toLowerCase())) {
      return [
        problem(
          'DOCUMENT_FORMAT_NOT_ACCEPTED',
          'error',
          [...path, s.format === undefined ? 'form' : 'format'],
          `${name}: file format ${s.format ?? '(none given)'} is not accepted (accepted: ${doc.electronicFormats.join(', ')})`,
          `${doc.name.vi}: định dạng tệp ${s.format ?? '(không rõ)'} không được chấp nhận (chấp nhận: ${doc.electronicFormats.join(', ')})`,
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
        [...path, 'form'],
        `${name}: ${doc.accepts.map((f) => formEn[f]).join(' or ')} required, ${formEn[s.form]} handed in`,
        `${doc.name.vi}: cần ${doc.accepts.map((f) => formVi[f]).join(' hoặc ')}, đã nộp ${formVi[s.form]}`,
        about,
      ),
    );
  }
  if (s.copies < doc.copies) {
    out.push(
      problem(
        'DOCUMENT_TOO_FEW_COPIES',
        'error',
        [...path, 'copies'],
        `${name}: ${doc.copies} copies required, ${s.copies} handed in`,
        `${doc.name.vi}: cần ${doc.copies} bản, mới nộp ${s.copies} bản`,
        about,
      ),
    );
  }
  return out;
}

function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

function channelEn(channel: string): string {
  return channel === 'online' ? 'online' : channel === 'post' ? 'by post' : 'in person';
}

function channelVi(channel: string): string {
  return channel === 'online' ? 'trực tuyến' : channel === 'post' ? 'qua bưu chính' : 'trực tiếp';
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
