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
  result: 'result',
  implementer: 'implementing office',
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
const span = (amount: number, u: string) => (u === 'immediate' ? 'immediate' : `${amount} ${unit(u)}`);

/** What a clock start names that the procedure never records (`CLOCK_START_EVENT_UNRECORDED`). */
export type ClockStartFault =
  | 'no-fee'
  | 'no-financial-obligation'
  | 'reply-without-step'
  | 'unknown-step'
  | 'not-a-reply'
  | 'step-without-reply';
const clockFaults: Readonly<Record<ClockStartFault, (step: string) => string>> = {
  'no-fee': () => 'the clock starts when the fees are paid, but the procedure declares no fee',
  'no-financial-obligation': () =>
    'the clock starts when the financial obligation is met, but no step requests it (request-financial-obligation)',
  'reply-without-step': () => 'the clock starts at a reply: name the replying step in "step"',
  'unknown-step': (step) => `the clock starts at the reply of step ${step}, which does not exist`,
  'not-a-reply': (step) =>
    `the clock starts at the reply of step ${step}, which is not a consultation branch step with a reply action`,
  'step-without-reply': () => '"step" is read only with "after": "REPLY"',
};

/** A rule departing from the general one, which needs its legal basis (`LEGAL_BASIS_MISSING`). */
export type BasisSubject = 'clock-start' | 'extension' | 'request-window' | 'step-limit';
const subjects: Readonly<Record<BasisSubject, string>> = {
  'clock-start': 'A clock start other than complete receipt (Decree 118/2025 Art. 17(3))',
  extension: 'An extension (Decree 118/2025 Art. 19(6))',
  'request-window': 'A supplement request window other than 3 working days (Decree 118/2025 Art. 19(5))',
  'step-limit': 'A step limit of its own',
};

