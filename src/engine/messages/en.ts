/**
 * The engine's English texts, by code: rejections of events, errors of misuse, alerts and the lines that explain
 * a deadline. Each text is a function of the code's parameters; `vi.ts` has the same codes and parameters.
 */
import { type InputIssueCode, inputMessagesEn } from '../../shared/guard.js';
import type { Regime } from '../law.js';
import { cite } from './law.js';

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
  | 'not-one-of'
  | 'not-list'
  | 'not-hash'
  | 'not-fields'
  | 'not-step-map'
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
  | 'conditions-unknown';

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

const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));

const EVENT_EN: Record<EventProblem, (p: EventParams) => string> = {
  'not-an-object': () => 'the event must be a JSON object',
  'unknown-type': (p) => `unknown event type ${p.value ?? ''}; expected one of ${list(p.allowed ?? [])}`,
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
  'not-amount': (p) => `${p.field} must be a whole, non-negative amount of đồng`,
  'not-one-of': (p) => `${p.field} must be one of ${list(p.allowed ?? [])} (given ${p.value ?? '?'})`,
  'not-list': (p) => `${p.field} must be a list of 1 to ${p.max ?? 0} texts of 1 to 2000 characters`,
  'not-hash': (p) => `${p.field} must be a SHA-256 hash: 64 lower-case hex digits`,
  'not-fields': (p) =>
    `${p.field} must be an object of form values (text, number, true/false or null), at most 500 of them`,
  'not-step-map': (p) => `${p.field} must map step ids to step ids`,
  unsafe: (p) =>
    `the event is not safe data: ${p.inputCode ? (inputMessagesEn[p.inputCode] as (x: EventParams) => string)(p) : ''}`,
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
}

