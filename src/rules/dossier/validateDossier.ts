/**
 * Checks a dossier (hồ sơ) against a loaded procedure and reports everything missing or wrong at once — missing
 * documents, wrong form (original / certified copy / copy), too few copies, electronic formats not accepted,
 * fields failing their type, bounds or rules — in Vietnamese and English, with the document or field concerned,
 * ready for the supplement request slip (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; Decree 118/2025 Art. 17(1):
 * an incomplete dossier gets a supplement request, not a receipt). Also computes the fees due — the entries in
 * force on the receipt day, in their currencies, totalled per currency — and the time limit that applies.
 * Conditions read the form fields, `channel`, `receiptDay` and (when the procedure has implementing offices)
 * `implementer`. A document the definition lets be taken from electronic data (`reuse`) is satisfied by a
 * reference to that data (`{ document, form: 'reused', reference: { repository, record } }`), or by the portal
 * saying the applicant's data is there (`reusable`): then it is never reported missing, so the supplement slip
 * never asks for it (the applicant is not asked again for what the administration already holds). Untrusted input passes the input guard first; nothing throws and nothing hangs (every expression
 * has a cost bound, docs/rules.md "Cost").
 */
import { isCalendarDay, legalToday } from '../calendarDay.js';
import type { Procedure } from '../defineProcedure.js';
import { RulesError } from '../errors.js';
import type { CompiledExpression } from '../expressions/compile.js';
import { type FieldValue, toExpressionContext } from '../expressions/context.js';
import { inspectInput } from '../inputGuard.js';
import type { Purpose } from '../messages/en.js';
import { asTimeLimit } from '../period.js';
import { type Names, type Problem, problem } from '../problems.js';
import { dossierSchema, type SubmissionChannel, type SubmittedDocument } from '../schema/dossier.js';
import type { TimeLimit } from '../schema/timing.js';
import { schemaProblems } from '../schemaProblems.js';
import { suggestion } from '../suggest.js';
import { documentProblems } from './documents.js';
import { type FeeDue, type FeesDue, feeAmount, feeInForce, feeTotals } from './fees.js';
import { fieldValueProblem } from './fieldValue.js';

export type { FeeDue, FeesDue };

/** Options of {@link validateDossier}: the facts of the dossier that are not in it. */
export interface DossierOptions {
  /**
   * The receipt day `YYYY-MM-DD` in Asia/Ho_Chi_Minh: the fee entries in force that day apply, and conditions read
   * it as `receiptDay`. Default: today in Vietnam (never the host's time zone).
   */
  readonly on?: string;
  /** The implementing office chosen at SUBMIT (an id of the procedure's `implementers`), read as `implementer`. */
  readonly implementer?: string;
  /**
   * Ids of documents whose data the portal found for this applicant in an electronic repository (a national or
   * sector database, the applicant's data store). Those the definition lets be reused (`reuse`) count as given;
   * other ids are ignored (the definition decides what may replace a paper copy).
   */
  readonly reusable?: readonly string[];
}

/** The result of {@link validateDossier}. */
export interface DossierValidation {
  /** True when there is no error (warnings may remain): the dossier can be received. */
  readonly ok: boolean;
  /** Errors and warnings, in definition order. */
  readonly problems: readonly Problem[];
  /**
   * Fees due, itemised with their currency, totalled per currency (`totals: { VND: 205000, USD: 10 }`); `total`
   * is the VND total only.
   */
  readonly fees: FeesDue;
  /** Time limit applying to this dossier (the first matching variant, else the procedure's limit). */
  readonly timeLimit: TimeLimit;
  /** Ids of the documents required for this dossier (conditions evaluated). */
  readonly requiredDocuments: readonly string[];
  /**
   * Ids of the required documents satisfied by reused electronic data (a valid reference, or `reusable`) and by
   * no copy: what RECEIVE records as `reused`.
   */
  readonly reusedDocuments: readonly string[];
}

