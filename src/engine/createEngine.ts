/**
 * @name createEngine
 * @summary The dossier engine (bộ máy xử lý hồ sơ): pure event application, replay, SLA and time-driven checks.
 *
 * @description
 * An engine binds the calendar (working days, hours, official schedules) and the definitions a portal uses.
 * Everything is pure: `applyEvent(snapshot, event)` returns a new snapshot or a typed rejection and never mutates
 * its input; `replay(procedure, events)` rebuilds any snapshot deterministically; `evaluate` and `slaStatus` read
 * a snapshot at an instant. A snapshot is pinned to the definition version it started under (its content hash):
 * publishing version 2 never changes a dossier in flight; `migrate` moves one explicitly.
 *
 * @param options - the calendar (default: the national calendar), the definitions, the counting policy
 * @returns an {@link Engine}
 *
 * @example
 * const engine = createEngine({ procedures: [land] });
 * let s = engine.start(land);
 * const r = engine.applyEvent(s, { type: 'SUBMIT', seq: 1, at: '2026-02-10T09:00:00+07:00', channel: 'in-person' });
 * if (r.ok) s = r.snapshot; else console.log(r.rejection.messageVi);
 */

import { transition } from 'xstate';
import {
  type Calendar,
  type CountingPolicy,
  countingPolicies,
  createCalendar,
  MAX_YEAR,
  MIN_YEAR,
} from '../calendar/index.js';
import { type Procedure, toExpressionContext } from '../rules/index.js';
import {
  type CompiledProcedure,
  compileProcedure,
  type EngineAction,
  type MachineContext,
  stateExists,
} from './compileProcedure.js';
import { EngineError, type Rejection, rejection } from './errors.js';
import { computeEvaluation, type Evaluation, supplementClosesAt } from './evaluate.js';
import {
  type DossierEvent,
  type DossierEventType,
  type EventActor,
  eventActor,
  eventSchema,
  eventTypes,
  fastParseEvent,
} from './events.js';
import { type FieldsById, fieldProblem } from './fields.js';
import {
  type CountingOptions,
  type DeadlineView,
  deriveDeadline,
  originAt,
  supplementWindow,
} from './ledger.js';
import { type MigrationOptions, migrateSnapshot } from './migrate.js';
import {
  type PersistedSnapshot,
  persistedSnapshotSchema,
  persistSnapshot,
  restorePersisted,
} from './persist.js';
import { canonicalInstant, instantOption, legalDay, regimeAt, shiftDay } from './regime.js';
import { computeSlaStatus, type SlaOptions, type SlaStatus } from './slaStatus.js';
import {
  type DossierSnapshot,
  type LedgerEntry,
  type Outcome,
  type PinnedCounting,
  type StateValue,
  snapshotSchema,
  type Visit,
} from './snapshot.js';
import { phaseOf } from './statusCodes.js';

/** Options of {@link createEngine}. */
export interface EngineOptions {
  /** The calendar; default `createCalendar()` (national calendar, 07:30–11:30 and 13:00–17:00). */
  readonly calendar?: Calendar;
  /** Definitions snapshots may refer to (more can be passed to `start`, `replay`, `migrate`). */
  readonly procedures?: readonly Procedure[];
  /** Counting policy when the definition fixes none; default `working-days-cutoff` (domain notes §6). */
  readonly counting?: CountingPolicy;
  /**
   * An online dossier accepted outside working hours: its time counts from the acceptance (`as-sent`, default) or
   * from the next working instant (`next-working-instant`, as the State Treasury does, Circular 87/2021). No
   * national rule is known either way (domain notes §6), so it is the portal's policy. Fixed in each dossier at
   * receipt, with the counting policy and the cut-off.
   */
  readonly onlineOutsideHours?: 'as-sent' | 'next-working-instant';
}

/** Options of {@link Engine.replay}. */
export interface ReplayOptions {
  /**
   * The events come from the portal's own store and were validated (by `applyEvent`) when recorded: skip the
   * schema check (the legal checks — state, agency, sequence, order — still run). Default false.
   */
  readonly validated?: boolean;
}

/** The answer of {@link Engine.applyEvent}. */
export type ApplyResult =
  | { readonly ok: true; readonly snapshot: DossierSnapshot }
  | { readonly ok: false; readonly rejection: Rejection; readonly snapshot: DossierSnapshot };

/** The dossier engine. */
export interface Engine {
  readonly calendar: Calendar;
  /** The snapshot of a new dossier under a definition (state `new`, no events). */
  start(procedure: Procedure): DossierSnapshot;
  /** Applies one event; never mutates `snapshot`. */
  applyEvent(snapshot: DossierSnapshot, event: DossierEvent | unknown): ApplyResult;
  /** Applies events in order from a new dossier; stops at the first rejection. */
  replay(
    procedure: Procedure,
    events: readonly (DossierEvent | unknown)[],
    options?: ReplayOptions,
  ): ApplyResult;
  /** The compact persisted form of a snapshot (see `persist.ts`). */
  persist(snapshot: DossierSnapshot): PersistedSnapshot;
  /** Validates a stored snapshot (full or persisted form) and checks it can be restored by this engine. */
  restore(data: unknown): DossierSnapshot;
  /** The compiled definition of a snapshot. */
  compiled(snapshot: DossierSnapshot): CompiledProcedure;
  /** How the calendar counts for a snapshot (policy, 15:00 cut-off, channel). */
  counting(snapshot: DossierSnapshot): CountingOptions;
  /** The dossier deadline (appointment) read at an instant (ISO with offset, or epoch ms); `null` before receipt. */
  dossierDeadline(snapshot: DossierSnapshot, at?: string | number): DeadlineView | null;
  /** The deadline of a visit of a step, read at an instant (ISO with offset, or epoch ms). */
  stepDeadline(snapshot: DossierSnapshot, visit: Visit, at?: string | number): DeadlineView | null;
  /** Registers more definitions. */
  register(...procedures: readonly Procedure[]): void;
  /** Deadlines, time used and early / on time / late at an instant (see `slaStatus.ts`). */
  slaStatus(snapshot: DossierSnapshot, at: string | number, options?: SlaOptions): SlaStatus;
  /** Time-driven alerts and proposed events at an instant (see `evaluate.ts`). */
  evaluate(snapshot: DossierSnapshot, now: string | number, options?: SlaOptions): Evaluation;
  /** Moves a dossier in flight to another version of its procedure (see `migrate.ts`). */
  migrate(snapshot: DossierSnapshot, target: Procedure, options: MigrationOptions): DossierSnapshot;
}

const MAX_TRANSITIONS = 20_000;

/** Who does each event, looked up once (see {@link eventActor}). */
const ACTORS: ReadonlyMap<DossierEventType, EventActor> = new Map(eventTypes.map((t) => [t, eventActor(t)]));

