/**
 * The engine's public types: its options, the answers of its methods, and the `Engine` interface itself, each
 * method with its doc block (the shipped `.d.ts` shows them in editors).
 */
import type { Calendar, CountingPolicy } from '../calendar/index.js';
import type { Procedure, SupplementItem } from '../rules/index.js';
import type { DossierEvent, RecordedEvent } from './apply/events.js';
import type { HistoryReport, NextEvent } from './apply/replay.js';
import type { CountingOptions } from './context.js';
import type { Rejection } from './errors.js';
import type { Form, ReceivedDocument } from './forms/index.js';
import type { DvcqgRecord, DvcqgRecordOptions } from './interop/dvcqg.js';
import type { Circular } from './law.js';
import type { StatusMessage, StatusMessageOptions } from './lookup/statusMessage.js';
import type { CompiledProcedure } from './machine/compile.js';
import type { DeadlineView } from './sla/deadline.js';
import type { Evaluation } from './sla/evaluate.js';
import type { SlaOptions, SlaStatus } from './sla/status.js';
import type { PersistedSnapshot } from './snapshot/persist.js';
import type { DossierSnapshot, Visit } from './snapshot/schema.js';
import type { FactRow } from './statistics/facttable.js';
import type { SummaryOptions } from './statistics/options.js';
import type { SummaryPeriodInput } from './statistics/period.js';
import type { SummaryItem } from './statistics/source.js';
import type { Summary, SummaryResult } from './statistics/summary.js';

/** Options of {@link createEngine}. */
export interface EngineOptions {
  /**
   * How appointments are counted — the first decision a portal makes: `working-hours` (default, Decree 118/2025
   * Art. 17(3)), `working-days-cutoff` or `civil-code`. A definition's own `timing.counting` wins for its dossiers.
   */
  readonly policy?: CountingPolicy;
  /** The calendar; default `createCalendar()` (national calendar, 07:30–11:30 and 13:00–17:00). */
  readonly calendar?: Calendar;
  /** Definitions snapshots may refer to (more can be registered, or passed to `start` and `replay`). */
  readonly procedures?: readonly Procedure[];
  /**
   * An online dossier accepted outside working hours: its time counts from the acceptance (`as-sent`, default) or
   * from the next working instant (`next-working-instant`, as the State Treasury does, Circular 87/2021). No
   * national rule is known either way (domain notes §6), so it is the portal's policy. Fixed in each dossier at
   * receipt, with the counting policy and the cut-off.
   */
  readonly onlineOutsideHours?: 'as-sent' | 'next-working-instant';
  /** Definitions kept in memory, least recently used out first; default 1,000. */
  readonly maxDefinitions?: number;
}

/** Options of {@link Engine.replay}. */
export interface ReplayOptions {
  /**
   * The events come from the portal's own store, as `applyEvent` recorded them: skip the schema check and take
   * the hash each carries as recorded instead of recomputing it (the legal checks — state, agency, sequence,
   * order — still run). `verifyHistory` recomputes every hash; default false: every event is checked and its
   * hash recomputed (and compared with the one it carries).
   */
  readonly validated?: boolean;
}

/** The answer of {@link Engine.applyEvent}. */
export type ApplyResult =
  | {
      readonly ok: true;
      readonly snapshot: DossierSnapshot;
      /** The event as recorded: store it in the dossier's log as it is (it carries its hash). */
      readonly recorded: RecordedEvent;
    }
  | { readonly ok: false; readonly rejection: Rejection; readonly snapshot: DossierSnapshot };

/** The answer of {@link Engine.replay}. */
export type ReplayResult =
  | { readonly ok: true; readonly snapshot: DossierSnapshot }
  | {
      readonly ok: false;
      readonly rejection: Rejection;
      readonly index: number;
      readonly snapshot: DossierSnapshot;
    };

/** Options of {@link Engine.migrate}. */
export interface MigrationOptions {
  /** When the migration is decided (the MIGRATE event's instant). */
  readonly at: string;
  /** The agency recording it. */
  readonly by?: string;
  /** Old step id → new step id, for steps renamed in the new version. */
  readonly steps?: Readonly<Record<string, string>>;
  /** The receipt fields, needed when the new version has a `forward … when` condition the old one did not. */
  readonly fields?: Readonly<Record<string, string | number | boolean | null>>;
}

