/**
 * @name slaStatus
 * @summary Where a dossier and each of its steps stand against their deadlines at an instant.
 *
 * @description
 * Reads the deadlines (`deadline.ts`, the one owner of the due instant) at the instant: the appointment in force
 * (due instant and day, and which days off, pauses, resets and extension moved it), the working time budgeted,
 * used and remaining, the share used against warning thresholds (default 50 / 75 / 100 %), and — once finished —
 * early / on time / late for the dossier and for each step, each step against its own deadline.
 *
 * @example
 * const sla = engine.slaStatus(snapshot, '2026-05-04T09:00:00+07:00');
 * sla.dossier?.due            // '2026-05-14T09:00:00+07:00'
 * sla.dossier?.remainingHours // 64
 */
import type { Calendar, DurationUnit, Text } from '../../calendar/index.js';
import { round } from '../../shared/values.js';
import type { DossierContext } from '../context.js';
import { type Phase, phaseOf } from '../interop/phase.js';
import type { DossierSnapshot, StartAfter, Visit } from '../snapshot/schema.js';
import { vnInstant } from '../time.js';
import { measure } from './clock.js';
import {
  type DeadlineExtension,
  type DeadlineView,
  dossierDeadline,
  resultDeadline,
  stepDeadline,
  stepLimitDeadline,
} from './deadline.js';
import { explainDeadline } from './explain.js';
import {
  finishInstant,
  type LateReason,
  lateReasons,
  outcomeOf,
  type Timeliness,
  timeliness,
} from './outcome.js';

/** Alert level by share of the budget used. */
export type SlaLevel = 'ok' | 'warning' | 'critical' | 'overdue';

export interface SlaOptions {
  /** Shares of the budget at which the level becomes warning, critical, overdue; default `[0.5, 0.75, 1]`. */
  readonly thresholds?: readonly [number, number, number];
}

/** The dossier against its appointment. */
export interface DossierSla {
  readonly deadline: DeadlineView;
  /** The appointment in force (`deadline.due`): the extended one after an apology. */
  readonly due: string;
  readonly dueDate: string;
  /** The new appointment after an apology (Art. 19(6)), or `null`. */
  readonly extension: DeadlineExtension | null;
  /** Working hours (hours for calendar units) from the clock start to the due instant, before pauses. */
  readonly budgetHours: number;
  readonly usedHours: number;
  readonly remainingHours: number;
  readonly shareUsed: number;
  readonly level: SlaLevel;
  /** When processing finished (decision, refusal, stop, withdrawal), or `null`. */
  readonly finishedAt: string | null;
  readonly outcome: Timeliness | null;
  /** Why it counts late, besides finishing after the due instant. */
  readonly lateBecause: readonly LateReason[];
  /** Which rules moved the due date: counting policy and notes, days off, pauses, restart, extension. */
  readonly explanation: readonly Text[];
}

/** A step visit against its own deadline. */
export interface StepSla {
  readonly step: string;
  readonly agency: string;
  /** The step and agency that handed the dossier over (`null`: the applicant). */
  readonly from: string | null;
  readonly fromAgency: string | null;
  readonly at: string;
  readonly end: string | null;
  readonly plan: readonly [number, number];
  /**
   * What the step is judged against: its own legal limit from the day its agency received the dossier
   * (`limit`: `steps[].limit`, police 2 working days), else its planned share of the dossier's time (`plan`).
   */
  readonly judgedBy: 'limit' | 'plan';
  /** The due instant it is judged against (`judgedBy`). */
  readonly due: string | null;
  readonly dueDate: string | null;
  /** The end of its planned share on the dossier's clock (the same as `due` when judged by the plan). */
  readonly plannedDue: string | null;
  /** Working hours (hours for calendar units) the step had from the handoff to its due instant, unpaused. */
  readonly budgetHours: number | null;
  /** Of those, used up to the instant read (or the step's end). */
  readonly usedHours: number | null;
  /** Left before the step's due instant; negative once past it. */
  readonly remainingHours: number | null;
  readonly shareUsed: number | null;
  /** The same thresholds as the dossier's; `null` without a time limit. */
  readonly level: SlaLevel | null;
  readonly overdue: boolean;
  readonly outcome: Timeliness | null;
}

