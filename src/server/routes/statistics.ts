/**
 * Decision 766 statistics over HTTP: the portal streams its persisted snapshots as NDJSON (one snapshot a line,
 * `SELECT snapshot FROM dossiers …` written as it is read) and gets the on-time rate, the average processing
 * time per procedure and the online share for a period. The body is read line by line (`ndjson.ts`), each
 * line restored and checked by the engine; the first bad line refuses the request with its number.
 */
import type { z } from '@hono/zod-openapi';
import type { DossierSnapshot } from '../../engine/index.js';
import { schemaProblems } from '../../rules/schemaProblems.js';
import * as contract from '../contract/dossiers.js';
import { persistedSnapshot } from '../contract/snapshot.js';
import { type Endpoint, problemResponses, reply } from '../http/endpoint.js';
import { within } from '../http/library.js';
import { HttpProblem, invalidParams, serverProblem } from '../http/problem.js';
import { report } from '../messages/index.js';
import type { ServerState } from '../state.js';
import { ndjsonLines, type StreamLimits } from '../statistics/ndjson.js';
import { summarizeSnapshots } from '../statistics/summarize.js';
import { restoreSnapshot } from './resolve.js';

const NDJSON = /^application\/(?:x-)?ndjson\s*(?:;|$)|^application\/jsonl\s*(?:;|$)/i;

async function* restored(
  state: ServerState,
  lines: AsyncIterable<{ line: number; value: unknown }>,
): AsyncGenerator<DossierSnapshot> {
  for await (const { line, value } of lines) {
    try {
      yield restoreSnapshot(state, value, []);
    } catch (e) {
      if (!(e instanceof HttpProblem)) throw e;
      throw new HttpProblem(e.status, e.report, {
        ...(e.problems ? { problems: e.problems } : {}),
        extra: { line },
      });
    }
  }
}

/**
 * The statistics endpoint, with the limits of its stream.
 *
 * @example
 * register(app, state, limits, statisticsEndpoint(limits)); // POST /v1/statistics?from=…&to=…
 */
export function statisticsEndpoint(limits: StreamLimits): Endpoint<undefined> {
  return {
    route: {
      method: 'post',
      path: '/v1/statistics',
      tags: ['statistics'],
      summary: 'Decision 766 statistics of a stream of persisted snapshots (NDJSON), for a period',
      description:
        'Body: application/x-ndjson, one snapshot (persisted or readable form) a line, read as it arrives. Refused at the first bad line, with its `line`.',
      request: {
        query: contract.statisticsQuery,
        body: {
          required: true,
          content: { 'application/x-ndjson': { schema: persistedSnapshot } },
        },
      },
      responses: {
        200: {
          description: 'The statistics',
          content: { 'application/json': { schema: contract.statistics } },
        },
        ...problemResponses(400, 404, 413, 415, 422),
      },
    },
    rawBody: true,
    handle: async ({ c, state }) => {
      const type = c.req.header('content-type') ?? '';
      if (!NDJSON.test(type))
        throw serverProblem(415, 'UNSUPPORTED_MEDIA_TYPE', { expected: 'ndjson', given: type });
      const query = contract.statisticsQuery.safeParse(c.req.query());
      if (!query.success) {
        const problems = schemaProblems(query.error.issues, c.req.query());
        throw new HttpProblem(
          422,
          report('REQUEST_INVALID', invalidParams(problems), problems[0]?.path ?? []),
          { problems },
        );
      }
      const period = query.data;
      // The period is checked before the stream is read (two legal days, from ≤ to).
      within([], () => state.engine.statistics([], period));
      const result = await summarizeSnapshots(
        state.engine,
        restored(state, ndjsonLines(c.req.raw.body, limits)),
        period,
      );
      return reply(c, contract.statistics, result as z.input<typeof contract.statistics>);
    },
  };
}
