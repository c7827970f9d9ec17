/**
 * The dossier's events on the wire: the engine's `eventSchema` (zod/mini) written again in classic zod for the
 * OpenAPI document. test/server/contract.test.ts checks both ways that the inferred type is the engine's
 * `DossierEvent`, and that both schemas give the same JSON Schema, so the two cannot drift. The engine itself
 * checks every posted event (`applyEvent`, `replay`): its refusals are the engine's `INVALID_EVENT` with a path.
 */
import { z } from '@hono/zod-openapi';

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

const f = {
  seq: z.int().min(1).max(1_000_000),
  at: z.iso.datetime({ offset: true }),
  id: z.string().regex(ID),
  text: z.string().min(1).max(2000),
  code: z.string().min(1).max(64),
  channel: z.enum(['in-person', 'post', 'online']),
  consultation: z.enum(['parallel', 'sequential']),
  stopReason: z.enum(['supplement-not-completed', 'other']),
  items: z.array(z.string().min(1).max(2000)).min(1).max(100),
  reasons: z.array(z.string().min(1).max(2000)).min(1).max(50),
  amount: z.int().min(0),
  day: z.iso.date(),
  fields: z.record(z.string().max(64), z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()])),
  steps: z.record(z.string().regex(ID), z.string().regex(ID)),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  definition: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  version: z.string().min(1).max(64),
  delivery: z.enum(['desk', 'post', 'online']),
  yes: z.boolean(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  documents: z.record(z.string().regex(ID), z.enum(['digitised', 'reused', 'paper'])),
};

const base = { seq: f.seq, at: f.at, hash: f.hash.optional() };
const by = f.id;
const step = f.id.optional();

/** An event of a dossier (`DossierEvent`). */
export const dossierEvent = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('SUBMIT'),
      ...base,
      channel: f.channel,
      implementer: f.id.optional(),
      delivery: f.delivery.optional(),
    }),
    z.strictObject({
      type: z.literal('RECEIVE'),
      ...base,
      by,
      dossierCode: f.code,
      fields: f.fields.optional(),
      consultation: f.consultation.optional(),
      documents: f.documents.optional(),
    }),
    z.strictObject({ type: z.literal('FORWARD'), ...base, by, step, to: f.id.optional() }),
    z.strictObject({ type: z.literal('CONSULT'), ...base, by, step }),
    z.strictObject({ type: z.literal('REPLY'), ...base, by, step, opinion: f.text.optional() }),
    z.strictObject({ type: z.literal('RETURN'), ...base, by, step, to: f.id.optional(), reason: f.text }),
    z.strictObject({ type: z.literal('REQUEST_SUPPLEMENT'), ...base, by, step, items: f.items }),
    z.strictObject({ type: z.literal('SUPPLEMENT_RECEIVED'), ...base, by: f.id.optional() }),
    z.strictObject({
      type: z.literal('REQUEST_FINANCIAL_OBLIGATION'),
      ...base,
      by,
      step,
      amount: f.amount.optional(),
    }),
    z.strictObject({ type: z.literal('FINANCIAL_OBLIGATION_MET'), ...base, by: f.id.optional() }),
    z.strictObject({
      type: z.literal('FEE_PAID'),
      ...base,
      by: f.id.optional(),
      amount: f.amount.optional(),
      currency: f.currency.optional(),
      reference: f.code.optional(),
      online: f.yes.optional(),
    }),
    z.strictObject({ type: z.literal('REFUSE'), ...base, by, step, reasons: f.reasons }),
    z.strictObject({ type: z.literal('APPROVE'), ...base, by, step }),
    z.strictObject({ type: z.literal('ISSUE_RESULT'), ...base, by, step, digitised: f.yes.optional() }),
    z.strictObject({
      type: z.literal('RETURN_RESULT'),
      ...base,
      by,
      step,
      result: f.id.optional(),
      delivery: f.delivery.optional(),
      digitised: f.yes.optional(),
    }),
    z.strictObject({ type: z.literal('WITHDRAW'), ...base, by: f.id.optional(), reason: f.text.optional() }),
    z.strictObject({ type: z.literal('STOP'), ...base, by, reason: f.stopReason, note: f.text.optional() }),
    z.strictObject({ type: z.literal('APOLOGIZE'), ...base, by, reason: f.text, newDueDate: f.day }),
    z.strictObject({
      type: z.literal('EXTEND'),
      ...base,
      by,
      reason: f.text,
      newDueDate: f.day,
      agreement: f.yes.optional(),
    }),
    z.strictObject({
      type: z.literal('MIGRATE'),
      ...base,
      by: f.id.optional(),
      version: f.version,
      definition: f.definition,
      steps: f.steps.optional(),
      fields: f.fields.optional(),
    }),
  ])
  .openapi('DossierEvent', {
    description:
      "An event of a dossier (docs/engine.md §4). `seq` is the snapshot's seq + 1 (optimistic concurrency); `at` an instant with an offset.",
    example: {
      type: 'RECEIVE',
      seq: 2,
      at: '2026-02-12T10:00:00+07:00',
      by: 'desk',
      dossierCode: 'H29-260212-0001',
    },
  });

/** An event as recorded: with its place in the hash chain (`RecordedEvent`). Store it as it is. */
export const recordedEvent = z
  .intersection(dossierEvent, z.object({ hash: f.hash }))
  .openapi('RecordedEvent', { description: 'The event as the engine keeps it, with its SHA-256 chain hash' });
