/**
 * The citizen's lookup by dossier code (tra cứu hồ sơ): no login, so it shows only what the holder of the code
 * may see — the procedure, where the dossier is and which agency holds it, the appointment (the apology's new
 * date when there is one), whether it is late, what is missing when a supplement was asked, the days off inside
 * the time limit, and a timeline of public milestones. Never the applicant's name, an officer, an internal note,
 * a consulted agency's opinion or a return's reason. The words and the timeline are the library's
 * `statusMessage` for the web (built from its allow-listed facts); the text message a citizen asking by SMS
 * would get is shown beside it.
 */
import type { Engine } from '../../../../src/engine/index.js';
import { phaseOf } from '../../../../src/engine/index.js';
import { type Html, html } from '../html.js';
import { clockText, dayText, type View } from '../layout.js';
import { phaseNames } from '../messages.js';
import type { StoredDossier } from '../store/index.js';
import { holders } from './dossier.js';

/** The lookup form, and the answer for a code when one was asked. */
export function lookupPage(
  view: View,
  engine: Engine,
  code: string,
  dossier: StoredDossier | null,
  now: string,
): Html {
  const form = html`<form method="get" action="/lookup" class="row" role="search">
  <label for="code">${view.t('code')}</label>
  <input id="code" name="code" value="${code}" autocomplete="off" spellcheck="false" maxlength="64" aria-describedby="code-help">
  <button type="submit">${view.t('lookup')}</button>
</form>
<p id="code-help" class="help">${view.t('lookupHelp')}</p>`;
  if (code === '') return form;
  if (!dossier)
    return html`${form}<section class="problems" role="alert"><h2>${view.t('notFound')}</h2><p>${view.t('notFoundCode', { code })}</p></section>`;
  const s = dossier.snapshot;
  const d = dossier.procedure.definition;
  const phase = phaseOf(s);
  const sla = engine.slaStatus(s, now);
  const deadline = sla.dossier?.deadline ?? null;
  const waiting = phase === 'awaiting-supplement' || phase === 'incomplete';
  // What the desk wrote to the applicant when it asked for the supplement (the slip's lines).
  const missing = waiting
    ? (dossier.events.filter((e) => e.type === 'REQUEST_SUPPLEMENT').at(-1)?.items ?? [])
    : [];
  const web = engine.statusMessage(s, { channel: 'web', lang: view.lang, at: now });
  const sms = engine.statusMessage(s, {
    channel: 'sms',
    lang: view.lang,
    at: now,
    encoding: view.lang === 'vi' ? 'ucs2' : 'gsm7',
  });
  return html`${form}
<section aria-labelledby="answer-h" class="answer">
  <h2 id="answer-h">${view.t('dossier')} ${dossier.code}</h2>
  <dl class="facts">
    <div><dt>${view.t('procedureName')}</dt><dd>${d.name[view.lang] ?? d.name.vi}</dd></div>
    <div><dt>${view.t('phase')}</dt><dd data-phase="${phase}">${phaseNames[view.lang][phase]}</dd></div>
    <div><dt>${view.t('holder')}</dt><dd data-holder>${holders(dossier, view.lang).join(', ') || '—'}</dd></div>
    ${s.receivedAt ? html`<div><dt>${view.t('receivedAt')}</dt><dd>${clockText(s.receivedAt)}</dd></div>` : ''}
    <div><dt>${view.t('due')}</dt><dd data-due>${sla.dossier ? clockText(sla.dossier.due) : s.receivedAt ? view.t('dueWaiting') : '—'}</dd></div>
  </dl>
  <div class="message" data-message>${web.parts.map((p) => html`<p>${p.text}</p>`)}</div>
  ${missing.length > 0 ? html`<h3>${view.t('missing')}</h3><ul class="slip">${missing.map((m) => html`<li>${m}</li>`)}</ul>` : ''}
  <h3>${view.t('timeline')}</h3>
  <ol class="timeline">${web.timeline.map(
    (e) =>
      html`<li${e.dayOff ? html` class="dayoff"` : ''}${e.overdue ? html` data-overdue` : ''}><time datetime="${e.at}">${e.kind === 'day-off' ? dayText(e.day) : clockText(e.at)}</time> ${e.text}</li>`,
  )}</ol>
  ${
    deadline && deadline.daysOff.length > 0
      ? html`<h3>${view.t('daysOff')}</h3><ul class="daysoff">${deadline.daysOff.map(
          (x) =>
            html`<li><time datetime="${x.date}">${dayText(x.date)}</time> ${x.summary[view.lang] ?? x.summary.vi}</li>`,
        )}</ul>`
      : ''
  }
  <h3>${view.t('smsTitle')}</h3>
  <p class="sms" data-sms>${sms.text}</p>
  <p class="help">${view.t('smsHelp', { length: sms.sms?.length ?? 0, limit: sms.sms?.limit ?? 0 })}</p>
</section>`;
}
