/**
 * The citizen's lookup over HTTP (tra cứu hồ sơ): the portal posts the snapshot it keeps for a dossier code and
 * the channel it answers on — a text message gateway, a telephone line's text-to-speech, a kiosk, a web page —
 * and gets the engine's `statusMessage`: the text, and the facts it was made from, which are exactly what the
 * allow-list lets the code's holder see (no officer, no internal note). The same rule as the library's, because it
 * is the library's function. The portal authenticates nothing here: knowing the code is the lookup's only key, so
 * the answer never holds more than the code's holder may see.
 */
import type { z } from '@hono/zod-openapi';
import type { StatusMessageOptions } from '../../engine/index.js';
import * as contract from '../contract/lookup.js';
import { type Endpoint, libraryObject, problemResponses, reply } from '../http/endpoint.js';
import { within } from '../http/library.js';
import { restoreSnapshot } from './resolve.js';

const envelope = contract.lookupRequest.extend({ snapshot: libraryObject });

export const lookupEndpoint: Endpoint<z.infer<typeof envelope>> = {
  route: {
    method: 'post',
    path: '/v1/dossiers/lookup',
    tags: ['dossiers'],
    summary: 'What the citizen is told about a dossier by its code: by text message, telephone, kiosk or web',
    description:
      "The dossier code, where it is, which agency holds it, the appointment, what is missing, whether it is late and the apology's new date; sms: one segment where possible (GSM-7 160 or UCS-2 70), the parts left out listed in `dropped`; voice: short sentences with dates as spoken; kiosk and web: with the timeline. `facts` is the allow-listed data the text was made from (docs/engine.md §11a). Language: `lang`, else the Accept-Language.",
    request: {
      body: { required: true, content: { 'application/json': { schema: contract.lookupRequest } } },
    },
    responses: {
      200: {
        description: 'The message',
        content: { 'application/json': { schema: contract.statusMessage } },
      },
      ...problemResponses(400, 404, 413, 415, 422),
    },
  },
  envelope,
  handle: ({ c, state, body: b, lang }) => {
    const snapshot = restoreSnapshot(state, b.snapshot);
    const options: StatusMessageOptions = {
      channel: b.channel,
      lang: b.lang ?? lang,
      at: b.at ?? Date.now(),
      ...(b.encoding === undefined ? {} : { encoding: b.encoding }),
      ...(b.maxSegments === undefined ? {} : { maxSegments: b.maxSegments }),
      ...(b.missing === undefined ? {} : { missing: b.missing }),
    };
    // The engine checks every option (INVALID_ARGUMENT with the option's name as the path).
    const message = within([], () => state.engine.statusMessage(snapshot, options));
    return reply(c, contract.statusMessage, message);
  },
};
