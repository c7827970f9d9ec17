/**
 * What the holder of a dossier code may be told — the one rule the lookup channels (text message, telephone,
 * kiosk, web page), the example portal's lookup page and the HTTP server's lookup endpoint share. The dossier code
 * is all the caller proves, so the lookup shows the state of the dossier and nothing of the people or the work
 * inside the agencies: no officer or actor (events name agencies only, and agencies are shown by the name the
 * definition gives them, never by id), no free text typed by an officer (the apology's or an extension's reason,
 * refusal reasons, return reasons, opinions, notes, supplement lines — the snapshot keeps only the first two, and
 * they are not read), no form values, no internal fields (hash chain, counting, plan, conditions, migrations).
 *
 * {@link lookupAllowList} writes the rule down as data: every field of the snapshot, the definition and the engine's
 * SLA answer that {@link lookupFacts} reads, and whether it is shown or only used to look another up. A test seeds
 * every other field with marker strings and checks that no message of any channel contains one.
 */
import type { DayInfo } from '../../calendar/index.js';
import { badArgument } from '../check.js';
import type { DossierContext } from '../context.js';
import type { Phase } from '../interop/phase.js';
import type { Timeliness } from '../sla/outcome.js';
import { slaStatus } from '../sla/status.js';
import type { DossierSnapshot, PauseReason } from '../snapshot/schema.js';
import type { AwaitedEvent, ResultState } from './messages/index.js';

/** A name in both languages (English falls back to the Vietnamese the definition gives). */
export interface LookupLabel {
  readonly vi: string;
  readonly en: string;
}

/** One entry of the allow-list: where a value is read, and whether the citizen sees it or it only finds another. */
export interface AllowedField {
  readonly source: 'snapshot' | 'definition' | 'engine';
  readonly path: string;
  readonly shown: boolean;
}

const f = (source: AllowedField['source'], path: string, shown = true): AllowedField => ({
  source,
  path,
  shown,
});

/**
 * Every value the lookup reads (the engine's SLA answer is computed from the whole snapshot by the one owner of
 * the due instant, `sla/deadline.ts`; of that answer only the paths below are read). Anything not listed is never
 * read by the message builder: ledger reasons, `conditions`, `counting`, `head`, `procedure.hash`, `calendarVersion`,
 * `visits[].plan`, `migratedFrom`, `implementer`, `delivery`, `channel`, and every field of the definition not
 * named (step names, fields, fees, checks, notes, legal basis).
 */
export const lookupAllowList: readonly AllowedField[] = [
  f('snapshot', 'dossierCode'),
  f('snapshot', 'state', false),
  f('snapshot', 'submittedAt'),
  f('snapshot', 'receivedAt'),
  f('snapshot', 'decidedAt'),
  f('snapshot', 'finishedAt'),
  f('snapshot', 'visits[].step', false),
  f('snapshot', 'visits[].from', false),
  f('snapshot', 'visits[].at'),
  f('snapshot', 'visits[].end'),
  f('snapshot', 'ledger[].kind'),
  f('snapshot', 'ledger[].at'),
  f('snapshot', 'ledger[].reason of pause and resume (supplement | financial-obligation)'),
  f('snapshot', 'ledger[].to (apology and extension: the new day)'),
  f('snapshot', 'results[].id', false),
  f('snapshot', 'results[].issuedAt'),
  f('snapshot', 'results[].returnedAt'),
  f('snapshot', 'feePaidAt'),
  f('definition', 'code'),
  f('definition', 'name'),
  f('definition', 'roles.desk', false),
  f('definition', 'agencies[].id', false),
  f('definition', 'agencies[].name'),
  f('definition', 'steps[].id', false),
  f('definition', 'steps[].agency', false),
  f('definition', 'documents[].id', false),
  f('definition', 'documents[].name'),
  f('definition', 'results[].id', false),
  f('definition', 'results[].name'),
  f('engine', 'slaStatus.phase'),
  f('engine', 'slaStatus.waiting.after'),
  f('engine', 'slaStatus.dossier.due'),
  f('engine', 'slaStatus.dossier.level'),
  f('engine', 'slaStatus.dossier.outcome'),
  f('engine', 'slaStatus.dossier.lateBecause', false),
  f('engine', 'slaStatus.dossier.extension.{kind,to,due}'),
  f('engine', 'slaStatus.dossier.deadline.paused'),
  f('engine', 'slaStatus.dossier.deadline.daysOff'),
  f('engine', 'slaStatus.steps[].{due,outcome,overdue}'),
  f('engine', 'slaStatus.results[].{due,outcome,overdue}'),
];

