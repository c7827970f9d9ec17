/**
 * @name evaluate
 * @summary The time-driven consequences for a dossier at an instant: alerts, and events the portal should record.
 *
 * @description
 * Time lives outside the machine (no legal deadline is an XState `after` timer: pending timers are not persisted).
 * The portal calls `evaluate(snapshot, now)` on a schedule or when a dossier is opened, and gets:
 * - the online acceptance due within 8 working hours of the system's receipt of the latest submission (Decree
 *   118/2025 Art. 17(2); not under Decree 61/2018), with the 2-hour alert to the officer;
 * - the transfer of a paper dossier the same working day, or at the start of the next after 15:00 (Art. 18);
 * - the supplement request window: within 3 working days of receipt (Art. 19(5));
 * - warnings at the SLA thresholds, overdue steps and dossier;
 * - the last day for the apology and new appointment (at least one day before the deadline, Art. 19(6));
 * - the closure when a requested supplement is not completed within 15 days (Art. 19(5); not under Decree
 *   61/2018), or within the procedure's own applicant window — proposed as a STOP event.
 * Every alert has a stable code, its parameters, both texts and its legal basis.
 *
 * @example
 * const { alerts, proposals } = engine.evaluate(snapshot, '2026-03-02T16:00:00+07:00');
 * alerts.map((a) => a.code) // ['DEADLINE_CRITICAL', 'APOLOGY_DUE']
 */
import {
  type Calendar,
  type CountingPolicy,
  calendarPeriod,
  type Duration,
  deadline,
  isWorkingDay,
  onlineAcceptanceDeadline,
  transferDeadline,
} from '../../calendar/index.js';
import type { Procedure } from '../../rules/index.js';
import type { LocalizedError } from '../../shared/errors.js';
import type { DossierEvent } from '../apply/events.js';
import type { DossierContext } from '../context.js';
import { type DvcqgStatus, type Phase, phaseOf, toDvcqgStatus } from '../interop/phase.js';
import type { en } from '../messages/en.js';
import { report } from '../messages/index.js';
import { type Citation, cite } from '../messages/law.js';
import type { DossierSnapshot, LedgerEntry } from '../snapshot/schema.js';
import { legalDay, shiftDay, vnDate, vnInstant } from '../time.js';
import { appointmentDue } from './deadline.js';
import { type SlaOptions, slaStatus } from './status.js';
import { requestWindowOf, supplementWindow } from './window.js';

export type AlertCode =
  | 'ONLINE_ALERT'
  | 'ONLINE_ACCEPTANCE_DUE'
  | 'ONLINE_ACCEPTANCE_OVERDUE'
  | 'TRANSFER_DUE'
  | 'TRANSFER_OVERDUE'
  | 'SUPPLEMENT_WINDOW'
  | 'DEADLINE_WARNING'
  | 'DEADLINE_CRITICAL'
  | 'OVERDUE'
  | 'STEP_OVERDUE'
  | 'APOLOGY_DUE'
  | 'SUPPLEMENT_EXPIRED';

/** Something the desk or an agency should know now. */
export interface Alert extends LocalizedError {
  readonly code: AlertCode;
  readonly severity: 'info' | 'warning' | 'error';
  /** The instant the alert is about (a due instant), if any. */
  readonly due: string | null;
  readonly step: string | null;
  /** Legal basis, in both languages. */
  readonly basis: Citation;
}

/** An event the portal should record (add `seq` and apply it). */
export type Proposal = Omit<Extract<DossierEvent, { type: 'STOP' }>, 'seq'>;

export interface Evaluation {
  readonly at: string;
  readonly phase: Phase;
  readonly status: DvcqgStatus | null;
  readonly alerts: readonly Alert[];
  readonly proposals: readonly Proposal[];
}

const HOUR = 3_600_000;

