/**
 * The engine's English texts, by code: rejections of events, errors of misuse, alerts and the lines that explain
 * a deadline. Each text is a function of the code's parameters; `vi.ts` has the same codes and parameters.
 */

import type { DurationUnit } from '../../calendar/index.js';
import type { Regime } from '../law.js';
import {
  EVENT_EN,
  type EventParams,
  MIGRATION_EN,
  type MigrationParams,
  SNAPSHOT_EN,
  type SnapshotParams,
} from './en-problems.js';
import { cite } from './law.js';

export type {
  EventParams,
  EventProblem,
  MigrationParams,
  MigrationProblem,
  SnapshotParams,
  SnapshotProblem,
} from './en-problems.js';

const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));

/** Why an apology is refused. */
export type ApologyProblem = 'once' | 'decided' | 'too-late' | 'not-later' | 'too-far' | 'not-received';
/** Units of a time limit as the messages name them. */
export const UNITS_EN: Readonly<Record<DurationUnit, string>> = {
  'working-days': 'working days',
  'working-hours': 'working hours',
  'calendar-days': 'days',
  months: 'months',
};

/** Why an extension is refused. */
export type ExtensionProblem =
  | 'not-offered'
  | 'decided'
  | 'once'
  | 'apologized'
  | 'not-started'
  | 'too-late'
  | 'not-later'
  | 'too-far';
/** Why a result cannot be handed back. */
export type ResultProblem = 'unknown' | 'not-issued' | 'returned' | 'pending';
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
  SUPPLEMENT_TOO_LATE: (p: {
    by: string;
    restarted: boolean;
    regime: Regime;
    amount: number;
    unit: DurationUnit;
    sector: boolean;
  }) =>
    `A supplement must be requested within ${p.amount} ${UNITS_EN[p.unit]} of ${p.restarted ? 'the restart of the time limit' : 'receipt'} (by ${p.by}; ${p.sector ? "the procedure's own rule" : cite('supplementWindow', p.regime).en})`,
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
  CHOICE_NOT_OFFERED: (p: {
    choice: 'implementer' | 'delivery';
    given: string;
    allowed: readonly string[];
  }) =>
    p.choice === 'implementer'
      ? `"${p.given}" is not an office that carries this procedure out (${list(p.allowed)})`
      : `The result cannot be delivered by ${p.given} in this procedure (offered: ${list(p.allowed)})`,
  REUSE_NOT_ALLOWED: (p: { document: string; name: string; reusable: readonly string[] }) =>
    `${p.name} ("${p.document}") cannot be taken from electronic data in this procedure: its definition gives no legal basis for it (reusable: ${list(p.reusable)})`,
  IMPLEMENTER_REQUIRED: (p: { allowed: readonly string[] }) =>
    `Several kinds of office carry this procedure out: name the one chosen in implementer (${list(p.allowed)})`,
  RESULT_NOT_RETURNABLE: (p: {
    reason: ResultProblem;
    allowed: readonly string[];
    result?: string;
    at?: string;
    pending?: readonly string[];
  }) =>
    ({
      unknown: () => `"${p.result}" is not a result of this procedure (results: ${list(p.allowed)})`,
      'not-issued': () => `Result ${p.result} is not issued yet: it cannot be handed back`,
      returned: () => `Result ${p.result} was handed back at ${p.at}`,
      pending: () =>
        `Results not issued yet: ${list(p.pending ?? [])}; the dossier ends when all are handed back`,
    })[p.reason](),
  EXTENSION_NOT_ALLOWED: (p: {
    reason: ExtensionProblem;
    at?: string;
    due?: string;
    newDueDate?: string;
    dueDate?: string;
    latest?: string;
    byAgreement?: boolean;
  }) =>
    ({
      'not-offered': () => 'This procedure allows no extension; a late dossier is apologised for (APOLOGIZE)',
      decided: () => `The decision was issued at ${p.at}; there is nothing left to extend`,
      once: () => 'The time limit may be extended only once',
      apologized: () => 'The dossier is already late and apologised for: it cannot be extended',
      'not-started': () => 'The time limit has not started: there is no appointment to extend',
      'too-late': () => `The appointment ${p.due} has passed: extend before it, or apologise (APOLOGIZE)`,
      'not-later': () => `The new appointment ${p.newDueDate} must be after the current one (${p.dueDate})`,
      'too-far': () =>
        `The new appointment ${p.newDueDate} is later than the procedure allows (at most ${p.latest}${p.byAgreement ? ', unless the applicant agrees in writing: agreement true' : ''})`,
    })[p.reason](),
  FEE_NOT_ALLOWED: (p: { reason: 'paid' | 'no-fee'; at?: string }) =>
    p.reason === 'paid' ? `The fees were paid at ${p.at}` : 'This procedure has no fee to pay',
  UNKNOWN_DEFINITION: (p: { code: string; version: string; hash: string }) =>
    `Definition ${p.code} version ${p.version} (${p.hash}) is not registered; pass it in createEngine({ procedures }) or engine.register()`,
  INVALID_SNAPSHOT: (p: SnapshotParams) => `Invalid snapshot: ${SNAPSHOT_EN[p.problem](p)}`,
  INVALID_OPTIONS: (p: {
    option: string;
    expected: Expected;
    given: string;
    allowed?: readonly string[];
    /** The option an unknown one is most likely a typo of. */
    suggestion?: string;
  }) =>
    `Option ${p.option} must be ${EXPECTED_EN[p.expected](p.allowed ?? [])} (given ${p.given})${p.suggestion ? `; did you mean ${p.suggestion}?` : ''}`,
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
  EXPLAIN_PROLONG: (p: { to: string; reason: string }) =>
    `Extended to ${p.to}, as the extension the procedure's own text allows: ${p.reason}`,
  EXPLAIN_EXTENSION_MOVED: (p: { day: string }) =>
    `The new appointment moves to ${p.day}: time the clock stood still after it was set does not count`,
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
  | 'whole-number'
  | 'agency-code'
  | 'digits'
  | 'sequence'
  | 'yymmdd-day'
  | 'period'
  | 'decree-118-dossier'
  | 'document-ids'
  | 'summary-result'
  | 'fact-rows'
  | 'known-option'
  | 'restored-snapshot';

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
  'whole-number': () => 'a whole number from 0',
  'agency-code': () => 'an agency code of letters, digits and dots (Circular 10/2016/TT-BTTTT)',
  digits: () => 'a number of sequence digits from 4 to 7',
  sequence: (allowed) => `a sequence number from 1 to ${allowed[0] ?? '?'}`,
  'yymmdd-day': () => 'a receipt day from 2000 to 2099 (written YYMMDD)',
  period: () => 'a period { from, to } of two days YYYY-MM-DD, from not after to',
  'decree-118-dossier': () =>
    'a Decree 118/2025 dossier: one under Decree 61/2018 (received before 01/07/2025) has no notice of stopping, and Circular 01/2018 has no such form',
  'document-ids': () => 'a list of at most 100 document ids of the definition',
  'summary-result': () => 'the result of a summary (engine.summarize, or summary.result())',
  'fact-rows': () => 'fact rows (engine.factRows), each an object',
  'known-option': (allowed) => `one of the options ${list(allowed)}`,
  'restored-snapshot': () =>
    'a dossier snapshot, not its persisted form (engine.persist): read it with engine.restore(…) first',
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