const SNAPSHOT_EN: Record<SnapshotProblem, (p: SnapshotParams) => string> = {
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

const MIGRATION_EN: Record<MigrationProblem, (p: MigrationParams) => string> = {
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

/** Why an apology is refused. */
export type ApologyProblem = 'once' | 'decided' | 'too-late' | 'not-later' | 'too-far' | 'not-received';
/** Why a stop is refused. */
export type StopProblem = 'decided' | 'decree-61' | 'no-supplement' | 'period-running';

export const en = {
  INVALID_EVENT: (p: EventParams) => `Invalid event: ${EVENT_EN[p.problem](p)}`,
  NOT_ALLOWED: (p: { type: string; phase: string; allowed: readonly string[] }) =>
    `${p.type} is not allowed while the dossier is ${PHASES_EN[p.phase] ?? p.phase}; allowed now: ${list(p.allowed)}`,
  WRONG_AGENCY: (p: { by: string; holders: readonly string[] }) =>
    `Agency "${p.by}" does not hold the dossier now (held by: ${list(p.holders)})`,
  AMBIGUOUS_STEP: (p: { by: string; steps: readonly string[] }) =>
    `Agency "${p.by}" holds several steps (${list(p.steps)}); name the step`,
  STALE_SEQUENCE: (p: { seq: number; expected: number }) =>
    `Event seq ${p.seq} does not follow the dossier's last event (expected ${p.expected}); reload the dossier`,
  OUT_OF_ORDER: (p: { at: string; lastAt: string }) =>
    `The event is dated ${p.at}, before the last event (${p.lastAt})`,
  SUPPLEMENT_ALREADY_REQUESTED: (_: Record<string, never>) =>
    `A supplement may be requested only once during processing (${cite('supplementWindow', 'decree-118-2025').en})`,
  SUPPLEMENT_TOO_LATE: (p: { by: string; restarted: boolean; regime: Regime }) =>
    `A supplement must be requested within 3 working days of ${p.restarted ? 'the restart of the time limit' : 'receipt'} (by ${p.by}; ${cite('supplementWindow', p.regime).en})`,
  WITHDRAWAL_NOT_ALLOWED: (p: { reason: 'decided' | 'decree-61' }) =>
    p.reason === 'decided'
      ? `The decision is issued; the applicant can no longer stop the procedure (${cite('withdrawal', null).en})`
      : 'Decree 61/2018 gives no right to stop a received dossier',
  APOLOGY_NOT_ALLOWED: (p: {
    reason: ApologyProblem;
    regime: Regime;
    day?: string;
    dueDate?: string;
    newDueDate?: string;
    latest?: string;
    decidedAt?: string;
  }) =>
    ({
      once: () => `The appointment may be moved only once (${cite('apologyOnce', p.regime).en})`,
      decided: () => `The decision was issued at ${p.decidedAt}; there is no appointment left to move`,
      'too-late': () =>
        `The apology must come at least one day before the due day (sent ${p.day}, due ${p.dueDate}; ${cite('apology', p.regime).en})`,
      'not-later': () => `The new appointment ${p.newDueDate} must be after the current one (${p.dueDate})`,
      'too-far': () =>
        `The new appointment ${p.newDueDate} is later than the procedure allows (at most ${p.latest})`,
      'not-received': () => 'The dossier is not received: there is no appointment to move',
    })[p.reason](),
  STOP_NOT_ALLOWED: (p: { reason: StopProblem; decidedAt?: string; closeAt?: string }) =>
    ({
      decided: () => `The decision was issued at ${p.decidedAt}; processing can no longer be stopped`,
      'decree-61': () =>
        'Decree 61/2018 has no closure for a supplement not completed; only Decree 118/2025 Art. 19(5) does',
      'no-supplement': () =>
        `No supplement is awaited: the closure for a supplement not completed does not apply (${cite('closure', null).en})`,
      'period-running': () =>
        `The applicant has until ${p.closeAt} to complete the dossier (${cite('closure', null).en})`,
    })[p.reason](),
  NOT_IN_FORCE: (p: { code: string; version: string; from: string; to: string | null; day: string }) =>
    `Version ${p.version} of ${p.code} is in force ${p.from}–${p.to ?? '…'}, not on ${p.day}; pick the version with procedureInForce`,
  HASH_MISMATCH: (p: { seq: number; expected: string; given: string }) =>
    `Event ${p.seq} carries hash ${p.given.slice(0, 12)}…, but its content and the events before it give ${p.expected.slice(0, 12)}…: the history was changed`,
  INVALID_MIGRATION: (p: MigrationParams) => `Cannot migrate: ${MIGRATION_EN[p.problem](p)}`,
  UNKNOWN_DEFINITION: (p: { code: string; version: string; hash: string }) =>
    `Definition ${p.code} version ${p.version} (${p.hash}) is not registered; pass it in createEngine({ procedures }) or engine.register()`,
  INVALID_SNAPSHOT: (p: SnapshotParams) => `Invalid snapshot: ${SNAPSHOT_EN[p.problem](p)}`,
  INVALID_OPTIONS: (p: { option: string; expected: Expected; given: string; allowed?: readonly string[] }) =>
    `Option ${p.option} must be ${EXPECTED_EN[p.expected](p.allowed ?? [])} (given ${p.given})`,
  INVALID_ARGUMENT: (p: {
    argument: string;
    expected: Expected;
    given: string;
    allowed?: readonly string[];
  }) => `${p.argument} must be ${EXPECTED_EN[p.expected](p.allowed ?? [])} (given ${p.given})`,
  // Verifying a history against a snapshot.
  HISTORY_VERIFIED: (p: { events: number; head: string }) =>
    `The history of ${p.events} events replays to the snapshot; chain head ${p.head.slice(0, 12)}…`,
  HISTORY_REJECTED: (p: { index: number; seq: number; code: string }) =>
    `Event ${p.index + 1} (seq ${p.seq}) of the history is refused (${p.code}): the log is not a history the engine made`,
  HISTORY_HASH_CHANGED: (p: { index: number; seq: number }) =>
    `Event ${p.index + 1} (seq ${p.seq}) does not carry the hash its content and the events before it give: it, or an event before it, was changed, removed or inserted`,
  HISTORY_SNAPSHOT_DIFFERS: (p: { path: string; stored: string; replayed: string }) =>
    `The stored snapshot differs from the history's at ${p.path}: stored ${p.stored}, replayed ${p.replayed}`,
  HISTORY_HEAD_DIFFERS: (p: { stored: string; replayed: string; events: number }) =>
    `The stored snapshot's chain head ${p.stored.slice(0, 12)}… is not the head of the ${p.events} events given (${p.replayed.slice(0, 12)}…): events are missing, added or changed`,
  // Alerts.
  ONLINE_ALERT: (_: { due: string }) => 'Online dossier: alert the officer within 2 hours',
  ONLINE_ACCEPTANCE_DUE: (p: { due: string }) => `Accept or ask for a supplement by ${p.due}`,
  ONLINE_ACCEPTANCE_OVERDUE: (p: { due: string }) => `Not accepted within 8 working hours (by ${p.due})`,
  TRANSFER_DUE: (p: { due: string }) => `Transfer the paper dossier by ${p.due}`,
  TRANSFER_OVERDUE: (p: { due: string }) =>
    `The paper dossier should have reached the processing agency by ${p.due}`,
  SUPPLEMENT_WINDOW: (p: { due: string; once: boolean }) =>
    `A supplement may be requested until ${p.due}${p.once ? ', once' : ''}`,
  DEADLINE_WARNING: (p: { due: string; used: number }) => `${p.used}% of the time used; due ${p.due}`,
  DEADLINE_CRITICAL: (p: { due: string; used: number }) => `${p.used}% of the time used; due ${p.due}`,
  OVERDUE: (p: { due: string }) => `Overdue since ${p.due}`,
  STEP_OVERDUE: (p: { due: string; step: string; agency: string }) =>
    `Step ${p.step} (${p.agency}) is past its deadline ${p.due}`,
  APOLOGY_DUE: (p: { due: string; day: string }) =>
    `If the result will be late, send the apology and new appointment by ${p.day}`,
  SUPPLEMENT_EXPIRED: (p: { due: string }) =>
    `The supplement was not completed by ${p.due}: close the dossier`,
  // Lines that explain a deadline.
  EXPLAIN_POLICY: (p: { policy: string }) => `Counted by ${POLICIES_EN[p.policy] ?? p.policy}`,
  EXPLAIN_RESET: (p: { at: string; regime: Regime }) =>
    `The time limit restarted from zero at ${p.at}, when the complete dossier came back (${cite('supplementRestart', p.regime).en})`,
  EXPLAIN_PAUSE: (p: {
    from: string;
    to: string | null;
    reason: 'supplement' | 'financial-obligation';
    hours: number;
    days: number | null;
  }) =>
    `Paused ${p.from} – ${p.to ?? '…'}: ${p.reason === 'financial-obligation' ? 'time spent meeting financial obligations is not counted' : 'waiting for the supplement'} (+${p.days === null ? `${p.hours} h` : `${p.days} days; Civil Code 2015 Art. 148(5)`})`,
  EXPLAIN_BEFORE_START: (p: { from: string; start: string }) =>
    `The pause from ${p.from} began before the clock started (${p.start}): that time never counted`,
  EXPLAIN_EXTENSION: (p: { to: string; reason: string; regime: Regime }) =>
    `New appointment ${p.to} after the apology (${cite('apology', p.regime).en}): ${p.reason}`,
  EXPLAIN_EXTENSION_MOVED: (p: { day: string }) =>
    `The new appointment moves to ${p.day}: time the clock stood still after the apology does not count`,
} as const;

/** What an option or argument must be. */
export type Expected =
  | 'one-of'
  | 'instant'
  | 'object'
  | 'procedure'
  | 'snapshot'
  | 'events'
  | 'visit'
  | 'documents'
  | 'thresholds'
  | 'text'
  | 'form'
  | 'apology'
  | 'stopped'
  | 'received'
  | 'circular-form'
  | 'positive-integer'
  | 'agency-code'
  | 'digits'
  | 'sequence'
  | 'yymmdd-day'
  | 'period'
  | 'decree-118-dossier';

export const EXPECTED_EN: Readonly<Record<Expected, (allowed: readonly string[]) => string>> = {
  'one-of': (allowed) => `one of ${list(allowed)}`,
  instant: () =>
    'an instant: ISO-8601 with an offset (2026-02-10T09:30:00+07:00) or whole epoch milliseconds, within 2014–2199',
  object: () => 'an object',
  procedure: () => 'a definition loaded by defineProcedure (motcua/rules)',
  snapshot: () => 'a dossier snapshot made by this engine (start, applyEvent, replay or restore)',
  events: () => 'a list of events',
  visit: () => 'a visit of the snapshot (snapshot.visits[i])',
  documents: () => 'a list of the documents received ({ name, form, copies })',
  thresholds: () => 'three increasing shares [warning, critical, overdue], each above 0',
  text: () => 'text',
  form: () => 'a form made by one of the form builders',
  apology: () => 'a dossier with an apology recorded',
  stopped: () => 'a dossier that was stopped or withdrawn',
  received: () => 'a received dossier',
  'circular-form': () => 'a form its circular has',
  'positive-integer': () => 'a whole number above 0',
  'agency-code': () => 'an agency code of letters, digits and dots (Circular 10/2016/TT-BTTTT)',
  digits: () => 'a number of sequence digits from 4 to 7',
  sequence: (allowed) => `a sequence number from 1 to ${allowed[0] ?? '?'}`,
  'yymmdd-day': () => 'a receipt day from 2000 to 2099 (written YYMMDD)',
  period: () => 'a period { from, to } of two days YYYY-MM-DD, from not after to',
  'decree-118-dossier': () =>
    'a Decree 118/2025 dossier: one under Decree 61/2018 (received before 01/07/2025) has no notice of stopping, and Circular 01/2018 has no such form',
};

/** Dossier phases as the messages name them. */
export const PHASES_EN: Readonly<Record<string, string>> = {
  new: 'not yet submitted',
  submitted: 'submitted, not yet received',
  incomplete: 'sent back at the desk for a supplement',
  'refused-at-desk': 'refused at the desk',
  received: 'received, at the desk',
  processing: 'being processed',
  'awaiting-supplement': 'waiting for a supplement',
  'awaiting-financial-obligation': 'waiting for the financial obligation',
  'result-ready': 'processed, the result ready',
  refused: 'refused',
  withdrawn: 'withdrawn by the applicant',
  stopped: 'stopped',
  'result-returned': 'finished, the result returned',
};

/** Counting policies as the messages name them. */
export const POLICIES_EN: Readonly<Record<string, string>> = {
  'working-hours': 'working hours (N × 8 working hours from complete receipt; the default)',
  'working-days-cutoff': "working days with the afternoon cut-off (the portal's choice)",
  'civil-code':
    "working days, the receipt day not counted (Civil Code 2015 Art. 147–148; the portal's choice)",
};
