/**
 * Dossiers over HTTP, stateless: the portal posts the snapshot it keeps (either form) and gets the next one back.
 * Validate a dossier against its definition (fees, missing documents, the supplement slip's lines), start one,
 * apply an event (the next snapshot and the recorded event with its chain hash, or the engine's typed
 * rejection — 409 for a stale `seq`), replay a log, read the SLA and the alerts at an instant, the events allowed
 * now, the DVCQG sync record, and verify a stored history against its snapshot.
 */
import type { z } from '@hono/zod-openapi';
import type { DossierEvent } from '../../engine/index.js';
import { supplementRequestItems, validateDossier } from '../../rules/index.js';
import * as contract from '../contract/dossiers.js';
import * as rules from '../contract/rules.js';
import { type Endpoint, libraryObject, problemResponses, reply } from '../http/endpoint.js';
import { statusOf, within } from '../http/library.js';
import { HttpProblem } from '../http/problem.js';
import type { ServerState } from '../state.js';
import { resolveDefinition, restoreSnapshot } from './resolve.js';

const tags = ['dossiers'];
const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const refusals = problemResponses(400, 404, 413, 415, 422);

/** The instant a request reads at: the one given, else now. */
const atOf = (at: string | number | undefined): string | number => at ?? Date.now();

function pair(state: ServerState, snapshot: ReturnType<ServerState['engine']['start']>) {
  return { snapshot, persisted: state.engine.persist(snapshot) };
}

const validateEnvelope = rules.validateRequest.extend({ dossier: libraryObject });
export const validateEndpoint: Endpoint<z.infer<typeof validateEnvelope>> = {
  route: {
    method: 'post',
    path: '/v1/dossiers/validate',
    tags,
    summary: 'Validate a dossier: every problem, the fees due, the time limit, the supplement slip',
    description:
      'Always 200 when the request is readable: `ok` false lists what is missing or wrong (for the supplement request slip, Decree 118/2025 Art. 17(1)).',
    request: { body: body(rules.validateRequest) },
    responses: { 200: json(rules.validation, 'The validation'), ...refusals },
  },
  envelope: validateEnvelope,
  handle: ({ c, state, body: b, lang }) => {
    const procedure = resolveDefinition(state, b.definition);
    const result = validateDossier(procedure, b.dossier);
    const items = supplementRequestItems(result, { lang: b.lang ?? lang });
    return reply(c, rules.validation, {
      ...result,
      problems: result.problems.map((p) => ({ ...p, path: ['dossier', ...p.path] })),
      supplementRequest: items.map((i) => ({ subject: i.subject, reason: i.reason, code: i.problem.code })),
    });
  },
};

export const startEndpoint: Endpoint<z.infer<typeof contract.startRequest>> = {
  route: {
    method: 'post',
    path: '/v1/dossiers/start',
    tags,
    summary: 'The snapshot of a new dossier under a definition',
    request: { body: body(contract.startRequest) },
    responses: { 200: json(contract.startResponse, 'The new snapshot, readable and persisted'), ...refusals },
  },
  envelope: contract.startRequest,
  handle: ({ c, state, body: b }) => {
    const procedure = resolveDefinition(state, b.definition);
    return reply(c, contract.startResponse, pair(state, state.engine.start(procedure)));
  },
};

const applyEnvelope = contract.applyRequest.extend({ snapshot: libraryObject, event: libraryObject });
export const applyEndpoint: Endpoint<z.infer<typeof applyEnvelope>> = {
  route: {
    method: 'post',
    path: '/v1/dossiers/apply',
    tags,
    summary: 'Apply an event to a snapshot: the next snapshot and the recorded event, or a typed rejection',
    description:
      "The event's `seq` must be the snapshot's `seq + 1` (409 STALE_SEQUENCE otherwise: another desk recorded an event first — reload and retry). Any other refusal is 422 with the engine's code (INVALID_EVENT, NOT_ALLOWED, WRONG_AGENCY, SUPPLEMENT_TOO_LATE, …) and the path under /event.",
    request: { body: body(contract.applyRequest) },
    responses: {
      200: json(contract.applyResponse, 'Applied'),
      ...problemResponses(400, 404, 409, 413, 415, 422),
    },
  },
  envelope: applyEnvelope,
  handle: ({ c, state, body: b }) => {
    const snapshot = restoreSnapshot(state, b.snapshot);
    const result = state.engine.applyEvent(snapshot, b.event as DossierEvent);
    if (!result.ok)
      throw new HttpProblem(statusOf(result.rejection.code), result.rejection, { at: ['event'] });
    return reply(c, contract.applyResponse, { ...pair(state, result.snapshot), recorded: result.recorded });
  },
};