/** An event done by a step. */
type StepEvent = Extract<
  DossierEvent,
  {
    type:
      | 'FORWARD'
      | 'CONSULT'
      | 'REPLY'
      | 'RETURN'
      | 'REQUEST_SUPPLEMENT'
      | 'REQUEST_FINANCIAL_OBLIGATION'
      | 'REFUSE'
      | 'APPROVE'
      | 'ISSUE_RESULT'
      | 'RETURN_RESULT';
  }
>;

export function createEngine(options: EngineOptions = {}): Engine {
  const calendar = options.calendar ?? createCalendar();
  const defaultPolicy: CountingPolicy = options.counting ?? 'working-days-cutoff';
  const onlineOutsideHours = options.onlineOutsideHours ?? 'as-sent';
  if (!countingPolicies.includes(defaultPolicy) || !ONLINE_OPTIONS.includes(onlineOutsideHours)) {
    throw new EngineError(
      'INVALID_OPTIONS',
      `Unknown counting option: ${String(countingPolicies.includes(defaultPolicy) ? onlineOutsideHours : defaultPolicy)}`,
      `Tùy chọn cách tính thời hạn không hợp lệ: ${String(countingPolicies.includes(defaultPolicy) ? onlineOutsideHours : defaultPolicy)}`,
      [countingPolicies.includes(defaultPolicy) ? 'onlineOutsideHours' : 'counting'],
    );
  }
  const registry = new Map<string, CompiledProcedure>();
  const register = (...procedures: readonly Procedure[]) => {
    for (const p of procedures) registry.set(p.hash, compileProcedure(p));
  };
  register(...(options.procedures ?? []));

  const compiled = (snapshot: DossierSnapshot): CompiledProcedure => {
    const c = registry.get(snapshot.procedure.hash);
    if (!c) {
      throw new EngineError(
        'UNKNOWN_DEFINITION',
        `Definition ${snapshot.procedure.code} version ${snapshot.procedure.version} (${snapshot.procedure.hash}) is not registered`,
        `Chưa nạp định nghĩa thủ tục ${snapshot.procedure.code} phiên bản ${snapshot.procedure.version} (${snapshot.procedure.hash})`,
        ['procedure', 'hash'],
      );
    }
    return c;
  };

  /** The counting a dossier received now gets: the definition's, else the engine's defaults. */
  const countingAtReceipt = (c: CompiledProcedure): PinnedCounting => {
    const timing = c.procedure.definition.timing;
    return {
      policy: timing.counting ?? defaultPolicy,
      cutoff: timing.receiptCutoff.enabled ? timing.receiptCutoff.time : null,
      onlineOutsideHours,
    };
  };

  const counting = (snapshot: DossierSnapshot): CountingOptions => {
    // A received dossier whose snapshot predates the recorded counting: read as it was then (no online option).
    const pinned =
      snapshot.counting ??
      (snapshot.receivedAt === null
        ? countingAtReceipt(compiled(snapshot))
        : { ...countingAtReceipt(compiled(snapshot)), onlineOutsideHours: 'as-sent' as const });
    return {
      policy: pinned.policy,
      cutoff: pinned.cutoff,
      onlineOutsideHours: pinned.onlineOutsideHours,
      channel: snapshot.channel ?? 'in-person',
    };
  };

  const dossierDeadline = (snapshot: DossierSnapshot, at?: string | number): DeadlineView | null => {
    if (!snapshot.limit) return null;
    const now = readAt(snapshot, at);
    const view = deriveDeadline(
      calendar,
      counting(snapshot),
      snapshot.ledger,
      snapshot.limit.amount,
      snapshot.limit.unit,
      Number.POSITIVE_INFINITY,
      now,
    );
    return view;
  };

  const stepDeadline = (
    snapshot: DossierSnapshot,
    visit: Visit,
    at?: string | number,
  ): DeadlineView | null => {
    if (!snapshot.limit) return null;
    const now = readAt(snapshot, at);
    const until = visit.end === null ? Number.POSITIVE_INFINITY : Date.parse(visit.end);
    return deriveDeadline(
      calendar,
      counting(snapshot),
      snapshot.ledger,
      visit.plan[1],
      snapshot.limit.unit,
      until,
      now,
    );
  };

  const start = (procedure: Procedure): DossierSnapshot => {
    register(procedure);
    const d = procedure.definition;
    return {
      format: 1,
      procedure: { code: d.code, version: d.version, hash: procedure.hash },
      calendarVersion: calendar.version,
      seq: 0,
      lastAt: null,
      state: 'new',
      channel: null,
      regime: null,
      submittedAt: null,
      receivedAt: null,
      dossierCode: null,
      limit: null,
      consultation: 'parallel',
      counting: null,
      conditions: {},
      deskSupplements: 0,
      supplements: 0,
      decidedAt: null,
      finishedAt: null,
      outcome: null,
      ledger: [],
      visits: [],
    };
  };

  /** Applies one event: the next snapshot itself (no wrapper, so replay allocates less), or the rejection. */
  /**
   * `owned`: the snapshot was made inside the running replay and nobody else holds it, so the event may update it
   * in place instead of copying (replay keeps only the last one). Never for a snapshot from outside.
   */
  const apply = (
    snapshot: DossierSnapshot,
    input: DossierEvent | unknown,
    validated: boolean,
    owned = false,
  ): DossierSnapshot | Rejected => {
    let parsedEvent = validated ? (input as DossierEvent) : fastParseEvent(input);
    if (parsedEvent === undefined) {
      const parsed = eventSchema.safeParse(input);
      if (parsed.success) parsedEvent = parsed.data;
      else {
        const issue = parsed.error.issues[0];
        return reject(
          snapshot,
          rejection(
            'INVALID_EVENT',
            `Invalid event: ${issue?.message ?? 'schema mismatch'}`,
            `Sự kiện không hợp lệ: ${issue?.message ?? 'sai cấu trúc'}`,
            issue?.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) ?? [],
          ),
        );
      }
    }
    // Instants are stored in one form (+07:00), so they compare as strings and persist compactly.
    const at = canonicalInstant(parsedEvent.at);
    const year =
      at.charCodeAt(0) * 1000 + at.charCodeAt(1) * 100 + at.charCodeAt(2) * 10 + at.charCodeAt(3) - 53_328; // '0000'
    if (year < MIN_YEAR || year > MAX_YEAR) {
      // Deadlines of such a dossier could not be counted: refused here rather than failing on a later read.
      return reject(
        snapshot,
        rejection(
          'INVALID_EVENT',
          `The event is dated ${at}, outside the calendar (${MIN_YEAR}–${MAX_YEAR})`,
          `Sự kiện ghi thời điểm ${at}, ngoài phạm vi lịch (${MIN_YEAR}–${MAX_YEAR})`,
          ['at'],
        ),
      );
    }
    const event = at === parsedEvent.at ? parsedEvent : { ...parsedEvent, at };
    // The step acting, resolved from the agency when the event does not name it.
    let step = (event as { step?: string }).step ?? '';
    const c = compiled(snapshot);
    const d = c.procedure.definition;
    if (event.seq !== snapshot.seq + 1) {
      return reject(
        snapshot,
        rejection(
          'STALE_SEQUENCE',
          `Event seq ${event.seq} does not follow the snapshot's seq ${snapshot.seq}; reload the dossier`,
          `Số thứ tự sự kiện ${event.seq} không nối tiếp số ${snapshot.seq} của hồ sơ; hãy tải lại hồ sơ`,
          ['seq'],
        ),
      );
    }
    if (snapshot.lastAt !== null && isBefore(event.at, snapshot.lastAt)) {
      return reject(
        snapshot,
        rejection(
          'OUT_OF_ORDER',
          `The event is dated ${event.at}, before the last event (${snapshot.lastAt})`,
          `Sự kiện ghi thời điểm ${event.at}, trước sự kiện gần nhất (${snapshot.lastAt})`,
          ['at'],
        ),
      );
    }
    const receiving = snapshot.receivedAt === null;
    // Who may act: the desk before receipt and for desk-only events; the agency of an open step otherwise.
    const actor = ACTORS.get(event.type);
    const deskOnly = actor === 'desk' || (actor === 'desk-or-step' && receiving);
    const byStep = actor === 'step' || (actor === 'desk-or-step' && !receiving);
    if (deskOnly && 'by' in event && event.by !== undefined && event.by !== d.roles.desk) {
      return reject(snapshot, wrongAgency(event.by, d.roles.desk));
    }
    if (byStep) {
      const acting = event as StepEvent;
      const visits = snapshot.visits;
      if (acting.step !== undefined) {
        let visit: Visit | undefined;
        for (let i = 0; i < visits.length; i++) {
          const v = visits[i]!;
          if (v.end === null && v.step === acting.step) {
            visit = v;
            break;
          }
        }
        if (!visit) return reject(snapshot, notAllowed(event.type, snapshot.state));
        if (agencyOf(c, visit.step) !== acting.by)
          return reject(snapshot, wrongAgency(acting.by, agencyOf(c, visit.step)));
      } else {
        // The one open visit of the acting agency (the lists below only for the rejections).
        let held = '';
        let count = 0;
        for (let i = 0; i < visits.length; i++) {
          const v = visits[i]!;
          if (v.end === null && agencyOf(c, v.step) === acting.by) {
            if (count === 0) held = v.step;
            count++;
          }
        }
        if (count === 1) step = held;
        const open = count === 1 ? [] : visits.filter((v) => v.end === null);
        const mine = count === 1 ? [] : open.filter((v) => agencyOf(c, v.step) === acting.by);
        if (count === 0) {
          const holders = [...new Set(open.map((v) => agencyOf(c, v.step)))].join(', ');
          return reject(
            snapshot,
            open.length === 0 ? notAllowed(event.type, snapshot.state) : wrongAgency(acting.by, holders),
          );
        }
        if (count > 1) {
          return reject(
            snapshot,
            rejection(
              'AMBIGUOUS_STEP',
              `Agency "${acting.by}" holds several steps (${mine.map((v) => v.step).join(', ')}); name the step`,
              `Cơ quan "${acting.by}" đang xử lý nhiều bước (${mine.map((v) => v.step).join(', ')}); hãy nêu bước`,
              ['step'],
            ),
          );
        }
      }
    }
    if (
      (actor === 'agency' || actor === 'applicant') &&
      'by' in event &&
      event.by !== undefined &&
      !agencyIds(c).has(event.by)
    ) {
      return reject(snapshot, wrongAgency(event.by, d.agencies.map((a) => a.id).join(', ')));
    }

    // Context the guards read; RECEIVE sets the regime by the receipt day.
    const regime = snapshot.regime ?? regimeAt(event.at);
    if ((event.type === 'STOP' || event.type === 'APOLOGIZE') && snapshot.receivedAt !== null) {
      const problem = closingProblem(c, snapshot, event, regime);
      if (problem) return reject(snapshot, problem);
      if (event.type === 'STOP' && event.reason === 'supplement-not-completed') {
        // Art. 19(5): closed only when the supplement is not completed within the period.
        const closeAt = supplementClosesAt(calendar, snapshot, d, counting(snapshot).policy);
        if (closeAt !== null && !isBefore(closeAt, event.at)) {
          return reject(
            snapshot,
            rejection(
              'STOP_NOT_ALLOWED',
              `The applicant has until ${closeAt} to complete the dossier (Decree 118/2025 Art. 19(5))`,
              `Người nộp hồ sơ được bổ sung đến ${closeAt} (Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5)`,
              ['reason'],
            ),
          );
        }
      }
    }
    const decided = snapshot.decidedAt !== null;
    const apologized = hasExtension(snapshot.ledger);
    const to = (event as { to?: string }).to ?? '';
    // Memo: per state value (by identity), then by what the guards can see.
    // Nested maps rather than one concatenated key: the parts are strings whose hashes V8 keeps.
    const byState = transitionsOf(c, snapshot.consultation, snapshot.state);
    const facts =
      (regime === 'decree-61-2018' ? 8 : 0) +
      (snapshot.supplements > 0 ? 4 : 0) +
      (decided ? 2 : 0) +
      (apologized ? 1 : 0);
    const leaf = memoLeaf(byState, event.type, step, to, conditionsKey(snapshot.conditions));
    let result = leaf[facts];
    if (result === undefined) {
      const machine = c.machine(snapshot.consultation);
      const current = machine.resolveState({
        value: snapshot.state,
        context: machineContext(snapshot, regime, decided, apologized),
      });
      const routed = step !== '' && 'by' in event ? ({ ...event, step } as DossierEvent) : event;
      const [next, actions] = transition(machine, current, routed);
      result =
        next === current && actions.length === 0
          ? null
          : // Shared by every snapshot that reaches this state: frozen, so no one can change it under the others.
            deepFreeze({
              value: next.value as StateValue,
              actions: actions.map((a) => ({ type: a.type, params: a.params }) as unknown as EngineAction),
            });
      if (c.byState.size >= MAX_TRANSITIONS) c.byState.clear();
      leaf[facts] = result;
    }
    if (result === null)
      return reject(snapshot, whyNot(event, snapshot, machineContext(snapshot, regime, decided, apologized)));

    // Checks that need the calendar.
    if (event.type === 'APOLOGIZE') {
      const due = dossierDeadline(snapshot, event.at);
      const problem = due ? apologyProblem(event.at, event.newDueDate, due.dueDate) : 'not received';
      if (problem) {
        return reject(
          snapshot,
          rejection(
            'APOLOGY_NOT_ALLOWED',
            `The apology must come at least one day before the due day and move it later (${problem})`,
            `Văn bản xin lỗi phải gửi trước hạn ít nhất 01 ngày và hẹn lại ngày muộn hơn (${problem})`,
            ['newDueDate'],
          ),
        );
      }
    }

    if (event.type === 'RECEIVE') {
      // A dossier is handled under the version in force on its receipt day (Decree 118/2025 transition rules).
      const day = legalDay(event.at);
      const { from, to } = d.effective;
      if (day < from || (to !== undefined && day > to)) {
        return reject(
          snapshot,
          rejection(
            'NOT_IN_FORCE',
            `Version ${d.version} of ${d.code} is in force ${from}–${to ?? '…'}, not on ${day}; use procedureInForce`,
            `Phiên bản ${d.version} của thủ tục ${d.code} có hiệu lực ${from}–${to ?? '…'}, không áp dụng ngày ${day}`,
            ['at'],
          ),
        );
      }
    }
    if (event.type === 'REQUEST_SUPPLEMENT' && snapshot.receivedAt !== null) {
      // Decree 118/2025 Art. 19(5) (Decree 61/2018 Art. 19(4)): the notice comes within 3 working days of receipt.
      // Under Decree 61/2018 (several requests allowed) the time "tính lại từ đầu" when the complete dossier comes
      // back, and the window with it: it runs from the latest restart of the clock.
      const restart =
        regime === 'decree-61-2018' ? originAt(snapshot.ledger, Number.POSITIVE_INFINITY) : undefined;
      const from = restart?.kind === 'reset' ? restart.at : snapshot.receivedAt;
      const window = supplementWindow(calendar, from, counting(snapshot));
      if (isBefore(window, event.at)) {
        const restarted = from !== snapshot.receivedAt;
        return reject(
          snapshot,
          rejection(
            'SUPPLEMENT_TOO_LATE',
            `A supplement must be requested within 3 working days of ${restarted ? 'the restart of the time limit' : 'receipt'} (by ${window}; ${regime === 'decree-61-2018' ? 'Decree 61/2018 Art. 19(4)' : 'Decree 118/2025 Art. 19(5)'})`,
            `Yêu cầu bổ sung phải gửi trong thời hạn 03 ngày làm việc kể từ ${restarted ? 'ngày thời hạn được tính lại' : 'ngày tiếp nhận'} (trước ${window}; ${regime === 'decree-61-2018' ? 'Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4' : 'Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5'})`,
            ['at'],
          ),
        );
      }
    }

    const next = execute(
      snapshot,
      event,
      result.value,
      result.actions,
      c,
      regime,
      calendar.version,
      event.type === 'RECEIVE' ? countingAtReceipt(c) : null,
      // RECEIVE can still be refused inside (no time limit for the fields): it always works on a copy.
      owned && event.type !== 'RECEIVE',
    );
    if ('code' in next) return reject(snapshot, next);
    return next;
  };

  const applyEvent = (snapshot: DossierSnapshot, input: DossierEvent | unknown): ApplyResult => {
    const r = apply(snapshot, input, false);
    return isRejected(r) ? r : { ok: true, snapshot: r };
  };

  const replay = (
    procedure: Procedure,
    events: readonly (DossierEvent | unknown)[],
    replayOptions: ReplayOptions = {},
  ): ApplyResult => {
    // Events are checked in a first pass, then applied as checked: two small loops the JIT optimises separately
    // run faster than one that does both. An event that fails the hand check is applied unchecked, in its turn,
    // so zod's answer (or an earlier rejection) comes out exactly as with applyEvent.
    const checked: unknown[] =
      replayOptions.validated === true ? (events as unknown[]) : events.map(fastParseOrRaw);
    // The snapshots in between are the replay's own: each event updates the last one in place.
    let snapshot = start(procedure);
    for (let i = 0; i < checked.length; i++) {
      const event = checked[i];
      const r = apply(snapshot, event === RAW ? events[i] : event, event !== RAW, true);
      if (isRejected(r)) return r;
      snapshot = r;
    }
    return { ok: true, snapshot };
  };

  const restore = (data: unknown): DossierSnapshot => {
    const compact = typeof data === 'object' && data !== null && 'v' in data;
    const parsed = compact
      ? persistedSnapshotSchema.transform(restorePersisted).safeParse(data)
      : snapshotSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new EngineError(
        'INVALID_SNAPSHOT',
        `Invalid snapshot: ${issue?.message ?? ''}`,
        `Trạng thái hồ sơ không hợp lệ: ${issue?.message ?? ''}`,
        issue?.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) ?? [],
      );
    }
    const snapshot = parsed.data;
    const c = compiled(snapshot);
    if (!stateExists(c, snapshot.consultation, snapshot.state, snapshot.regime)) {
      throw new EngineError(
        'INVALID_SNAPSHOT',
        `State ${JSON.stringify(snapshot.state)} does not exist in ${snapshot.procedure.code} ${snapshot.procedure.version}`,
        `Trạng thái ${JSON.stringify(snapshot.state)} không có trong thủ tục ${snapshot.procedure.code} phiên bản ${snapshot.procedure.version}`,
        ['state'],
      );
    }
    checkVisits(c, snapshot);
    return snapshot;
  };

  const engine: Engine = {
    calendar,
    start,
    applyEvent,
    replay,
    restore,
    compiled,
    counting,
    dossierDeadline,
    stepDeadline,
    register,
    persist: persistSnapshot,
    slaStatus: (snapshot, at, opts) => computeSlaStatus(engine, snapshot, instantOption(at, ['at']), opts),
    evaluate: (snapshot, now, opts) => computeEvaluation(engine, snapshot, instantOption(now, ['now']), opts),
    migrate: (snapshot, target, opts) => migrateSnapshot(engine, snapshot, target, opts),
  };
  return engine;
}

