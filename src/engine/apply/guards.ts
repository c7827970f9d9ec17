/**
 * The legal checks on an event besides the machine's transitions: what the law says about stopping, apologising
 * and asking for a supplement, and the checks that need the calendar (the 3-working-day supplement window, the
 * apology's day and its bound, the version in force on the receipt day, a deadline inside the calendar's years).
 */
import { type Calendar, deadline } from '../../calendar/index.js';
import type { DossierContext } from '../context.js';
import { type Rejection, rejection } from '../errors.js';
import { phaseOf } from '../interop/phase.js';
import type { Regime } from '../law.js';
import type { MachineContext } from '../machine/config.js';
import { originAt } from '../sla/clock.js';
import { dossierDeadline } from '../sla/deadline.js';
import { supplementClosesAt } from '../sla/evaluate.js';
import { DEFAULT_REQUEST_WINDOW, requestWindowOf, supplementWindow } from '../sla/window.js';
import type { DossierSnapshot } from '../snapshot/schema.js';
import { isBefore, legalDay, MAX_MS, shiftDay } from '../time.js';
import { agencyOf, wrongAgency } from './authorize.js';
import type { DossierEvent } from './events.js';
import type { ReceiptFacts } from './receipt.js';

/**
 * STOP and APOLOGIZE during processing: neither once the decision is made (result ready or returned); STOP only by
 * the desk or an agency holding the dossier, and the 15-day closure (`supplement-not-completed`) only while a
 * supplement is awaited under Decree 118/2025 (Art. 19(5); Decree 61/2018 has no such closure), and only after
 * the applicant's period has ended.
 */
export function closingProblem(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  event: Extract<DossierEvent, { type: 'STOP' | 'APOLOGIZE' }>,
  regime: Regime,
): Rejection | null {
  if (snapshot.finishedAt !== null || snapshot.receivedAt === null) return null; // the machine says NOT_ALLOWED
  const c = ctx.compiled;
  if (snapshot.decidedAt !== null) {
    return event.type === 'STOP'
      ? rejection('STOP_NOT_ALLOWED', { reason: 'decided', decidedAt: snapshot.decidedAt }, ['type'])
      : rejection('APOLOGY_NOT_ALLOWED', { reason: 'decided', regime, decidedAt: snapshot.decidedAt }, [
          'type',
        ]);
  }
  if (event.type !== 'STOP') return null;
  const desk = c.procedure.definition.roles.desk;
  if (event.by !== desk) {
    const holders: string[] = [];
    for (const v of snapshot.visits) if (v.end === null) holders.push(agencyOf(c, v.step));
    if (!holders.includes(event.by)) return wrongAgency(event.by, [desk, ...new Set(holders)]);
  }
  if (event.reason === 'supplement-not-completed') {
    if (regime !== 'decree-118-2025')
      return rejection('STOP_NOT_ALLOWED', { reason: 'decree-61' }, ['reason']);
    if (phaseOf(snapshot) !== 'awaiting-supplement')
      return rejection('STOP_NOT_ALLOWED', { reason: 'no-supplement' }, ['reason']);
    // Art. 19(5): closed only when the supplement is not completed within the period.
    const closeAt = supplementClosesAt(ctx.calendar, snapshot, c.procedure.definition, ctx.counting.policy);
    if (closeAt !== null && !isBefore(closeAt, event.at))
      return rejection('STOP_NOT_ALLOWED', { reason: 'period-running', closeAt }, ['reason']);
  }
  return null;
}