export const replayEndpoint: Endpoint<z.infer<typeof contract.replayRequest>> = {
  route: {
    method: 'post',
    path: '/v1/dossiers/replay',
    tags,
    summary: 'Rebuild a snapshot from an event log',
    description:
      'Every event checked (schema, law) and its hash recomputed, unless `validated`; the first refusal is 422 (409 for a sequence gap) with its `index` and the path under /events/<index>.',
    request: { body: body(contract.replayRequest) },
    responses: {
      200: json(contract.replayResponse, 'The snapshot'),
      ...problemResponses(400, 404, 409, 413, 415, 422),
    },
  },
  envelope: contract.replayRequest,
  handle: ({ c, state, body: b }) => {
    const procedure = resolveDefinition(state, b.definition);
    const result = within(['events'], () =>
      state.engine.replay(procedure, b.events, b.validated === undefined ? {} : { validated: b.validated }),
    );
    if (!result.ok) {
      throw new HttpProblem(statusOf(result.rejection.code), result.rejection, {
        at: ['events', result.index],
        extra: { index: result.index },
      });
    }
    return reply(c, contract.replayResponse, pair(state, result.snapshot));
  },
};

const atEnvelope = contract.snapshotAtRequest.extend({ snapshot: libraryObject });
export const slaEndpoint: Endpoint<z.infer<typeof atEnvelope>> = {
  route: {
    method: 'post',
    path: '/v1/dossiers/sla',
    tags,
    summary: 'SLA status and alerts at an instant (default: now)',
    description:
      'Deadlines, time used and left, early / on time / late for the dossier and each step (`sla`), and the time-driven alerts and proposed events (`evaluation`).',
    request: { body: body(contract.snapshotAtRequest) },
    responses: { 200: json(contract.slaResponse, 'The status'), ...refusals },
  },
  envelope: atEnvelope,
  handle: ({ c, state, body: b }) => {
    const snapshot = restoreSnapshot(state, b.snapshot);
    const at = atOf(b.at);
    const options = b.thresholds ? { thresholds: b.thresholds } : {};
    const sla = within(['at'], () => state.engine.slaStatus(snapshot, at, options));
    const evaluation = within(['at'], () => state.engine.evaluate(snapshot, at, options));
    return reply(c, contract.slaResponse, { sla, evaluation });
  },
};

export const nextEventsEndpoint: Endpoint<z.infer<typeof atEnvelope>> = {
  route: {
    method: 'post',
    path: '/v1/dossiers/next-events',
    tags,
    summary: "The events allowed now, and who may send each (the desk's buttons)",
    request: { body: body(contract.snapshotAtRequest) },
    responses: { 200: json(contract.nextEventsResponse, 'The events'), ...refusals },
  },
  envelope: atEnvelope,
  handle: ({ c, state, body: b }) => {
    const snapshot = restoreSnapshot(state, b.snapshot);
    const events = within(['at'], () =>
      b.at === undefined ? state.engine.nextEvents(snapshot) : state.engine.nextEvents(snapshot, b.at),
    );
    return reply(c, contract.nextEventsResponse, { events });
  },
};

const snapshotEnvelope = contract.snapshotRequest.extend({ snapshot: libraryObject });
export const dvcqgEndpoint: Endpoint<z.infer<typeof snapshotEnvelope>> = {
  route: {
    method: 'post',
    path: '/v1/dossiers/dvcqg',
    tags,
    summary: 'The National Public Service Portal (DVCQG) sync record',
    request: { body: body(contract.snapshotRequest) },
    responses: { 200: json(contract.dvcqgRecord, 'The record'), ...refusals },
  },
  envelope: snapshotEnvelope,
  handle: ({ c, state, body: b }) =>
    reply(c, contract.dvcqgRecord, state.engine.dvcqgRecord(restoreSnapshot(state, b.snapshot))),
};

const verifyEnvelope = contract.verifyRequest.extend({ snapshot: libraryObject });
export const verifyEndpoint: Endpoint<z.infer<typeof verifyEnvelope>> = {
  route: {
    method: 'post',
    path: '/v1/dossiers/verify',
    tags,
    summary: 'Verify a stored history (the recorded events) against its stored snapshot',
    description:
      '200 with `ok` true (HISTORY_VERIFIED) or where they part ways: HISTORY_HASH_CHANGED, HISTORY_REJECTED, HISTORY_HEAD_DIFFERS, HISTORY_SNAPSHOT_DIFFERS (with the path). Compare `head` with the head anchored outside the database (docs/engine.md §8).',
    request: { body: body(contract.verifyRequest) },
    responses: { 200: json(contract.historyReport, 'The report'), ...refusals },
  },
  envelope: verifyEnvelope,
  handle: ({ c, state, body: b }) => {
    const given = b.definition === undefined ? undefined : resolveDefinition(state, b.definition);
    const snapshot = restoreSnapshot(state, b.snapshot, ['snapshot'], given);
    const procedure = given ?? state.engine.compiled(snapshot).procedure;
    const report = within(['events'], () => state.engine.verifyHistory(procedure, b.events, snapshot));
    return reply(c, contract.historyReport, report);
  },
};

export const dossierEndpoints = [
  validateEndpoint,
  startEndpoint,
  applyEndpoint,
  replayEndpoint,
  slaEndpoint,
  nextEventsEndpoint,
  dvcqgEndpoint,
  verifyEndpoint,
] as const;
