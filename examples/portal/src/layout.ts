/**
 * The page shell: language (Vietnamese first; `?lang=en` switches and a cookie remembers), the skip link, the
 * navigation, the local stylesheet (no CDN), and the helpers the pages share.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type Html, html } from './html.js';
import { type Lang, type MessageKey, t } from './messages.js';

/** What a page needs to know about its request. */
export interface View {
  readonly lang: Lang;
  readonly url: URL;
  readonly t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
}

/** The language of a request: `?lang=` (remembered in a cookie), the cookie, else Vietnamese. */
export function viewOf(c: Context): View {
  const asked = c.req.query('lang');
  let lang: Lang = getCookie(c, 'lang') === 'en' ? 'en' : 'vi';
  if (asked === 'vi' || asked === 'en') {
    lang = asked;
    setCookie(c, 'lang', asked, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 31_536_000 });
  }
  return { lang, url: new URL(c.req.url), t: (key, params) => t(lang, key, params) };
}

/** This page's address in the other language. */
function otherLanguage(view: View): string {
  const u = new URL(view.url);
  u.searchParams.set('lang', view.lang === 'vi' ? 'en' : 'vi');
  return `${u.pathname}${u.search}`;
}

/** A whole page. */
export function page(
  view: View,
  title: string,
  body: Html,
  active: 'desk' | 'lookup' | 'dashboard' | null = null,
): string {
  const link = (href: string, key: MessageKey, name: typeof active) =>
    html`<a href="${href}"${name === active ? html` aria-current="page"` : ''}>${view.t(key)}</a>`;
  return html`<!doctype html>
<html lang="${view.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${view.t('portal')}</title>
<link rel="stylesheet" href="/assets/portal.css">
</head>
<body>
<a class="skip" href="#main">${view.t('skip')}</a>
<header class="top">
  <a class="brand" href="/">${view.t('portal')}</a>
  <nav aria-label="${view.t('portal')}">
    ${link('/desk', 'navDesk', 'desk')}
    ${link('/lookup', 'navLookup', 'lookup')}
    ${link('/dashboard', 'navDashboard', 'dashboard')}
    <a class="lang" href="${otherLanguage(view)}" lang="${view.lang === 'vi' ? 'en' : 'vi'}">${view.t('otherLang')}</a>
  </nav>
</header>
<main id="main" tabindex="-1">
<h1>${title}</h1>
${body}
</main>
<footer><p>${view.t('demoNote')}</p></footer>
</body>
</html>
`.value;
}

const HOUR = 3_600_000;

/** An instant as the slips write it, in Vietnam time: `09:10 10/02/2026`. */
export function clockText(instant: string | number): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  const s = new Date(ms + 7 * HOUR).toISOString();
  return `${s.slice(11, 16)} ${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
}

/** A legal day as `dd/mm/yyyy`. */
export function dayText(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** An instant as ISO-8601 in `+07:00`. */
export function vnInstant(ms: number): string {
  return `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;
}

/** A number as Vietnamese or English write it. */
export function numberText(view: View, n: number): string {
  return n.toLocaleString(view.lang === 'vi' ? 'vi-VN' : 'en-GB');
}

/** A rate (0–1) as a percentage, or "none yet". */
export function rateText(view: View, rate: number | null): string {
  return rate === null
    ? view.t('noData')
    : `${(rate * 100).toLocaleString(view.lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} %`;
}
