/**
 * The portal's pages without a browser (Hono's `app.request`): the form generated from every definition, every
 * value escaped, the lookup showing nothing internal, the languages, the library's server under /api, and the
 * message tables complete in both languages.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPortal } from '../../examples/portal/src/app.js';
import { applicationOf } from '../../examples/portal/src/application.js';
import { escapeHtml, html } from '../../examples/portal/src/html.js';
import { en, vi } from '../../examples/portal/src/messages.js';
import { createPortalEngine, inForce } from '../../examples/portal/src/procedures.js';
import { createRepository, type Repository, sqliteDriver } from '../../examples/portal/src/store/index.js';
import type { UnnumberedEvent } from '../../src/engine/index.js';

const { engine, procedures } = createPortalEngine();
const NOW = Date.parse('2026-12-03T10:00:00+07:00');
let repo: Repository;
let app: ReturnType<typeof createPortal>;
const HOSTILE = '<script>alert("x")</script>';
const judicial = procedures.find((p) => p.definition.code === '2.000488')!;

beforeAll(async () => {
  repo = await createRepository(
    sqliteDriver(join(mkdtempSync(join(tmpdir(), 'motcua-portal-pages-')), 'p.sqlite')),
    engine,
  );
  app = createPortal({ engine, procedures, repo, now: () => NOW });
  const at = (h: number) => `2026-12-0${h < 24 ? 1 : 2}T${String(8 + (h % 24)).padStart(2, '0')}:00:00+07:00`;
  const r = await repo.create(
    judicial,
    applicationOf(judicial, HOSTILE, '000.01.24.H29', 'in-person', { copies: 1 }),
    [
      { type: 'SUBMIT', at: at(0), channel: 'in-person' },
      {
        type: 'RECEIVE',
        at: at(1),
        by: 'desk',
        dossierCode: '000.01.24.H29-261201-0001',
        fields: { copies: 1 },
      },
      { type: 'FORWARD', at: at(2), by: 'desk' },
      { type: 'FORWARD', at: at(3), by: 'police' },
      { type: 'RETURN', at: at(4), by: 'police', reason: 'LY-DO-NOI-BO thiếu xác minh' },
    ] as unknown as UnnumberedEvent[],
    at(0),
  );
  if (!r.ok) throw new Error(r.rejection.message);
});

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, text: await res.text(), res };
};

describe('portal pages', () => {
  it('generates the application form of every procedure in force: its fields and documents', async () => {
    for (const p of inForce(procedures, '2026-12-03')) {
      const { status, text } = await get(`/desk/new?procedure=${p.hash}`);
      expect(status, p.definition.code).toBe(200);
      for (const f of p.definition.fields) expect(text).toContain(`id="f-${f.id}"`);
      for (const d of p.definition.documents) expect(text).toContain(`id="d-${d.id}"`);
    }
  });

  it('escapes what people typed, and serves no script', async () => {
    const d = (await repo.getByCode('000.01.24.H29-261201-0001'))!;
    const { text, res } = await get(`/desk/d/${d.id}`);
    expect(text).toContain(escapeHtml(HOSTILE));
    expect(text).not.toContain('<script');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const receipt = await get(`/desk/d/${d.id}/receipt`);
    expect(receipt.text).toContain('&lt;script&gt;');
    expect(receipt.text).not.toContain('<script');
  });

  it('the lookup shows the holder and the appointment, not the applicant nor internal reasons', async () => {
    const { status, text } = await get('/lookup?code=000.01.24.H29-261201-0001');
    expect(status).toBe(200);
    expect(text).toContain('Công an tỉnh');
    expect(text).toContain('data-due>');
    expect(text).not.toContain('alert');
    expect(text).not.toContain('LY-DO-NOI-BO');
    const desk = await get(`/desk/d/${(await repo.getByCode('000.01.24.H29-261201-0001'))!.id}`);
    expect(desk.text).toContain('Trả lại bước trước');
  });

  it('an unknown code is a 404 that says so, in the language asked', async () => {
    const vi404 = await get('/lookup?code=000.09.24.H29-261201-0099');
    expect(vi404.status).toBe(404);
    expect(vi404.text).toContain('Không có hồ sơ mang mã 000.09.24.H29-261201-0099');
    const en404 = await get('/lookup?code=%3Cb%3E&lang=en');
    expect(en404.text).toContain('No dossier has the code &lt;b&gt;');
    expect(en404.res.headers.get('set-cookie')).toContain('lang=en');
    expect(en404.text).toContain('<html lang="en">');
  });

  it('mounts the library’s HTTP server under /api', async () => {
    const res = await app.request('/api/v1/calendar/days/2026-02-17');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { working: boolean }).working).toBe(false);
  });

  it('the dashboard and its CSV answer for an empty database', async () => {
    expect((await get('/dashboard')).status).toBe(200);
    const csv = await app.request('/dashboard.csv?period=2026-11');
    expect(csv.headers.get('content-type')).toContain('text/csv');
  });

  it('html`` escapes every value; lists are joined', () => {
    expect(html`<p title="${'"x"'}">${['<a>', html`<b>ok</b>`]}</p>`.value).toBe(
      '<p title="&quot;x&quot;">&lt;a&gt;<b>ok</b></p>',
    );
  });

  it('has every text in both languages, and no English left in the Vietnamese', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of Object.entries(vi)) {
      expect(text.length, key).toBeGreaterThan(0);
      if (key !== 'otherLang')
        expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(
          /\b(the|and|of|dossier|event|status|due|download)\b/i,
        );
    }
  });
});
