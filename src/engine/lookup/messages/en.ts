/**
 * The citizen's lookup texts in English, by code (`vi.ts` has the same codes and parameters). Each text takes a
 * `style`: `short` for a text message, `spoken` for a telephone line read by text-to-speech (dates and times as a
 * speaker says them), `full` for the kiosk and the web page. Values are the definition's names and the dossier
 * code, as given; instants are the engine's own (`+07:00`).
 */
import type { Phase } from '../../interop/phase.js';
import type { Timeliness } from '../../sla/outcome.js';
import { spokenClockEn, spokenCodeEn, spokenDayEn } from '../spoken.js';
import { dueClock, shortDay, shortDue } from '../written.js';

/** How a text is written: a text message, a spoken line, the kiosk and the web page. */
export type Style = 'short' | 'spoken' | 'full';

/** The event a clock waits for before it starts (`timing.clockStart`). */
export type AwaitedEvent = 'FEE_PAID' | 'FINANCIAL_OBLIGATION_MET' | 'REPLY';

/** The state of one result of a dossier with several. */
export type ResultState = 'returned' | 'issued' | 'pending';

const STAGE_EN: Readonly<Record<Phase, string>> = {
  new: 'not submitted yet',
  submitted: 'submitted, waiting to be received',
  incomplete: 'not received: to be completed first',
  'refused-at-desk': 'not received (refused)',
  received: 'received',
  processing: 'being processed',
  'awaiting-supplement': 'waiting for your supplement',
  'awaiting-financial-obligation': 'waiting for your tax or fee payment',
  'result-ready': 'result ready to collect',
  refused: 'refused',
  withdrawn: 'withdrawn at your request',
  stopped: 'processing stopped',
  'result-returned': 'result handed over',
};

/** The stage in a text message: the same facts in fewer characters (70 in UCS-2). */
const STAGE_SHORT_EN: Readonly<Record<Phase, string>> = {
  ...STAGE_EN,
  submitted: 'submitted, not yet received',
  incomplete: 'not received: to complete',
  'awaiting-supplement': 'awaiting your supplement',
  'awaiting-financial-obligation': 'awaiting tax or fee payment',
};

const AWAITED_EN: Readonly<Record<AwaitedEvent, string>> = {
  FEE_PAID: 'the fees are paid',
  FINANCIAL_OBLIGATION_MET: 'the tax or fee obligation is met',
  REPLY: 'the reply of the agency consulted arrives',
};

const AWAITED_SHORT_EN: Readonly<Record<AwaitedEvent, string>> = {
  FEE_PAID: 'the fees',
  FINANCIAL_OBLIGATION_MET: 'the tax or fee payment',
  REPLY: 'a reply',
};

const OUTCOME_EN: Readonly<Record<Timeliness, string>> = {
  early: 'ahead of time',
  'on-time': 'on time',
  late: 'late',
};

/** A due instant in a style. */
const due = (at: string, style: Style): string =>
  style === 'spoken' ? spokenClockEn(at) : style === 'short' ? shortDue(at) : dueClock(at).en;
/** A day in a style. */
const day = (d: string, style: Style): string => (style === 'spoken' ? spokenDayEn(d) : shortDay(d));
const names = (list: readonly string[]): string => list.join('; ');

