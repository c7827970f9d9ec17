/**
 * The persisted form of a snapshot: the same facts as {@link DossierSnapshot}, in compact JSON (instants as epoch
 * seconds, visits and ledger lines as tuples, short keys) so a dossier's state costs a couple of kilobytes at most
 * in the portal's store. `persistSnapshot` and `restoreSnapshot` are exact inverses for snapshots the engine made
 * (the engine stores every instant in its +07:00 form).
 *
 * @example
 * const row = JSON.stringify(engine.persist(snapshot)); // ≈ 1.5 KB for a 20-event interagency dossier
 * const again = engine.restore(JSON.parse(row));
 */
import { z } from 'zod';
import { vnInstant } from './regime.js';
import {
  countingSchema,
  type DossierSnapshot,
  type LedgerEntry,
  outcomeSchema,
  pauseReasonSchema,
  regimeSchema,
  stateValueSchema,
  type Visit,
} from './snapshot.js';

const secs = z.number();
const units = ['working-days', 'working-hours', 'calendar-days', 'months'] as const;

export const persistedSnapshotSchema = z.strictObject({
  v: z.literal(1),
  p: z.tuple([z.string(), z.string(), z.string()]),
  k: z.string(),
  n: z.int().min(0),
  t: secs.nullable(),
  s: stateValueSchema,
  ch: z.enum(['in-person', 'post', 'online']).nullable(),
  r: regimeSchema.nullable(),
  sa: secs.nullable(),
  ra: secs.nullable(),
  dc: z.string().nullable(),
  l: z.tuple([z.number().min(0), z.enum(units)]).nullable(),
  cm: z.enum(['p', 's']),
  /** Counting fixed at receipt: [policy, cut-off, online outside hours]; absent before receipt. */
  ct: z
    .tuple([
      countingSchema.shape.policy,
      countingSchema.shape.cutoff,
      countingSchema.shape.onlineOutsideHours,
    ])
    .optional(),
  cd: z.record(z.string(), z.boolean()),
  ds: z.int().min(0),
  su: z.int().min(0),
  da: secs.nullable(),
  fa: secs.nullable(),
  o: outcomeSchema.nullable(),
  /** [kind, at, seq, reason | to, reason]. */
  lg: z.array(
    z.union([
      z.tuple([z.enum(['start', 'reset']), secs, z.int()]),
      z.tuple([z.enum(['pause', 'resume']), secs, z.int(), pauseReasonSchema]),
      z.tuple([z.literal('extend'), secs, z.int(), z.iso.date(), z.string()]),
    ]),
  ),
  /** [step, from (0: none), at, end (0: open), plan start, plan end]. */
  vs: z.array(z.tuple([z.string(), z.union([z.string(), z.literal(0)]), secs, secs, z.number(), z.number()])),
  m: z.array(z.tuple([z.string(), z.string(), secs])).optional(),
});
export type PersistedSnapshot = z.infer<typeof persistedSnapshotSchema>;

const toSecs = (instant: string): number => Date.parse(instant) / 1000;
const toSecsOrNull = (instant: string | null): number | null => (instant === null ? null : toSecs(instant));
const fromSecs = (s: number): string => vnInstant(Math.round(s * 1000));
const fromSecsOrNull = (s: number | null): string | null => (s === null ? null : fromSecs(s));

/** The compact persisted form of a snapshot. */
export function persistSnapshot(s: DossierSnapshot): PersistedSnapshot {
  return {
    v: 1,
    p: [s.procedure.code, s.procedure.version, s.procedure.hash],
    k: s.calendarVersion,
    n: s.seq,
    t: toSecsOrNull(s.lastAt),
    s: s.state,
    ch: s.channel,
    r: s.regime,
    sa: toSecsOrNull(s.submittedAt),
    ra: toSecsOrNull(s.receivedAt),
    dc: s.dossierCode,
    l: s.limit ? [s.limit.amount, s.limit.unit] : null,
    cm: s.consultation === 'parallel' ? 'p' : 's',
    ...(s.counting ? { ct: [s.counting.policy, s.counting.cutoff, s.counting.onlineOutsideHours] } : {}),
    cd: s.conditions,
    ds: s.deskSupplements,
    su: s.supplements,
    da: toSecsOrNull(s.decidedAt),
    fa: toSecsOrNull(s.finishedAt),
    o: s.outcome,
    lg: s.ledger.map((e): PersistedSnapshot['lg'][number] => {
      if (e.kind === 'start' || e.kind === 'reset') return [e.kind, toSecs(e.at), e.seq];
      if (e.kind === 'extend') return ['extend', toSecs(e.at), e.seq, e.to, e.reason];
      return [e.kind, toSecs(e.at), e.seq, e.reason];
    }),
    vs: s.visits.map((v) => [
      v.step,
      v.from ?? 0,
      toSecs(v.at),
      v.end === null ? 0 : toSecs(v.end),
      v.plan[0],
      v.plan[1],
    ]),
    ...(s.migratedFrom
      ? { m: s.migratedFrom.map((m) => [m.version, m.hash, toSecs(m.at)] as [string, string, number]) }
      : {}),
  };
}

/** The snapshot of a persisted form (validated). */
export function restorePersisted(p: PersistedSnapshot): DossierSnapshot {
  const ledger = p.lg.map((e): LedgerEntry => {
    if (e[0] === 'extend') return { kind: 'extend', at: fromSecs(e[1]), seq: e[2], to: e[3], reason: e[4] };
    if (e[0] === 'pause' || e[0] === 'resume')
      return { kind: e[0], at: fromSecs(e[1]), seq: e[2], reason: e[3] };
    return { kind: e[0], at: fromSecs(e[1]), seq: e[2] };
  });
  const visits = p.vs.map(
    (v): Visit => ({
      step: v[0],
      from: v[1] === 0 ? null : v[1],
      at: fromSecs(v[2]),
      end: v[3] === 0 ? null : fromSecs(v[3]),
      plan: [v[4], v[5]],
    }),
  );
  return {
    format: 1,
    procedure: { code: p.p[0], version: p.p[1], hash: p.p[2] },
    calendarVersion: p.k,
    seq: p.n,
    lastAt: fromSecsOrNull(p.t),
    state: p.s,
    channel: p.ch,
    regime: p.r,
    submittedAt: fromSecsOrNull(p.sa),
    receivedAt: fromSecsOrNull(p.ra),
    dossierCode: p.dc,
    limit: p.l ? { amount: p.l[0], unit: p.l[1] } : null,
    consultation: p.cm === 'p' ? 'parallel' : 'sequential',
    counting: p.ct ? { policy: p.ct[0], cutoff: p.ct[1], onlineOutsideHours: p.ct[2] } : null,
    conditions: p.cd,
    deskSupplements: p.ds,
    supplements: p.su,
    decidedAt: fromSecsOrNull(p.da),
    finishedAt: fromSecsOrNull(p.fa),
    outcome: p.o,
    ledger,
    visits,
    ...(p.m ? { migratedFrom: p.m.map(([version, hash, at]) => ({ version, hash, at: fromSecs(at) })) } : {}),
  };
}
