/**
 * motcua/engine — the dossier engine (bộ máy xử lý hồ sơ) of the one-stop mechanism (một cửa, một cửa liên
 * thông): procedures compiled to XState machines, pure event application and replay with a tamper-evident hash
 * chain, the SLA clock as a budget plus a ledger read against the legal calendar (one owner of the due instant),
 * time-driven checks, DVCQG status codes, the desk's forms and Decision 766 statistics. Runs in browsers (no Node
 * APIs). See docs/engine.md.
 */
export type {
  DossierEvent,
  DossierEventType,
  EventActor,
  RecordedEvent,
  UnnumberedEvent,
} from './apply/events.js';
export { eventActor, eventSchema, eventTypes } from './apply/events.js';
export { type ParsedEvent, parseEvent } from './apply/parse.js';
export type { HistoryReport, NextEvent } from './apply/replay.js';
export type { CountingOptions } from './context.js';
export {
  type ApplyResult,
  createEngine,
  type Engine,
  type EngineOptions,
  type MigrationOptions,
  type ReplayOptions,
  type ReplayResult,
} from './createEngine.js';
export { EngineError, type EngineErrorCode, type Rejection, type RejectionCode } from './errors.js';
export {
  type Cell,
  type Circular,
  type ControlBlock,
  circularOf,
  type Form,
  type FormKind,
  type Label,
  type ReceivedDocument,
  type RenderOptions,
  renderForm,
} from './forms/index.js';
export {
  type DossierCodeOptions,
  type DossierCodeParts,
  dossierCode,
  MAX_DOSSIER_SEQUENCE,
  parseDossierCode,
} from './interop/dossierCode.js';
export type { DvcqgRecord, DvcqgRecordOptions } from './interop/dvcqg.js';
export {
  type DvcqgStatus,
  dvcqgStatusLabels,
  fromDvcqgStatus,
  type Phase,
  phaseOf,
  phases,
  toDvcqgChannel,
  toDvcqgStatus,
} from './interop/phase.js';
export { CIRCULAR_03_FROM, DECREE_118_FROM, formsCircularAt, type Regime, regimeAt } from './law.js';
export {
  type AllowedField,
  type LookupClockEntry,
  type LookupFacts,
  type LookupLabel,
  type LookupResult,
  type LookupVisit,
  lookupAllowList,
} from './lookup/facts.js';
export { type LookupMessageCode, lookupMessagesEn, lookupMessagesVi } from './lookup/messages/index.js';
export { isGsm7, type SmsEncoding, smsSegments, stripDiacritics, toGsm7 } from './lookup/sms.js';
export {
  KIOSK_COLUMNS,
  SMS_DROP_ORDER,
  type SmsReport,
  type StatusChannel,
  type StatusMessage,
  type StatusMessageOptions,
  type StatusPart,
  type StatusPartKind,
  statusChannels,
  VOICE_SENTENCE_MAX,
} from './lookup/statusMessage.js';
export type { TimelineEntry, TimelineKind } from './lookup/timeline.js';
export { type CompiledProcedure, compileProcedure } from './machine/compile.js';
export type { DossierMachine, EngineAction, MachineContext } from './machine/config.js';
export { en as engineMessagesEn, vi as engineMessagesVi } from './messages/index.js';
export type { Citation } from './messages/law.js';
export { EVENT_TYPES_VI as eventTypeNamesVi } from './messages/vi.js';
export type { DeadlineExtension, DeadlineView, PauseView } from './sla/deadline.js';
export type { Alert, AlertCode, Evaluation, Proposal } from './sla/evaluate.js';
export { explainDeadline } from './sla/explain.js';
export { finishInstant, type LateReason, lateReasons, type Timeliness, timeliness } from './sla/outcome.js';
export type { DossierSla, ResultSla, SlaLevel, SlaOptions, SlaStatus, StepSla } from './sla/status.js';
export { eventText as historyEventText, genesis as historyGenesis } from './snapshot/chain.js';
export type { PersistedSnapshot } from './snapshot/persist.js';
export {
  type DossierSnapshot,
  type LedgerEntry,
  ledgerEntrySchema,
  type Outcome,
  type PauseReason,
  type StateValue,
  snapshotSchema,
  type Visit,
} from './snapshot/schema.js';
export { type Column, factColumns, summaryColumns } from './statistics/columns.js';
export type { Contribution, SummaryFigures } from './statistics/counts.js';
export { StatisticsError, type StatisticsErrorCode } from './statistics/errors.js';
export { type CsvOptions, factTableCsv, summaryCsv } from './statistics/export.js';
export type { FactRow } from './statistics/facttable.js';
export { bucketOf, bucketRange, medianMinutes } from './statistics/histogram.js';
export {
  statisticsMessagesEn,
  statisticsMessagesVi,
} from './statistics/messages/index.js';
export { type Dimension, dimensions, type SummaryOptions } from './statistics/options.js';
export { PARTIAL_FORMAT, type SummaryPartial } from './statistics/partial.js';
export {
  monthPeriod,
  periodMonths,
  type SummaryPeriod,
  type SummaryPeriodInput,
  summaryPeriod,
} from './statistics/period.js';
export { MAX_ITEM_LENGTH, type SummaryCheck, type SummaryItem } from './statistics/source.js';
export { Summary, type SummaryGroup, type SummaryResult } from './statistics/summary.js';
export { type SummaryWarning, type WarningCode, warningCodes } from './statistics/warnings.js';
