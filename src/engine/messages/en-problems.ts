/**
 * The English texts of the engine's structured problems — why an event does not match its schema, why a
 * snapshot cannot be restored, what a migration cannot do — each a function of the problem's parameters
 * (`vi-problems.ts` has the same problems in Vietnamese).
 */
import { type InputIssueCode, inputMessagesEn } from '../../shared/guard.js';

const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));

/** Why an event does not match its schema (`INVALID_EVENT`). */
export type EventProblem =
  | 'not-an-object'
  | 'unknown-type'
  | 'missing'
  | 'unknown-key'
  | 'not-text'
  | 'not-id'
  | 'not-code'
  | 'not-instant'
  | 'not-day'
  | 'not-seq'
  | 'not-amount'
  | 'not-boolean'
  | 'not-currency'
  | 'not-one-of'
  | 'not-list'
  | 'not-hash'
  | 'not-fields'
  | 'not-step-map'
  | 'not-documents'
  | 'not-a-document'
  | 'unsafe'
  | 'not-a-field'
  | 'field-value'
  | 'condition'
  | 'deadline-outside-calendar';

/** Why a snapshot cannot be restored (`INVALID_SNAPSHOT`). */
export type SnapshotProblem =
  | 'unsafe'
  | 'shape'
  | 'format'
  | 'procedure-mismatch'
  | 'state-unknown'
  | 'visit-step-unknown'
  | 'visits-disagree'
  | 'ledger-order'
  | 'ledger-outside'
  | 'ledger-start'
  | 'ledger-pairs'
  | 'state-facts'
  | 'limit-not-allowed'
  | 'conditions-unknown'
  | 'results-disagree'
  | 'choice-unknown'
  | 'digitisation-disagrees';

/** What a migration cannot do (`INVALID_MIGRATION`). */
export type MigrationProblem =
  | 'unknown-version'
  | 'other-procedure'
  | 'same-version'
  | 'not-in-force'
  | 'during-consultation'
  | 'step-missing'
  | 'state-missing'
  | 'new-condition';

export const EVENT_EN: Record<EventProblem, (p: EventParams) => string> = {
  'not-an-object': () => 'the event must be a JSON object',
  'unknown-type': (p) =>
    `unknown event type ${p.value ?? ''}; expected one of ${list(p.allowed ?? [])}${p.suggestion ? `. Did you mean "${p.suggestion}"?` : ''}`,
  missing: (p) => `${p.field} is required`,
  'unknown-key': (p) => `${p.field} is not a field of ${p.type ?? 'this event'}`,
  'not-text': (p) => `${p.field} must be text of 1 to ${p.max ?? 2000} characters`,
  'not-id': (p) =>
    `${p.field} must be an id: a letter, then up to 63 letters, digits, "-" or "_" (given ${p.value ?? '?'})`,
  'not-code': (p) => `${p.field} must be a dossier code of 1 to 64 characters`,
  'not-instant': (p) =>
    `${p.field} must be an instant with an offset (2026-02-10T09:30:00+07:00) within the calendar's years (given ${p.value ?? '?'})`,
  'not-day': (p) => `${p.field} must be a day YYYY-MM-DD (given ${p.value ?? '?'})`,
  'not-seq': (p) => `${p.field} must be a whole number from 1 to 1,000,000`,
  'not-amount': (p) =>
    `${p.field} must be a whole, non-negative amount of money (đồng unless a currency is given)`,
  'not-boolean': (p) => `${p.field} must be true or false`,
  'not-currency': (p) =>
    `${p.field} must be a currency code of three capital letters (VND, USD; given ${p.value ?? '?'})`,
  'not-one-of': (p) => `${p.field} must be one of ${list(p.allowed ?? [])} (given ${p.value ?? '?'})`,
  'not-list': (p) => `${p.field} must be a list of 1 to ${p.max ?? 0} texts of 1 to 2000 characters`,
  'not-hash': (p) => `${p.field} must be a SHA-256 hash: 64 lower-case hex digits`,
  'not-fields': (p) =>
    `${p.field} must be an object of form values (text, number, true/false or null), at most 500 of them`,
  'not-step-map': (p) => `${p.field} must map step ids to step ids`,
  unsafe: (p) =>
    `the event is not safe data: ${p.inputCode ? (inputMessagesEn[p.inputCode] as (x: EventParams) => string)(p) : ''}`,
  'not-documents': (p) =>
    `${p.field} must map document ids to digitised, reused or paper (at most 500 of them)`,
  'not-a-document': (p) => `${p.value ?? '?'} is not a document of this procedure`,
  'not-a-field': (p) => `${p.value ?? '?'} is not a field of this procedure's form`,
  'field-value': (p) =>
    `field ${p.value ?? '?'} must be ${p.allowed ? `one of ${list(p.allowed)}` : `of type ${p.fieldType ?? '?'}`}, not ${p.given ?? '?'}`,
  condition: (p) =>
    `condition ${p.expression ?? ''} cannot be evaluated on the fields given: ${p.detail ?? ''}`,
  'deadline-outside-calendar': () =>
    `its deadline would fall outside the calendar's years; the calendar covers 2014–2199`,
};

