/**
 * @name slaStatus
 * @summary Where a dossier and each of its steps stand against their deadlines at an instant.
 *
 * @description
 * Reads the ledger and the calendar (nothing is stored): the appointment (due instant and day, and which days off,
 * pauses, resets and extension moved it), the working time budgeted, used and remaining, the share used against
 * warning thresholds (default 50 / 75 / 100 %), and — once finished — early / on time / late for the dossier and
 * for each step, each step against its own deadline.
 *
 * Convention (domain notes §6): late = finished after the due instant; early = finished on a day before the due
 * day; on time = on the due day, not after the due instant. A dossier that was apologised for and extended stays
 * late (Decree 118/2025 Art. 19(6)); more than one supplement request counts late (Decision 766/QĐ-TTg).
 * The dossier finishes when the result is ready (the decision), or when it is refused, stopped or withdrawn
 * ("processed" wins over "returned", Decision 766).
 *
 * @example
 * const sla = engine.slaStatus(snapshot, '2026-02-26T09:00:00+07:00');
 * sla.dossier?.dueDate   // '2026-03-02'
 * sla.dossier?.shareUsed // 0.66
 */
import type { Calendar, Text } from '../calendar/index.js';
import type { Engine } from './createEngine.js';
import { type DeadlineView, deriveDeadline, explainDeadline, isWorkingUnit, measure } from './ledger.js';
import { legalDay, shiftDay, vnDate } from './regime.js';
import type { DossierSnapshot, LedgerEntry, Visit } from './snapshot.js';
import { type Phase, phaseOf } from './statusCodes.js';

/** Result of a dossier or a step: trước hạn / đúng hạn / quá hạn. */
export type Timeliness = 'early' | 'on-time' | 'late';

/** Alert level by share of the budget used. */
export type SlaLevel = 'ok' | 'warning' | 'critical' | 'overdue';

export interface SlaOptions {
  /** Shares of the budget at which the level becomes warning, critical, overdue; default `[0.5, 0.75, 1]`. */
  readonly thresholds?: readonly [number, number, number];
}