/** Evaluates a dossier at an instant (epoch ms, already checked). */
export function evaluate(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  atMs: number,
  options: SlaOptions = {},
): Evaluation {
  const calendar = ctx.calendar;
  const d = ctx.compiled.procedure.definition;
  const phase = phaseOf(snapshot);
  const now = vnInstant(atMs);
  const at = atMs;
  const alerts: Alert[] = [];
  const proposals: Proposal[] = [];
  const alert = <C extends AlertCode>(
    code: C,
    severity: Alert['severity'],
    params: Parameters<(typeof en)[C]>[0],
    basis: Citation,
    step: string | null = null,
  ) => {
    const r = report(code, params as never);
    alerts.push({ ...r, code, severity, due: (params as { due?: string }).due ?? null, step, basis });
  };
  const regime = snapshot.regime;

  // The 2-hour alert and the 8 working hours run from the LATEST submission: a dossier sent back at the desk
  // (state `incomplete`) and submitted again is a new receipt by the system. In state `submitted` the last event
  // is always that SUBMIT, so `lastAt` is its instant; `submittedAt` keeps the first submission.
  const submitted = phase === 'submitted' ? (snapshot.lastAt ?? snapshot.submittedAt) : null;
  if (phase === 'submitted' && snapshot.channel === 'online' && regime === 'decree-118-2025' && submitted) {
    const basis = cite('onlineAcceptance', regime);
    const alertBy = vnInstant(Date.parse(submitted) + 2 * HOUR);
    const { acceptBy } = onlineAcceptanceDeadline(calendar, submitted);
    if (at <= Date.parse(alertBy)) alert('ONLINE_ALERT', 'info', { due: alertBy }, basis);
    if (acceptBy !== null) {
      if (at > Date.parse(acceptBy)) alert('ONLINE_ACCEPTANCE_OVERDUE', 'error', { due: acceptBy }, basis);
      else alert('ONLINE_ACCEPTANCE_DUE', 'warning', { due: acceptBy }, basis);
    }
  }

  const first = snapshot.visits[0];
  if (
    snapshot.receivedAt &&
    first &&
    first.end === null &&
    snapshot.visits.length === 1 &&
    snapshot.channel !== 'online' &&
    // While the desk waits for the applicant's supplement there is nothing to transfer yet.
    phase !== 'awaiting-supplement'
  ) {
    // Art. 18 with the cut-off fixed in the dossier at receipt (it survives a migration).
    const { by } = transferDeadline(calendar, snapshot.receivedAt, { cutoff: ctx.counting.cutoff });
    const basis = cite('transfer', regime);
    if (at > Date.parse(by)) alert('TRANSFER_OVERDUE', 'error', { due: by }, basis, first.step);
    else alert('TRANSFER_DUE', 'info', { due: by }, basis, first.step);
  }

  const terminal = snapshot.outcome !== null;
  const processingNow = snapshot.receivedAt !== null && !terminal && snapshot.decidedAt === null;
  const d61 = regime === 'decree-61-2018';
  if (processingNow && snapshot.supplements === 0 && phase !== 'awaiting-supplement') {
    const by = supplementWindow(calendar, snapshot.receivedAt!, ctx.counting, requestWindowOf(ctx));
    if (at <= Date.parse(by))
      alert('SUPPLEMENT_WINDOW', 'info', { due: by, once: !d61 }, cite('supplementWindow', regime));
  }

  if (snapshot.receivedAt !== null && !terminal) {
    const sla = slaStatus(ctx, snapshot, at, options);
    const ds = sla.dossier;
    if (ds && snapshot.decidedAt === null && ds.deadline.paused === null) {
      const basis = cite('apology', regime);
      if (ds.level === 'overdue') alert('OVERDUE', 'error', { due: ds.due }, basis);
      else if (ds.level === 'critical' || ds.level === 'warning') {
        const used = Math.round(ds.shareUsed * 100);
        if (ds.level === 'critical') alert('DEADLINE_CRITICAL', 'warning', { due: ds.due, used }, basis);
        else alert('DEADLINE_WARNING', 'info', { due: ds.due, used }, basis);
      }
      // The apology must be sent at least one day before the deadline (the engine accepts APOLOGIZE up to the
      // day before the due day). Raised from the warning level, and in any case on the last working day on which
      // it can still be sent — a 3-working-day procedure reaches 75 % only on its due day, too late.
      if (ds.extension === null) {
        const lastDay = shiftDay(ds.dueDate, -1);
        const today = legalDay(at);
        const lastWorking = lastWorkingDay(calendar, lastDay, legalDay(snapshot.receivedAt));
        if (today <= lastDay && (ds.level !== 'ok' || today >= (lastWorking ?? lastDay))) {
          // The end of the working hours of that day (the calendar's hours), else the end of the day.
          const by =
            lastWorking === null
              ? vnInstant(Date.parse(`${ds.dueDate}T00:00:00+07:00`) - 1000)
              : appointmentDue(calendar, lastWorking);
          alert('APOLOGY_DUE', 'warning', { due: by, day: vnDate(legalDay(by)) }, basis);
        }
      }
    }
    for (const step of sla.steps) {
      if (step.end === null && step.overdue && step.due !== null && ds?.deadline.paused === null) {
        alert(
          'STEP_OVERDUE',
          'warning',
          { due: step.due, step: step.step, agency: step.agency },
          cite('interagency', regime),
          step.step,
        );
      }
    }
  }

  // Art. 19(5): not completed within 15 days (or the procedure's own window) → closed. Not in Decree 61/2018.
  if (phase === 'awaiting-supplement' && regime === 'decree-118-2025') {
    const closeAt = supplementClosesAt(calendar, snapshot, d, ctx.counting.policy);
    if (closeAt !== null && at > Date.parse(closeAt)) {
      alert('SUPPLEMENT_EXPIRED', 'error', { due: closeAt }, cite('closure', regime));
      proposals.push({ type: 'STOP', at: now, by: d.roles.desk, reason: 'supplement-not-completed' });
    }
  }
  return { at: now, phase, status: toDvcqgStatus(phase), alerts, proposals };
}