export const en = {
  HEAD: (p: { code: string | null; phase: Phase; style: Style }) =>
    p.code === null
      ? `Your dossier: ${(p.style === 'short' ? STAGE_SHORT_EN : STAGE_EN)[p.phase]}.`
      : p.style === 'spoken'
        ? `Dossier number ${spokenCodeEn(p.code)}. Status: ${STAGE_EN[p.phase]}.`
        : `Dossier ${p.code}: ${(p.style === 'short' ? STAGE_SHORT_EN : STAGE_EN)[p.phase]}.`,
  HOLDER: (p: { names: readonly string[]; style: Style }) =>
    p.style === 'short' ? `At ${names(p.names)}.` : `Held by: ${names(p.names)}.`,
  APPOINTMENT: (p: { due: string; style: Style }) =>
    p.style === 'short' ? `Due ${due(p.due, p.style)}.` : `Result due: ${due(p.due, p.style)}.`,
  /** The appointment's day only (a text message short of room); a period ending at 24:00 keeps its own day. */
  APPOINTMENT_DAY: (p: { due: string; style: Style }) => `Due ${shortDue(p.due).slice(6)}.`,
  WAITING: (p: { after: AwaitedEvent; style: Style }) =>
    p.style === 'short'
      ? `Time not started: awaiting ${AWAITED_SHORT_EN[p.after]}.`
      : `The time limit has not started: it counts from when ${AWAITED_EN[p.after]}.`,
  PAUSED: (p: { reason: 'supplement' | 'financial-obligation'; style: Style }) =>
    p.style === 'short'
      ? 'Time limit on hold.'
      : p.reason === 'supplement'
        ? 'The time limit is on hold until the completed dossier is back.'
        : 'The time limit is on hold until the tax or fee obligation is met.',
  OVERDUE: (p: { style: Style }) => (p.style === 'short' ? 'Overdue.' : 'The dossier is past its due time.'),
  APOLOGY: (p: { to: string; style: Style }) =>
    p.style === 'short'
      ? `Late; apology, new date ${day(p.to, p.style)}.`
      : `The dossier is late. The agency apologised and set a new date: ${day(p.to, p.style)}.`,
  /** A late notice in the fewest characters: the new day without its year. */
  APOLOGY_SHORT: (p: { to: string }) => `Late; new date ${shortDay(p.to).slice(0, 5)}.`,
  EXTENDED: (p: { to: string; style: Style }) =>
    p.style === 'short'
      ? `Extended to ${day(p.to, p.style)}.`
      : `The time limit was extended, as the procedure allows, to ${day(p.to, p.style)}.`,
  OUTCOME: (p: { outcome: Timeliness; style: Style }) =>
    p.style === 'short' ? `Resolved ${OUTCOME_EN[p.outcome]}.` : `It was resolved ${OUTCOME_EN[p.outcome]}.`,
  MISSING: (p: { names: readonly string[]; style: Style }) =>
    p.style === 'short' ? `To add: ${names(p.names)}.` : `To supplement: ${names(p.names)}.`,
  MISSING_COUNT: (p: { count: number; style: Style }) =>
    `To add: ${p.count} document${p.count === 1 ? '' : 's'}.`,
  MISSING_UNLISTED: (p: { style: Style }) =>
    p.style === 'short' ? 'See the supplement request.' : 'See the supplement request slip for what to add.',
  MISSING_ONE: (p: { index: number; name: string }) => `Document ${p.index}: ${p.name}.`,
  MISSING_MORE: (p: { count: number }) => `And ${p.count} more document${p.count === 1 ? '' : 's'}.`,
  RESULT: (p: { name: string; state: ResultState; due: string | null; style: Style }) =>
    p.state === 'returned'
      ? `${p.name}: handed over.`
      : p.state === 'issued'
        ? `${p.name}: ready to collect.`
        : p.due === null
          ? `${p.name}: in progress.`
          : `${p.name}: due ${due(p.due, p.style)}.`,
  RESULTS_COUNT: (p: { returned: number; total: number; style: Style }) =>
    `${p.returned} of ${p.total} results handed over.`,
  CODE_SPOKEN: (p: { code: string }) => spokenCodeEn(p.code),
  TIMELINE: (_: { style: Style }) => 'Timeline',
  // Timeline entries (kiosk and web).
  T_SUBMITTED: (_: Record<string, never>) => 'Dossier submitted',
  T_RECEIVED: (p: { agency: string }) => `Received by ${p.agency}`,
  T_HANDOFF: (p: { agency: string }) => `Passed to ${p.agency}`,
  T_STEP_DUE: (p: { due: string; outcome: Timeliness | null; overdue: boolean }) =>
    `(due ${shortDue(p.due)}${p.outcome !== null ? `: ${OUTCOME_EN[p.outcome]}` : p.overdue ? ', overdue' : ''})`,
  T_FEE_PAID: (_: Record<string, never>) => 'Fees paid',
  T_CLOCK_STARTED: (_: Record<string, never>) => 'Time limit starts',
  T_SUPPLEMENT_REQUESTED: (_: Record<string, never>) => 'Supplement requested; time limit on hold',
  T_SUPPLEMENT_BACK: (_: Record<string, never>) => 'Completed dossier back; time limit counted again',
  T_SUPPLEMENT_RESUMED: (_: Record<string, never>) => 'Completed dossier back; time limit runs on',
  T_PAYMENT_REQUESTED: (_: Record<string, never>) => 'Tax or fee obligation notified; time limit on hold',
  T_PAYMENT_MET: (_: Record<string, never>) => 'Tax or fee obligation met',
  T_APOLOGY: (p: { to: string }) => `Apology; new date ${shortDay(p.to)}`,
  T_EXTENSION: (p: { to: string }) => `Time limit extended to ${shortDay(p.to)}`,
  T_RESULT_ISSUED: (p: { name: string | null }) => (p.name === null ? 'Result issued' : `Issued: ${p.name}`),
  T_RESULT_RETURNED: (p: { name: string | null }) =>
    p.name === null ? 'Result handed over' : `Handed over: ${p.name}`,
  T_FINISHED: (p: { phase: Phase }) => `Ended: ${STAGE_EN[p.phase]}`,
  T_DUE: (p: { due: string; outcome: Timeliness | null }) =>
    `Due: ${shortDue(p.due)}${p.outcome === null ? '' : ` (resolved ${OUTCOME_EN[p.outcome]})`}`,
  T_DAY_OFF: (p: { summary: string }) => p.summary,
} as const;