/**
 * A restored snapshot's visits must name steps of its definition, and its open visits must be the steps its state
 * is in (a step is in the state as `step: 'working' | 'supplement' | 'payment-…'`; a branch that replied is
 * `':replied'`).
 */
const ONLINE_OPTIONS: readonly string[] = ['as-sent', 'next-working-instant'];

/** Marks an event the hand check could not accept (zod decides when it is applied). */
const RAW: unique symbol = Symbol('raw');
function fastParseOrRaw(input: unknown): DossierEvent | typeof RAW {
  return fastParseEvent(input) ?? RAW;
}

function checkVisits(c: CompiledProcedure, snapshot: DossierSnapshot): void {
  const where = `${snapshot.procedure.code} ${snapshot.procedure.version}`;
  const open: string[] = [];
  for (const [i, v] of snapshot.visits.entries()) {
    if (!c.steps.has(v.step)) {
      throw new EngineError(
        'INVALID_SNAPSHOT',
        `Visit ${i} names step "${v.step}", which ${where} does not have`,
        `Lượt xử lý ${i} ghi bước "${v.step}", không có trong thủ tục ${where}`,
        ['visits', i, 'step'],
      );
    }
    if (v.end === null) open.push(v.step);
  }
  const active: string[] = [];
  const walk = (value: StateValue): void => {
    if (typeof value === 'string') return;
    for (const key in value) {
      const child = value[key]!;
      if (typeof child === 'string') {
        if (child !== ':replied' && c.steps.has(key)) active.push(key);
      } else walk(child);
    }
  };
  walk(snapshot.state);
  open.sort();
  active.sort();
  if (open.join('\n') !== active.join('\n')) {
    const i = snapshot.visits.findIndex((v) => v.end === null && !active.includes(v.step));
    throw new EngineError(
      'INVALID_SNAPSHOT',
      `The open visits (${open.join(', ') || 'none'}) disagree with the state ${JSON.stringify(snapshot.state)} (steps ${active.join(', ') || 'none'})`,
      `Các bước đang xử lý (${open.join(', ') || 'không có'}) không khớp với trạng thái ${JSON.stringify(snapshot.state)} (bước ${active.join(', ') || 'không có'})`,
      i >= 0 ? ['visits', i, 'end'] : ['visits'],
    );
  }
}