/**
 * Validates a dossier against a procedure.
 *
 * @param procedure - a loaded procedure (`defineProcedure`)
 * @param input - the dossier from outside: `{ channel, fields, documents }`
 * @param options - `on`: the receipt day (default today in Vietnam); `implementer`: the office chosen at SUBMIT
 * @returns every problem, the fees due, the time limit and the documents required; never throws
 * @example
 * const r = validateDossier(judicialRecord, {
 *   channel: 'in-person',
 *   fields: { copies: 3, hasSeveralResidences: false, livedAbroad: false, isForeigner: false },
 *   documents: [{ document: 'declaration', form: 'original' }],
 * });
 * r.fees.total  //=> 205000  (200,000 VND + 5,000 for the third copy)
 * r.fees.totals //=> { VND: 205000 }
 * r.problems    //=> [{ code: 'DOCUMENT_MISSING', document: { id: 'identity', … }, messageVi: 'Thiếu: Bản chụp giấy tờ tùy thân …' }]
 * // The fee entries in force on another receipt day, for an office chosen at SUBMIT:
 * validateDossier(procedure, dossier, { on: '2025-12-31', implementer: 'commune' }).fees.totals //=> { VND: … }
 * // A document the definition lets be reused, whose data the portal found: not asked for again.
 * validateDossier(procedure, dossier, { reusable: ['identity'] }).reusedDocuments //=> ['identity']
 */
