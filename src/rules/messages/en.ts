/**
 * English texts of every problem of the rules module, by code (the Vietnamese table `vi.ts` has the same codes
 * and parameters). Texts are written here only, never where a problem is raised; values from outside are shown
 * with `quote()` (at most ~100 characters). CEL's and zod's own English messages may appear in English texts
 * (as `detail`), never in Vietnamese ones.
 */
import { quote } from '../../shared/messages.js';

type Unit = string;
const units: Readonly<Record<string, string>> = {
  'working-days': 'working days',
  'working-hours': 'working hours',
  'calendar-days': 'calendar days',
  months: 'months',
  immediate: 'immediate',
};
const unit = (u: Unit) => units[u] ?? u;
const forms: Readonly<Record<string, string>> = {
  original: 'original',
  'certified-copy': 'certified copy',
  copy: 'copy',
  electronic: 'electronic file',
};
const form = (f: string) => forms[f] ?? f;
const kinds: Readonly<Record<string, string>> = {
  agency: 'agency',
  step: 'step',
  field: 'form field',
  document: 'document',
  fee: 'fee',
  check: 'check',
  'enum-value': 'enum value',
};
const channels: Readonly<Record<string, string>> = {
  'in-person': 'in person',
  post: 'by post',
  online: 'online',
};
const types: Readonly<Record<string, string>> = {
  text: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'yes or no',
  date: 'a date (YYYY-MM-DD)',
};
const list = (xs: readonly string[]) => xs.map((x) => quote(x)).join(', ');
const mean = (s: string | null) => (s === null ? '' : `; did you mean ${quote(s)}?`);

/** What an expression was evaluated for (the purpose of a `FIELD_MISSING` or `CONDITION_ERROR`). */
export type Purpose =
  | 'required'
  | 'check'
  | 'document'
  | 'fee-due'
  | 'fee-amount'
  | 'time-limit'
  | 'evaluate';
const purpose = (p: Purpose, subject: string) =>
  ({
    required: `decide whether ${quote(subject)} is required`,
    check: `apply the check ${quote(subject)}`,
    document: `decide whether ${quote(subject)} is required`,
    'fee-due': `decide whether ${quote(subject)} is due`,
    'fee-amount': `compute ${quote(subject)}`,
    'time-limit': 'decide the time limit',
    evaluate: 'evaluate it',
  })[p];