/** Why the machine refused an event, when the law has a more precise answer than "not allowed". */
export function whyNot(
  event: DossierEvent,
  snapshot: DossierSnapshot,
  context: MachineContext,
): Rejection | null {
  const received = snapshot.receivedAt !== null && snapshot.finishedAt === null;
  if (event.type === 'WITHDRAW' && received && (context.regime === 'decree-61-2018' || context.decided))
    return rejection('WITHDRAWAL_NOT_ALLOWED', { reason: context.decided ? 'decided' : 'decree-61' }, [
      'type',
    ]);
  if (
    event.type === 'REQUEST_SUPPLEMENT' &&
    received &&
    context.supplements > 0 &&
    context.regime === 'decree-118-2025'
  )
    return rejection('SUPPLEMENT_ALREADY_REQUESTED', {}, ['type']);
  if (event.type === 'APOLOGIZE' && received && context.apologized)
    return rejection('APOLOGY_NOT_ALLOWED', { reason: 'once', regime: context.regime }, ['type']);
  return null;
}

/**
 * The checks that need the calendar, after the machine allowed the event.
 *
 * - APOLOGIZE (Decree 118/2025 Art. 19(6); Decree 61/2018 Art. 19): "chậm nhất một ngày trước ngày hết hạn" — a
 *   calendar day (the decrees say "ngày làm việc" where they mean working days); the new day must be later, and
 *   no later than the procedure's own time limit again after the current appointment (a longer extension needs
 *   the procedure's own rule), inside the calendar's years.
 * - RECEIVE: the version must be in force on the receipt day; the appointment must fall inside the calendar.
 * - REQUEST_SUPPLEMENT during processing: within 3 working days of receipt (Art. 19(5); Decree 61/2018 Art. 19(4),
 *   where the time "tính lại từ đầu" and the window with it runs from the latest restart of the clock).
 */
export function calendarProblem(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  event: DossierEvent,
  regime: Regime,
  facts: ReceiptFacts | null,
): Rejection | null {
  const calendar = ctx.calendar;
  const d = ctx.compiled.procedure.definition;
  if (event.type === 'APOLOGIZE') {
    const at = Date.parse(event.at);
    const view = snapshot.receivedAt === null ? null : dossierDeadline(ctx, snapshot, at);
    if (view === null) return rejection('APOLOGY_NOT_ALLOWED', { reason: 'not-received', regime }, ['type']);
    const day = legalDay(event.at);
    if (day > shiftDay(view.dueDate, -1))
      return rejection('APOLOGY_NOT_ALLOWED', { reason: 'too-late', regime, day, dueDate: view.dueDate }, [
        'at',
      ]);
    if (event.newDueDate <= view.dueDate)
      return rejection(
        'APOLOGY_NOT_ALLOWED',
        { reason: 'not-later', regime, newDueDate: event.newDueDate, dueDate: view.dueDate },
        ['newDueDate'],
      );
    const latest = latestNewDay(calendar, view.due, snapshot, ctx);
    if (latest === null || event.newDueDate > latest)
      return rejection(
        'APOLOGY_NOT_ALLOWED',
        { reason: 'too-far', regime, newDueDate: event.newDueDate, latest: latest ?? view.dueDate },
        ['newDueDate'],
      );
  }
  if (event.type === 'EXTEND') return extensionProblem(ctx, snapshot, event);
  if (event.type === 'RECEIVE') {
    // A dossier is handled under the version in force on its receipt day (Decree 118/2025 transition rules).
    const day = legalDay(event.at);
    const { from, to } = d.effective;
    if (day < from || (to !== undefined && day > to)) {
      return rejection('NOT_IN_FORCE', { code: d.code, version: d.version, from, to: to ?? null, day }, [
        'at',
      ]);
    }
    if (facts !== null && !deadlineInCalendar(calendar, event.at, facts, ctx))
      return rejection('INVALID_EVENT', { problem: 'deadline-outside-calendar', field: 'at' }, ['at']);
  }
  if (event.type === 'REQUEST_SUPPLEMENT' && snapshot.receivedAt !== null) {
    const restart =
      regime === 'decree-61-2018' ? originAt(snapshot.ledger, Number.POSITIVE_INFINITY) : undefined;
    const from = restart?.kind === 'reset' ? restart.at : snapshot.receivedAt;
    const rule = requestWindowOf(ctx);
    const window = supplementWindow(calendar, from, ctx.counting, rule);
    if (isBefore(window, event.at)) {
      return rejection(
        'SUPPLEMENT_TOO_LATE',
        {
          by: window,
          restarted: from !== snapshot.receivedAt,
          regime,
          amount: rule.amount,
          unit: rule.unit,
          sector: rule !== DEFAULT_REQUEST_WINDOW,
        },
        ['at'],
      );
    }
  }
  return null;
}