export function validateDossier(
  procedure: Procedure,
  input: unknown,
  options: DossierOptions = {},
): DossierValidation {
  const d = procedure.definition;
  const refused = (problems: Problem[]): DossierValidation => ({
    ok: false,
    problems,
    fees: feeTotals([]),
    timeLimit: d.timing.limit,
    requiredDocuments: [],
    reusedDocuments: [],
  });
  // Options may come from untyped callers: a receipt day that is not a real day is refused like a malformed date.
  const on: unknown = options?.on ?? legalToday();
  if (typeof on !== 'string' || !isCalendarDay(on))
    return refused([problem('SCHEMA_INVALID_FORMAT', 'error', { format: 'date' }, ['on'])]);
  const reusable = reusableOption(options?.reusable);
  if (reusable === null)
    return refused([
      problem('SCHEMA_INVALID_TYPE', 'error', { expected: 'array', received: typeof options?.reusable }, [
        'reusable',
      ]),
    ]);
  const unsafe = inspectInput(input);
  if (unsafe.length > 0) return refused(unsafe);
  const parsed = dossierSchema.safeParse(input);
  if (!parsed.success) return refused(schemaProblems(parsed.error.issues, input));
  const dossier = parsed.data;
  const problems: Problem[] = [];

  // Channel (Decree 118 Art. 15).
  const offered = channelOffered(d.channels, dossier.channel);
  if (!offered)
    problems.push(problem('CHANNEL_NOT_OFFERED', 'error', { channel: dossier.channel }, ['channel']));

  // Field values: type and bounds first; only valid values reach expressions.
  const valid: Record<string, FieldValue> = Object.create(null);
  const reported = new Set<string>();
  const declared = new Set(d.fields.map((f) => f.id));
  for (const field of d.fields) {
    const given = Object.hasOwn(dossier.fields, field.id) ? dossier.fields[field.id] : undefined;
    const value = given === undefined || given === null || given === '' ? field.default : given;
    if (value === undefined) continue;
    const fault = fieldValueProblem(field, value);
    if (fault) {
      problems.push(fault);
      reported.add(field.id);
    } else valid[field.id] = value;
  }
  for (const key of Object.keys(dossier.fields)) {
    if (declared.has(key)) continue;
    problems.push(
      problem('FIELD_UNKNOWN', 'warning', { key, suggestion: suggestion(key, declared) }, ['fields', key]),
    );
  }
  const implementers = d.implementers.map((x) => x.id);
  const given: unknown = options?.implementer;
  let implementer: string | undefined;
  if (typeof given === 'string' && implementers.includes(given)) implementer = given;
  else if (given !== undefined) {
    const id = typeof given === 'string' ? given : String(given);
    problems.push(
      problem(
        'IMPLEMENTER_UNKNOWN',
        implementers.length === 0 ? 'warning' : 'error',
        { id, suggestion: suggestion(id, implementers), values: implementers },
        ['implementer'],
      ),
    );
  }
  let implementerReported = given !== undefined;
  const context = toExpressionContext(d.fields, valid, dossier.channel, { implementer, receiptDay: on });
  const fieldOf = new Map(d.fields.map((f) => [f.id, f]));

  /** Evaluates a compiled expression; undefined when it cannot be decided (problems already reported). */
  const evaluate = (expr: CompiledExpression | undefined, purpose: Purpose, subject: Names): unknown => {
    if (!expr) return undefined;
    const about = { purpose, subject: subject.en ?? subject.vi, subjectVi: subject.vi };
    let undecided = false;
    for (const name of expr.variables) {
      if (name in context) continue;
      undecided = true;
      if (name === 'implementer' && !implementerReported) {
        implementerReported = true;
        problems.push(
          problem('IMPLEMENTER_MISSING', 'error', { ...about, values: implementers }, ['implementer']),
        );
      }
      const field = fieldOf.get(name);
      if (!field || reported.has(name)) continue;
      reported.add(name);
      const label = { label: field.label.en ?? field.label.vi, labelVi: field.label.vi };
      problems.push(
        problem('FIELD_MISSING', 'error', { ...label, ...about }, ['fields', name], {
          field: { id: field.id, label: field.label },
        }),
      );
    }
    if (undecided) return undefined;
    try {
      return expr.evaluate(context);
    } catch (error) {
      const params = error instanceof RulesError ? error.params : {};
      const reason = typeof params.reason === 'string' ? params.reason : 'unknown';
      const detail = typeof params.detail === 'string' ? params.detail : '';
      problems.push(
        problem('CONDITION_ERROR', 'error', { source: expr.source, ...about, reason, detail }, expr.path),
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
        : evaluate(procedure.expression(['fields', i, 'requiredWhen']), 'required', field.label) === true;
    if (!required || reported.has(field.id)) return;
    reported.add(field.id);
    const label = field.label.en ?? field.label.vi;
    problems.push(
      problem(
        'FIELD_MISSING',
        'error',
        { label, labelVi: field.label.vi, purpose: 'required', subject: label, subjectVi: field.label.vi },
        ['fields', field.id],
        { field: { id: field.id, label: field.label } },
      ),
    );
  });

  // Cross-field checks.
  d.checks.forEach((check, i) => {
    const subject = { vi: check.id };
    if (check.when !== undefined) {
      if (evaluate(procedure.expression(['checks', i, 'when']), 'check', subject) !== true) return;
    }
    if (evaluate(procedure.expression(['checks', i, 'expr']), 'check', subject) !== false) return;
    const field = check.field === undefined ? undefined : fieldOf.get(check.field);
    problems.push(
      problem(
        'CHECK_FAILED',
        'error',
        { check: check.id, text: check.message.en ?? check.message.vi, textVi: check.message.vi },
        field ? ['fields', field.id] : ['fields'],
        field ? { field: { id: field.id, label: field.label } } : {},
      ),
    );
  });

  // Documents: one submission satisfying the requirement is enough.
  const requiredDocuments: string[] = [];
  const reusedDocuments: string[] = [];
  const knownDocuments = new Set(d.documents.map((x) => x.id));
  d.documents.forEach((doc, i) => {
    if (doc.when !== undefined) {
      if (evaluate(procedure.expression(['documents', i, 'when']), 'document', doc.name) !== true) return;
    }
    requiredDocuments.push(doc.id);
    const submitted: [SubmittedDocument, number][] = [];
    dossier.documents.forEach((s, j) => {
      if (s.document === doc.id) submitted.push([s, j]);
    });
    // Data the applicant already has stands for the document where the definition allows it.
    const available = doc.reuse !== undefined && reusable.has(doc.id);
    if (submitted.length === 0) {
      if (available) {
        reusedDocuments.push(doc.id);
        return;
      }
      problems.push(
        problem(
          'DOCUMENT_MISSING',
          'error',
          { name: doc.name.en ?? doc.name.vi, nameVi: doc.name.vi, forms: doc.accepts, copies: doc.copies },
          ['documents'],
          { document: { id: doc.id, name: doc.name } },
        ),
      );
      return;
    }
    const faults = submitted.map(([s, j]) => documentProblems(doc, s, ['documents', j]));
    const good = submitted.filter((_, k) => faults[k]!.length === 0).map(([s]) => s);
    if (good.length > 0) {
      if (good.every((s) => s.form === 'reused')) reusedDocuments.push(doc.id);
      return;
    }
    // A faulty reference or copy, but the data is there: the slip does not ask for it.
    if (available) {
      reusedDocuments.push(doc.id);
      return;
    }
    for (const f of faults) problems.push(...f);
  });
  dossier.documents.forEach((s, j) => {
    if (knownDocuments.has(s.document)) return;
    problems.push(
      problem(
        'DOCUMENT_UNKNOWN',
        'warning',
        { id: s.document, suggestion: suggestion(s.document, knownDocuments) },
        ['documents', j, 'document'],
      ),
    );
  });

  // Fees (phí, lệ phí): the entries in force on the receipt day (at most one per id: FEE_EFFECTIVE_OVERLAP).
  const items: FeeDue[] = [];
  d.fees.forEach((fee, i) => {
    if (!feeInForce(fee, on)) return;
    if (fee.when !== undefined) {
      if (evaluate(procedure.expression(['fees', i, 'when']), 'fee-due', fee.name) !== true) return;
    }
    const amount = feeAmount(fee, i, () =>
      evaluate(procedure.expression(['fees', i, 'amount', 'expr']), 'fee-amount', fee.name),
    );
    if (typeof amount === 'number')
      items.push({ id: fee.id, kind: fee.kind, name: fee.name, amount, currency: fee.currency });
    else if (amount) problems.push(amount);
  });

  // Time limit variants (first match wins).
  let timeLimit: TimeLimit = d.timing.limit;
  for (let i = 0; i < d.timing.variants.length; i++) {
    const variant = d.timing.variants[i]!;
    if (
      evaluate(procedure.expression(['timing', 'variants', i, 'when']), 'time-limit', { vi: '' }) === true
    ) {
      timeLimit = asTimeLimit(variant.limit);
      break;
    }
  }

  return {
    ok: !problems.some((p) => p.severity === 'error'),
    problems,
    fees: feeTotals(items),
    timeLimit,
    requiredDocuments,
    reusedDocuments,
  };
}

/** Whether the definition takes dossiers by a channel (a plain switch, exhaustive by `never`). */
function channelOffered(channels: Procedure['definition']['channels'], channel: SubmissionChannel): boolean {
  switch (channel) {
    case 'in-person':
      return channels.inPerson;
    case 'post':
      return channels.post;
    case 'online':
      return channels.online !== 'none';
    default:
      return channel satisfies never;
  }
}

const NONE_REUSABLE: ReadonlySet<string> = new Set();

/** The `reusable` option from untyped callers: a set of ids, or `null` when it is not a list of short strings. */
function reusableOption(value: unknown): ReadonlySet<string> | null {
  if (value === undefined) return NONE_REUSABLE;
  if (!Array.isArray(value) || value.length > 100) return null;
  for (const id of value) if (typeof id !== 'string' || id.length > 64) return null;
  return new Set(value as string[]);
}