/** What a limit is compared with the total for (`LIMIT_UNITS_INCOMPARABLE`). */
export type LimitSubject = 'step-limit' | 'result' | 'extension';

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
    p.format === 'date'
      ? 'Not a real calendar day YYYY-MM-DD'
      : p.format === 'datetime'
        ? 'Not an instant with an offset, e.g. 2026-02-12T10:00:00+07:00'
        : `Invalid format (${p.format})`,
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
    `Expression ${quote(p.source)} cannot be parsed${p.column === null ? '' : ` at column ${p.column}`}: ${
      p.reason === 'not_in'
        ? 'CEL has no `not in`; write `!(x in list)`'
        : p.reason === 'not_operator'
          ? 'CEL has no `not`; negation is `!`, e.g. `!(x in list)`'
          : p.detail
    }`,
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
    /** The value it is most likely a typo of (`onlne` → `online`), or `null`. */
    suggestion: string | null;
  }) =>
    p.isDefault
      ? `Default ${quote(p.value)} is not a value of field ${quote(p.name)} (values: ${list(p.values)})${mean(p.suggestion)}`
      : `${quote(p.value)} is not a value of ${p.builtIn ? 'the built-in variable' : 'field'} ${quote(p.name)} (values: ${list(p.values)})${mean(p.suggestion)}`,
  DATE_LITERAL_INVALID: (p: { value: string; field: string }) =>
    `${quote(p.value)} is not a real day YYYY-MM-DD; the date ${quote(p.field)} compares as text, so this comparison is wrong`,
  FEE_AMOUNT_NEGATIVE: (p: { source: string; amount: number; currency: string }) =>
    `The amount ${quote(p.source)} is always ${p.amount} ${p.currency}; a fee cannot be negative`,
  IMPLEMENTER_NOT_DECLARED: (p: { source: string }) =>
    `Expression ${quote(p.source)} reads "implementer", but the procedure declares no implementing offices ("implementers")`,
  CLOCK_START_EVENT_UNRECORDED: (p: {
    event: string;
    reason: ClockStartFault;
    step: string | null;
    suggestion: string | null;
  }) => `Clock start after ${p.event}: ${clockFaults[p.reason](quote(p.step ?? ''))}${mean(p.suggestion)}`,
  LEGAL_BASIS_MISSING: (p: { subject: BasisSubject; step: string | null }) =>
    `${subjects[p.subject]}${p.step === null ? '' : ` (step ${quote(p.step)})`} departs from the general rule; write its legal basis in "basis"`,
  RESULT_NOT_DECIDED: (p: { result: string }) =>
    `No action decides result ${quote(p.result)} (an issue-result or reply action naming it in "result")`,
  RESULT_UNKNOWN: (p: { id: string; suggestion: string | null; declared: boolean }) =>
    p.declared
      ? `No result has id ${quote(p.id)}${mean(p.suggestion)}`
      : `This action names result ${quote(p.id)}, but the procedure declares no "results"`,
  RESULT_AMBIGUOUS: (p: { step: string; results: readonly string[] }) =>
    `Step ${quote(p.step)} issues a result without naming it, and the procedure has several (${list(p.results)}); name it in "result"`,
  STEP_LIMIT_EXCEEDS_TOTAL: (p: {
    step: string;
    amount: number;
    unit: string;
    total: number;
    totalUnit: string;
    variant: number | null;
  }) =>
    `The limit of step ${quote(p.step)}, ${span(p.amount, p.unit)}, is longer than the ${p.variant === null ? 'total' : `total of variant ${p.variant + 1}`} (${span(p.total, p.totalUnit)}), which the law keeps it within ("withinTotal")`,
  FEE_EFFECTIVE_OVERLAP: (p: { id: string; other: number; from: string | null }) =>
    `Fee ${quote(p.id)} is also declared at fees[${p.other}] for ${p.from === null ? 'the same days' : `days from ${p.from}`}: entries with one id must have effective ranges that do not overlap (give entries that apply under different conditions different ids)`,
  RESULT_AGENCY_DIFFERS: (p: { result: string; step: string; stepAgency: string; agency: string }) =>
    `Result ${quote(p.result)} is decided by ${quote(p.agency)}, but step ${quote(p.step)}, which issues it, is done by ${quote(p.stepAgency)}`,
  RESULT_LIMIT_EXCEEDS_TOTAL: (p: {
    result: string;
    amount: number;
    unit: string;
    total: number;
    totalUnit: string;
  }) =>
    `The limit of result ${quote(p.result)}, ${span(p.amount, p.unit)}, is longer than the procedure's total (${span(p.total, p.totalUnit)})`,
  EXTENSION_EXCEEDS_LIMIT: (p: { amount: number; unit: string; total: number; totalUnit: string }) =>
    `The extension, ${span(p.amount, p.unit)}, is longer than the procedure's own limit (${span(p.total, p.totalUnit)})`,
  LIMIT_UNITS_INCOMPARABLE: (p: {
    subject: LimitSubject;
    id: string | null;
    unit: string;
    totalUnit: string;
  }) =>
    `${p.subject === 'extension' ? 'The extension' : `The limit of ${p.subject === 'result' ? 'result' : 'step'} ${quote(p.id ?? '')}`} is in ${unit(p.unit)} and the total in ${unit(p.totalUnit)}: they cannot be compared (8 working hours make a working day; calendar days and months compare only with themselves)`,
  FEE_CURRENCY_UNKNOWN: (p: { currency: string; suggestion: string | null }) =>
    `${quote(p.currency)} is not an ISO 4217 currency code in current use${mean(p.suggestion)}`,
  DELIVERY_ONLINE_NOT_OFFERED: (_: Record<string, never>) =>
    'Results may be delivered online, but the procedure is not offered online (channels.online is "none")',
  LIMIT_ZERO_USE_IMMEDIATE: (_: Record<string, never>) =>
    'A limit of 0 is refused: the same day is written { "type": "immediate" } (Decree 118/2025 Art. 17(4)), for the procedure, a variant, a result or a step alike',
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
  REUSE_BASIS_WITHOUT_ARTICLE: (p: { document: string }) =>
    `Document ${quote(p.document)} may be taken from electronic data, but its legal basis names no article`,
  ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS: (p: { document: string }) =>
    `The procedure is offered online but document ${quote(p.document)} accepts no electronic format`,
  VARIANT_UNIT_DIFFERS: (p: { variantUnit: string; unit: string }) =>
    `This variant is in ${unit(p.variantUnit)} but the limit and the step shares are in ${unit(p.unit)}; under this variant the shares are read in ${unit(p.variantUnit)} and cannot be checked against it`,
  NO_DECISION_RECORDED: (_: Record<string, never>) =>
    'No step records the decision (an issue-result action, or approve handing the result to the return step): the applicant may then withdraw until the result is returned (Decree 118/2025 Art. 21 allows it only until the decision) and statistics count the dossier processed only at the return',

  // Dossier validation.
  CHANNEL_NOT_OFFERED: (p: { channel: string }) =>
    `This procedure cannot be submitted ${channels[p.channel] ?? quote(p.channel)}`,
  IMPLEMENTER_MISSING: (p: {
    purpose: Purpose;
    subject: string;
    subjectVi: string;
    values: readonly string[];
  }) => `The implementing office is needed to ${purpose(p.purpose, p.subject)} (one of: ${list(p.values)})`,
  IMPLEMENTER_UNKNOWN: (p: { id: string; suggestion: string | null; values: readonly string[] }) =>
    p.values.length === 0
      ? `${quote(p.id)}: this procedure declares no implementing offices`
      : `${quote(p.id)} is not an implementing office of this procedure (offices: ${list(p.values)})${mean(p.suggestion)}`,
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
  DOCUMENT_NOT_REUSABLE: (p: { name: string; nameVi: string; accepted: readonly string[] }) =>
    `${p.name} cannot be taken from electronic data for this procedure; hand in ${p.accepted.map(form).join(' or ')}`,
  DOCUMENT_REUSE_REPOSITORY: (p: {
    name: string;
    nameVi: string;
    repository: string;
    allowed: readonly string[];
  }) => `${p.name}: data from ${quote(p.repository)} is not accepted (accepted: ${p.allowed.join(', ')})`,
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
