/**
 * motcua/engine — the dossier engine (bộ máy xử lý hồ sơ) of the one-stop mechanism (một cửa, một cửa liên
 * thông): procedures compiled to XState machines, pure event application and replay, the SLA clock as a budget
 * plus a ledger read against the legal calendar, time-driven checks, DVCQG status codes, the desk's forms and
 * Decision 766 statistics. Runs in browsers (no Node APIs). See docs/engine.md.
 */
export {
  type CompiledProcedure,
  compileProcedure,
  type DossierMachine,
  type EngineAction,
  type MachineContext,
} from './compileProcedure.js';
export {
  type ApplyResult,
  createEngine,
  type Engine,
  type EngineOptions,
  type ReplayOptions,
} from './createEngine.js';
export {
  type DossierCodeOptions,
  type DossierCodeParts,
  dossierCode,
  MAX_DOSSIER_SEQUENCE,
  parseDossierCode,
} from './dossierCode.js';
export { EngineError, type EngineErrorCode, type Rejection, type RejectionCode } from './errors.js';
export type { Alert, AlertCode, Evaluation, Proposal } from './evaluate.js';
export {
  type DossierEvent,
  type DossierEventType,
  type EventActor,
  eventActor,
  eventSchema,
  eventTypes,
  type UnnumberedEvent,
} from './events.js';
export {
  apologyForm,
  type Cell,
  type Circular,
  type ControlBlock,
  circularOf,
  controlSheetForm,
  type Form,
  type FormKind,
  type Label,
  logbookForm,
  type ReceivedDocument,
  receiptForm,
  refusalForm,
  renderForm,
  stopNoticeForm,
  supplementRequestForm,
} from './forms.js';
export {
  type CountingOptions,
  type DeadlineView,
  explainDeadline,
  type PauseView,
  supplementWindow,
} from './ledger.js';
export type { MigrationOptions } from './migrate.js';
export { type PersistedSnapshot, persistedSnapshotSchema, persistSnapshot } from './persist.js';
export { CIRCULAR_03_FROM, DECREE_118_FROM, formsCircularAt, regimeAt } from './regime.js';
export {
  type DossierSla,
  finishInstant,
  type SlaLevel,
  type SlaOptions,
  type SlaStatus,
  type StepSla,
  type Timeliness,
  timeliness,
} from './slaStatus.js';
export {
  type DossierSnapshot,
  type LedgerEntry,
  ledgerEntrySchema,
  type Outcome,
  type PauseReason,
  type Regime,
  type StateValue,
  snapshotSchema,
  type Visit,
} from './snapshot.js';
export {
  type DossierStatistics,
  dossierStatistics,
  type ProcedureStatistics,
  type StatisticsPeriod,
} from './statistics.js';
export {
  type DvcqgRecord,
  type DvcqgStatus,
  dvcqgStatusLabels,
  dvcqgTimestamp,
  fromDvcqgStatus,
  type Phase,
  phaseOf,
  phases,
  toDvcqgChannel,
  toDvcqgRecord,
  toDvcqgStatus,
} from './statusCodes.js';
