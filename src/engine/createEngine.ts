/**
 * @name createEngine
 * @summary The dossier engine (bộ máy xử lý hồ sơ): pure event application, replay, SLA, forms and checks.
 *
 * @description
 * An engine binds the calendar (working days, hours, official schedules), the counting policy and the definitions
 * a portal uses. **The counting policy is the first decision a portal makes**: `working-hours` (the default — N
 * working days are N × 8 working hours from the next working instant of complete receipt, Decree 118/2025
 * Art. 17(3)), or explicitly `working-days-cutoff` or `civil-code` (docs/calendar.md). It is fixed in each dossier
 * at receipt, so changing it later never moves an appointment already given.
 *
 * Everything is pure: `applyEvent(snapshot, event)` returns a new snapshot or a typed rejection and never mutates
 * its input; `replay(procedure, events)` rebuilds any snapshot from its log; the views read a snapshot at an
 * instant. This function only wires the parts together (`apply/`, `sla/`, `snapshot/`, `forms/`, `interop/`).
 *
 * @param options - the counting policy, the calendar (default: the national calendar), the definitions
 * @returns an {@link Engine}
 *
 * @example
 * const engine = createEngine({ policy: 'working-hours', procedures: [land] });
 * let s = engine.start(land);
 * const r = engine.applyEvent(s, { type: 'SUBMIT', seq: 1, at: '2026-02-10T09:00:00+07:00', channel: 'in-person' });
 * if (r.ok) { s = r.snapshot; store(r.recorded); } else console.log(r.rejection.messageVi);
 */
import { calendarVersion, countingPolicies, createCalendar } from '../calendar/index.js';
import type { Procedure } from '../rules/index.js';
import { LruCache } from '../shared/lru.js';
import type { ApplyResult, Engine, EngineOptions } from './api.js';
import { type ApplyEnvironment, applyOne, contextOf } from './apply/apply.js';
import type { DossierEvent, RecordedEvent } from './apply/events.js';
import { nextEvents, replayEvents, startSnapshot, verifyHistory } from './apply/replay.js';
import { badArgument, badOption, instantArg, objectArg, optionsArg } from './check.js';
import type { DossierContext } from './context.js';
import { isRejection } from './errors.js';
import {
  apologyForm,
  receiptForm,
  refusalForm,
  stopNoticeForm,
  supplementRequestForm,
} from './forms/index.js';
import { controlSheetForm, logbookForm } from './forms/sheets.js';
import { DVCQG_OPTIONS, dvcqgRecord } from './interop/dvcqg.js';
import { statusMessage } from './lookup/statusMessage.js';
import { type CompiledProcedure, compileProcedure, isProcedure } from './machine/compile.js';
import { dossierDeadline, stepDeadline } from './sla/deadline.js';
import { evaluate } from './sla/evaluate.js';
import { defaultReadAt } from './sla/outcome.js';
import { type SlaOptions, slaStatus } from './sla/status.js';
import { ownSnapshot } from './snapshot/own.js';
import { persistSnapshot } from './snapshot/persist.js';
import { restoreSnapshot } from './snapshot/restore.js';
import type { DossierSnapshot } from './snapshot/schema.js';
import { factRows } from './statistics/export.js';
import { summarize } from './statistics/summarize.js';
import type { SummaryResult } from './statistics/summary.js';
import { createSummary } from './statistics/summary.js';
import { canonicalInstant } from './time.js';

export type {
  ApplyResult,
  Engine,
  EngineOptions,
  MigrationOptions,
  ReplayOptions,
  ReplayResult,
} from './api.js';

const ONLINE_OPTIONS = ['as-sent', 'next-working-instant'] as const;