/** One result of a dossier with several, against its own limit. */
export interface ResultSla {
  readonly id: string;
  /** The deciding agency. */
  readonly agency: string;
  /** Its own limit's due instant, counted from the dossier's clock start; `null` before the clock starts. */
  readonly due: string | null;
  readonly dueDate: string | null;
  readonly issuedAt: string | null;
  readonly returnedAt: string | null;
  /** Not issued by its due instant (at the instant read). */
  readonly overdue: boolean;
  /** Early / on time / late by its issue (the decision), once issued. */
  readonly outcome: Timeliness | null;
}

export interface SlaStatus {
  readonly at: string;
  readonly phase: Phase;
  /** `null` before receipt, or while the clock waits for its event (`waiting`). */
  readonly dossier: DossierSla | null;
  /**
   * The event the clock waits for when the law starts it later than receipt (`timing.clockStart`: the fees paid,
   * a verification reply), or `null`. Time before it never counts.
   */
  readonly waiting: StartAfter | null;
  readonly steps: readonly StepSla[];
  /** The results of a dossier with several (empty otherwise). */
  readonly results: readonly ResultSla[];
}

/** Reads the SLA of a dossier at an instant (epoch ms, already checked). */
export function slaStatus(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  at: number,
  options: SlaOptions = {},
): SlaStatus {
  const thresholds = options.thresholds ?? [0.5, 0.75, 1];
  const finished = finishInstant(snapshot);
  const until = finished === null ? at : Math.min(at, Date.parse(finished));
  const calendar = ctx.calendar;
  const steps = ctx.compiled.steps;
  const deadline = dossierDeadline(ctx, snapshot, until);
  const dossier =
    deadline === null ? null : dossierSla(calendar, snapshot, deadline, until, finished, thresholds);
  const unit = snapshot.limit?.unit;
  const stepList = snapshot.visits.map((visit: Visit): StepSla => {
    const planned = unit === undefined ? null : stepDeadline(ctx, snapshot, visit, until);
    const own = stepLimitDeadline(ctx, snapshot, visit, until);
    const dl = own ?? planned;
    const end = visit.end === null ? until : Math.min(Date.parse(visit.end), until);
    const time = dl ? stepTime(calendar, dl.unit, dl, Date.parse(visit.at), end) : null;
    const from = visit.from;
    return {
      step: visit.step,
      agency: steps.get(visit.step)?.agency ?? '?',
      from,
      fromAgency: from === null ? null : (steps.get(from)?.agency ?? '?'),
      at: visit.at,
      end: visit.end,
      plan: visit.plan,
      judgedBy: own === null ? 'plan' : 'limit',
      due: dl?.due ?? null,
      dueDate: dl?.dueDate ?? null,
      plannedDue: planned?.due ?? null,
      budgetHours: time ? round(time.budget) : null,
      usedHours: time ? round(time.used) : null,
      remainingHours: time ? round(time.remaining) : null,
      shareUsed: time ? round(time.share) : null,
      level: time ? levelOf(time.share, time.overdue, thresholds) : null,
      overdue: dl !== null && (visit.end === null ? at : Date.parse(visit.end)) > Date.parse(dl.due),
      outcome: visit.end === null || dl === null ? null : timeliness(visit.end, dl.due),
    };
  });
  const waiting =
    snapshot.startAfter !== undefined &&
    !snapshot.ledger.some((e) => e.kind === 'start' && Date.parse(e.at) <= at)
      ? snapshot.startAfter
      : null;
  const results = (snapshot.results ?? []).map((r): ResultSla => {
    const view = resultDeadline(ctx, snapshot, r.id, until);
    const issued = r.issuedAt === null ? null : Date.parse(r.issuedAt);
    return {
      id: r.id,
      agency: ctx.compiled.results.get(r.id)?.agency ?? '?',
      due: view?.due ?? null,
      dueDate: view?.dueDate ?? null,
      issuedAt: r.issuedAt,
      returnedAt: r.returnedAt,
      overdue: view !== null && (issued ?? at) > Date.parse(view.due),
      outcome: issued === null || view === null ? null : timeliness(issued, view.due),
    };
  });
  return { at: vnInstant(at), phase: phaseOf(snapshot), dossier, waiting, steps: stepList, results };
}