/**
 * The instant deadlines are read at by default: when processing ended (decision, refusal, stop, withdrawal), else
 * the last event — never the host clock, so reading stays pure.
 */
/** The instant a deadline is read at: given (epoch ms as is, a string checked), or the dossier's finish. */
function readAt(snapshot: DossierSnapshot, at: string | number | undefined): number {
  if (at === undefined) return finishOf(snapshot);
  if (typeof at === 'number' && Math.abs(at) <= 8.64e15) return at;
  return Date.parse(instantOption(at, ['at']));
}

function finishOf(snapshot: DossierSnapshot): number {
  const end = snapshot.decidedAt ?? snapshot.finishedAt ?? snapshot.lastAt;
  return end === null ? 0 : Date.parse(end);
}

/** `a` is strictly before `b`; plain string comparison when both are ISO instants in the same +07:00 form. */
function isBefore(a: string, b: string): boolean {
  if (a.length === 25 && b.length === 25 && a.endsWith('+07:00') && b.endsWith('+07:00')) return a < b;
  return Date.parse(a) < Date.parse(b);
}

/** A transition found in the memo: the next state value and the marker actions; `null` when not allowed. */
type Cached = { readonly value: StateValue; readonly actions: readonly EngineAction[] } | null;
/** By guard facts (a number below 16). */
type Leaf = (Cached | undefined)[];
/** What else the guards can see, with its transitions by guard facts. */
interface MemoEntry {
  readonly step: string;
  readonly to: string;
  readonly conditions: string;
  readonly leaf: Leaf;
}
/**
 * Per state: event type → the few (step, target, conditions) seen, scanned in order (cheaper than nested maps for
 * the handful a state has; capped so odd inputs cannot make the scan long).
 */
