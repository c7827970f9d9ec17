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
import {
  createRepository,
  type Repository,
  type StoredDossier,
  sqliteDriver,
} from '../../examples/portal/src/store/index.js';
import type { UnnumberedEvent } from '../../src/engine/index.js';

const { engine, procedures } = createPortalEngine();
const NOW = Date.parse('2026-12-03T10:00:00+07:00');
let repo: Repository;
let app: ReturnType<typeof createPortal>;
let clock = NOW;
const HOSTILE = '<script>alert("x")</script>';
const judicial = procedures.find((p) => p.definition.code === '2.000488')!;

beforeAll(async () => {
  repo = await createRepository(
    sqliteDriver(join(mkdtempSync(join(tmpdir(), 'motcua-portal-pages-')), 'p.sqlite')),
    engine,
  );
  app = createPortal({ engine, procedures, repo, now: () => clock });
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

/** Three days after the appointment in force: an apology's new date. */
function h2due(d: StoredDossier): string {
  const due = engine.dossierDeadline(d.snapshot)!.dueDate;
  return new Date(Date.parse(`${due}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
}

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

  it('the desk walks a land registration by its buttons: handovers, the tax, an apology, the result', async () => {
    const land = procedures.find((p) => p.definition.code === '2.001458')!;
    const origin = 'http://localhost';
    const post = (path: string, fields: Record<string, string>) =>
      app.request(`${origin}${path}`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
      });
    const received = await post(`/desk/new?procedure=${land.hash}`, {
      applicant: 'Phạm Quốc Sơn',
      office: '000.02.24.H29',
      channel: 'in-person',
      'f-changeType': 'transfer',
      'f-declaredValue': '2000000000',
      'f-disadvantagedArea': 'false',
      ...Object.fromEntries(land.definition.documents.flatMap((d) => [[`d-${d.id}`, '1']])),
      intent: 'receive',
    });
    expect(received.status).toBe(303);
    const id = /\/desk\/d\/(\d+)\/receipt/.exec(received.headers.get('location') ?? '')![1]!;
    // A button's hidden fields, read from the page as a browser would submit them.
    const button = async (type: string) => {
      const page = await (await app.request(`/desk/d/${id}`)).text();
      const form = page.split('<form method="post"').find((f) => f.includes(`data-event="${type}"`));
      expect(form, `${type} offered`).toBeDefined();
      return Object.fromEntries(
        [...form!.matchAll(/type="hidden" name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
      );
    };
    const act = async (type: string, extra: Record<string, string> = {}) => {
      clock += 2 * 3_600_000;
      const r = await post(`/desk/d/${id}/events`, { ...(await button(type)), ...extra });
      expect(r.status, `${type}: ${r.status === 422 ? await r.text() : ''}`).toBe(303);
    };
    await act('FORWARD');
    await act('FORWARD');
    const apologyDate = h2due((await repo.get(Number(id)))!);
    await act('APOLOGIZE', { reason: 'Cần xác minh thêm nguồn gốc đất', newDueDate: apologyDate });
    await act('REQUEST_FINANCIAL_OBLIGATION', { amount: '40000000' });
    await act('FINANCIAL_OBLIGATION_MET');
    await act('ISSUE_RESULT');
    await act('RETURN_RESULT');
    const d = (await repo.get(Number(id)))!;
    expect(d.events.map((e) => e.type)).toEqual([
      'SUBMIT',
      'RECEIVE',
      'FORWARD',
      'FORWARD',
      'APOLOGIZE',
      'REQUEST_FINANCIAL_OBLIGATION',
      'FINANCIAL_OBLIGATION_MET',
      'ISSUE_RESULT',
      'RETURN_RESULT',
    ]);
    const lookup = await (await app.request(`/lookup?code=${d.code}`)).text();
    expect(lookup).toContain('Đã trả kết quả');
    // The apology's new date, as the lookup tells it (statusMessage), without its internal reason.
    const [y, m, day] = apologyDate.split('-');
    expect(lookup).toContain(`${day}/${m}/${y}`);
    expect(lookup).not.toContain('Cần xác minh thêm nguồn gốc đất');
    const sheet = await app.request(`/desk/d/${id}/control-sheet`);
    expect(sheet.status).toBe(200);
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