/** The dossier engine. Every method checks its arguments and throws `EngineError` on misuse. */
export interface Engine {
  readonly calendar: Calendar;
  /** The counting policy dossiers get at receipt when their definition fixes none. */
  readonly policy: CountingPolicy;
  /** Registers definitions (kept least recently used out first, up to `maxDefinitions`). */
  register(...procedures: readonly Procedure[]): void;
  /**
   * The snapshot of a new dossier under a definition: state `new`, no events, the history chain at its start.
   *
   * @example
   * const s = engine.start(marriage); // s.state === 'new'
   */
  start(procedure: Procedure): DossierSnapshot;
  /**
   * Applies one event; never mutates `snapshot`. Untrusted JSON goes through `parseEvent` first. On success, store
   * `recorded` (the event with its hash) in the log and the new snapshot beside it, in one transaction.
   *
   * @example
   * const r = engine.applyEvent(s, { type: 'RECEIVE', seq: 2, at: '2026-02-12T10:00:00+07:00', by: 'desk', dossierCode: 'H29-260212-0001' });
   * if (!r.ok) alert(r.rejection.messageVi); // 'Cơ quan "desk" không phải là cơ quan đang giữ hồ sơ …'
   */
  applyEvent(snapshot: DossierSnapshot, event: DossierEvent): ApplyResult;
  /**
   * Rebuilds a dossier from its log: applies the events in order from a new dossier, checking each (schema, law,
   * recorded hash); stops at the first rejection with its index.
   *
   * @example
   * const r = engine.replay(land, rows.map((row) => JSON.parse(row.event)));
   */
  replay(procedure: Procedure, events: readonly unknown[], options?: ReplayOptions): ReplayResult;
  /**
   * The events allowed now, with the agency that may send each and the step it acts for — for the buttons of a
   * desk screen. Every check runs, the time ones included, at `at` (default: the last event's instant).
   *
   * @example
   * engine.nextEvents(s).map((e) => `${e.type} by ${e.by}`) // ['FORWARD by land-office', 'REQUEST_SUPPLEMENT by land-office', …]
   */
  nextEvents(snapshot: DossierSnapshot, at?: string | number): NextEvent[];
  /**
   * Moves a dossier in flight to another version of its procedure by recording a MIGRATE event (seq: the next);
   * store `recorded` like any other event.
   *
   * @example
   * const r = engine.migrate(s, landV2, { at: '2026-03-01T08:00:00+07:00', steps: { issue: 'issue-v2' } });
   */
  migrate(snapshot: DossierSnapshot, target: Procedure, options: MigrationOptions): ApplyResult;
  /**
   * Replays a stored history (the recorded events, with their hashes) and compares it with the stored snapshot:
   * `ok`, or exactly where they part ways (the first changed event, the first refused one, the first differing
   * field, or the chain head).
   *
   * @example
   * const report = engine.verifyHistory(land, events, engine.restore(row.snapshot));
   * if (!report.ok) console.warn(report.code, report.path, report.messageVi);
   */
  verifyHistory(procedure: Procedure, events: readonly unknown[], snapshot: DossierSnapshot): HistoryReport;
  /** The compact persisted form of a snapshot (≈ 1.6 KB for a 20-event interagency dossier). */
  persist(snapshot: DossierSnapshot): PersistedSnapshot;
  /**
   * Checks a stored snapshot (readable or persisted form) — its shape, and its facts against each other and its
   * definition — and gives it back; throws `EngineError` `INVALID_SNAPSHOT` with the path of the bad value.
   */
  restore(data: unknown): DossierSnapshot;
  /**
   * The appointment in force (after an apology, the new one) read at an instant (default: when processing ended,
   * else the last event); `null` before receipt.
   *
   * @example
   * engine.dossierDeadline(s)?.due // '2026-02-24T10:00:00+07:00' — 3 working days from Thu 12/02 10:00, Tết skipped
   */
  dossierDeadline(snapshot: DossierSnapshot, at?: string | number): DeadlineView | null;
  /** The deadline of a visit of a step, read at an instant. */
  stepDeadline(snapshot: DossierSnapshot, visit: Visit, at?: string | number): DeadlineView | null;
  /**
   * Deadlines, time used and early / on time / late at an instant, for the dossier and each step.
   *
   * @example
   * engine.slaStatus(s, '2026-05-04T09:00:00+07:00').dossier?.remainingHours // 64
   */
  slaStatus(snapshot: DossierSnapshot, at: string | number, options?: SlaOptions): SlaStatus;
  /**
   * Time-driven alerts and proposed events at an instant (call on a schedule or when a dossier is opened).
   *
   * @example
   * engine.evaluate(s, Date.now()).alerts.map((a) => a.messageVi)
   */
  evaluate(snapshot: DossierSnapshot, now: string | number, options?: SlaOptions): Evaluation;
  /**
   * The National Public Service Portal (DVCQG) sync record of a dossier: status 1–10, channel, received, due,
   * finished, time limit and unit, the procedure code, online payment and digitisation flags (`null` while unknown:
   * pass what the portal knows), and the history chain head.
   *
   * @example
   * engine.dvcqgRecord(s, { onlinePayment: true }).TrangThaiHoSo // 4
   */
  dvcqgRecord(snapshot: DossierSnapshot, options?: DvcqgRecordOptions): DvcqgRecord;
  /** Form 01: the receipt and appointment slip. */
  receiptForm(
    snapshot: DossierSnapshot,
    options: {
      readonly applicant: string;
      readonly documents: readonly ReceivedDocument[];
      readonly logbookNumber?: string;
    },
  ): Form;
  /** Form 02: the supplement request. */
  supplementRequestForm(
    snapshot: DossierSnapshot,
    options: { readonly applicant: string; readonly items: readonly SupplementItem[]; readonly at: string },
  ): Form;
  /** Form 03: the refusal. */
  refusalForm(
    snapshot: DossierSnapshot,
    options: { readonly applicant: string; readonly reasons: readonly string[]; readonly at: string },
  ): Form;
  /** Form 04: the apology and new appointment. */
  apologyForm(snapshot: DossierSnapshot, options: { readonly applicant: string }): Form;
  /** Form 05: the notice of stopping. */
  stopNoticeForm(
    snapshot: DossierSnapshot,
    options: { readonly applicant: string; readonly reason: string },
  ): Form;
  /** Form 06 (05 before 15/09/2025): the process control sheet. */
  controlSheetForm(snapshot: DossierSnapshot, options: { readonly at: string }): Form;
  /**
   * What the citizen is told about the dossier by its code (tra cứu), by text message, telephone, kiosk or web
   * page: the code, where it is, which agency holds it, the appointment, what is missing, whether it is late and the
   * apology's new date — from the allow-listed facts only (`lookupAllowList`: no officer, no internal note). Text
   * messages fit one segment where possible (GSM-7 160 / UCS-2 70) and say what they left out (docs/engine.md §11a).
   *
   * @example
   * engine.statusMessage(s, { channel: 'sms', lang: 'vi', encoding: 'ucs2', at: Date.now() }).text
   * // 'Hồ sơ H29.22-260210-0001: đang giải quyết. Hẹn trả 17:00 02/03/2026.' (68 of 70; `dropped: ['holder']`)
   */
  statusMessage(snapshot: DossierSnapshot, options: StatusMessageOptions): StatusMessage;
  /** Form 07 (06 before 15/09/2025): the logbook. */
  logbookForm(
    entries: readonly { readonly snapshot: DossierSnapshot; readonly applicant: string }[],
    options: { readonly at: string; readonly circular?: Circular },
  ): Form;
  /**
   * A streaming, mergeable summary over a period: `add` each dossier once (a snapshot, a persisted snapshot or
   * JSON text), `merge` partials summarised elsewhere, read `result()` — received, resolved early / on time / late,
   * the resolved on-time rate, open and overdue at the period's end, the Decision 766 indicator, processing times,
   * warnings; grouped by agency, procedure, field, level, month and channel (docs/engine.md §12).
   *
   * @example
   * const s = engine.createSummary({ period: { from: '2026-03-01', to: '2026-03-31' }, groupBy: ['agency'] });
   * for (const row of rows) s.add(row.snapshot);
   * s.result().total.resolvedOnTimeRate // 0.993
   */
  createSummary(options: SummaryOptions): Summary;
  /**
   * The summary of every dossier of a source, read once in constant memory; a promise over an `AsyncIterable`.
   *
   * @example
   * engine.summarize(snapshots, { period: { from: '2026-01-01', to: '2026-12-31' } }).total.inProgress.overdue // 77
   */
  summarize(source: Iterable<SummaryItem>, options: SummaryOptions): SummaryResult;
  summarize(source: AsyncIterable<SummaryItem>, options: SummaryOptions): Promise<SummaryResult>;
  /**
   * The summary of dossiers over a period with no grouping: `summarize(snapshots, { period })` (the name kept from
   * the first edition; its answer is now a {@link SummaryResult}).
   *
   * @example
   * engine.statistics(snapshots, { from: '2026-03-01', to: '2026-03-31' }).total.decision766.rate // 0.94
   */
  statistics(snapshots: Iterable<SummaryItem>, period: SummaryPeriodInput): SummaryResult;
  /**
   * The fact table: one flat row per dossier as it stood at `asOf` (procedure, agency, level, channel, received,
   * due, finished, outcome, pauses, supplements, apology, …), for a warehouse; docs/sql/indicators.sql computes the
   * summary's figures from it. Rows are plain JSON; `factTableCsv` writes them as CSV.
   *
   * @example
   * const rows = [...engine.factRows(snapshots, { asOf: '2027-01-01T00:00:00+07:00' })];
   */
  factRows(source: Iterable<SummaryItem>, options: { readonly asOf: string | number }): Iterable<FactRow>;
  /** The compiled definition of a snapshot. */
  compiled(snapshot: DossierSnapshot): CompiledProcedure;
  /** How the calendar counts for a snapshot (policy, 15:00 cut-off, channel). */
  counting(snapshot: DossierSnapshot): CountingOptions;
}