type Memo = Map<string, MemoEntry[]>;
const MAX_ENTRIES = 64;

function memoLeaf(memo: Memo, type: string, step: string, to: string, conditions: string): Leaf {
  let entries = memo.get(type);
  if (entries === undefined) {
    entries = [];
    memo.set(type, entries);
  }
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.step === step && e.to === to && e.conditions === conditions) return e.leaf;
  }
  if (entries.length >= MAX_ENTRIES) entries.length = 0;
  const leaf: Leaf = [];
  entries.push({ step, to, conditions, leaf });
  return leaf;
}

/** Per consultation mode: the same state value object may be reached by dossiers of either mode. */
const memoByState = {
  parallel: new WeakMap<object, { c: CompiledProcedure; memo: Memo }>(),
  sequential: new WeakMap<object, { c: CompiledProcedure; memo: Memo }>(),
};

/**
 * The transition memo of a state value. State values that come out of the memo are shared objects, so a lookup by
 * identity finds them; others (restored from JSON) are found by their JSON text once, then by identity.
 */
function transitionsOf(
  c: CompiledProcedure,
  consultation: 'parallel' | 'sequential',
  state: StateValue,
): Memo {
  const byIdentity = memoByState[consultation];
  if (typeof state === 'object') {
    const known = byIdentity.get(state);
    if (known?.c === c) return known.memo;
  }
  const text = `${consultation}|${typeof state === 'string' ? state : JSON.stringify(state)}`;
  let memo = c.byState.get(text) as Memo | undefined;
  if (!memo) {
    memo = new Map();
    c.byState.set(text, memo);
  }
  if (typeof state === 'object') byIdentity.set(state, { c, memo });
  return memo;
}

/** Exhaustiveness: a new action kind that is not handled is a type error here. */
export function unreachable(value: never): never {
  throw new EngineError(
    'INVALID_OPTIONS',
    `Unhandled ${JSON.stringify(value)}`,
    `Chưa xử lý ${JSON.stringify(value)}`,
  );
}

function agencyOf(c: CompiledProcedure, step: string): string {
  return c.steps.get(step)?.agency ?? '?';
}

const conditionKeys = new WeakMap<object, string>();

function conditionsKey(conditions: Readonly<Record<string, boolean>>): string {
  // No conditions (most definitions, and every dossier before receipt): no look-up.
  if (isEmpty(conditions)) return '';
  let key = conditionKeys.get(conditions);
  if (key === undefined) {
    key = '';
    for (const k in conditions) if (conditions[k]) key += `${k};`;
    conditionKeys.set(conditions, key);
  }
  return key;
}

/** What the guards read (built only when the machine runs or a rejection explains itself). */
function machineContext(
  snapshot: DossierSnapshot,
  regime: NonNullable<DossierSnapshot['regime']>,
  decided: boolean,
  apologized: boolean,
): MachineContext {
  return { regime, supplements: snapshot.supplements, decided, apologized, conditions: snapshot.conditions };
}

function hasExtension(ledger: readonly LedgerEntry[]): boolean {
  for (let i = 0; i < ledger.length; i++) if (ledger[i]!.kind === 'extend') return true;
  return false;
}

function isEmpty(record: object): boolean {
  for (const _ in record) return false;
  return true;
}

/** The agency ids of a definition, once per compiled definition. */
const agencyIdSets = new WeakMap<CompiledProcedure, ReadonlySet<string>>();

