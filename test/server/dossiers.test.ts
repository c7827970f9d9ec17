/**
 * Dossiers over HTTP, on the real server, checked against the engine in-process: a whole history applied one
 * event at a time from the persisted snapshot the portal would store gives the snapshot and hashes the engine
 * gives; each typed rejection keeps the engine's code with a JSON Pointer into the request; replay, SLA, next
 * events, DVCQG and history verification answer as the engine does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import { judicial, judicialEvents, post, useServer } from './support.js';

const server = useServer();
const engine = createEngine({ procedures: [judicial] });
const expected = (() => {
  const r = engine.replay(judicial, judicialEvents);
  if (!r.ok) throw new Error('fixture');
  return r.snapshot;
})();

/** The history applied over HTTP, as a portal would: store `persisted` and `recorded`, post them back. */
const history: { persisted: unknown; recorded: { hash: string; seq: number }[]; snapshots: unknown[] } = {
  persisted: null,
  recorded: [],
  snapshots: [],
};

beforeAll(async () => {
  const start = await post(server.current, '/v1/dossiers/start', { definition: judicial.hash });
  expect(start.status).toBe(200);
  history.persisted = start.json.persisted;
  history.snapshots.push(start.json.persisted);
  for (const event of judicialEvents) {
    const r = await post(server.current, '/v1/dossiers/apply', { snapshot: history.persisted, event });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    history.persisted = r.json.persisted;
    history.recorded.push(r.json.recorded);
    history.snapshots.push(r.json.persisted);
  }
});

