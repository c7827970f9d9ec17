/**
 * The dossier snapshot on the wire, in both of the engine's forms: readable (`DossierSnapshot`, what the engine
 * returns) and persisted (`PersistedSnapshot`, the compact form of `engine.persist`, ≈ 1.6 KB, what a portal
 * stores). Every route that takes a snapshot takes either form; `engine.restore` checks it (shape, then facts
 * against each other and the definition: `INVALID_SNAPSHOT` with a path). Classic zod copies of the engine's
 * schema, checked against its types in test/server/contract.test.ts.
 */
import { z } from '@hono/zod-openapi';
import { countingPolicies, durationUnits } from '../../calendar/index.js';
import type { StateValue } from '../../engine/index.js';

const instant = z.iso.datetime({ offset: true });
const channel = z.enum(['in-person', 'post', 'online']);
const pauseReason = z.enum(['supplement', 'financial-obligation']);
const outcome = z.enum(['refused-at-desk', 'refused', 'withdrawn', 'stopped', 'result-returned']);
const regime = z.enum(['decree-61-2018', 'decree-118-2025']);
const onlineOutsideHours = z.enum(['as-sent', 'next-working-instant']);
const delivery = z.enum(['desk', 'post', 'online']);
const clockEvent = z.enum(['FEE_PAID', 'FINANCIAL_OBLIGATION_MET', 'REPLY']);

/** An XState state value: a state name, or nested `{ parent: child }` objects. */
export const stateValue: z.ZodType<StateValue, StateValue> = z
  .union([
    z.string(),
    z.record(
      z.string(),
      z.lazy(() => stateValue),
    ),
  ])
  .openapi('StateValue');

export const ledgerEntry = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('start'), at: instant, seq: z.int() }),
    z.strictObject({ kind: z.literal('pause'), at: instant, seq: z.int(), reason: pauseReason }),
    z.strictObject({ kind: z.literal('resume'), at: instant, seq: z.int(), reason: pauseReason }),
    z.strictObject({ kind: z.literal('reset'), at: instant, seq: z.int() }),
    z.strictObject({
      kind: z.literal('extend'),
      at: instant,
      seq: z.int(),
      to: z.iso.date(),
      reason: z.string().max(2000),
    }),
    z.strictObject({
      kind: z.literal('prolong'),
      at: instant,
      seq: z.int(),
      to: z.iso.date(),
      reason: z.string().max(2000),
    }),
  ])
  .openapi('LedgerEntry');

export const visit = z
  .strictObject({
    step: z.string(),
    from: z.string().nullable(),
    at: instant,
    end: instant.nullable(),
    plan: z.tuple([z.number(), z.number()]),
  })
  .openapi('Visit');

/** The readable snapshot (`DossierSnapshot`, format 2). */
export const dossierSnapshot = z
  .strictObject({
    format: z.literal(2),
    procedure: z.strictObject({ code: z.string(), version: z.string(), hash: z.string() }),
    calendarVersion: z.string(),
    seq: z.int().min(0),
    lastAt: instant.nullable(),
    head: z.string().regex(/^[0-9a-f]{64}$/),
    state: stateValue,
    channel: channel.nullable(),
    regime: regime.nullable(),
    submittedAt: instant.nullable(),
    receivedAt: instant.nullable(),
    dossierCode: z.string().nullable(),
    limit: z.strictObject({ amount: z.number().min(0), unit: z.enum(durationUnits) }).nullable(),
    consultation: z.enum(['parallel', 'sequential']),
    counting: z
      .strictObject({
        policy: z.enum(countingPolicies),
        cutoff: z
          .string()
          .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)
          .nullable(),
        onlineOutsideHours,
      })
      .nullable(),
    conditions: z.record(z.string(), z.boolean()),
    deskSupplements: z.int().min(0),
    supplements: z.int().min(0),
    decidedAt: instant.nullable(),
    finishedAt: instant.nullable(),
    outcome: outcome.nullable(),
    ledger: z.array(ledgerEntry),
    visits: z.array(visit),
    migratedFrom: z
      .array(z.strictObject({ version: z.string(), hash: z.string(), at: instant, seq: z.int() }))
      .optional(),
    implementer: z.string().optional(),
    delivery: delivery.optional(),
    feePaidAt: instant.optional(),
    paidOnline: z.boolean().optional(),
    startAfter: z.strictObject({ after: clockEvent, step: z.string().optional() }).optional(),
    results: z
      .array(z.strictObject({ id: z.string(), issuedAt: instant.nullable(), returnedAt: instant.nullable() }))
      .optional(),
    digitisation: z
      .strictObject({
        documents: z.record(z.string(), z.enum(['digitised', 'reused', 'paper'])).optional(),
        result: z.boolean().optional(),
        results: z.record(z.string(), z.boolean()).optional(),
      })
      .optional(),
  })
  .openapi('DossierSnapshot', { description: 'The readable snapshot (docs/engine.md §8)' });

const secs = z.number();
const ledgerLine = z.array(z.union([z.string(), z.number()]));

/** The persisted snapshot (`PersistedSnapshot`): instants as epoch seconds, tuples, short keys. */
export const persistedSnapshot = z
  .object({
    v: z.literal(2),
    p: z.tuple([z.string(), z.string(), z.string()]),
    k: z.string(),
    n: z.number(),
    t: secs.nullable(),
    h: z.string(),
    s: stateValue,
    ch: channel.nullable(),
    r: regime.nullable(),
    sa: secs.nullable(),
    ra: secs.nullable(),
    dc: z.string().nullable(),
    l: z.tuple([z.number(), z.enum(durationUnits)]).nullable(),
    cm: z.enum(['p', 's']),
    ct: z.tuple([z.enum(countingPolicies), z.string().nullable(), onlineOutsideHours]).optional(),
    cd: z.record(z.string(), z.boolean()),
    ds: z.number(),
    su: z.number(),
    da: secs.nullable(),
    fa: secs.nullable(),
    o: outcome.nullable(),
    lg: z.array(ledgerLine),
    vs: z.array(
      z.tuple([
        z.string(),
        z.union([z.string(), z.literal(0)]),
        z.number(),
        z.number(),
        z.number(),
        z.number(),
      ]),
    ),
    m: z.array(z.tuple([z.string(), z.string(), z.number(), z.number()])).optional(),
    im: z.string().optional(),
    dl: delivery.optional(),
    fp: z.number().optional(),
    po: z.union([z.literal(0), z.literal(1)]).optional(),
    sw: z.tuple([clockEvent, z.union([z.string(), z.literal(0)])]).optional(),
    rs: z.array(z.tuple([z.string(), z.number(), z.number()])).optional(),
    dg: z
      .strictObject({
        d: z.record(z.string(), z.enum(['d', 'r', 'p'])).optional(),
        r: z.union([z.literal(0), z.literal(1)]).optional(),
        rs: z.record(z.string(), z.union([z.literal(0), z.literal(1)])).optional(),
      })
      .optional(),
  })
  .openapi('PersistedSnapshot', { description: 'The compact stored form of engine.persist (≈ 1.6 KB)' });

/** A snapshot in either form. */
export const anySnapshot = z.union([persistedSnapshot, dossierSnapshot]).openapi('AnySnapshot');