/** A handoff as the citizen sees it: which agency had the dossier, from when to when, against its own deadline. */
export interface LookupVisit {
  readonly agency: LookupLabel;
  readonly first: boolean;
  /** Handed over within the same agency (from one of its steps to another): not a handoff the citizen sees. */
  readonly sameAgency: boolean;
  readonly at: string;
  readonly end: string | null;
  readonly due: string | null;
  readonly outcome: Timeliness | null;
  readonly overdue: boolean;
}

/** A line of the clock: started, paused and resumed (why: supplement or payment), restarted, a new appointment. */
export interface LookupClockEntry {
  readonly kind: 'start' | 'pause' | 'resume' | 'reset' | 'extend' | 'prolong';
  readonly at: string;
  readonly reason: PauseReason | null;
  /** The new appointment day (`extend`: after an apology; `prolong`: the procedure's own extension). */
  readonly to: string | null;
}

/** One result of a dossier with several, as the citizen sees it. */
export interface LookupResult {
  readonly name: LookupLabel;
  readonly state: ResultState;
  readonly due: string | null;
  readonly overdue: boolean;
  readonly outcome: Timeliness | null;
  readonly issuedAt: string | null;
  readonly returnedAt: string | null;
}

/** What the holder of the dossier code may see: the only input of every channel's text. */
export interface LookupFacts {
  readonly dossierCode: string | null;
  readonly procedure: { readonly code: string; readonly name: LookupLabel };
  readonly phase: Phase;
  /** The agencies holding the dossier now (several during a consultation); the desk before receipt. */
  readonly holders: readonly LookupLabel[];
  readonly submittedAt: string | null;
  readonly receivedAt: string | null;
  readonly decidedAt: string | null;
  /** When the dossier ended (the result handed back, the refusal, the stop, the withdrawal), or `null`. */
  readonly finishedAt: string | null;
  /** The appointment in force (after an apology, the new one), from the engine; `null` before the clock starts. */
  readonly due: string | null;
  /** The clock stands still now, and why. */
  readonly paused: PauseReason | null;
  /** The clock has not started: the event it waits for (the fees paid, a reply). */
  readonly waiting: AwaitedEvent | null;
  /** Open and past the appointment in force (strictly after the due instant). */
  readonly overdue: boolean;
  /** Early / on time / late once processing finished (the engine's rule: an apology makes it late). */
  readonly outcome: Timeliness | null;
  /** A new appointment: after an apology (the dossier is late) or as the procedure allows (it is not). */
  readonly newAppointment: {
    readonly kind: 'apology' | 'extension';
    readonly day: string;
    readonly due: string;
  } | null;
  /**
   * While a supplement is awaited (before receipt, or during processing): the documents named by the caller, by
   * their names in the definition (`[]`: not listed — the supplement slip says what); otherwise `null`.
   */
  readonly missing: readonly LookupLabel[] | null;
  readonly results: readonly LookupResult[];
  readonly visits: readonly LookupVisit[];
  readonly clock: readonly LookupClockEntry[];
  readonly feePaidAt: string | null;
  /** Days off the appointment skips (holidays, compensatory and closed days), as the calendar describes them. */
  readonly daysOff: readonly DayInfo[];
}

const label = (name: { readonly vi: string; readonly en?: string | undefined }): LookupLabel => ({
  vi: name.vi,
  en: name.en ?? name.vi,
});

