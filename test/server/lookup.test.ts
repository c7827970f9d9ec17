/**
 * The citizen's lookup over HTTP (issue 15): the persisted snapshot a portal keeps, posted with a channel, gives
 * exactly the engine's `statusMessage` in-process — the same allow-listed facts, so the server reveals no more
 * than the library; the language from `lang` or the Accept-Language; bad options refused as problem+json with the
 * engine's code and a JSON Pointer; the officers' texts recorded in the events never come back.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type DossierSnapshot, isGsm7 } from '../../src/engine/index.js';
import { judicial, judicialEvents, post, useServer } from './support.js';

const server = useServer();
const engine = createEngine({ procedures: [judicial] });

/** The judicial record dossier after `n` events, with an apology whose reason is an internal marker. */
function snapshotAfter(n: number): DossierSnapshot {
  const r = engine.replay(judicial, judicialEvents.slice(0, n));
  if (!r.ok) throw new Error(r.rejection.message);
  return r.snapshot;
}
const forwarded = snapshotAfter(3);
const apologised = (() => {
  // Due Mon 04/05/2026 (the 30/4–1/5 break skipped); apologised a week before, a new day three days later.
  const r = engine.applyEvent(forwarded, {
    type: 'APOLOGIZE',
    seq: 4,
    at: '2026-04-28T10:00:00+07:00',
    by: 'desk',
    reason: 'ZQX quá tải nội bộ',
    newDueDate: '2026-05-07',
  });
  if (!r.ok) throw new Error(r.rejection.message);
  return r.snapshot;
})();
const at = '2026-04-29T09:00:00+07:00';

describe('POST /v1/dossiers/lookup', () => {
  it('answers what the engine answers in-process, for every channel, from the persisted snapshot', async () => {
    for (const channel of ['sms', 'voice', 'kiosk', 'web'] as const) {
      const r = await post(server.current, '/v1/dossiers/lookup', {
        snapshot: engine.persist(apologised),
        channel,
        lang: 'vi',
        at,
      });
      expect(r.status, JSON.stringify(r.json)).toBe(200);
      expect(r.json).toEqual(
        JSON.parse(JSON.stringify(engine.statusMessage(apologised, { channel, lang: 'vi', at }))),
      );
      expect(r.text).not.toMatch(/zqx/i);
    }
    const sms = await post(server.current, '/v1/dossiers/lookup', {
      snapshot: apologised,
      channel: 'sms',
      at,
    });
    // Due Mon 04/05 at 24:00 (10 days, counted as calendar days); the apology's new day 07/05.
    expect(sms.json.text).toBe(
      'Ho so 000.00.24.H29-260424-0001: dang giai quyet. Tre han, xin loi; hen lai 07/05/2026. Tai Cong an tinh.',
    );
  });

  it('a text message in GSM-7 or UCS-2, one segment, what was left out listed', async () => {
    const gsm = await post(server.current, '/v1/dossiers/lookup', {
      snapshot: forwarded,
      channel: 'sms',
      at,
    });
    expect(gsm.status).toBe(200);
    expect(gsm.json.sms).toMatchObject({ encoding: 'gsm7', segments: 1, fits: true });
    expect(isGsm7(gsm.json.text)).toBe(true);
    expect(gsm.json.text).toMatch(/^Ho so 000\.00\.24\.H29-260424-0001: dang giai quyet\./);
    const ucs2 = await post(server.current, '/v1/dossiers/lookup', {
      snapshot: forwarded,
      channel: 'sms',
      encoding: 'ucs2',
      at,
    });
    expect(ucs2.json.sms).toMatchObject({ encoding: 'ucs2', segments: 1, fits: true });
    expect(ucs2.json.text.length).toBeLessThanOrEqual(70);
    expect(ucs2.json.dropped).toContain('holder');
  });

  it('takes the language from the Accept-Language when the body does not say', async () => {
    const r = await post(
      server.current,
      '/v1/dossiers/lookup',
      { snapshot: forwarded, channel: 'voice', at },
      { 'accept-language': 'en' },
    );
    expect(r.status).toBe(200);
    expect(r.json.lang).toBe('en');
    expect(r.json.lines[1]).toBe('Status: being processed.');
  });

  it('refuses a bad channel, option or snapshot as problem+json with a pointer', async () => {
    const bad = await post(server.current, '/v1/dossiers/lookup', {
      snapshot: forwarded,
      channel: 'fax',
      at,
    });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const missing = await post(server.current, '/v1/dossiers/lookup', {
      snapshot: forwarded,
      channel: 'sms',
      at,
      missing: ['no-such-document'],
    });
    expect(missing.status).toBe(422);
    expect(missing.json.code).toBe('INVALID_ARGUMENT');
    expect(missing.json.pointer).toBe('/missing');
    const segments = await post(server.current, '/v1/dossiers/lookup', {
      snapshot: forwarded,
      channel: 'sms',
      at,
      maxSegments: 20,
    });
    expect(segments.status).toBe(422);
    const snapshot = await post(server.current, '/v1/dossiers/lookup', {
      snapshot: { ...forwarded, seq: -1 },
      channel: 'web',
      at,
    });
    expect(snapshot.status).toBe(422);
    expect(snapshot.json.code).toBe('INVALID_SNAPSHOT');
  });
});
