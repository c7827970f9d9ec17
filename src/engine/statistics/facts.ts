/**
 * The facts of a dossier the statistics read, with instants as epoch milliseconds — made once per dossier from a
 * snapshot (readable form) or straight from its persisted form (persisted.ts), so a summary of a million
 * dossiers formats and parses no instant it does not need. The ledger's entries come without their instants, which
 * are kept beside them in epoch ms (`ledgerAt`): the due instant is counted from both by the engine's one owner
 * (`sla/dueMs.ts`); the views that need the engine's own form get it from `isoLedger`.
 */
import type { Channel } from '../../calendar/index.js';
import type { Regime } from '../law.js';
import type { ClockEntry } from '../sla/ledgerCount.js';
import type {
  Delivery,
  Digitisation,
  DossierSnapshot,
  LedgerEntry,
  Outcome,
  PinnedCounting,
  StateValue,
} from '../snapshot/schema.js';
import { vnInstant } from '../time.js';

/**
 * A visit of a step as the persisted form keeps it — `[step, the step it came from or 0, start, end or 0 while the
 * step holds the dossier, plan start, plan end]`, instants in epoch seconds — so reading a persisted snapshot builds
 * no object per visit (only the warnings read visits: `visitStart`, `visitEnd`).
 */
export type VisitFacts = readonly [string, string | 0, number, number, number, number];

/** The start of a visit, in epoch ms. */
export const visitStart = (v: VisitFacts): number => Math.round(v[2] * 1000);

/** The end of a visit in epoch ms, `null` while the step holds the dossier. */
export const visitEnd = (v: VisitFacts): number | null => (v[3] === 0 ? null : Math.round(v[3] * 1000));

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
  /** The clock's ledger, its entries without their instants (those are `ledgerAt`). */
  readonly ledger: readonly ClockEntry[];
  /** The instants of the ledger's entries (epoch ms), in order. */
  readonly ledgerAt: readonly number[];
  readonly visits: readonly VisitFacts[];
  /** The results of a dossier with several (a liên thông group), or `null` for one. */
  readonly results: DossierSnapshot['results'] | null;
  /** What was digitised or reused at receipt, whether the results were digitised (`null`: nothing recorded). */
  readonly digitisation: Digitisation | null;
  /** When the fees were paid (epoch ms), and whether online (`null`: not paid, or not said). */
  readonly feePaidAt: number | null;
  readonly paidOnline: boolean | null;
  /** How the result is handed back, as recorded (`null`: the definition's first). */
  readonly delivery: Delivery | null;
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
    ledger: s.ledger.map(withoutInstant),
    ledgerAt: s.ledger.map((e) => Date.parse(e.at)),
    visits: s.visits.map(
      (v): VisitFacts => [
        v.step,
        v.from ?? 0,
        Date.parse(v.at) / 1000,
        v.end === null ? 0 : Date.parse(v.end) / 1000,
        v.plan[0],
        v.plan[1],
      ],
    ),
    results: s.results ?? null,
    digitisation: s.digitisation ?? null,
    feePaidAt: s.feePaidAt === undefined ? null : Date.parse(s.feePaidAt),
    paidOnline: s.paidOnline ?? null,
    delivery: s.delivery ?? null,
  };
}

function withoutInstant(e: LedgerEntry): ClockEntry {
  const { at: _at, ...rest } = e;
  return rest as ClockEntry;
}

/**
 * The first `count` entries of the ledger in the engine's own form (instants written in +07:00), for the views that
 * read it (a step's deadline, an apology's, a result's).
 *
 * @example
 * dossierDeadline(ctx, { limit: f.limit, receivedAt, ledger: isoLedger(f) }, at)
 */
export function isoLedger(f: DossierFacts, count = f.ledger.length): LedgerEntry[] {
  const out: LedgerEntry[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = { ...f.ledger[i]!, at: vnInstant(f.ledgerAt[i]!) } as LedgerEntry;
  return out;
}

/** The instant processing finished (as `finishInstant`: the decision wins over the return), in ms. */
export function finishOf(f: DossierFacts): number | null {
  if (f.outcome === 'refused-at-desk') return f.finishedAt;
  return f.decidedAt ?? f.finishedAt;
}