function agencyIds(c: CompiledProcedure): ReadonlySet<string> {
  let ids = agencyIdSets.get(c);
  if (!ids) {
    ids = new Set(c.procedure.definition.agencies.map((a) => a.id));
    agencyIdSets.set(c, ids);
  }
  return ids;
}

/** A rejected event: the rejection and the unchanged snapshot. */
type Rejected = Extract<ApplyResult, { ok: false }>;

function isRejected(r: DossierSnapshot | Rejected): r is Rejected {
  return (r as { ok?: unknown }).ok === false;
}

function reject(snapshot: DossierSnapshot, r: Rejection): Rejected {
  return { ok: false, rejection: r, snapshot };
}

function wrongAgency(by: string, expected: string): Rejection {
  return rejection(
    'WRONG_AGENCY',
    `Agency "${by}" does not hold the dossier now (held by: ${expected})`,
    `Cơ quan "${by}" không phải là cơ quan đang giữ hồ sơ (đang giữ: ${expected})`,
    ['by'],
  );
}

function notAllowed(type: string, state: StateValue): Rejection {
  return rejection(
    'NOT_ALLOWED',
    `${type} is not allowed in state ${JSON.stringify(state)}`,
    `Không được thực hiện ${type} ở trạng thái ${JSON.stringify(state)}`,
    ['type'],
  );
}

function whyNot(event: DossierEvent, snapshot: DossierSnapshot, context: MachineContext): Rejection {
  if (
    event.type === 'WITHDRAW' &&
    snapshot.receivedAt !== null &&
    (context.regime === 'decree-61-2018' || context.decided)
  ) {
    return rejection(
      'WITHDRAWAL_NOT_ALLOWED',
      context.decided
        ? 'The decision is issued; the applicant can no longer stop the procedure (Decree 118/2025 Art. 21)'
        : 'Decree 61/2018 gives no right to stop a received dossier',
      context.decided
        ? 'Đã ban hành quyết định; người nộp không thể dừng thủ tục (Nghị định 118/2025/NĐ-CP, Điều 21)'
        : 'Nghị định 61/2018/NĐ-CP không quy định quyền dừng hồ sơ đã tiếp nhận',
      ['type'],
    );
  }
  if (
    event.type === 'REQUEST_SUPPLEMENT' &&
    snapshot.receivedAt !== null &&
    context.supplements > 0 &&
    context.regime === 'decree-118-2025'
  ) {
    return rejection(
      'SUPPLEMENT_ALREADY_REQUESTED',
      'A supplement may be requested only once during processing (Decree 118/2025 Art. 19(5))',
      'Chỉ được yêu cầu bổ sung hồ sơ một lần trong quá trình giải quyết (Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5)',
      ['type'],
    );
  }
  if (event.type === 'APOLOGIZE' && context.apologized) {
    const d61 = context.regime === 'decree-61-2018';
    return rejection(
      'APOLOGY_NOT_ALLOWED',
      `The appointment may be moved only once (${d61 ? 'Decree 61/2018 Art. 19(9)' : 'Decree 118/2025 Art. 12(5)'})`,
      `Chỉ được hẹn lại ngày trả kết quả một lần (${d61 ? 'Nghị định 61/2018/NĐ-CP, Điều 19 khoản 9' : 'Nghị định 118/2025/NĐ-CP, Điều 12 khoản 5'})`,
      ['type'],
    );
  }
  return notAllowed(event.type, snapshot.state);
}

/**
 * STOP and APOLOGIZE during processing: neither once the decision is made (result ready or returned); STOP only by
 * the desk or an agency holding the dossier, and the 15-day closure (`supplement-not-completed`) only while a
 * supplement is awaited under Decree 118/2025 (Art. 19(5); Decree 61/2018 has no such closure).
 */
function closingProblem(
  c: CompiledProcedure,
  snapshot: DossierSnapshot,
  event: Extract<DossierEvent, { type: 'STOP' | 'APOLOGIZE' }>,
  regime: NonNullable<DossierSnapshot['regime']>,
): Rejection | null {
  if (snapshot.finishedAt !== null) return null; // a final state: the machine says NOT_ALLOWED
  if (snapshot.decidedAt !== null) {
    return event.type === 'STOP'
      ? rejection(
          'STOP_NOT_ALLOWED',
          `The decision was issued at ${snapshot.decidedAt}; processing can no longer be stopped`,
          `Đã ban hành quyết định lúc ${snapshot.decidedAt}; không thể dừng giải quyết hồ sơ`,
          ['type'],
        )
      : rejection(
          'APOLOGY_NOT_ALLOWED',
          `The decision was issued at ${snapshot.decidedAt}; there is no appointment left to move`,
          `Đã ban hành quyết định lúc ${snapshot.decidedAt}; không còn hẹn lại ngày trả kết quả`,
          ['type'],
        );
  }
  if (event.type !== 'STOP') return null;
  const desk = c.procedure.definition.roles.desk;
  if (event.by !== desk) {
    let holds = false;
    const holders: string[] = [];
    for (const v of snapshot.visits) {
      if (v.end !== null) continue;
      const agency = agencyOf(c, v.step);
      if (agency === event.by) holds = true;
      holders.push(agency);
    }
    if (!holds) return wrongAgency(event.by, [desk, ...new Set(holders)].join(', '));
  }
  if (event.reason === 'supplement-not-completed') {
    if (regime !== 'decree-118-2025') {
      return rejection(
        'STOP_NOT_ALLOWED',
        'Decree 61/2018 has no closure for a supplement not completed; only Decree 118/2025 Art. 19(5) does',
        'Nghị định 61/2018/NĐ-CP không quy định dừng giải quyết khi không bổ sung hồ sơ; chỉ Nghị định 118/2025/NĐ-CP (Điều 19 khoản 5) quy định',
        ['reason'],
      );
    }
    if (phaseOf(snapshot) !== 'awaiting-supplement') {
      return rejection(
        'STOP_NOT_ALLOWED',
        'No supplement is awaited: the closure for a supplement not completed does not apply (Decree 118/2025 Art. 19(5))',
        'Hồ sơ không chờ bổ sung: không áp dụng việc dừng giải quyết do không bổ sung hồ sơ (Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5)',
        ['reason'],
      );
    }
  }
  return null;
}

/**
 * Decree 118/2025 Art. 19(6) (Decree 61/2018 Art. 19): "chậm nhất một ngày trước ngày hết hạn" — a calendar day
 * (the decrees say "ngày làm việc" where they mean working days); the new day must be later.
 */
function apologyProblem(at: string, newDueDate: string, dueDate: string): string | null {
  const day = legalDay(at);
  if (day > shiftDay(dueDate, -1)) return `sent ${day}, due ${dueDate}`;
  if (newDueDate <= dueDate) return `new day ${newDueDate} is not after ${dueDate}`;
  return null;
}