/**
 * The facts of a dossier its code's holder may see, at an instant (epoch ms, checked): the allow-list applied.
 * `missing` names documents of the definition by id (a supplement asked for them); an id the definition does not
 * have is refused (`INVALID_ARGUMENT`, path `missing`).
 *
 * @example
 * lookupFacts(ctx, snapshot, Date.parse('2026-02-12T10:00:00+07:00')).holders[0]?.vi
 * //=> 'Chi nhánh Văn phòng đăng ký đất đai'
 */
export function lookupFacts(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  at: number,
  missing: readonly string[] = [],
): LookupFacts {
  const d = ctx.compiled.procedure.definition;
  const agencyLabel = (id: string): LookupLabel => {
    const a = d.agencies.find((x) => x.id === id);
    // Every step names an agency of the definition (lint UNKNOWN_AGENCY); an id is never shown.
    return a === undefined ? { vi: '', en: '' } : label(a.name);
  };
  const stepAgency = (step: string): string => ctx.compiled.steps.get(step)?.agency ?? '';
  const sla = slaStatus(ctx, snapshot, at);
  const phase = sla.phase;
  const dossier = sla.dossier;

  const open = snapshot.visits.filter((v) => v.end === null);
  const holderIds =
    phase === 'submitted' || phase === 'incomplete'
      ? [d.roles.desk]
      : [...new Set(open.map((v) => stepAgency(v.step)))];

  const documents = new Map(d.documents.map((doc) => [doc.id, doc] as const));
  const supplementAwaited = phase === 'incomplete' || phase === 'awaiting-supplement';
  const missingLabels = missing.map((id) => {
    const doc = documents.get(id);
    if (doc === undefined) throw badArgument('missing', 'document-ids', id);
    return label(doc.name);
  });

  const finished = dossier?.finishedAt ?? null;
  const extension = dossier?.extension ?? null;
  const visits = snapshot.visits.map((v, i): LookupVisit => {
    const s = sla.steps[i]!;
    return {
      agency: agencyLabel(stepAgency(v.step)),
      first: v.from === null,
      sameAgency: v.from !== null && stepAgency(v.from) === stepAgency(v.step),
      at: v.at,
      end: v.end,
      due: s.due,
      outcome: s.outcome,
      overdue: s.overdue,
    };
  });
  const results = (snapshot.results ?? []).map((r, i): LookupResult => {
    const s = sla.results[i]!;
    const def = ctx.compiled.results.get(r.id);
    return {
      name: def === undefined ? { vi: '', en: '' } : label(def.name),
      state: r.returnedAt !== null ? 'returned' : r.issuedAt !== null ? 'issued' : 'pending',
      due: s.due,
      overdue: s.overdue,
      outcome: s.outcome,
      issuedAt: r.issuedAt,
      returnedAt: r.returnedAt,
    };
  });
  const clock = snapshot.ledger
    .filter((e) => Date.parse(e.at) <= at)
    .map(
      (e): LookupClockEntry => ({
        kind: e.kind,
        at: e.at,
        reason: e.kind === 'pause' || e.kind === 'resume' ? e.reason : null,
        to: e.kind === 'extend' || e.kind === 'prolong' ? e.to : null,
      }),
    );
  return {
    dossierCode: snapshot.dossierCode,
    procedure: { code: d.code, name: label(d.name) },
    phase,
    holders: holderIds.filter((id) => id !== '').map(agencyLabel),
    submittedAt: snapshot.submittedAt,
    receivedAt: snapshot.receivedAt,
    decidedAt: snapshot.decidedAt,
    finishedAt: snapshot.finishedAt,
    due: dossier?.due ?? null,
    paused: finished === null ? (dossier?.deadline.paused ?? null) : null,
    waiting: sla.waiting?.after ?? null,
    overdue: finished === null && dossier?.level === 'overdue',
    outcome: dossier?.outcome ?? null,
    newAppointment:
      extension === null ? null : { kind: extension.kind, day: extension.to, due: extension.due },
    missing: supplementAwaited ? missingLabels : null,
    results,
    visits,
    clock,
    feePaidAt: snapshot.feePaidAt ?? null,
    daysOff: dossier?.deadline.daysOff ?? [],
  };
}