export const en = {
  // Schema (zod issues, by their parameters only).
  SCHEMA_UNKNOWN_KEY: (p: { key: string }) => `Unknown key ${quote(p.key)} (misspelt?)`,
  SCHEMA_MISSING: (p: { expected: string }) => `Required value is missing (expected ${p.expected})`,
  SCHEMA_INVALID_TYPE: (p: { expected: string; received: string }) =>
    `Expected ${p.expected}, received ${p.received}`,
  SCHEMA_OUT_OF_RANGE: (p: {
    what: 'length' | 'items' | 'value';
    bound: 'min' | 'max';
    limit: number;
    exclusive: boolean;
  }) =>
    `${p.what === 'length' ? 'Length' : p.what === 'items' ? 'Number of items' : 'Value'} must be ${
      p.bound === 'min' ? (p.exclusive ? 'greater than' : 'at least') : p.exclusive ? 'less than' : 'at most'
    } ${p.limit}`,
  SCHEMA_INVALID_FORMAT: (p: { format: string }) =>
    p.format === 'date' ? 'Not a real calendar day YYYY-MM-DD' : `Invalid format (${p.format})`,
  SCHEMA_INVALID_VALUE: (p: { values: readonly string[] }) => `Invalid value; allowed: ${list(p.values)}`,
  SCHEMA_INVALID: (p: { discriminator: string | null }) =>
    p.discriminator === null ? 'Invalid value' : `Matches no allowed form (check ${quote(p.discriminator)})`,

  // Definition lint.
  DUPLICATE_ID: (p: { kind: string; id: string; date: string | null }) =>
    p.kind === 'version'
      ? `Several versions of procedure ${quote(p.id)} are in force on ${p.date}`
      : p.kind === 'procedure'
        ? `Versions of several procedures (${p.id}) were given; pass options.code`
        : `Duplicate ${kinds[p.kind] ?? p.kind} id ${quote(p.id)}`,
  UNKNOWN_AGENCY: (p: { id: string; suggestion: string | null }) =>
    `No agency has id ${quote(p.id)}${mean(p.suggestion)}`,
  UNKNOWN_STEP: (p: { id: string; suggestion: string | null }) =>
    `No step has id ${quote(p.id)}${mean(p.suggestion)}`,
  UNKNOWN_FIELD: (p: { id: string; suggestion: string | null }) =>
    `No form field has id ${quote(p.id)}${mean(p.suggestion)}`,
  UNREACHABLE_STEP: (p: { step: string; initial: string }) =>
    `Step ${quote(p.step)} cannot be reached from the first step ${quote(p.initial)}`,
  STEP_CANNOT_FINISH: (p: { step: string }) =>
    `From step ${quote(p.step)} no path leads to returning the result or refusing`,
  NO_RESULT_RETURN: (_: Record<string, never>) =>
    'No step returns the result to the applicant (action "return-result")',
  FORWARD_CYCLE: (p: { from: string; to: string }) =>
    `Step ${quote(p.from)} leads back to ${quote(p.to)} without a "return" action; only "return" may go back`,
  BRANCH_WITHOUT_JOIN: (p: { branch: string; join: string }) =>
    `Consultation branch ${quote(p.branch)} never replies, so it cannot join ${quote(p.join)}`,
  REPLY_OUTSIDE_BRANCH: (p: { step: string }) =>
    `Step ${quote(p.step)} replies, but it is not part of any consultation branch`,
  NESTED_CONSULTATION: (p: { step: string; branch: string; outer: string }) =>
    `Step ${quote(p.step)} consults inside the consultation branch ${quote(p.branch)} of step ${quote(p.outer)}; nested consultations are not supported`,
  RETURN_LEAVES_CONSULTATION: (p: { step: string; to: string; branch: string; outer: string }) =>
    `Step ${quote(p.step)} returns to ${quote(p.to)}, outside the consultation branch ${quote(p.branch)} of step ${quote(p.outer)}: a branch's return stays inside its branch, so it is not offered during the consultation`,
  STEP_TIME_EXCEEDS_TOTAL: (p: {
    longest: number;
    unit: string;
    limit: number;
    criticalPath: readonly string[];
  }) =>
    `The longest path through the steps takes ${p.longest} ${unit(p.unit)}, more than the total ${p.limit} (path: ${p.criticalPath.join(' → ')})`,
  FRACTIONAL_CALENDAR_AMOUNT: (p: { amount: number; unit: string }) =>
    `${p.amount} ${unit(p.unit)}: calendar days and months are counted whole; use a whole number`,
  EXPRESSION_SYNTAX: (p: { source: string; column: number | null; reason: string; detail: string }) =>
    `Expression ${quote(p.source)} cannot be parsed${p.column === null ? '' : ` at column ${p.column}`}: ${p.detail}`,
  EXPRESSION_UNKNOWN_NAME: (p: { source: string; name: string | null; suggestion: string | null }) =>
    `Expression ${quote(p.source)} uses ${p.name === null ? 'an undeclared name' : `the undeclared name ${quote(p.name)}`}${mean(p.suggestion)}`,
  EXPRESSION_TYPE: (p: { source: string; reason: string; detail: string }) =>
    `Expression ${quote(p.source)} does not type-check: ${p.detail}`,
  EXPRESSION_RESULT_TYPE: (p: { source: string; type: string; kind: 'condition' | 'amount' }) =>
    `Expression ${quote(p.source)} is of type ${p.type}; ${p.kind === 'condition' ? 'a condition must be bool' : 'an amount must be int (VND)'}`,
  EXPRESSION_FORBIDDEN_FUNCTION: (p: { source: string; function: string; reason: string }) =>
    `${quote(p.function)} is not allowed in definitions (${
      p.reason === 'regex'
        ? 'regular expressions can hang'
        : p.reason === 'time-zone'
          ? 'a time-zone lookup per call is slow'
          : 'its cost cannot be bounded'
    })`,
  EXPRESSION_TOO_COSTLY: (p: {
    source: string;
    part: string;
    column: number;
    cost: number;
    budget: number;
  }) =>
    `Expression ${quote(p.source)} may cost ${p.cost} units on a maximal dossier, more than the budget of ${p.budget}; the expensive part is ${quote(p.part)} at column ${p.column} (declare smaller maxLength, or simplify)`,
  PROCEDURE_TOO_COSTLY: (p: { cost: number; budget: number; costliest: string }) =>
    `The expressions of this definition may cost ${p.cost} units together on one dossier, more than the budget of ${p.budget} (costliest: ${p.costliest})`,
  ENUM_VALUE_UNKNOWN: (p: {
    value: string;
    name: string;
    builtIn: boolean;
    values: readonly string[];
    isDefault: boolean;
  }) =>
    p.isDefault
      ? `Default ${quote(p.value)} is not a value of field ${quote(p.name)} (values: ${list(p.values)})`
      : `${quote(p.value)} is not a value of ${p.builtIn ? 'the built-in variable' : 'field'} ${quote(p.name)} (values: ${list(p.values)})`,
  DATE_LITERAL_INVALID: (p: { value: string; field: string }) =>
    `${quote(p.value)} is not a real day YYYY-MM-DD; date field ${quote(p.field)} compares as text, so this comparison is wrong`,
  FEE_AMOUNT_NEGATIVE: (p: { source: string; amount: number }) =>
    `The amount ${quote(p.source)} is always ${p.amount} VND; a fee cannot be negative`,
  FIELD_NAME_RESERVED: (p: { id: string }) =>
    `${quote(p.id)} is reserved in expressions; choose another field id`,
  FIELD_RANGE_INVERTED: (p: { field: string }) =>
    `Field ${quote(p.field)}: the lower bound is above the upper bound`,
  FIELD_DEFAULT_OUT_OF_RANGE: (p: { field: string }) =>
    `Field ${quote(p.field)}: the default is outside the field's bounds`,
  EFFECTIVE_RANGE_INVERTED: (p: { from: string; to: string }) =>
    `Effective period ends (${p.to}) before it starts (${p.from})`,
  DISTRICT_LEVEL_ABOLISHED: (_: Record<string, never>) =>
    'The district level was abolished on 01/07/2025; a definition in force after 30/06/2025 cannot use it',
  SUPPLEMENT_CLOCK_PAUSED: (_: Record<string, never>) =>
    'Decree 118/2025 Art. 19(5) (and Decree 61/2018 Art. 19(4) before it) restarts the time from zero when the complete dossier comes back; "pause" needs a special law',
  FINANCIAL_OBLIGATION_CLOCK_RUNS: (_: Record<string, never>) =>
    'A step requests financial obligations but their time is counted; land procedures do not count it',
  RESULT_NOT_RETURNED_BY_DESK: (p: { step: string }) =>
    `Step ${quote(p.step)} returns the result but is not done by the one-stop desk (Decree 118 Art. 20(1), 22)`,
  RECEIPT_NOT_AT_DESK: (_: Record<string, never>) =>
    'The first step is not done by the one-stop desk, which receives dossiers (Decree 118 Art. 17)',
  AGENCY_UNUSED: (p: { agency: string }) => `Agency ${quote(p.agency)} has no role and does no step`,
  CONSULTED_AGENCY_NOT_COORDINATING: (p: { agency: string; step: string }) =>
    `Agency ${quote(p.agency)} is consulted (step ${quote(p.step)}) but not listed in roles.coordinating`,
  ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS: (p: { document: string }) =>
    `The procedure is offered online but document ${quote(p.document)} accepts no electronic format`,
  VARIANT_UNIT_DIFFERS: (p: { variantUnit: string; unit: string }) =>
    `This variant is in ${unit(p.variantUnit)} but the limit and the step shares are in ${unit(p.unit)}; under this variant the shares are read in ${unit(p.variantUnit)} and cannot be checked against it`,
  NO_DECISION_RECORDED: (_: Record<string, never>) =>
    'No step records the decision (an issue-result action, or approve handing the result to the return step): the applicant may then withdraw until the result is returned (Decree 118/2025 Art. 21 allows it only until the decision) and statistics count the dossier processed only at the return',

  // Dossier validation.
  CHANNEL_NOT_OFFERED: (p: { channel: string }) =>
    `This procedure cannot be submitted ${channels[p.channel] ?? quote(p.channel)}`,
  FIELD_UNKNOWN: (p: { key: string; suggestion: string | null }) =>
    `${quote(p.key)} is not a field of this procedure's form; it is ignored${mean(p.suggestion)}`,
  FIELD_MISSING: (p: {
    label: string;
    labelVi: string;
    purpose: Purpose;
    subject: string;
    subjectVi: string;
  }) =>
    p.purpose === 'required' && p.subject === p.label
      ? `${quote(p.label)} is required`
      : `${quote(p.label)} is needed to ${purpose(p.purpose, p.subject)}`,
  FIELD_TYPE: (p: { label: string; labelVi: string; expected: string }) =>
    `${quote(p.label)} must be ${types[p.expected] ?? p.expected}`,
  FIELD_OUT_OF_RANGE: (p: {
    label: string;
    labelVi: string;
    min: number | null;
    max: number | null;
    length: boolean;
  }) =>
    `${quote(p.label)} must be between ${p.min ?? '-∞'} and ${p.max ?? '∞'}${p.length ? ' characters long' : ''}`,
  FIELD_NOT_ALLOWED_VALUE: (p: {
    label: string;
    labelVi: string;
    values: readonly string[];
    valuesVi: readonly string[];
  }) => `${quote(p.label)} must be one of: ${p.values.join(', ')}`,
  CHECK_FAILED: (p: { check: string; text: string; textVi: string }) => p.text,
  CONDITION_ERROR: (p: {
    source: string;
    purpose: Purpose;
    subject: string;
    subjectVi: string;
    reason: string;
    detail: string;
  }) =>
    p.reason === 'not-an-amount'
      ? `${quote(p.subject)} evaluated to ${p.detail}, not an amount in VND`
      : `Cannot ${purpose(p.purpose, p.subject)}: expression ${quote(p.source)} failed (${p.detail})`,
  DOCUMENT_MISSING: (p: { name: string; nameVi: string; forms: readonly string[]; copies: number }) =>
    `Missing: ${p.name} (${p.forms.map(form).join(' or ')}, ${p.copies} ${p.copies === 1 ? 'copy' : 'copies'})`,
  DOCUMENT_WRONG_FORM: (p: { name: string; nameVi: string; accepted: readonly string[]; given: string }) =>
    `${p.name}: ${p.accepted.map(form).join(' or ')} required, ${form(p.given)} handed in`,
  DOCUMENT_TOO_FEW_COPIES: (p: { name: string; nameVi: string; required: number; given: number }) =>
    `${p.name}: ${p.required} copies required, ${p.given} handed in`,
  DOCUMENT_NOT_ACCEPTED_ELECTRONICALLY: (p: { name: string; nameVi: string; accepted: readonly string[] }) =>
    `${p.name} is not accepted as an electronic file; hand in ${p.accepted.map(form).join(' or ')}`,
  DOCUMENT_FORMAT_NOT_ACCEPTED: (p: {
    name: string;
    nameVi: string;
    format: string | null;
    accepted: readonly string[];
  }) =>
    `${p.name}: file format ${p.format === null ? '(none given)' : quote(p.format)} is not accepted (accepted: ${p.accepted.join(', ')})`,
  DOCUMENT_UNKNOWN: (p: { id: string; suggestion: string | null }) =>
    `${quote(p.id)} is not a document of this procedure${mean(p.suggestion)}`,
  EXPRESSION_BUDGET_EXCEEDED: (p: {
    source: string;
    variable: string;
    reason: 'too-long' | 'wrong-type';
    length: number;
    max: number;
  }) =>
    p.reason === 'too-long'
      ? `Expression ${quote(p.source)} was not evaluated: ${quote(p.variable)} has ${p.length} characters, more than the ${p.max} its cost bound was computed for`
      : `Expression ${quote(p.source)} was not evaluated: ${quote(p.variable)} is not of its declared type`,

  // Texts that are not problems.
  AND_MORE: (p: { count: number }) => ` (and ${p.count} more)`,
};

/** Every code of the rules module's own tables (the input guard's codes have their tables in src/shared). */
export type RulesMessageCode = keyof typeof en;
