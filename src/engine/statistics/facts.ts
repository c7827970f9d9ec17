/**
 * The facts of a dossier the statistics read, with instants as epoch milliseconds — made once per dossier from a
 * snapshot (readable form) or straight from its persisted form (persisted.ts), so a summary of a million
 * dossiers formats and parses no instant it does not need. The ledger stays in the engine's own form: the due
 * instant is read from it by the engine's one owner (`sla/deadline.ts`).
 */
import type { Channel } from '../../calendar/index.js';
import type { Regime } from '../law.js';
import type {
  DossierSnapshot,
  LedgerEntry,
  Outcome,
  PinnedCounting,
  StateValue,
} from '../snapshot/schema.js';

/** A visit of a step, instants in epoch ms. */
export interface VisitFacts {
  readonly step: string;
  readonly at: number;
  /** `null` while the step holds the dossier. */
  readonly end: number | null;
  readonly plan: readonly [number, number];
}

/** What the statistics read of a dossier. */
export interface DossierFacts {
  readonly procedure: { readonly code: string; readonly version: string; readonly hash: string };
  readonly head: string;
  readonly state: StateValue;
  readonly dossierCode: string | null;
  readonly channel: Channel | null;
  readonly regime: Regime | null;
  readonly counting: PinnedCounting | null;
  readonly limit: DossierSnapshot['limit'];
  readonly submittedAt: number | null;
  readonly lastAt: number | null;
  readonly receivedAt: number | null;
  readonly decidedAt: number | null;
  readonly finishedAt: number | null;
  readonly outcome: Outcome | null;
  readonly deskSupplements: number;
  readonly supplements: number;
  readonly ledger: readonly LedgerEntry[];
  /** The instants of the ledger's entries (epoch ms), in order. */
  readonly ledgerAt: readonly number[];
  readonly visits: readonly VisitFacts[];
  /** The receipt in the engine's form (`null` before receipt), as the deadline reads it. */
  readonly receivedIso: string | null;
  /** The results of a dossier with several (a liên thông group), or `null` for one. */
  readonly results: DossierSnapshot['results'] | null;
}

const ms = (instant: string | null): number | null => (instant === null ? null : Date.parse(instant));

/**
 * The facts of a snapshot (readable form).
 *
 * @example
 * factsOfSnapshot(snapshot).receivedAt // 1772417400000
 */
export function factsOfSnapshot(s: DossierSnapshot): DossierFacts {
  return {
    procedure: s.procedure,
    head: s.head,
    state: s.state,
    dossierCode: s.dossierCode,
    channel: s.channel,
    regime: s.regime,
    counting: s.counting,
    limit: s.limit,
    submittedAt: ms(s.submittedAt),
    lastAt: ms(s.lastAt),
    receivedAt: ms(s.receivedAt),
    decidedAt: ms(s.decidedAt),
    finishedAt: ms(s.finishedAt),
    outcome: s.outcome,
    deskSupplements: s.deskSupplements,
    supplements: s.supplements,
    ledger: s.ledger,
    ledgerAt: s.ledger.map((e) => Date.parse(e.at)),
    visits: s.visits.map((v) => ({
      step: v.step,
      at: Date.parse(v.at),
      end: ms(v.end),
      plan: v.plan,
    })),
    receivedIso: s.receivedAt,
    results: s.results ?? null,
  };
}

/** The instant processing finished (as `finishInstant`: the decision wins over the return), in ms. */
export function finishOf(f: DossierFacts): number | null {
  if (f.outcome === 'refused-at-desk') return f.finishedAt;
  return f.decidedAt ?? f.finishedAt;
}
