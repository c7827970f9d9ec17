/**
 * The stable problem codes of the rules module, by origin. A portal switches on them; docs/rules.md lists each
 * (the lint codes' table is generated from the lint rule registry, and a test checks the two agree).
 */
import { inputIssueCodes } from '../shared/guard.js';

/** Codes raised while guarding raw input (definitions and dossiers alike) — the library's one input guard. */
export const inputProblemCodes = inputIssueCodes;

/** Codes raised when the definition does not match the schema (mapped from zod issues). */
export const schemaProblemCodes = [
  'SCHEMA_MISSING',
  'SCHEMA_INVALID_TYPE',
  'SCHEMA_UNKNOWN_KEY',
  'SCHEMA_OUT_OF_RANGE',
  'SCHEMA_INVALID_FORMAT',
  'SCHEMA_INVALID_VALUE',
  'SCHEMA_INVALID',
  'LIMIT_ZERO_USE_IMMEDIATE',
] as const;

/** Codes of the definition linter (one rule each, `lint/rules/`). */
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
  'EXPRESSION_TOO_COSTLY',
  'PROCEDURE_TOO_COSTLY',
  'ENUM_VALUE_UNKNOWN',
  'DATE_LITERAL_INVALID',
  'FEE_AMOUNT_NEGATIVE',
  'FIELD_NAME_RESERVED',
  'FIELD_RANGE_INVERTED',
  'FIELD_DEFAULT_OUT_OF_RANGE',
  'EFFECTIVE_RANGE_INVERTED',
  'DISTRICT_LEVEL_ABOLISHED',
  'IMPLEMENTER_NOT_DECLARED',
  'CLOCK_START_EVENT_UNRECORDED',
  'LEGAL_BASIS_MISSING',
  'RESULT_NOT_DECIDED',
  'RESULT_UNKNOWN',
  'RESULT_AMBIGUOUS',
  'STEP_LIMIT_EXCEEDS_TOTAL',
  'FEE_EFFECTIVE_OVERLAP',
  'FEE_CURRENCY_UNKNOWN',
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
  'RETURN_LEAVES_CONSULTATION',
  'RESULT_AGENCY_DIFFERS',
  'RESULT_LIMIT_EXCEEDS_TOTAL',
  'EXTENSION_EXCEEDS_LIMIT',
  'LIMIT_UNITS_INCOMPARABLE',
  'DELIVERY_ONLINE_NOT_OFFERED',
  'REUSE_BASIS_WITHOUT_ARTICLE',
] as const;

/** Codes of dossier validation (and of evaluating a compiled expression). */
export const dossierProblemCodes = [
  'DOCUMENT_MISSING',
  'DOCUMENT_WRONG_FORM',
  'DOCUMENT_TOO_FEW_COPIES',
  'DOCUMENT_NOT_ACCEPTED_ELECTRONICALLY',
  'DOCUMENT_FORMAT_NOT_ACCEPTED',
  'DOCUMENT_UNKNOWN',
  'DOCUMENT_NOT_REUSABLE',
  'DOCUMENT_REUSE_REPOSITORY',
  'FIELD_MISSING',
  'FIELD_TYPE',
  'FIELD_OUT_OF_RANGE',
  'FIELD_NOT_ALLOWED_VALUE',
  'FIELD_UNKNOWN',
  'CHECK_FAILED',
  'CONDITION_ERROR',
  'EXPRESSION_BUDGET_EXCEEDED',
  'CHANNEL_NOT_OFFERED',
  'IMPLEMENTER_MISSING',
  'IMPLEMENTER_UNKNOWN',
] as const;

export type InputProblemCode = (typeof inputProblemCodes)[number];
export type SchemaProblemCode = (typeof schemaProblemCodes)[number];
export type LintProblemCode = (typeof lintProblemCodes)[number];
export type DossierProblemCode = (typeof dossierProblemCodes)[number];
/** Every stable problem code. */
export type ProblemCode = InputProblemCode | SchemaProblemCode | LintProblemCode | DossierProblemCode;
