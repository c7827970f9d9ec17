/**
 * The timeline of a dossier for the kiosk and the web page (quá trình giải quyết): what happened, in order, each
 * handoff against its own deadline, the appointment in force, the clock's pauses and restarts, and the days off
 * the appointment skips — each entry on a day off marked with the calendar's own description of it (`dayInfo`).
 * Built from the lookup's facts only (the allow-list), so it shows no more than the text does.
 */
import { type Calendar, dayInfo } from '../../calendar/index.js';
import type { Timeliness } from '../sla/outcome.js';
import { legalDay, vnClock } from '../time.js';
import type { LookupFacts, LookupLabel } from './facts.js';
import { say } from './messages/index.js';
import { shortDay } from './written.js';

/** What a timeline entry records. */
export type TimelineKind =
  | 'submitted'
  | 'received'
  | 'handoff'
  | 'fee-paid'
  | 'clock-start'
  | 'supplement-requested'
  | 'supplement-back'
  | 'supplement-resumed'
  | 'payment-requested'
  | 'payment-met'
  | 'apology'
  | 'extension'
  | 'result-issued'
  | 'result-returned'
  | 'finished'
  | 'due'
  | 'day-off';

/** One entry of the timeline. */
export interface TimelineEntry {
  readonly kind: TimelineKind;
  /** The instant (`+07:00`); for a day off, the start of the day. */
  readonly at: string;
  /** The legal day of the entry (a due instant at midnight belongs to the day before: 24:00). */
  readonly day: string;
  readonly text: string;
  /** The deadline it is judged against: a handoff's own, the dossier's appointment. */
  readonly due: string | null;
  readonly outcome: Timeliness | null;
  readonly overdue: boolean;
  /** The calendar's description of the day when the entry falls on a day off (or is one), else `null`. */
  readonly dayOff: string | null;
}

/**
 * The timeline of a dossier in a language, in time order.
 *
 * @example
 * timeline(calendar, facts, 'vi').map((e) => e.text)
 * // ['Nộp hồ sơ', 'Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ (hạn 14:40 10/02/2026: đúng hạn)', …]
 */
