/**
 * The citizen's lookup by dossier code (tra cứu hồ sơ): no login, so it shows only what the holder of the code
 * may see — the procedure, where the dossier is and which agency holds it, the appointment (the apology's new
 * date when there is one), whether it is late, what is missing when a supplement was asked, the days off inside
 * the time limit, and a timeline of public milestones. Never the applicant's name, an officer, an internal note,
 * a consulted agency's opinion or a return's reason.
 */
import type { Engine, RecordedEvent } from '../../../../src/engine/index.js';
import { phaseOf } from '../../../../src/engine/index.js';
import { type Html, html } from '../html.js';
import { clockText, dayText, type View } from '../layout.js';
import { eventNames, phaseNames } from '../messages.js';
import type { StoredDossier } from '../store/index.js';
import { agencyName, holders } from './dossier.js';

/** The event types a citizen sees in the timeline (the rest are the agencies' internal steps). */
const PUBLIC: ReadonlySet<RecordedEvent['type']> = new Set([
  'SUBMIT',
  'RECEIVE',
  'FORWARD',
  'REQUEST_SUPPLEMENT',
  'SUPPLEMENT_RECEIVED',
  'REQUEST_FINANCIAL_OBLIGATION',
  'FINANCIAL_OBLIGATION_MET',
  'FEE_PAID',
  'ISSUE_RESULT',
  'APPROVE',
  'RETURN_RESULT',
  'REFUSE',
  'WITHDRAW',
  'STOP',
  'APOLOGIZE',
  'EXTEND',
]);

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
  const apology = sla.dossier?.extension ?? null;
  const late =
    sla.dossier !== null &&
    (sla.dossier.outcome === 'late' || (s.finishedAt === null && sla.dossier.level === 'overdue'));
  const waiting = phase === 'awaiting-supplement' || phase === 'incomplete';
  const missing = waiting
    ? (dossier.events.filter((e) => e.type === 'REQUEST_SUPPLEMENT').at(-1)?.items ?? [])
    : [];
  const steps = new Map(d.steps.map((x) => [x.id, x]));
  const line = (e: RecordedEvent): Html | null => {
    if (!PUBLIC.has(e.type)) return null;
    const who = 'by' in e && e.by ? agencyName(dossier, e.by, view.lang) : '';
    const extra =
      e.type === 'FORWARD' && e.to
        ? html` → ${agencyName(dossier, steps.get(e.to)?.agency, view.lang)}`
        : e.type === 'APOLOGIZE' || e.type === 'EXTEND'
          ? html` (${view.t('newDueDate')}: ${dayText(e.newDueDate)})`
          : '';
    return html`<li><time datetime="${e.at}">${clockText(e.at)}</time> <strong>${eventNames[view.lang][e.type]}</strong>${who ? html` — ${who}` : ''}${extra}</li>`;
  };
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
  ${late ? html`<p class="warn" role="status">${view.t('late')}</p>` : ''}
  ${apology ? html`<p class="warn">${view.t('apologised', { date: dayText(apology.to) })}</p>` : ''}
  ${phase === 'result-ready' ? html`<p class="ok">${view.t('resultReady')}</p>` : ''}
  ${missing.length > 0 ? html`<h3>${view.t('missing')}</h3><ul class="slip">${missing.map((m) => html`<li>${m}</li>`)}</ul>` : ''}
  <h3>${view.t('timeline')}</h3>
  <ol class="timeline">${dossier.events.map(line)}</ol>
  ${
    deadline && deadline.daysOff.length > 0
      ? html`<h3>${view.t('daysOff')}</h3><ul class="daysoff">${deadline.daysOff.map(
          (x) =>
            html`<li><time datetime="${x.date}">${dayText(x.date)}</time> ${x.summary[view.lang] ?? x.summary.vi}</li>`,
        )}</ul>`
      : ''
  }
</section>`;
}