/**
 * Runs the machine's marker actions on a copy of the snapshot — or, when `inPlace`, on the snapshot itself (a
 * replay's own intermediate snapshot; every check that can refuse the event has run before).
 */
function execute(
  snapshot: DossierSnapshot,
  event: DossierEvent,
  value: StateValue,
  actions: readonly EngineAction[],
  c: CompiledProcedure,
  regime: DossierSnapshot['regime'],
  calendarVersion: string,
  /** The counting to pin when the dossier is received. */
  counting: PinnedCounting | null,
  inPlace: boolean,
): DossierSnapshot | Rejection {
  type Mutable = { -readonly [K in keyof DossierSnapshot]: DossierSnapshot[K] };
  let s: Mutable;
  if (inPlace) {
    s = snapshot as Mutable;
    s.calendarVersion = calendarVersion;
    s.seq = event.seq;
    s.lastAt = event.at;
    s.state = value;
  } else {
    // Every field listed (not spread): snapshots share one object shape, which keeps replay fast.
    s = {
      format: 1,
      procedure: snapshot.procedure,
      calendarVersion,
      seq: event.seq,
      lastAt: event.at,
      state: value,
      channel: snapshot.channel,
      regime: snapshot.regime,
      submittedAt: snapshot.submittedAt,
      receivedAt: snapshot.receivedAt,
      dossierCode: snapshot.dossierCode,
      limit: snapshot.limit,
      consultation: snapshot.consultation,
      counting: snapshot.counting,
      conditions: snapshot.conditions,
      deskSupplements: snapshot.deskSupplements,
      supplements: snapshot.supplements,
      decidedAt: snapshot.decidedAt,
      finishedAt: snapshot.finishedAt,
      outcome: snapshot.outcome,
      ledger: snapshot.ledger,
      visits: snapshot.visits,
    };
    if (snapshot.migratedFrom) s.migratedFrom = snapshot.migratedFrom;
  }
  // The supplement counts as they were before this event (in place, `s` is `snapshot`).
  const { deskSupplements, supplements } = snapshot;
  return runActions(s, deskSupplements, supplements, event, actions, c, regime, counting, inPlace);
}

/**
 * The actions, on `s` (a fresh copy sharing the previous snapshot's lists, or the replay's own snapshot). Lists are
 * copied before their first change unless `owned` (the input is never mutated); a few dozen entries at most.
 */
function runActions(
  s: { -readonly [K in keyof DossierSnapshot]: DossierSnapshot[K] },
  deskSupplements: number,
  supplements: number,
  event: DossierEvent,
  actions: readonly EngineAction[],
  c: CompiledProcedure,
  regime: DossierSnapshot['regime'],
  counting: PinnedCounting | null,
  owned: boolean,
): DossierSnapshot | Rejection {
  // (No closures here: they would move these variables to the heap.)
  let visits: Visit[] = s.visits as Visit[];
  let ownVisits = owned;
  let ledger: LedgerEntry[] = s.ledger as LedgerEntry[];
  let ownLedger = owned;
  // The giver of the next handoff and its planned end on the dossier clock.
  let giverStep: string | null = null;
  let giverEnd = 0;
  for (let a = 0; a < actions.length; a++) {
    const action = actions[a]!;
    switch (action.type) {
      case 'recordSubmission':
        if (event.type === 'SUBMIT') {
          s.channel = event.channel;
          s.submittedAt ??= event.at;
          s.regime = regimeAt(event.at);
        }
        break;
      case 'recordDeskSupplement':
        s.deskSupplements = deskSupplements + 1;
        break;
      case 'recordReceipt': {
        if (event.type !== 'RECEIVE') break;
        const picked = pickLimit(c.procedure, event.fields ?? {}, s.channel ?? 'in-person');
        if ('code' in picked) return picked;
        s.receivedAt = event.at;
        s.regime = regimeAt(event.at);
        s.dossierCode = event.dossierCode;
        s.limit = picked.limit;
        s.conditions = picked.conditions;
        s.consultation = event.consultation ?? 'parallel';
        s.counting = counting;
        // Decree 118/2025 Art. 17(3): the time limit counts from complete, valid receipt.
        if (!ownLedger) {
          ledger = ledger.slice();
          ownLedger = true;
        }
        ledger.push({ kind: 'start', at: event.at, seq: event.seq });
        break;
      }
      case 'leaveStep': {
        const i = findOpen(visits, action.params.step);
        if (i < 0) break;
        const visit = visits[i]!;
        if (!ownVisits) {
          visits = visits.slice();
          ownVisits = true;
        }
        if (owned) (visit as { end: string | null }).end = event.at;
        else visits[i] = { ...visit, end: event.at };
        giverStep = visit.step;
        giverEnd = plannedEnd(c, visit);
        break;
      }
      case 'joinBranches': {
        // Parallel branches share their window: the join starts when the longest planned branch ends.
        const list = visits;
        let consultVisit = -1;
        for (let i = list.length - 1; i >= 0; i--) {
          if (list[i]!.step === action.params.consult) {
            consultVisit = i;
            break;
          }
        }
        let end = giverEnd;
        for (let i = consultVisit + 1; i < list.length; i++) end = Math.max(end, plannedEnd(c, list[i]!));
        giverEnd = end;
        break;
      }
      case 'enterStep': {
        // A step with no share of the time (time 0) is due with the dossier. No step is planned past the dossier's
        // budget (sequential consultation, rework after RETURN): its share is cut at the appointment.
        const time = scaledShare(c.steps.get(action.params.step)?.time ?? 0, c, s.limit);
        const budget = s.limit?.amount ?? 0;
        const from = Math.min(giverEnd, budget);
        if (!ownVisits) {
          visits = visits.slice();
          ownVisits = true;
        }
        visits.push({
          step: action.params.step,
          from: giverStep,
          at: event.at,
          end: null,
          plan: [from, time > 0 ? Math.min(round(giverEnd + time), budget) : budget],
        });
        break;
      }
      case 'requestSupplement':
        s.supplements = supplements + 1;
        break;
      case 'pauseClock':
        if (!ownLedger) {
          ledger = ledger.slice();
          ownLedger = true;
        }
        ledger.push({ kind: 'pause', at: event.at, seq: event.seq, reason: action.params.reason });
        break;
      case 'resumeClock':
        if (!ownLedger) {
          ledger = ledger.slice();
          ownLedger = true;
        }
        ledger.push({ kind: 'resume', at: event.at, seq: event.seq, reason: action.params.reason });
        break;
      case 'restartClock':
        // Decree 118/2025 Art. 19(5): the processing time restarts from zero when the complete dossier returns.
        if (!ownLedger) {
          ledger = ledger.slice();
          ownLedger = true;
        }
        ledger.push({ kind: 'resume', at: event.at, seq: event.seq, reason: 'supplement' });
        ledger.push({ kind: 'reset', at: event.at, seq: event.seq });
        break;
      case 'recordDecision':
        s.decidedAt = event.at;
        break;
      case 'extendDeadline':
        if (event.type === 'APOLOGIZE') {
          if (!ownLedger) {
            ledger = ledger.slice();
            ownLedger = true;
          }
          ledger.push({
            kind: 'extend',
            at: event.at,
            seq: event.seq,
            to: event.newDueDate,
            reason: event.reason,
          });
        }
        break;
      case 'finish': {
        s.finishedAt = event.at;
        s.outcome = action.params.outcome as Outcome;
        // Open steps end with the dossier.
        for (let i = 0; i < visits.length; i++) {
          if (visits[i]!.end !== null) continue;
          if (!ownVisits) {
            visits = visits.slice();
            ownVisits = true;
          }
          const open = visits[i]!;
          if (owned) (open as { end: string | null }).end = event.at;
          else visits[i] = { ...open, end: event.at };
        }
        if (s.outcome === 'refused' || s.outcome === 'withdrawn' || s.outcome === 'stopped') {
          // An open pause ends with the dossier.
          for (const p of openPauses(ledger)) {
            if (!ownLedger) {
              ledger = ledger.slice();
              ownLedger = true;
            }
            ledger.push({ kind: 'resume', at: event.at, seq: event.seq, reason: p });
          }
        }
        break;
      }
      default:
        unreachable(action);
    }
  }
  s.visits = visits;
  s.ledger = ledger;
  if (regime && s.regime === null) s.regime = regime;
  return s;
}

