/**
 * End to end in headless Chromium (Debian's package, driven by playwright-core; never a downloaded browser):
 * a clerk receives a dossier and walks it to its result with the keyboard and the mouse; a citizen looks it up
 * and sees the right appointment and holder; the dashboard shows the seeded figures. A screenshot of each page
 * goes to test-artifacts/portal/ (gitignored).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockText, numberText, rateText, type View } from '../../examples/portal/src/layout.js';
import { t } from '../../examples/portal/src/messages.js';
import { phaseOf } from '../../src/engine/index.js';
import { type Harness, startPortal } from './harness.js';
import { chromiumPath, chromiumSkip } from './support.js';

const artifacts = join(process.cwd(), 'test-artifacts', 'portal');
const HOUR = 3_600_000;

describe('the portal in Chromium', () => {
  if (chromiumSkip !== null) {
    it.skip(`skipped: ${chromiumSkip}`, () => undefined);
    return;
  }
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    h = await startPortal();
    profile = mkdtempSync(join(tmpdir(), 'motcua-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1100, height: 900 },
    });
    // Nothing leaves the machine: every request is to the portal on loopback.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(h.url) ? route.continue() : route.abort(),
    );
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await h?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  let code = '';

  it('a clerk receives a dossier and walks it to its result', async () => {
    await page.goto(`${h.url}/desk`);
    expect(await page.locator('h1').textContent()).toBe('Tiếp nhận hồ sơ');
    await page.selectOption('#procedure', { label: '2.000488 — Cấp Phiếu lý lịch tư pháp' });
    await page.getByRole('button', { name: 'Chọn' }).click();
    await page.fill('#applicant', 'Lê Minh <Khoa>');
    await page.fill('#f-copies', '3');
    await page.check('#d-declaration');
    // Checked first without the identity document: the supplement slip lists it.
    await page.getByRole('button', { name: 'Kiểm tra hồ sơ' }).click();
    await expect.poll(() => page.locator('#outcome h2').textContent()).toBe('Hồ sơ chưa đầy đủ');
    expect(await page.locator('.slip').textContent()).toContain('Bản chụp giấy tờ tùy thân');
    expect(await page.locator('#outcome').textContent()).toContain('205.000 VND');
    await shot('desk-check');
    await page.check('#d-identity');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    await page.waitForURL(/\/receipt$/);
    const slip = (await page.locator('.slip-sheet').textContent()) ?? '';
    code = /000\.01\.24\.H29-261203-\d{4}/.exec(slip)?.[0] ?? '';
    expect(code).not.toBe('');
    expect(slip).toContain('Lê Minh <Khoa>'); // shown as text, escaped in the markup
    await shot('receipt-slip');
    await page.getByRole('link', { name: 'Quay lại hồ sơ' }).click();
    // FORWARD to the police, FORWARD to signing, ISSUE_RESULT, RETURN_RESULT: each a button from nextEvents.
    for (const event of ['FORWARD', 'FORWARD', 'ISSUE_RESULT', 'RETURN_RESULT']) {
      h.clock += 1.5 * HOUR;
      const before = await page.locator('.timeline li').count();
      const button = page.locator(`button[data-event="${event}"]`).first();
      await button.focus();
      await page.keyboard.press('Enter'); // keyboard: the button submits its form
      await expect.poll(() => page.locator('.timeline li').count()).toBe(before + 1);
    }
    expect(await page.locator('[data-phase]').getAttribute('data-phase')).toBe('result-returned');
    expect(await page.locator('.actions form').count()).toBe(0);
    await shot('desk-dossier');
    const stored = (await h.repo.getByCode(code))!;
    expect(stored.events.map((e) => e.type)).toEqual([
      'SUBMIT',
      'RECEIVE',
      'FORWARD',
      'FORWARD',
      'ISSUE_RESULT',
      'RETURN_RESULT',
    ]);
  });

  it('a citizen looks a dossier up by its code: the appointment and the holder, nothing internal', async () => {
    // A seeded dossier in progress, with a step open.
    let target = null;
    for (const row of await h.repo.list({ limit: 500 })) {
      const d = await h.repo.get(row.id);
      if (d?.code && phaseOf(d.snapshot) === 'processing' && h.engine.dossierDeadline(d.snapshot)) {
        target = d;
        break;
      }
    }
    expect(target).not.toBeNull();
    const d = target!;
    const def = d.procedure.definition;
    const open = d.snapshot.visits.find((v) => v.end === null)!;
    const agency = def.steps.find((s) => s.id === open.step)!.agency;
    const holder = def.agencies.find((a) => a.id === agency)!.name.vi;
    const due = clockText(h.engine.slaStatus(d.snapshot, h.clock).dossier!.due);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${h.url}/lookup`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.className')).toBe('skip');
    await page.locator('#code').fill(d.code!);
    await page.keyboard.press('Enter');
    await page.waitForURL(/code=/);
    expect((await page.locator('[data-holder]').textContent())?.trim()).toBe(holder);
    expect((await page.locator('[data-due]').textContent())?.trim()).toBe(due);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain(d.application.applicant);
    // The phone screen: nothing wider than it.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await shot('lookup-phone');
    // The clerk's dossier of the first test: returned.
    await page.locator('#code').fill(code);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-phase]').getAttribute('data-phase')).toBe('result-returned');
    expect(await page.locator('main').textContent()).not.toContain('Khoa');
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it('the dashboard shows the seeded figures, in Vietnamese and in English, with the CSV', async () => {
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const expected = await h.engine.summarize(h.repo.snapshots(), { period, groupBy: ['agency'] });
    await page.goto(`${h.url}/dashboard?period=2026-11`);
    const view = { lang: 'vi', t: (k: never) => t('vi', k) } as unknown as View;
    const figure = async (name: string) =>
      (await page.locator(`[data-figure="${name}"]`).textContent())?.trim();
    expect(await figure('received')).toBe(numberText(view, expected.total.received));
    expect(await figure('on-time')).toBe(rateText(view, expected.total.resolvedOnTimeRate));
    expect(await figure('overdue')).toBe(numberText(view, expected.total.inProgress.overdue));
    expect(await figure('766')).toBe(rateText(view, expected.total.decision766.rate));
    // Issue 15's figures, from the same summary (the seed records digitisation and online payment).
    expect(await figure('online')).toBe(rateText(view, expected.total.onlineShare));
    expect(await figure('payment-online')).toBe(rateText(view, expected.total.payment.onlineShare));
    expect(await figure('digitised')).toBe(rateText(view, expected.total.digitisation.dossiers.share));
    expect(await figure('results-digitised')).toBe(rateText(view, expected.total.digitisation.results.share));
    expect(expected.total.digitisation.dossiers.share).not.toBeNull();
    expect(expected.total.received).toBeGreaterThan(10);
    expect(await page.locator('figure.chart svg rect').count()).toBe(
      expected.groups.filter((g) => g.figures.decision766.rate !== null).length,
    );
    expect(await page.locator('main').textContent()).toContain('Tết');
    await shot('dashboard');
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Dashboard');
    const href = await page.locator('a[download]').getAttribute('href');
    const csv = await page.request.get(`${h.url}${href}`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const rows = (await csv.text()).trim().split('\n');
    // A header, a row per office, the total.
    expect(rows.length).toBe(expected.groups.length + 2);
    await page.goto(`${h.url}/dashboard?lang=vi`);
  });
});