/** The dossier against its appointment. */
export interface DossierSla {
  readonly deadline: DeadlineView;
  /** The appointment in force: the extended one after an apology, else `deadline.due`. */
  readonly due: string;
  readonly dueDate: string;
  /** The new appointment after an apology (Art. 19(6)), or `null`. */
  readonly extension: {
    /** The new appointment day given in the apology. */
    readonly to: string;
    /**
     * The appointment in force: the end of `to`, moved on by the time the clock stood still after the apology
     * (a payment pause, a supplement restart) — those never count against the dossier, extended or not.
     */
    readonly due: string;
    readonly reason: string;
    readonly seq: number;
  } | null;
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
  readonly lateBecause: readonly ('after-due' | 'apology' | 'several-supplements')[];
  /** Which rules moved the due date: counting notes, days off, pauses, restart, extension. */
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
  readonly due: string | null;
  readonly dueDate: string | null;
  /**
   * Working hours (hours for calendar units) the step had from the handoff to its due instant, not counting the
   * time the clock stood still; `null` without a time limit.
   */
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

export interface SlaStatus {
  readonly at: string;
  readonly phase: Phase;
  /** `null` before receipt (no clock). */
  readonly dossier: DossierSla | null;
  readonly steps: readonly StepSla[];
}

/**
 * Classifies a finish instant against a due instant (domain notes §6).
 *
 * @example
 * timeliness('2026-03-02T16:00:00+07:00', '2026-03-02T17:00:00+07:00') // 'on-time'
 */
export function timeliness(finish: string, due: string): Timeliness {
  if (Date.parse(finish) > Date.parse(due)) return 'late';
  return legalDay(finish) < legalDay(Date.parse(due) - 1) ? 'early' : 'on-time';
}

/** The instant processing finished: the decision ("processed" wins over "returned"), or the terminal event. */
export function finishInstant(snapshot: DossierSnapshot): string | null {
  if (snapshot.outcome === 'refused-at-desk') return snapshot.finishedAt;
  return snapshot.decidedAt ?? snapshot.finishedAt;
}

/** End of working hours of a day (the due instant of an appointment day). */
export function appointmentDue(calendar: Calendar, day: string): string {
  return calendar.deadline(`${day}T00:00:00+07:00`, { amount: 0, unit: 'working-days' }, { cutoff: null })
    .due;
}

export function computeSlaStatus(
  engine: Engine,
  snapshot: DossierSnapshot,
  atInput: string,
  options: SlaOptions = {},
): SlaStatus {
  const [warn, critical, over] = options.thresholds ?? [0.5, 0.75, 1];
  const finished = finishInstant(snapshot);
  const at = Date.parse(atInput);
  const until = finished === null ? at : Math.min(at, Date.parse(finished));
  const calendar = engine.calendar;
  const compiled = engine.compiled(snapshot);

  let dossier: DossierSla | null = null;
  const deadline =
    snapshot.limit && snapshot.receivedAt !== null ? engine.dossierDeadline(snapshot, until) : null;
  if (deadline && snapshot.limit) {
    const unit = snapshot.limit.unit;
    const d61 = snapshot.regime === 'decree-61-2018';
    const explained = explainDeadline(deadline, snapshot.regime);
    const ext = [...snapshot.ledger].reverse().find((e) => e.kind === 'extend');
    const inForce = ext && ext.kind === 'extend' ? extendedDue(engine, snapshot, ext, deadline) : null;
    const extension =
      ext && ext.kind === 'extend' && inForce
        ? { to: ext.to, due: inForce.due, reason: ext.reason, seq: ext.seq }
        : null;
    const due = extension?.due ?? deadline.due;
    const budgetHours = measure(calendar, unit, deadline.start, deadline.baseDue);
    let pausedHours = 0;
    for (const p of deadline.pauses) {
      const to = p.to === null ? until : Math.min(Date.parse(p.to), until);
      pausedHours += measure(calendar, unit, p.from, to);
    }
    const usedHours = Math.max(0, measure(calendar, unit, deadline.start, until) - pausedHours);
    const extraHours = extension ? measure(calendar, unit, deadline.due, extension.due) : 0;
    const remainingHours =
      until > Date.parse(due) ? -measure(calendar, unit, due, until) : budgetHours + extraHours - usedHours;
    // After an apology the budget is the extended one: the share and the level are read against the new
    // appointment (the dossier still counts late at completion: `lateBecause` 'apology').
    const allowedHours = budgetHours + extraHours;
    const shareUsed = allowedHours > 0 ? usedHours / allowedHours : until > Date.parse(due) ? 1 : 0;
    const lateBecause: ('after-due' | 'apology' | 'several-supplements')[] = [];
    if (finished !== null && Date.parse(finished) > Date.parse(deadline.due)) lateBecause.push('after-due');
    if (extension) lateBecause.push('apology');
    if (snapshot.supplements > 1) lateBecause.push('several-supplements');
    // Overdue only strictly after the due instant: finishing at it is on time (finish ≤ due, domain notes §6).
    // With the default thresholds the share reaches 1 exactly at the due instant, so the last threshold is
    // exceeded (`>`), not reached; the first two are reached (`>=`).
    const level = levelOf(shareUsed, until > Date.parse(due), [warn, critical, over]);
    dossier = {
      deadline,
      due,
      dueDate: legalDay(Date.parse(due) - 1),
      extension,
      budgetHours: round(budgetHours),
      usedHours: round(usedHours),
      remainingHours: round(remainingHours),
      shareUsed: round(shareUsed),
      level,
      finishedAt: finished,
      outcome:
        finished === null ? null : lateBecause.length > 0 ? 'late' : timeliness(finished, deadline.due),
      lateBecause,
      explanation: extension
        ? [
            ...explained,
            {
              vi: `Hẹn lại ngày ${extension.to} sau văn bản xin lỗi (${
                d61 ? 'Nghị định 61/2018/NĐ-CP, Điều 19 khoản 9' : 'Nghị định 118/2025/NĐ-CP, Điều 19 khoản 6'
              }): ${extension.reason}`,
              en: `New appointment ${extension.to} after the apology (${
                d61 ? 'Decree 61/2018 Art. 19(9)' : 'Decree 118/2025 Art. 19(6)'
              }): ${extension.reason}`,
            },
            ...(inForce === null || inForce.due === inForce.printed
              ? []
              : [
                  {
                    vi: `Ngày hẹn lại dời đến ${vnDate(legalDay(Date.parse(extension.due) - 1))}: thời gian tạm dừng hoặc tính lại sau văn bản xin lỗi không tính vào thời hạn`,
                    en: `The new appointment moves to ${legalDay(Date.parse(extension.due) - 1)}: time the clock stood still after the apology does not count`,
                  },
                ]),
          ]
        : explained,
    };
  }

  const steps = snapshot.visits.map((visit: Visit): StepSla => {
    const dl = snapshot.limit ? engine.stepDeadline(snapshot, visit, until) : null;
    const from = visit.from;
    const end = visit.end === null ? until : Math.min(Date.parse(visit.end), until);
    const time =
      dl && snapshot.limit ? stepTime(calendar, snapshot.limit.unit, dl, Date.parse(visit.at), end) : null;
    return {
      step: visit.step,
      agency: compiled.steps.get(visit.step)?.agency ?? '?',
      from,
      fromAgency: from === null ? null : (compiled.steps.get(from)?.agency ?? '?'),
      at: visit.at,
      end: visit.end,
      plan: visit.plan,
      due: dl?.due ?? null,
      dueDate: dl?.dueDate ?? null,
      budgetHours: time ? round(time.budget) : null,
      usedHours: time ? round(time.used) : null,
      remainingHours: time ? round(time.remaining) : null,
      shareUsed: time ? round(time.share) : null,
      level: time ? levelOf(time.share, time.overdue, [warn, critical, over]) : null,
      overdue: dl !== null && (visit.end === null ? at : Date.parse(visit.end)) > Date.parse(dl.due),
      outcome: visit.end === null || dl === null ? null : timeliness(visit.end, dl.due),
    };
  });
  return { at: atInput, phase: phaseOf(snapshot), dossier, steps };
}

/**
 * The level of a share used: warning and critical when reached, overdue only strictly past the due instant (finishing
 * at it is on time, domain notes §6) or past the last threshold — with the default thresholds the share reaches 1
 * exactly at the due instant, so the last threshold is exceeded (`>`), not reached.
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
  unit: DeadlineView['unit'],
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
  unit: DeadlineView['unit'],
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

/**
 * The appointment in force after an apology: the end of the new day (its working hours; 24:00 for calendar-day
 * and month limits, Civil Code 2015 Art. 148(6); a day off rolls to the next working day, Art. 148(5)), moved on
 * by as much as the ledger deadline moved after the apology (pauses, a restart) — in working hours, or in whole
 * days for calendar units. "Moved after" compares with the deadline as it stood at the apology, from the ledger up
 * to it (a pause still open then counts up to the apology only). Never before the ledger's own deadline.
 */
function extendedDue(
  engine: Engine,
  snapshot: DossierSnapshot,
  ext: Extract<LedgerEntry, { kind: 'extend' }>,
  now: DeadlineView,
): { readonly printed: string; readonly due: string } {
  const calendar = engine.calendar;
  const working = isWorkingUnit(now.unit);
  const printed = endOfDay(calendar, ext.to, working);
  const at = Date.parse(ext.at);
  const before = deriveDeadline(
    calendar,
    engine.counting(snapshot),
    snapshot.ledger.filter((e) => Date.parse(e.at) <= at),
    now.budget,
    now.unit,
    Number.POSITIVE_INFINITY,
    at,
  );
  let due = printed;
  if (before !== null && Date.parse(now.due) > Date.parse(before.due)) {
    if (working) {
      due = calendar.addWorkingHours(printed, measure(calendar, now.unit, before.due, now.due));
    } else {
      const days = Math.round(
        (Date.parse(`${now.dueDate}T00:00:00Z`) - Date.parse(`${before.dueDate}T00:00:00Z`)) / 86_400_000,
      );
      due = endOfDay(calendar, shiftDay(legalDay(Date.parse(printed) - 1), days), false);
    }
  }
  return { printed, due: Date.parse(due) >= Date.parse(now.due) ? due : now.due };
}

/** The end of a day as an appointment: the first working day from it, at the end of its working hours or 24:00. */
function endOfDay(calendar: Calendar, day: string, workingHours: boolean): string {
  let d = day;
  for (let i = 0; i < 366 && !calendar.isWorkingDay(d); i++) d = shiftDay(d, 1);
  return workingHours ? appointmentDue(calendar, d) : `${shiftDay(d, 1)}T00:00:00+07:00`;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