function dossierSla(
  calendar: Calendar,
  snapshot: DossierSnapshot,
  deadline: DeadlineView,
  until: number,
  finished: string | null,
  thresholds: readonly [number, number, number],
): DossierSla {
  const unit = deadline.unit;
  const extension = deadline.extension;
  const due = deadline.due;
  const budgetHours = measure(calendar, unit, deadline.start, deadline.baseDue);
  let pausedHours = 0;
  for (const p of deadline.pauses) {
    const from = Math.max(Date.parse(p.from), Date.parse(deadline.start));
    const to = p.to === null ? until : Math.min(Date.parse(p.to), until);
    pausedHours += measure(calendar, unit, from, to);
  }
  const usedHours = Math.max(0, measure(calendar, unit, deadline.start, until) - pausedHours);
  const extraHours = extension ? measure(calendar, unit, deadline.ledgerDue, extension.due) : 0;
  const pastDue = until > Date.parse(due);
  const remainingHours = pastDue
    ? -measure(calendar, unit, due, until)
    : budgetHours + extraHours - usedHours;
  // After an apology the budget is the extended one: the share and the level are read against the new
  // appointment (the dossier still counts late at completion: `lateBecause` 'apology').
  const allowedHours = budgetHours + extraHours;
  const shareUsed = allowedHours > 0 ? usedHours / allowedHours : pastDue ? 1 : 0;
  const judged = finished === null ? null : outcomeOf(snapshot, Date.parse(finished), deadline);
  return {
    deadline,
    due,
    dueDate: deadline.dueDate,
    extension,
    budgetHours: round(budgetHours),
    usedHours: round(usedHours),
    remainingHours: round(remainingHours),
    shareUsed: round(shareUsed),
    level: levelOf(shareUsed, pastDue, thresholds),
    finishedAt: finished,
    outcome: judged?.outcome ?? null,
    lateBecause: judged?.lateBecause ?? lateReasons(snapshot, Number.NEGATIVE_INFINITY, deadline),
    explanation: explainDeadline(deadline, snapshot.regime),
  };
}

/**
 * The level of a share used: warning and critical when reached, overdue only strictly past the due instant
 * (finishing at it is on time, domain notes §6) or past the last threshold — with the default thresholds the
 * share reaches 1 exactly at the due instant, so the last threshold is exceeded (`>`), not reached.
 */
function levelOf(
  share: number,
  pastDue: boolean,
  [warn, critical, over]: readonly [number, number, number],
): SlaLevel {
  if (pastDue || share > over) return 'overdue';
  return share >= critical ? 'critical' : share >= warn ? 'warning' : 'ok';
}

/** Measures `[from, to]` without the paused parts of a deadline view. */
function unpaused(
  calendar: Calendar,
  unit: DurationUnit,
  view: DeadlineView,
  from: number,
  to: number,
): number {
  if (to <= from) return 0;
  let paused = 0;
  for (const p of view.pauses) {
    const a = Math.max(from, Date.parse(p.from));
    const b = Math.min(to, p.to === null ? to : Date.parse(p.to));
    if (b > a) paused += measure(calendar, unit, a, b);
  }
  return Math.max(0, measure(calendar, unit, from, to) - paused);
}

/** A step's time from its handoff: what it had until its due instant, used until `end`, left. */
function stepTime(
  calendar: Calendar,
  unit: DurationUnit,
  view: DeadlineView,
  start: number,
  end: number,
): { budget: number; used: number; remaining: number; share: number; overdue: boolean } {
  const due = Date.parse(view.due);
  const budget = unpaused(calendar, unit, view, start, due);
  const used = unpaused(calendar, unit, view, start, end);
  const overdue = end > due;
  const remaining = overdue ? -measure(calendar, unit, due, end) : budget - used;
  const share = budget > 0 ? used / budget : overdue ? 1 : 0;
  return { budget, used, remaining, share, overdue };
}
