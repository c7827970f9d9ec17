/**
 * The one owner of "late": early / on time / late of a finish instant against a due instant (domain notes §6), and
 * why a dossier counts late — every view (the SLA status, the control sheet, the statistics) asks here.
 */
import type { DossierSnapshot } from '../snapshot/schema.js';
import { legalDayNumber } from '../time.js';
import type { DeadlineView } from './deadline.js';

/** What decides "late": a deadline view, or the same due instants in epoch ms (`dossierDueMs`, the statistics). */
export type DueReading =
  | Pick<DeadlineView, 'due' | 'ledgerDue' | 'extension'>
  | {
      readonly due: number;
      readonly ledgerDue: number;
      readonly extension: { readonly kind: 'apology' | 'extension' } | null;
    };

const ms = (instant: string | number): number =>
  typeof instant === 'number' ? instant : Date.parse(instant);

/** Result of a dossier or a step: trước hạn / đúng hạn / quá hạn. */
export type Timeliness = 'early' | 'on-time' | 'late';

/**
 * Classifies a finish instant against a due instant (domain notes §6): late when after the due instant; early
 * when finished on a day before the due day; on time on the due day, not after the due instant.
 *
 * @example
 * timeliness('2026-03-02T16:00:00+07:00', '2026-03-02T17:00:00+07:00') // 'on-time'
 * timeliness('2026-02-27T16:00:00+07:00', '2026-03-02T17:00:00+07:00') // 'early'
 */
export function timeliness(finish: string | number, due: string | number): Timeliness {
  const f = ms(finish);
  const d = ms(due);
  if (f > d) return 'late';
  return legalDayNumber(f) < legalDayNumber(d - 1) ? 'early' : 'on-time';
}

/** Why a dossier counts late. */
export type LateReason = 'after-due' | 'apology' | 'several-supplements';

/**
 * Why a dossier finishing at `finish` counts late — the one rule every view applies: after the due instant of
 * the ledger (the appointment before any apology); apologised and given a new appointment (Decree 118/2025
 * Art. 19(6): the dossier is late, the apology says so); more than one supplement request (Decision 766/QĐ-TTg).
 *
 * @example
 * lateReasons(snapshot, Date.parse(snapshot.decidedAt!), view) // ['apology']
 */
export function lateReasons(
  snapshot: Pick<DossierSnapshot, 'supplements'>,
  finish: number,
  view: DueReading,
): LateReason[] {
  const out: LateReason[] = [];
  // The procedure's own extension (`EXTEND`, e.g. Decree 23/2015 Art. 21) moves the due instant lawfully; an
  // apology's new appointment does not (the dossier is late, and the apology says so).
  const lawful = view.extension?.kind === 'extension' ? view.due : view.ledgerDue;
  if (finish > ms(lawful)) out.push('after-due');
  // An apology says the dossier is late; the procedure's own extension does not.
  if (view.extension?.kind === 'apology') out.push('apology');
  if (snapshot.supplements > 1) out.push('several-supplements');
  return out;
}

/**
 * Early, on time or late for a dossier finishing at `finish`: late for any of {@link lateReasons}, else by
 * {@link timeliness} against the due instant.
 */
export function outcomeOf(
  snapshot: Pick<DossierSnapshot, 'supplements'>,
  finish: number,
  view: DueReading,
): { readonly outcome: Timeliness; readonly lateBecause: readonly LateReason[] } {
  const lateBecause = lateReasons(snapshot, finish, view);
  return { outcome: lateBecause.length > 0 ? 'late' : timeliness(finish, view.due), lateBecause };
}

/** The instant processing finished: the decision ("processed" wins over "returned"), or the terminal event. */
export function finishInstant(
  snapshot: Pick<DossierSnapshot, 'outcome' | 'finishedAt' | 'decidedAt'>,
): string | null {
  if (snapshot.outcome === 'refused-at-desk') return snapshot.finishedAt;
  return snapshot.decidedAt ?? snapshot.finishedAt;
}

/** The instant deadlines are read at by default: when processing ended, else the last event. */
export function defaultReadAt(snapshot: DossierSnapshot): number {
  const end = finishInstant(snapshot) ?? snapshot.lastAt;
  return end === null ? 0 : Date.parse(end);
}