export function createEngine(options: EngineOptions = {}): Engine {
  const opts = objectArg(options, 'options');
  const calendar = opts.calendar ?? createCalendar();
  const policy = opts.policy ?? 'working-hours';
  const onlineOutsideHours = opts.onlineOutsideHours ?? 'as-sent';
  if (!countingPolicies.includes(policy)) throw badOption('policy', 'one-of', policy, countingPolicies);
  if (!ONLINE_OPTIONS.includes(onlineOutsideHours))
    throw badOption('onlineOutsideHours', 'one-of', onlineOutsideHours, ONLINE_OPTIONS);
  const max = opts.maxDefinitions ?? 1_000;
  if (!Number.isSafeInteger(max) || max < 1) throw badOption('maxDefinitions', 'positive-integer', max);
  const registry = new LruCache<string, CompiledProcedure>(max);
  const register = (...procedures: readonly Procedure[]) => {
    for (const p of procedures) {
      if (!isProcedure(p)) throw badArgument('procedure', 'procedure', p);
      if (!registry.has(p.hash)) registry.set(p.hash, compileProcedure(p));
      else registry.get(p.hash);
    }
  };
  register(...(opts.procedures ?? []));
  const env: ApplyEnvironment = {
    calendar,
    defaults: { policy, onlineOutsideHours },
    lookup: (hash) => registry.get(hash) ?? null,
  };
  const snap = (s: DossierSnapshot): DossierSnapshot => {
    if (
      typeof s !== 'object' ||
      s === null ||
      s.format !== 2 ||
      typeof s.procedure?.hash !== 'string' ||
      !Number.isSafeInteger(s.seq)
    )
      // A persisted snapshot (`v`) is read back with restore first: said so.
      throw badArgument(
        'snapshot',
        typeof s === 'object' && s !== null && Object.hasOwn(s, 'v') ? 'restored-snapshot' : 'snapshot',
        s,
      );
    return s;
  };
  const ctx = (s: DossierSnapshot): DossierContext => contextOf(env, snap(s));
  const readAt = (s: DossierSnapshot, at: string | number | undefined): number =>
    at === undefined ? defaultReadAt(s) : instantArg(at, 'at');
  const sla = (o: SlaOptions | undefined): SlaOptions => {
    const x = objectArg(o, 'options');
    const t = x.thresholds;
    if (
      t !== undefined &&
      !(
        Array.isArray(t) &&
        t.length === 3 &&
        t.every((v, i) => typeof v === 'number' && v > 0 && (i === 0 || v > t[i - 1]!))
      )
    )
      throw badOption('thresholds', 'thresholds', t);
    return x;
  };
  const applyEvent = (snapshot: DossierSnapshot, event: DossierEvent): ApplyResult => {
    const s = snap(snapshot);
    const r = applyOne(env, s, event, { trusted: false, inPlace: false });
    if (r === null || isRejection(r)) return { ok: false, rejection: r!, snapshot: s };
    const at = canonicalInstant(event.at);
    const recorded = Object.freeze({
      ...Object.fromEntries(Object.entries(event).filter(([, v]) => v !== undefined)),
      at,
      hash: r.head,
    }) as RecordedEvent;
    return { ok: true, snapshot: ownSnapshot(r), recorded };
  };
  const procedureArg = (p: Procedure): Procedure => {
    register(p);
    return p;
  };

  const engine: Engine = {
    calendar,
    policy,
    register,
    start: (procedure) => ownSnapshot(startSnapshot(procedureArg(procedure), calendarVersion(calendar))),
    applyEvent,
    replay: (procedure, events, replayOptions) => {
      const p = procedureArg(procedure);
      if (!Array.isArray(events)) throw badArgument('events', 'events', events);
      const r = replayEvents(env, p, events, objectArg(replayOptions, 'options').validated === true);
      if (r.ok) ownSnapshot(r.snapshot);
      return r;
    },
    nextEvents: (snapshot, at) =>
      nextEvents(env, snap(snapshot), at === undefined ? null : instantArg(at, 'at')),
    migrate: (snapshot, target, migration) => {
      const m = objectArg(migration, 'options');
      const t = procedureArg(target);
      const s = snap(snapshot);
      const event = {
        type: 'MIGRATE',
        seq: s.seq + 1,
        at: m.at,
        version: t.definition.version,
        definition: t.hash,
        ...(m.by !== undefined ? { by: m.by } : {}),
        ...(m.steps !== undefined ? { steps: m.steps } : {}),
        ...(m.fields !== undefined ? { fields: m.fields } : {}),
      } as DossierEvent;
      return applyEvent(s, event);
    },
    verifyHistory: (procedure, events, snapshot) => {
      if (!Array.isArray(events)) throw badArgument('events', 'events', events);
      return verifyHistory(env, procedureArg(procedure), events, snap(snapshot));
    },
    persist: (snapshot) => persistSnapshot(snap(snapshot)),
    restore: (data) => ownSnapshot(restoreSnapshot(env, data)),
    dossierDeadline: (snapshot, at) => dossierDeadline(ctx(snapshot), snapshot, readAt(snapshot, at)),
    stepDeadline: (snapshot, visit, at) => {
      const c = ctx(snapshot);
      if (!snapshot.visits.includes(visit)) throw badArgument('visit', 'visit', visit);
      return stepDeadline(c, snapshot, visit, readAt(snapshot, at));
    },
    slaStatus: (snapshot, at, o) => slaStatus(ctx(snapshot), snapshot, instantArg(at, 'at'), sla(o)),
    evaluate: (snapshot, now, o) => evaluate(ctx(snapshot), snapshot, instantArg(now, 'now'), sla(o)),
    dvcqgRecord: (snapshot, o) =>
      dvcqgRecord(ctx(snapshot), snapshot, optionsArg(o, 'options', DVCQG_OPTIONS)),
    receiptForm: (snapshot, o) => receiptForm(ctx(snapshot), snapshot, o),
    supplementRequestForm: (snapshot, o) => supplementRequestForm(ctx(snapshot), snapshot, o),
    refusalForm: (snapshot, o) => refusalForm(ctx(snapshot), snapshot, o),
    apologyForm: (snapshot, o) => apologyForm(ctx(snapshot), snapshot, o),
    stopNoticeForm: (snapshot, o) => stopNoticeForm(ctx(snapshot), snapshot, o),
    controlSheetForm: (snapshot, o) => controlSheetForm(ctx(snapshot), snapshot, o),
    statusMessage: (snapshot, o) => statusMessage(ctx(snapshot), snapshot, o),
    logbookForm: (entries, o) => {
      if (!Array.isArray(entries)) throw badArgument('entries', 'events', entries);
      return logbookForm(
        entries.map((e) => ({ ctx: ctx(e.snapshot), snapshot: e.snapshot, applicant: e.applicant })),
        o,
      );
    },
    createSummary: (o) => createSummary(env, o),
    summarize: ((source: Parameters<typeof summarize>[1], o: Parameters<typeof summarize>[2]) =>
      summarize(env, source, o)) as Engine['summarize'],
    factRows: (source, o) => factRows(env, source, o),
    statistics: (snapshots, period) =>
      summarize(env, snapshots, { period, warnings: false }) as SummaryResult,
    compiled: (snapshot) => ctx(snapshot).compiled,
    counting: (snapshot) => ctx(snapshot).counting,
  };
  return engine;
}