/** Parameters of `INVALID_EVENT`. */
export interface EventParams {
  readonly problem: EventProblem;
  readonly field: string;
  readonly type?: string;
  readonly value?: string;
  readonly allowed?: readonly string[];
  readonly max?: number;
  readonly expected?: string;
  readonly given?: string;
  readonly expression?: string;
  /** A form field's type (`text`, `number`, `boolean`, …). */
  readonly fieldType?: string;
  /** The expression evaluator's own words (English texts only). */
  readonly detail?: string;
  readonly inputCode?: InputIssueCode;
  readonly key?: string;
  readonly kind?: string;
  readonly count?: number;
  readonly what?: string;
  /** The known value an unknown one is most likely a typo of (`SUBMITT` → `SUBMIT`). */
  readonly suggestion?: string;
}

export const SNAPSHOT_EN: Record<SnapshotProblem, (p: SnapshotParams) => string> = {
  unsafe: (p) =>
    `the snapshot is not safe data: ${p.inputCode ? (inputMessagesEn[p.inputCode] as (x: SnapshotParams) => string)(p) : ''}`,
  shape: (p) => `${p.field} must be ${p.expected ?? 'as the snapshot format says'}`,
  format: (p) =>
    `format ${p.given ?? '?'} is not one this engine reads (format 2); a snapshot of motcua 0.1 is rebuilt by replaying its events`,
  'procedure-mismatch': (p) =>
    `the definition ${p.hash ?? ''} is ${p.expected ?? '?'}, not ${p.given ?? '?'} as the snapshot says`,
  'state-unknown': (p) => `state ${p.state ?? '?'} does not exist in ${p.procedure ?? 'the definition'}`,
  'visit-step-unknown': (p) =>
    `visit ${p.index ?? '?'} names step ${p.step ?? '?'}, which the definition does not have`,
  'visits-disagree': (p) =>
    `the open visits (${list(p.open ?? [])}) disagree with the state (steps ${list(p.active ?? [])})`,
  'ledger-order': (p) => `ledger entry ${p.index ?? '?'} is out of order (by time and event number)`,
  'ledger-outside': (p) =>
    `ledger entry ${p.index ?? '?'} lies outside the dossier's events (receipt ${p.from ?? '?'} to last event ${p.to ?? '?'}, events 1–${p.seq ?? '?'})`,
  'ledger-start': () => "a received dossier's ledger starts with its receipt, once",
  'ledger-pairs': (p) =>
    `ledger entry ${p.index ?? '?'} does not follow the clock's rules: ${p.expected ?? ''}`,
  'state-facts': (p) => `the state ${p.state ?? '?'} disagrees with the dossier's facts: ${p.expected ?? ''}`,
  'limit-not-allowed': (p) =>
    `the time limit ${p.given ?? '?'} is not one the definition gives (${list(p.allowed ?? [])})`,
  'conditions-unknown': (p) => `condition ${p.given ?? '?'} is not a condition of the definition`,
  'results-disagree': (p) =>
    `the results must be the definition's (${list(p.allowed ?? [])}), from receipt, in its order`,
  'choice-unknown': (p) => `${p.field} ${p.given ?? '?'} is not one the definition offers`,
  'digitisation-disagrees': (p) =>
    `${p.field} (${p.given ?? '?'}) disagrees with the definition or the dossier: ${p.expected ?? ''}`,
};

/** Parameters of `INVALID_SNAPSHOT`. */
export interface SnapshotParams {
  readonly problem: SnapshotProblem;
  readonly field: string;
  readonly expected?: string;
  readonly given?: string;
  readonly hash?: string;
  readonly state?: string;
  readonly procedure?: string;
  readonly index?: number;
  readonly step?: string;
  readonly open?: readonly string[];
  readonly active?: readonly string[];
  readonly allowed?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly seq?: number;
  readonly inputCode?: InputIssueCode;
  readonly key?: string;
  readonly kind?: string;
  readonly count?: number;
  readonly max?: number;
  readonly what?: string;
}

export const MIGRATION_EN: Record<MigrationProblem, (p: MigrationParams) => string> = {
  'unknown-version': (p) =>
    `version ${p.version ?? '?'} (${p.hash ?? '?'}) is not registered with the engine`,
  'other-procedure': (p) => `a dossier of ${p.from ?? '?'} cannot move to procedure ${p.to ?? '?'}`,
  'same-version': () => 'the dossier already uses this version',
  'not-in-force': (p) =>
    `version ${p.version ?? '?'} is in force ${p.from ?? '?'} – ${p.to ?? '…'}, not on the dossier's receipt day ${p.day ?? '?'}`,
  'during-consultation': () =>
    'a dossier cannot move to another version during a consultation; wait for the join',
  'step-missing': (p) =>
    `step ${p.step ?? '?'} has no counterpart in version ${p.version ?? '?'}; map it in steps`,
  'state-missing': (p) => `state ${p.state ?? '?'} does not exist in version ${p.version ?? '?'}`,
  'new-condition': (p) =>
    `the condition ${p.expression ?? '?'} of step ${p.step ?? '?'} is new in version ${p.version ?? '?'}; give the receipt fields`,
};

/** Parameters of `INVALID_MIGRATION`. */
export interface MigrationParams {
  readonly problem: MigrationProblem;
  readonly version?: string;
  readonly hash?: string;
  readonly from?: string;
  readonly to?: string;
  readonly day?: string;
  readonly step?: string;
  readonly state?: string;
  readonly expression?: string;
}
