/**
 * Problems — what is wrong with a procedure definition or a dossier, in English and Vietnamese.
 *
 * Every problem has a stable `code` a portal can switch on, a `severity` (an `error` blocks, a `warning` is
 * reported and does not), an English `message`, a Vietnamese `messageVi` and the `path` of the offending value
 * inside the input (`['steps', 2, 'actions', 0, 'to']`). Dossier problems also name the document or form field
 * they concern, so they can be copied straight onto the supplement request slip (phiếu yêu cầu bổ sung, hoàn
 * thiện hồ sơ — Circular 03/2025/TT-VPCP form 02).
 */
import type { LocalizedText } from './schema/common.js';

/** A path into the input: object keys and array indices. */
export type ProblemPath = readonly (string | number)[];

/** `error` blocks loading (or makes the dossier incomplete); `warning` is advice. */
export type Severity = 'error' | 'warning';

/** Bilingual text as it appears in definitions: Vietnamese required, English optional. */
export type Names = LocalizedText;

/** One thing wrong with a definition or a dossier. */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly path: ProblemPath;
  readonly message: string;
  readonly messageVi: string;
  /** The required document concerned (thành phần hồ sơ), for dossier problems. */
  readonly document?: { readonly id: string; readonly name: Names } | undefined;
  /** The form field concerned, for dossier problems. */
  readonly field?: { readonly id: string; readonly label: Names } | undefined;
}

/** Codes raised while guarding raw input (definitions and dossiers alike) — see `limits.ts`. */
export const inputProblemCodes = [
  'INPUT_FORBIDDEN_KEY',
  'INPUT_TOO_DEEP',
  'INPUT_TOO_LARGE',
  'INPUT_STRING_TOO_LONG',
  'INPUT_TOO_MANY_NODES',
  'INPUT_NOT_JSON',
] as const;

/** Codes raised when the definition does not match the schema (mapped from zod issues). */
export const schemaProblemCodes = [
  'SCHEMA_MISSING',
  'SCHEMA_INVALID_TYPE',
  'SCHEMA_UNKNOWN_KEY',
  'SCHEMA_OUT_OF_RANGE',
  'SCHEMA_INVALID_FORMAT',
  'SCHEMA_INVALID_VALUE',
  'SCHEMA_INVALID',
] as const;

/** Codes of the definition linter (docs/rules.md lists each with an example). */
export const lintProblemCodes = [
  'DUPLICATE_ID',
  'UNKNOWN_AGENCY',
  'UNKNOWN_STEP',
  'UNKNOWN_FIELD',
  'UNREACHABLE_STEP',
  'STEP_CANNOT_FINISH',
  'NO_RESULT_RETURN',
  'FORWARD_CYCLE',
  'BRANCH_WITHOUT_JOIN',
  'REPLY_OUTSIDE_BRANCH',
  'NESTED_CONSULTATION',
  'STEP_TIME_EXCEEDS_TOTAL',
  'FRACTIONAL_CALENDAR_AMOUNT',
  'EXPRESSION_SYNTAX',
  'EXPRESSION_UNKNOWN_NAME',
  'EXPRESSION_TYPE',
  'EXPRESSION_RESULT_TYPE',
  'EXPRESSION_FORBIDDEN_FUNCTION',
  'ENUM_VALUE_UNKNOWN',
  'DATE_LITERAL_INVALID',
  'FEE_AMOUNT_NEGATIVE',
  'FIELD_NAME_RESERVED',
  'FIELD_RANGE_INVERTED',
  'FIELD_DEFAULT_OUT_OF_RANGE',
  'EFFECTIVE_RANGE_INVERTED',
  'DISTRICT_LEVEL_ABOLISHED',
  // warnings
  'SUPPLEMENT_CLOCK_PAUSED',
  'FINANCIAL_OBLIGATION_CLOCK_RUNS',
  'RESULT_NOT_RETURNED_BY_DESK',
  'RECEIPT_NOT_AT_DESK',
  'AGENCY_UNUSED',
  'CONSULTED_AGENCY_NOT_COORDINATING',
  'ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS',
  'VARIANT_UNIT_DIFFERS',
  'NO_DECISION_RECORDED',
] as const;

/** Codes of dossier validation. */
export const dossierProblemCodes = [
  'DOCUMENT_MISSING',
  'DOCUMENT_WRONG_FORM',
  'DOCUMENT_TOO_FEW_COPIES',
  'DOCUMENT_NOT_ACCEPTED_ELECTRONICALLY',
  'DOCUMENT_FORMAT_NOT_ACCEPTED',
  'DOCUMENT_UNKNOWN',
  'FIELD_MISSING',
  'FIELD_TYPE',
  'FIELD_OUT_OF_RANGE',
  'FIELD_NOT_ALLOWED_VALUE',
  'FIELD_UNKNOWN',
  'CHECK_FAILED',
  'CONDITION_ERROR',
  'CHANNEL_NOT_OFFERED',
] as const;

export type InputProblemCode = (typeof inputProblemCodes)[number];
export type SchemaProblemCode = (typeof schemaProblemCodes)[number];
export type LintProblemCode = (typeof lintProblemCodes)[number];
export type DossierProblemCode = (typeof dossierProblemCodes)[number];
/** Every stable problem code. */
export type ProblemCode = InputProblemCode | SchemaProblemCode | LintProblemCode | DossierProblemCode;

/** Builds a problem (internal helper; drops undefined optional members so results stay JSON-clean). */
export function problem(
  code: ProblemCode,
  severity: Severity,
  path: ProblemPath,
  message: string,
  messageVi: string,
  extra: Pick<Problem, 'document' | 'field'> = {},
): Problem {
  const out: {
    code: ProblemCode;
    severity: Severity;
    path: ProblemPath;
    message: string;
    messageVi: string;
    document?: Problem['document'];
    field?: Problem['field'];
  } = { code, severity, path, message, messageVi };
  if (extra.document) out.document = extra.document;
  if (extra.field) out.field = extra.field;
  return out;
}

/** Renders a path for messages: `steps[2].actions[0].to`. */
export function formatPath(path: ProblemPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out || '(root)';
}