export function timeline(calendar: Calendar, facts: LookupFacts, lang: 'vi' | 'en'): TimelineEntry[] {
  const name = (l: LookupLabel) => l[lang];
  const out: TimelineEntry[] = [];
  const add = (
    kind: TimelineKind,
    at: string,
    text: string,
    extra: Partial<Pick<TimelineEntry, 'due' | 'outcome' | 'overdue' | 'day'>> = {},
  ) => {
    const day = extra.day ?? legalDay(at);
    const info = dayInfo(calendar, day);
    out.push({
      kind,
      at,
      day,
      text,
      due: extra.due ?? null,
      outcome: extra.outcome ?? null,
      overdue: extra.overdue ?? false,
      dayOff: info.working ? null : info.summary[lang],
    });
  };
  if (facts.submittedAt !== null) add('submitted', facts.submittedAt, say(lang, 'T_SUBMITTED', {}));
  for (const v of facts.visits) {
    if (v.sameAgency) continue;
    const head = v.first
      ? say(lang, 'T_RECEIVED', { agency: name(v.agency) })
      : say(lang, 'T_HANDOFF', { agency: name(v.agency) });
    const judged =
      v.due === null
        ? ''
        : ` ${say(lang, 'T_STEP_DUE', { due: v.due, outcome: v.outcome, overdue: v.overdue })}`;
    add(v.first ? 'received' : 'handoff', v.at, head + judged, {
      due: v.due,
      outcome: v.outcome,
      overdue: v.overdue,
    });
  }
  if (facts.feePaidAt !== null) add('fee-paid', facts.feePaidAt, say(lang, 'T_FEE_PAID', {}));
  const clock = facts.clock;
  clock.forEach((e, i) => {
    if (e.kind === 'start') {
      // The receipt starts the clock (Art. 17(3)); a start after it is the awaited event's (fees, a reply).
      if (e.at !== facts.receivedAt) add('clock-start', e.at, say(lang, 'T_CLOCK_STARTED', {}));
    } else if (e.kind === 'pause') {
      if (e.reason === 'supplement')
        add('supplement-requested', e.at, say(lang, 'T_SUPPLEMENT_REQUESTED', {}));
      else add('payment-requested', e.at, say(lang, 'T_PAYMENT_REQUESTED', {}));
    } else if (e.kind === 'resume') {
      const restarted = clock[i + 1]?.kind === 'reset' && clock[i + 1]?.at === e.at;
      if (e.reason === 'financial-obligation') add('payment-met', e.at, say(lang, 'T_PAYMENT_MET', {}));
      else if (!restarted) add('supplement-resumed', e.at, say(lang, 'T_SUPPLEMENT_RESUMED', {}));
    } else if (e.kind === 'reset') add('supplement-back', e.at, say(lang, 'T_SUPPLEMENT_BACK', {}));
    else if (e.kind === 'extend') add('apology', e.at, say(lang, 'T_APOLOGY', { to: e.to ?? '' }));
    else add('extension', e.at, say(lang, 'T_EXTENSION', { to: e.to ?? '' }));
  });
  if (facts.results.length > 0) {
    for (const r of facts.results) {
      if (r.issuedAt !== null)
        add('result-issued', r.issuedAt, say(lang, 'T_RESULT_ISSUED', { name: name(r.name) }), {
          outcome: r.outcome,
        });
      if (r.returnedAt !== null)
        add('result-returned', r.returnedAt, say(lang, 'T_RESULT_RETURNED', { name: name(r.name) }));
    }
  } else {
    if (facts.decidedAt !== null)
      add('result-issued', facts.decidedAt, say(lang, 'T_RESULT_ISSUED', { name: null }));
    if (facts.phase === 'result-returned' && facts.finishedAt !== null)
      add('result-returned', facts.finishedAt, say(lang, 'T_RESULT_RETURNED', { name: null }));
  }
  // Ended without a result: the appointment no longer applies, nor the days off it skipped.
  const ended =
    facts.phase === 'refused' ||
    facts.phase === 'refused-at-desk' ||
    facts.phase === 'withdrawn' ||
    facts.phase === 'stopped';
  if (ended && facts.finishedAt !== null)
    add('finished', facts.finishedAt, say(lang, 'T_FINISHED', { phase: facts.phase }));
  if (facts.due !== null && !ended) {
    const midnight = facts.due.slice(11, 19) === '00:00:00';
    add('due', facts.due, say(lang, 'T_DUE', { due: facts.due, outcome: facts.outcome }), {
      due: facts.due,
      outcome: facts.outcome,
      overdue: facts.overdue,
      day: midnight ? legalDay(Date.parse(facts.due) - 1) : legalDay(facts.due),
    });
  }
  if (!ended)
    for (const d of facts.daysOff)
      add('day-off', `${d.date}T00:00:00+07:00`, say(lang, 'T_DAY_OFF', { summary: d.summary[lang] }));
  // In time order; on the same instant, the order written above (a stable sort).
  return out
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => Date.parse(a.at) - Date.parse(b.at) || i - j)
    .map(([e]) => e);
}

/**
 * One line of a timeline entry: when, what, and the day off it falls on.
 *
 * @example
 * timelineLine(entry) //=> '09:10 10/02/2026 Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ (hạn …)'
 */
export function timelineLine(entry: TimelineEntry): string {
  if (entry.kind === 'day-off') return `${shortDay(entry.day)} ${entry.text}`;
  // The appointment's text carries its own instant (24:00 for a period ending at midnight).
  const when = entry.kind === 'due' ? '' : `${vnClock(entry.at)} `;
  return `${when}${entry.text}${entry.dayOff === null ? '' : ` [${entry.dayOff}]`}`;
}