describe('start and apply', () => {
  it('gives, event by event, the snapshot and chain the engine gives in-process', () => {
    expect(history.persisted).toEqual(engine.persist(expected));
    expect(history.recorded.at(-1)?.hash).toBe(expected.head);
    expect(history.recorded.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('takes the readable form as well as the persisted one', async () => {
    const readable = engine.restore(history.snapshots[1]);
    const r = await post(server.current, '/v1/dossiers/apply', {
      snapshot: readable,
      event: judicialEvents[1],
    });
    expect(r.status).toBe(200);
    expect(r.json.recorded.hash).toBe(history.recorded[1]?.hash);
  });

  it('answers a stale seq with 409 STALE_SEQUENCE at /event/seq (optimistic concurrency)', async () => {
    const r = await post(server.current, '/v1/dossiers/apply', {
      snapshot: history.snapshots[2],
      event: judicialEvents[1],
    });
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({
      code: 'STALE_SEQUENCE',
      params: { seq: 2, expected: 3 },
      pointer: '/event/seq',
    });
  });

  it('refuses a malformed event with the engine’s INVALID_EVENT and its path', async () => {
    const { by: _by, ...noAgency } = judicialEvents[2] as { by: string };
    const r = await post(server.current, '/v1/dossiers/apply', {
      snapshot: history.snapshots[2],
      event: noAgency,
    });
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('INVALID_EVENT');
    expect(r.json.pointer).toBe('/event/by');
  });

  it('refuses an agency that does not hold the dossier (WRONG_AGENCY) and an event not allowed now (NOT_ALLOWED)', async () => {
    const wrong = await post(server.current, '/v1/dossiers/apply', {
      snapshot: history.snapshots[3],
      event: { ...judicialEvents[3], by: 'desk' },
    });
    expect(wrong.json.code).toBe('WRONG_AGENCY');
    const early = await post(server.current, '/v1/dossiers/apply', {
      snapshot: history.snapshots[1],
      event: { type: 'RETURN_RESULT', seq: 2, at: '2026-04-24T17:00:00+07:00', by: 'desk' },
    });
    expect(early.json.code).toBe('NOT_ALLOWED');
    expect(early.json.messageVi).not.toMatch(/RETURN_RESULT[^"]/);
  });

  it('refuses an edited snapshot (INVALID_SNAPSHOT under /snapshot) and one of an unknown definition (404)', async () => {
    const edited = { ...(history.snapshots[3] as object), s: 'resultReturned' };
    const r = await post(server.current, '/v1/dossiers/apply', {
      snapshot: edited,
      event: judicialEvents[3],
    });
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('INVALID_SNAPSHOT');
    expect(r.json.pointer.startsWith('/snapshot')).toBe(true);
    const p = [...(history.snapshots[3] as { p: string[] }).p];
    p[2] = `sha256:${'1'.repeat(64)}`;
    const unknown = await post(server.current, '/v1/dossiers/apply', {
      snapshot: { ...(history.snapshots[3] as object), p },
      event: judicialEvents[3],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('UNKNOWN_DEFINITION');
  });

  it('asks that snapshot and event be objects before the engine reads them', async () => {
    const r = await post(server.current, '/v1/dossiers/apply', { snapshot: 'x' });
    expect(r.status).toBe(422);
    expect(
      r.json.problems.map((p: { code: string; pointer: string }) => `${p.code} ${p.pointer}`).sort(),
    ).toEqual(['SCHEMA_INVALID_TYPE /snapshot', 'SCHEMA_MISSING /event']);
  });
});

describe('replay and verify', () => {
  it('replays the recorded log to the same snapshot', async () => {
    const r = await post(server.current, '/v1/dossiers/replay', {
      definition: judicial.hash,
      events: history.recorded,
    });
    expect(r.status).toBe(200);
    expect(r.json.persisted).toEqual(history.persisted);
  });

  it('stops at an event whose recorded hash does not match, with its index', async () => {
    const events = history.recorded.map((e, i) => (i === 3 ? { ...e, at: '2026-05-04T09:30:00+07:00' } : e));
    const r = await post(server.current, '/v1/dossiers/replay', { definition: judicial.hash, events });
    expect(r.status).toBe(422);
    expect(r.json).toMatchObject({ code: 'HASH_MISMATCH', index: 3 });
    expect(r.json.pointer.startsWith('/events/3')).toBe(true);
  });

  it('verifies a stored history, and shows where an edited one parts ways', async () => {
    const ok = await post(server.current, '/v1/dossiers/verify', {
      events: history.recorded,
      snapshot: history.persisted,
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ ok: true, code: 'HISTORY_VERIFIED', head: expected.head });
    const events = history.recorded.map((e, i) => (i === 4 ? { ...e, at: '2026-05-06T11:00:00+07:00' } : e));
    const bad = await post(server.current, '/v1/dossiers/verify', {
      definition: judicial.hash,
      events,
      snapshot: history.persisted,
    });
    expect(bad.json).toMatchObject({ ok: false, code: 'HISTORY_HASH_CHANGED' });
  });
});

describe('reading a dossier', () => {
  it('gives the SLA status and the alerts at an instant', async () => {
    const at = '2026-05-04T09:00:00+07:00';
    const r = await post(server.current, '/v1/dossiers/sla', { snapshot: history.snapshots[3], at });
    expect(r.status).toBe(200);
    const s = engine.restore(history.snapshots[3]);
    expect(r.json.sla).toEqual(JSON.parse(JSON.stringify(engine.slaStatus(s, at))));
    expect(r.json.evaluation).toEqual(JSON.parse(JSON.stringify(engine.evaluate(s, at))));
    expect(r.json.sla.dossier.due).toBe('2026-05-05T00:00:00+07:00'); // 10 days from 24/04: the end of 04/05
  });

  it('lists the events allowed now', async () => {
    const r = await post(server.current, '/v1/dossiers/next-events', { snapshot: history.snapshots[2] });
    expect(r.json.events).toContainEqual(
      expect.objectContaining({ type: 'FORWARD', by: 'desk', step: 'receive', to: 'verify', actor: 'step' }),
    );
    const inProcess = engine.nextEvents(engine.restore(history.snapshots[2]));
    expect(r.json.events).toEqual(JSON.parse(JSON.stringify(inProcess)));
  });

  it('gives the DVCQG sync record', async () => {
    const r = await post(server.current, '/v1/dossiers/dvcqg', { snapshot: history.persisted });
    expect(r.json).toMatchObject({ MaHoSo: '000.00.24.H29-260424-0001', TrangThaiHoSo: 10, KenhThucHien: 1 });
  });
});

describe('validation', () => {
  const dossier = {
    channel: 'in-person',
    fields: { copies: 3, hasSeveralResidences: false, livedAbroad: false, isForeigner: false },
    documents: [{ document: 'declaration', form: 'original' }],
  };

  it('lists what is missing, the fees and the supplement slip’s lines in the language asked', async () => {
    const vi = await post(server.current, '/v1/dossiers/validate', { definition: judicial.hash, dossier });
    expect(vi.status).toBe(200);
    expect(vi.json.ok).toBe(false);
    expect(vi.json.fees.total).toBe(205_000);
    const missing = vi.json.problems.find((p: { code: string }) => p.code === 'DOCUMENT_MISSING');
    expect(missing.path[0]).toBe('dossier');
    expect(vi.json.supplementRequest[0].reason).toMatch(/^Thiếu/);
    const en = await post(
      server.current,
      '/v1/dossiers/validate',
      { definition: judicial.hash, dossier },
      { 'accept-language': 'en' },
    );
    expect(en.json.supplementRequest[0].reason).toMatch(/^Missing/);
  });

  it('validates against a definition posted whole', async () => {
    const { judicialJson } = await import('./support.js');
    const r = await post(server.current, '/v1/dossiers/validate', { definition: judicialJson, dossier });
    expect(r.json.fees.total).toBe(205_000);
  });
});

describe('forms', () => {
  const applicant = 'Nguyễn Văn <b>An</b>';
  it('gives the receipt slip as data, text, Markdown and escaped HTML', async () => {
    const body = {
      snapshot: history.snapshots[2],
      applicant,
      documents: [{ name: 'Tờ khai', form: 'original', copies: 1 }],
    };
    const json = await post(server.current, '/v1/dossiers/forms/receipt', body);
    expect(json.json.form.kind).toBe('receipt');
    const html = await post(server.current, '/v1/dossiers/forms/receipt', { ...body, format: 'html' });
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.text).toContain('&lt;b&gt;An&lt;/b&gt;');
    expect(html.text).not.toContain('<b>An');
    const text = await post(server.current, '/v1/dossiers/forms/receipt', {
      ...body,
      format: 'text',
      lang: 'en',
    });
    expect(text.text).toMatch(/RECEIPT/i);
    const md = await post(server.current, '/v1/dossiers/forms/receipt', { ...body, format: 'markdown' });
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
  });

  it('gives the control sheet and the logbook, and refuses a receipt without its documents', async () => {
    const sheet = await post(server.current, '/v1/dossiers/forms/control-sheet', {
      snapshot: history.persisted,
      at: '2026-05-07T09:00:00+07:00',
    });
    expect(sheet.json.form.blocks.length).toBeGreaterThan(1);
    const log = await post(server.current, '/v1/dossiers/forms/logbook', {
      entries: [{ snapshot: history.persisted, applicant }],
      at: '2026-05-07T17:00:00+07:00',
    });
    expect(log.json.form.table.rows).toHaveLength(1);
    const bad = await post(server.current, '/v1/dossiers/forms/receipt', {
      snapshot: history.snapshots[2],
      applicant,
    });
    expect(bad.status).toBe(422);
    expect(bad.json.code).toBe('INVALID_ARGUMENT');
  });
});
