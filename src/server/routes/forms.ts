/**
 * The desk's forms over HTTP: the receipt and appointment slip, the supplement request, the refusal, the apology,
 * the notice of stopping, the process control sheet and the logbook (Circular 03/2025 or 01/2018 by the
 * dossier's dates), as the engine builds them — JSON data, or rendered by `renderForm` as plain text, Markdown or
 * an HTML fragment (values escaped), Vietnamese labels by default.
 */
import { z } from '@hono/zod-openapi';
import { type Form, renderForm } from '../../engine/index.js';
import { schemaProblems } from '../../rules/schemaProblems.js';
import * as contract from '../contract/dossiers.js';
import { type Call, type Endpoint, libraryObject, problemResponses, reply } from '../http/endpoint.js';
import { within } from '../http/library.js';
import { HttpProblem, invalidParams } from '../http/problem.js';
import { report } from '../messages/index.js';
import type { ServerState } from '../state.js';
import { restoreSnapshot } from './resolve.js';

type Kind = (typeof contract.formKinds)[number];
const formEnvelope = contract.formRequest.extend({
  snapshot: libraryObject.optional(),
  entries: z.array(z.object({ snapshot: libraryObject, applicant: z.unknown() }).passthrough()).optional(),
});
type FormBody = z.infer<typeof formEnvelope>;
/** Every form but the logbook is about one dossier. */
const needsSnapshot = z.object({ snapshot: libraryObject });

/** Picks the options of a form from the body: only the members given, checked by the engine's own method. */
function pick(b: FormBody, keys: readonly (keyof FormBody)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (b[k] !== undefined) out[k] = b[k];
  return out;
}

function build(state: ServerState, kind: Kind, b: FormBody): Form {
  const e = state.engine;
  if (kind === 'logbook') {
    const entries = (b.entries ?? []).map((entry, i) => ({
      snapshot: restoreSnapshot(state, entry.snapshot, ['entries', i, 'snapshot']),
      applicant: entry.applicant as string,
    }));
    return within([], () => e.logbookForm(entries, pick(b, ['at', 'circular']) as never));
  }
  if (b.snapshot === undefined) {
    const missing = schemaProblems(needsSnapshot.safeParse(b).error?.issues ?? [], b);
    throw new HttpProblem(422, report('REQUEST_INVALID', invalidParams(missing), ['snapshot']), {
      problems: missing,
    });
  }
  const s = restoreSnapshot(state, b.snapshot);
  // Each method checks its options (EngineError INVALID_ARGUMENT with the option's name as the path).
  return within([], () => {
    switch (kind) {
      case 'receipt':
        return e.receiptForm(s, pick(b, ['applicant', 'documents', 'logbookNumber']) as never);
      case 'supplement-request':
        return e.supplementRequestForm(s, pick(b, ['applicant', 'items', 'at']) as never);
      case 'refusal':
        return e.refusalForm(s, pick(b, ['applicant', 'reasons', 'at']) as never);
      case 'apology':
        return e.apologyForm(s, pick(b, ['applicant']) as never);
      case 'stop-notice':
        return e.stopNoticeForm(s, pick(b, ['applicant', 'reason']) as never);
      case 'control-sheet':
        return e.controlSheetForm(s, pick(b, ['at']) as never);
    }
  });
}

const TYPES = {
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
} as const;

function formEndpoint(kind: Kind): Endpoint<FormBody> {
  return {
    route: {
      method: 'post',
      path: `/v1/dossiers/forms/${kind}`,
      tags: ['forms'],
      summary: `Form: ${kind}`,
      description:
        '`format`: json (the form as data, default), text, markdown or html (a fragment; every value escaped). Labels in `lang`, else the Accept-Language.',
      request: {
        body: { required: true, content: { 'application/json': { schema: contract.formRequest } } },
      },
      responses: {
        200: {
          description: 'The form',
          content: {
            'application/json': { schema: contract.formResponse },
            'text/plain': { schema: z.string() },
            'text/markdown': { schema: z.string() },
            'text/html': { schema: z.string() },
          },
        },
        ...problemResponses(400, 404, 413, 415, 422),
      },
    },
    envelope: formEnvelope,
    handle: ({ c, state, body: b, lang }: Call<FormBody>) => {
      const form = build(state, kind, b);
      const format = b.format ?? 'json';
      if (format === 'json') return reply(c, contract.formResponse, { form });
      const text = renderForm(form, { format, lang: b.lang ?? lang });
      return c.body(text, 200, { 'content-type': TYPES[format] });
    },
  };
}

export const formEndpoints = contract.formKinds.map(formEndpoint);
