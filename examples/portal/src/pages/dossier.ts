/**
 * The desk's view of one dossier: where it is, who holds it, its deadline, the events allowed now
 * (`engine.nextEvents`: one button each, with the inputs that event needs) and its log. Each button posts one
 * event with the seq the page was read at, so a page older than the dossier gets a conflict, never a silent
 * overwrite.
 */
import type { Engine, NextEvent, SlaStatus } from '../../../../src/engine/index.js';
import { phaseOf } from '../../../../src/engine/index.js';
import { type Html, html } from '../html.js';
import { clockText, dayText, type View } from '../layout.js';
import { eventNames, phaseNames } from '../messages.js';
import type { StoredDossier } from '../store/index.js';

/** The agencies holding a dossier now: those of the steps open. */
export function holders(dossier: StoredDossier, lang: 'vi' | 'en'): string[] {
  const d = dossier.procedure.definition;
  const names = new Map(d.agencies.map((a) => [a.id, a.name[lang] ?? a.name.vi]));
  const steps = new Map(d.steps.map((s) => [s.id, s.agency]));
  const out: string[] = [];
  for (const v of dossier.snapshot.visits) {
    if (v.end !== null) continue;
    const name = names.get(steps.get(v.step) ?? '') ?? v.step;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** The agency's name in the language asked. */
export function agencyName(dossier: StoredDossier, id: string | null | undefined, lang: 'vi' | 'en'): string {
  const a = dossier.procedure.definition.agencies.find((x) => x.id === id);
  return a ? (a.name[lang] ?? a.name.vi) : (id ?? '');
}

const inputs = (view: View, e: NextEvent, k: string, suggested: readonly string[]): Html => {
  const id = (n: string) => `${k}-${n}`;
  const text = (name: string, label: string, required = true) =>
    html`<div class="field"><label for="${id(name)}">${label}</label><input id="${id(name)}" name="${name}" maxlength="2000"${required ? html` required` : ''}></div>`;
  const lines = (name: string, label: string, value = '') =>
    html`<div class="field"><label for="${id(name)}">${label}</label><textarea id="${id(name)}" name="${name}" rows="3" required>${value}</textarea></div>`;
  switch (e.type) {
    case 'REFUSE':
      return lines('reasons', view.t('reasons'));
    case 'REQUEST_SUPPLEMENT':
      return lines('items', view.t('items'), suggested.join('\n'));
    case 'RETURN':
      return text('reason', view.t('reason'));
    case 'WITHDRAW':
      return text('reason', view.t('reason'), false);
    case 'REPLY':
      return text('opinion', view.t('opinion'), false);
    case 'REQUEST_FINANCIAL_OBLIGATION':
    case 'FEE_PAID':
      return html`<div class="field"><label for="${id('amount')}">${view.t('amount')}</label><input id="${id('amount')}" name="amount" type="number" min="0" step="1" inputmode="numeric"></div>`;
    case 'APOLOGIZE':
    case 'EXTEND':
      return html`${text('reason', view.t('reason'))}<div class="field"><label for="${id('due')}">${view.t('newDueDate')}</label><input id="${id('due')}" name="newDueDate" type="date" required></div>${
        e.type === 'EXTEND'
          ? html`<div class="check"><input type="checkbox" id="${id('agr')}" name="agreement" value="true"><label for="${id('agr')}">${view.t('agreement')}</label></div>`
          : ''
      }`;
    case 'STOP':
      return html`<div class="field"><label for="${id('sr')}">${view.t('stopReason')}</label><select id="${id('sr')}" name="reason"><option value="other">${view.t('stop.other')}</option><option value="supplement-not-completed">${view.t('stop.supplement-not-completed')}</option></select></div>${text('note', view.t('note'), false)}`;
    default:
      return html``;
  }
};

/** The dossier page. */
export function dossierPage(
  view: View,
  engine: Engine,
  dossier: StoredDossier,
  now: string,
  message: Html | null,
): Html {
  const s = dossier.snapshot;
  const d = dossier.procedure.definition;
  const phase = phaseOf(s);
  const sla: SlaStatus = engine.slaStatus(s, now);
  const offered = engine.nextEvents(s, now).filter((e) => e.type !== 'MIGRATE' && e.type !== 'SUBMIT');
  const resubmit = engine.nextEvents(s, now).find((e) => e.type === 'SUBMIT');
  const actions = resubmit ? [resubmit, ...offered] : offered;
  const suggested =
    dossier.events
      .filter((e) => e.type === 'REQUEST_SUPPLEMENT')
      .at(-1)
      ?.items.slice() ?? [];
  const level = sla.dossier
    ? view.t(sla.dossier.level === 'ok' ? 'level.none' : `level.${sla.dossier.level}`)
    : null;
  return html`
${message}
<dl class="facts">
  <div><dt>${view.t('code')}</dt><dd>${dossier.code ?? view.t('notReceived')}</dd></div>
  <div><dt>${view.t('procedure')}</dt><dd>${d.code} — ${d.name[view.lang] ?? d.name.vi}</dd></div>
  <div><dt>${view.t('applicant')}</dt><dd>${dossier.application.applicant}</dd></div>
  <div><dt>${view.t('phase')}</dt><dd data-phase="${phase}">${phaseNames[view.lang][phase]}</dd></div>
  <div><dt>${view.t('holder')}</dt><dd>${holders(dossier, view.lang).join(', ') || '—'}</dd></div>
  <div><dt>${view.t('due')}</dt><dd>${sla.dossier ? clockText(sla.dossier.due) : s.receivedAt ? view.t('dueWaiting') : '—'}</dd></div>
  ${level ? html`<div><dt>${view.t('level')}</dt><dd class="level-${sla.dossier!.level}">${level}</dd></div>` : ''}
</dl>
<section aria-labelledby="act-h">
  <h2 id="act-h">${view.t('actions')}</h2>
  ${actions.length === 0 ? html`<p>${view.t('noActions')}</p>` : ''}
  <div class="actions">
  ${actions.map((e, i) => {
    const k = `a${i}`;
    const who = e.by === null ? view.t('applicantActs') : agencyName(dossier, e.by, view.lang);
    const target = e.to ? d.steps.find((x) => x.id === e.to) : undefined;
    return html`<form method="post" action="/desk/d/${dossier.id}/events" class="action">
      <input type="hidden" name="type" value="${e.type}">
      <input type="hidden" name="seq" value="${s.seq + 1}">
      ${e.by ? html`<input type="hidden" name="by" value="${e.by}">` : ''}
      ${e.step ? html`<input type="hidden" name="step" value="${e.step}">` : ''}
      ${e.to ? html`<input type="hidden" name="to" value="${e.to}">` : ''}
      ${e.result ? html`<input type="hidden" name="result" value="${e.result}">` : ''}
      ${inputs(view, e, k, suggested)}
      <button type="submit" data-event="${e.type}">${eventNames[view.lang][e.type]}${target ? html` → ${target.name[view.lang] ?? target.name.vi}` : ''}</button>
      <span class="who">${view.t('by')}: ${who}</span>
    </form>`;
  })}
  </div>
</section>
<section aria-labelledby="slip-h">
  <h2 id="slip-h">${view.t('slips')}</h2>
  <ul class="links">
    ${s.receivedAt ? html`<li><a href="/desk/d/${dossier.id}/receipt">${view.t('receiptSlip')}</a></li><li><a href="/desk/d/${dossier.id}/control-sheet">${view.t('controlSheet')}</a></li>` : ''}
    ${s.deskSupplements > 0 || s.supplements > 0 ? html`<li><a href="/desk/d/${dossier.id}/supplement">${view.t('supplementSlip')}</a></li>` : ''}
  </ul>
</section>
<section aria-labelledby="log-h">
  <h2 id="log-h">${view.t('timeline')}</h2>
  <ol class="timeline">${dossier.events.map(
    (e) =>
      html`<li><time datetime="${e.at}">${clockText(e.at)}</time> <strong>${eventNames[view.lang][e.type]}</strong>${
        'by' in e && e.by ? html` — ${agencyName(dossier, e.by, view.lang)}` : ''
      }${e.type === 'APOLOGIZE' || e.type === 'EXTEND' ? html` (${view.t('newDueDate')}: ${dayText(e.newDueDate)})` : ''}</li>`,
  )}</ol>
</section>`;
}

/** The event a button posted: its fields, typed, for `parseEvent`. */
export function eventFromForm(body: Record<string, string>, at: string): Record<string, unknown> {
  const e: Record<string, unknown> = { type: body.type, seq: Number(body.seq), at };
  for (const k of ['by', 'step', 'to', 'result', 'reason', 'note', 'opinion', 'newDueDate'] as const) {
    const v = (body[k] ?? '').trim();
    if (v !== '') e[k] = v;
  }
  const list = (k: string) =>
    (body[k] ?? '')
      .split(/\r?\n/)
      .map((x) => x.trim())
      .filter((x) => x !== '');
  if (body.type === 'REFUSE') e.reasons = list('reasons');
  if (body.type === 'REQUEST_SUPPLEMENT') e.items = list('items');
  if ((body.amount ?? '').trim() !== '') e.amount = Number(body.amount);
  if (body.agreement === 'true') e.agreement = true;
  return e;
}