/**
 * When a dossier awaiting a supplement may be closed (Decree 118/2025 Art. 19(5)): after the procedure's own
 * applicant window, or 15 days from the request by the Civil Code (Art. 147–148). `null` when no request is open.
 */
export function supplementClosesAt(
  calendar: Calendar,
  snapshot: DossierSnapshot,
  definition: Procedure['definition'],
  policy: CountingPolicy,
): string | null {
  let request: LedgerEntry | undefined;
  for (let i = snapshot.ledger.length - 1; i >= 0 && request === undefined; i--) {
    const e = snapshot.ledger[i]!;
    if (e.kind === 'pause' && e.reason === 'supplement') request = e;
  }
  if (request === undefined) return null;
  const window = definition.timing.supplement.applicantWindow;
  return window
    ? applicantWindowEnd(calendar, request.at, window, policy)
    : calendarPeriod(calendar, legalDay(request.at), { days: 15 }).endsAt;
}

/** The last working day on or before `day`, not before `floor` (`null` if none). */
function lastWorkingDay(calendar: Calendar, day: string, floor: string): string | null {
  for (let d = day, i = 0; d >= floor && i < 60; d = shiftDay(d, -1), i++)
    if (isWorkingDay(calendar, d)) return d;
  return null;
}

/**
 * The end of the applicant's own supplement window (`timing.supplement.applicantWindow`), counted as the Civil
 * Code counts a period (Art. 147(2): it starts the day after the request; Art. 148: it ends at the end of its last
 * day, moved to the next working day when that is a day off). Working-day windows end at the end of the working
 * hours of the N-th working day after the request day; calendar-day and month windows end at 24:00 of their last
 * day. A window in working hours counts from the request instant under the dossier's counting policy.
 */
export function applicantWindowEnd(
  calendar: Calendar,
  requestAt: string,
  window: Duration,
  policy: CountingPolicy,
): string {
  if (window.unit === 'working-hours')
    return deadline(calendar, requestAt, window, { policy, cutoff: null }).due;
  return deadline(calendar, requestAt, window, { policy: 'civil-code', cutoff: null }).due;
}