/**
 * EXTEND — the extension the procedure's own text allows (`timing.extension`; certifications: "kéo dài thêm không
 * quá 02 ngày làm việc hoặc có thể dài hơn theo thỏa thuận bằng văn bản với người yêu cầu", Decree 23/2015
 * Art. 21): before the appointment in force passes, to a later day, at most the extension's limit after it —
 * or later with the applicant's written agreement where the text allows one.
 */
function extensionProblem(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  event: Extract<DossierEvent, { type: 'EXTEND' }>,
): Rejection | null {
  const rule = ctx.compiled.procedure.definition.timing.extension;
  if (rule === undefined) return rejection('EXTENSION_NOT_ALLOWED', { reason: 'not-offered' }, ['type']);
  const at = Date.parse(event.at);
  const view = dossierDeadline(ctx, snapshot, at);
  if (view === null) return rejection('EXTENSION_NOT_ALLOWED', { reason: 'not-started' }, ['type']);
  if (at > Date.parse(view.due))
    return rejection('EXTENSION_NOT_ALLOWED', { reason: 'too-late', due: view.due }, ['at']);
  if (event.newDueDate <= view.dueDate)
    return rejection(
      'EXTENSION_NOT_ALLOWED',
      { reason: 'not-later', newDueDate: event.newDueDate, dueDate: view.dueDate },
      ['newDueDate'],
    );
  if (rule.byAgreement && event.agreement === true) return null;
  let latest: string | null;
  try {
    latest = deadline(ctx.calendar, view.due, rule.limit, ctx.counting).dueDate;
  } catch {
    latest = null;
  }
  if (latest === null || event.newDueDate > latest)
    return rejection(
      'EXTENSION_NOT_ALLOWED',
      {
        reason: 'too-far',
        newDueDate: event.newDueDate,
        latest: latest ?? view.dueDate,
        byAgreement: rule.byAgreement,
      },
      ['newDueDate'],
    );
  return null;
}

/** The latest new appointment day an apology may give: the procedure's own limit again after the current due. */
function latestNewDay(
  calendar: Calendar,
  due: string,
  snapshot: DossierSnapshot,
  ctx: DossierContext,
): string | null {
  const limit = snapshot.limit;
  if (limit === null) return null;
  try {
    // At least one working day, so a same-day procedure can still be moved to the next day.
    const amount = limit.amount > 0 ? limit.amount : 1;
    return deadline(calendar, due, { amount, unit: limit.unit }, ctx.counting).dueDate;
  } catch {
    // Past the calendar's last year: no later day can be counted.
    return null;
  }
}

/** Whether the appointment of a dossier received at `at` falls inside the calendar (it is read on every view). */
function deadlineInCalendar(
  calendar: Calendar,
  at: string,
  facts: ReceiptFacts,
  ctx: DossierContext,
): boolean {
  // A year's margin is enough for any limit up to a year; only later receipts and longer limits are counted.
  const long =
    (facts.limit.unit === 'months' && facts.limit.amount > 12) ||
    (facts.limit.unit === 'calendar-days' && facts.limit.amount > 366) ||
    (facts.limit.unit === 'working-days' && facts.limit.amount > 250) ||
    (facts.limit.unit === 'working-hours' && facts.limit.amount > 2000);
  if (!long && Date.parse(at) < MAX_MS - 2 * 366 * 86_400_000) return true;
  try {
    deadline(calendar, at, facts.limit, ctx.counting);
    return true;
  } catch {
    return false;
  }
}
