/**
 * The dossier's due instant in epoch milliseconds, for bulk reads (the statistics): the count of ledgerCount.ts,
 * with the new appointment after an apology or an extension read through `dossierDeadline`, which owns its rules.
 */
import type { DossierContext } from '../context.js';
import type { DossierSnapshot, LedgerEntry, PauseReason } from '../snapshot/schema.js';
import { vnInstant } from '../time.js';
import { extensionOf } from './clock.js';
import { dossierDeadline } from './deadline.js';
import { baseDueMs, type ClockEntry, movedDue, originIndex } from './ledgerCount.js';

/** What {@link dossierDueMs} reads: the time limit, the receipt and the ledger with its instants (epoch ms). */
export interface DueFacts {
  readonly limit: DossierSnapshot['limit'];
  readonly receivedAt: number | null;
  readonly ledger: readonly ClockEntry[];
  /** The instants of the ledger's entries, in order. */
  readonly times: readonly number[];
}

/** The dossier's due instants in epoch ms, and what decides "late" (`lateReasons` reads either form). */
export interface DueMs {
  readonly start: number;
  /** Due after pauses, before any new appointment. */
  readonly ledgerDue: number;
  /** The due instant in force. */
  readonly due: number;
  readonly extension: { readonly kind: 'apology' | 'extension' } | null;
  readonly paused: PauseReason | null;
}

/**
 * The dossier's due instant read at an instant, in epoch milliseconds: the same count as `dossierDeadline`
 * (`due`, `ledgerDue`, the extension's kind, the pause in force), without writing a view. `null` before receipt.
 *
 * @example
 * dossierDueMs(ctx, facts, Date.parse('2026-05-04T09:00:00+07:00'))?.due // 1778724000000 (14/05 09:00)
 */
export function dossierDueMs(ctx: DossierContext, f: DueFacts, at: number): DueMs | null {
  const limit = f.limit;
  if (limit === null || f.receivedAt === null) return null;
  const ledger = f.ledger;
  if (extensionOf(ledger) !== null) {
    // A new appointment (an apology, an extension): rare; read through the view, which owns its rules.
    const iso = ledger.map((e, i) => ({ ...e, at: vnInstant(f.times[i]!) }) as LedgerEntry);
    const v = dossierDeadline(ctx, { limit, receivedAt: vnInstant(f.receivedAt), ledger: iso }, at, {
      explain: false,
    });
    if (v === null) return null;
    return {
      start: Date.parse(v.start),
      ledgerDue: Date.parse(v.ledgerDue),
      due: Date.parse(v.due),
      extension: v.extension,
      paused: v.paused,
    };
  }
  const origin = originIndex(ledger, f.times, Number.POSITIVE_INFINITY);
  if (origin < 0) return null;
  const base = baseDueMs(ctx.calendar, ctx.counting, f.times[origin]!, limit.amount, limit.unit);
  const d = movedDue(
    ctx.calendar,
    limit.unit,
    limit.amount,
    ledger,
    f.times,
    origin,
    base.start,
    base.due,
    Number.POSITIVE_INFINITY,
    at,
    null,
  );
  return { start: d.start, ledgerDue: d.due, due: d.due, extension: null, paused: d.paused };
}