/**
 * Step shares are written for the procedure's own limit; under a variant limit in the same unit (20 working days
 * in a disadvantaged area instead of 10) they scale with it, so each step keeps its part of the dossier's time.
 */
function scaledShare(time: number, c: CompiledProcedure, limit: DossierSnapshot['limit']): number {
  const base = c.procedure.definition.timing.limit;
  if (
    time === 0 ||
    limit === null ||
    base.type !== 'duration' ||
    base.unit !== limit.unit ||
    base.amount <= 0
  )
    return time;
  const scaled = (time * limit.amount) / base.amount;
  // Calendar days and months are counted whole (Civil Code Art. 147–148): a scaled share is rounded down (so the
  // steps still fit the limit), to one day at least.
  return limit.unit === 'calendar-days' || limit.unit === 'months' ? Math.max(1, Math.floor(scaled)) : scaled;
}

function openPauses(ledger: readonly LedgerEntry[]): ('supplement' | 'financial-obligation')[] {
  const open: ('supplement' | 'financial-obligation')[] = [];
  for (const e of ledger) {
    if (e.kind === 'pause') open.push(e.reason);
    if (e.kind === 'resume') {
      const i = open.indexOf(e.reason);
      if (i >= 0) open.splice(i, 1);
    }
  }
  return open;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Where the next step starts on the plan: the end of a step's share, or its start when it has none. */
function plannedEnd(c: CompiledProcedure, visit: Visit): number {
  return (c.steps.get(visit.step)?.time ?? 0) > 0 ? visit.plan[1] : visit.plan[0];
}

function findOpen(visits: readonly Visit[], step: string): number {
  for (let i = visits.length - 1; i >= 0; i--)
    if (visits[i]!.step === step && visits[i]!.end === null) return i;
  return -1;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The time limit of a dossier (the first matching variant, else the procedure's limit; "trả ngay" is 0 working
 * days: the same day, or the next working day after the 15:00 cut-off) and the results of the `when` conditions.
 */
function pickLimit(
  procedure: Procedure,
  fields: Readonly<Record<string, string | number | boolean | null>>,
  channel: string,
): { limit: NonNullable<DossierSnapshot['limit']>; conditions: Record<string, boolean> } | Rejection {
  const d = procedure.definition;
  const plan = limitPlan(procedure);
  // The rules module's own conversion: a value of the wrong type for its field is left out of the context.
  const context = toExpressionContext(d.fields, fields, channel);
  const bad = fieldProblem(plan.fields, fields, context);
  if (bad) return bad;
  const evaluate = (expr: CompiledExpression | undefined): boolean | Rejection => {
    if (!expr) return false;
    // A condition on a field not given is not met (validateDossier reports the missing field itself).
    if (expr.variables.some((name) => !(name in context))) return false;
    try {
      return expr.evaluate(context) === true;
    } catch (e) {
      return rejection(
        'INVALID_EVENT',
        `Condition ${expr.source} cannot be evaluated on the fields given: ${(e as Error).message}`,
        `Không tính được điều kiện ${expr.source} trên các trường đã nhập: ${(e as Error).message}`,
        ['fields'],
      );
    }
  };
  const conditions: Record<string, boolean> = {};
  for (const [key, expr] of plan.conditions) {
    const r = evaluate(expr);
    if (typeof r !== 'boolean') return r;
    conditions[key] = r;
  }
  for (const [i, expr] of plan.variants.entries()) {
    const r = evaluate(expr);
    if (typeof r !== 'boolean') return r;
    const variant = d.timing.variants[i]!;
    if (r) return { limit: { amount: variant.limit.amount, unit: variant.limit.unit }, conditions };
  }
  const limit = d.timing.limit;
  return {
    limit:
      limit.type === 'immediate'
        ? { amount: 0, unit: 'working-days' }
        : { amount: limit.amount, unit: limit.unit },
    conditions,
  };
}

type CompiledExpression = NonNullable<ReturnType<Procedure['expression']>>;

/** The `when` expressions of a definition, looked up once: forward conditions (by key), then time-limit variants. */
interface LimitPlan {
  readonly fields: FieldsById;
  readonly conditions: readonly (readonly [key: string, expr: CompiledExpression | undefined])[];
  readonly variants: readonly (CompiledExpression | undefined)[];
}

const limitPlans = new WeakMap<Procedure, LimitPlan>();

function limitPlan(procedure: Procedure): LimitPlan {
  let plan = limitPlans.get(procedure);
  if (plan) return plan;
  const d = procedure.definition;
  const conditions: [string, CompiledExpression | undefined][] = [];
  for (const [i, step] of d.steps.entries()) {
    for (const [a, action] of step.actions.entries()) {
      if (action.type !== 'forward' || action.when === undefined) continue;
      conditions.push([
        `steps/${i}/actions/${a}/when`,
        procedure.expression(['steps', i, 'actions', a, 'when']),
      ]);
    }
  }
  const variants = d.timing.variants.map((_, i) => procedure.expression(['timing', 'variants', i, 'when']));
  plan = { fields: new Map(d.fields.map((f) => [f.id, f])), conditions, variants };
  limitPlans.set(procedure, plan);
  return plan;
}
