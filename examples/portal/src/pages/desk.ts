/**
 * The desk (Bộ phận Một cửa): the list of dossiers, and the application form generated from a definition — its
 * fields, documents and fees — checked with `validateDossier`; an incomplete dossier shows the supplement slip's
 * lines (Decree 118/2025 Art. 17(1): everything to supplement at once).
 */
import type { DossierValidation, FormField, Procedure } from '../../../../src/rules/index.js';
import { supplementRequestItems } from '../../../../src/rules/index.js';
import { type Html, html } from '../html.js';
import { numberText, type View } from '../layout.js';
import { phaseNames } from '../messages.js';
import type { Office } from '../procedures.js';
import type { Application, DossierRow } from '../store/index.js';

/** The desk's start page: a procedure to start a dossier with, and the dossiers lately touched. */
export function deskHome(
  view: View,
  procedures: readonly Procedure[],
  rows: readonly (DossierRow & { phase: keyof (typeof phaseNames)['vi']; name: string })[],
  query: string,
): Html {
  return html`
<section aria-labelledby="new-h">
  <h2 id="new-h">${view.t('newDossier')}</h2>
  <form method="get" action="/desk/new" class="row">
    <label for="procedure">${view.t('procedure')}</label>
    <select id="procedure" name="procedure">${procedures.map(
      (p) =>
        html`<option value="${p.hash}">${p.definition.code} — ${p.definition.name[view.lang] ?? p.definition.name.vi}</option>`,
    )}</select>
    <button type="submit">${view.t('choose')}</button>
  </form>
</section>
<section aria-labelledby="recent-h">
  <h2 id="recent-h">${view.t('recent')}</h2>
  <form method="get" action="/desk" class="row" role="search">
    <label for="q">${view.t('searchCode')}</label>
    <input id="q" name="q" value="${query}" inputmode="search" autocomplete="off">
    <button type="submit">${view.t('search')}</button>
  </form>
  <div class="scroll"><table>
    <thead><tr><th scope="col">${view.t('code')}</th><th scope="col">${view.t('procedure')}</th><th scope="col">${view.t('phase')}</th><th scope="col"><span class="sr">${view.t('open')}</span></th></tr></thead>
    <tbody>${rows.map(
      (r) =>
        html`<tr><td>${r.code ?? view.t('notReceived')}</td><td>${r.name}</td><td>${phaseNames[view.lang][r.phase]}</td><td><a href="/desk/d/${r.id}">${view.t('open')}<span class="sr"> ${r.code ?? r.id}</span></a></td></tr>`,
    )}</tbody>
  </table></div>
</section>`;
}

/** The values a desk form carries back (what the clerk typed). */
export interface DeskForm {
  readonly applicant: string;
  readonly office: string;
  readonly application: Application | null;
}

const fieldInput = (view: View, f: FormField, value: unknown): Html => {
  const id = `f-${f.id}`;
  const label = f.label[view.lang] ?? f.label.vi;
  const v = value === undefined || value === null ? (f.default ?? '') : value;
  const req = f.required && f.requiredWhen === undefined;
  const lab = html`<label for="${id}">${label}${req ? html` <span class="req">(${view.t('required')})</span>` : ''}</label>`;
  switch (f.type) {
    case 'boolean':
      return html`<div class="field">${lab}<select id="${id}" name="${id}"><option value="false"${v === true || v === 'true' ? '' : html` selected`}>${view.t('no')}</option><option value="true"${v === true || v === 'true' ? html` selected` : ''}>${view.t('yes')}</option></select></div>`;
    case 'enum':
      return html`<div class="field">${lab}<select id="${id}" name="${id}"><option value=""></option>${f.values.map(
        (o) =>
          html`<option value="${o.value}"${String(v) === o.value ? html` selected` : ''}>${o.label[view.lang] ?? o.label.vi}</option>`,
      )}</select></div>`;
    case 'integer':
    case 'number':
      return html`<div class="field">${lab}<input id="${id}" name="${id}" type="number" inputmode="decimal" step="${f.type === 'integer' ? '1' : 'any'}" value="${String(v)}"${f.min === undefined ? '' : html` min="${f.min}"`}${f.max === undefined ? '' : html` max="${f.max}"`}></div>`;
    case 'date':
      return html`<div class="field">${lab}<input id="${id}" name="${id}" type="date" value="${String(v)}"></div>`;
    default:
      return html`<div class="field">${lab}<input id="${id}" name="${id}" value="${String(v)}" maxlength="${f.maxLength ?? 1000}"></div>`;
  }
};

/** The application form of a procedure, with the check's outcome when there is one. */
export function deskForm(
  view: View,
  procedure: Procedure,
  offices: readonly Office[],
  form: DeskForm,
  validation: DossierValidation | null,
): Html {
  const d = procedure.definition;
  const app = form.application;
  const channels = (['in-person', 'post', 'online'] as const).filter((c) =>
    c === 'in-person' ? d.channels.inPerson : c === 'post' ? d.channels.post : d.channels.online !== 'none',
  );
  const given = new Map(app?.documents.map((x) => [x.document, x]) ?? []);
  const items = validation ? supplementRequestItems(validation, { lang: view.lang }) : [];
  const fees = validation?.fees;
  return html`
<p class="lead">${d.code} — ${d.name[view.lang] ?? d.name.vi}</p>
<form method="post" action="/desk/new?procedure=${procedure.hash}" class="stack" novalidate>
  <fieldset><legend>${view.t('applicant')}</legend>
    <div class="field"><label for="applicant">${view.t('applicant')} <span class="req">(${view.t('required')})</span></label>
      <input id="applicant" name="applicant" value="${form.applicant}" required maxlength="200" autocomplete="name"></div>
    <div class="field"><label for="office">${view.t('office')}</label>
      <select id="office" name="office">${offices.map(
        (o) =>
          html`<option value="${o.code}"${o.code === form.office ? html` selected` : ''}>${o.name[view.lang]}</option>`,
      )}</select></div>
    <div class="field"><label for="channel">${view.t('channel')}</label>
      <select id="channel" name="channel">${channels.map(
        (c) =>
          html`<option value="${c}"${app?.channel === c ? html` selected` : ''}>${view.t(`channel.${c}`)}</option>`,
      )}</select></div>
  </fieldset>
  ${
    d.fields.length === 0
      ? ''
      : html`<fieldset><legend>${view.t('fields')}</legend>${d.fields.map((f) => fieldInput(view, f, app?.fields[f.id]))}</fieldset>`
  }
  <fieldset><legend>${view.t('documents')}</legend>
  ${d.documents.map((doc) => {
    const g = given.get(doc.id);
    const forms = [...doc.accepts, ...(doc.electronicFormats.length > 0 ? ['electronic' as const] : [])];
    return html`<div class="doc">
      <input type="checkbox" id="d-${doc.id}" name="d-${doc.id}" value="1"${g ? html` checked` : ''}>
      <label for="d-${doc.id}">${doc.name[view.lang] ?? doc.name.vi}</label>
      <label class="sr" for="df-${doc.id}">${view.t('form')}</label>
      <select id="df-${doc.id}" name="df-${doc.id}">${forms.map(
        (f) =>
          html`<option value="${f}"${g?.form === f ? html` selected` : ''}>${view.t(`form.${f}`)}</option>`,
      )}</select>
      <label class="sr" for="dc-${doc.id}">${view.t('copies')}</label>
      <input id="dc-${doc.id}" name="dc-${doc.id}" type="number" min="1" max="1000" value="${g?.copies ?? 1}" class="copies">
    </div>`;
  })}
  </fieldset>
  ${
    validation === null
      ? ''
      : html`<section class="${validation.ok ? 'ok' : 'problems'}" aria-live="polite" id="outcome">
    <h2>${validation.ok ? view.t('complete') : view.t('incomplete')}</h2>
    ${
      items.length === 0
        ? ''
        : html`<h3>${view.t('supplementSlip')}</h3><ol class="slip">${items.map((i) => html`<li><strong>${i.subject}</strong>: ${i.reason}</li>`)}</ol>`
    }
    ${
      fees && fees.items.length > 0
        ? html`<h3>${view.t('fees')}</h3><table><tbody>${fees.items.map(
            (f) =>
              html`<tr><td>${f.name[view.lang] ?? f.name.vi}</td><td class="num">${numberText(view, f.amount)} ${f.currency}</td></tr>`,
          )}<tr><th scope="row">${view.t('feeTotal')}</th><td class="num">${numberText(view, fees.total)} VND</td></tr></tbody></table>`
        : ''
    }
  </section>`
  }
  <div class="buttons">
    <button type="submit" name="intent" value="check">${view.t('check')}</button>
    <button type="submit" name="intent" value="receive" class="primary">${view.t('receive')}</button>
    ${validation && !validation.ok ? html`<button type="submit" name="intent" value="supplement">${view.t('askSupplement')}</button>` : ''}
  </div>
</form>`;
}

/** The application read from the desk form (values typed by the definition's fields). */
export function readDeskForm(procedure: Procedure, body: Record<string, string>): DeskForm {
  const d = procedure.definition;
  const channel = (['in-person', 'post', 'online'] as const).find((c) => c === body.channel) ?? 'in-person';
  const fields: Record<string, string | number | boolean | null> = {};
  for (const f of d.fields) {
    const raw = (body[`f-${f.id}`] ?? '').trim().slice(0, 10_000);
    if (raw === '') continue;
    if (f.type === 'boolean') fields[f.id] = raw === 'true';
    else if (f.type === 'integer' || f.type === 'number') fields[f.id] = Number(raw);
    else fields[f.id] = raw;
  }
  const documents = d.documents
    .filter((doc) => body[`d-${doc.id}`] === '1')
    .map((doc) => {
      const form = body[`df-${doc.id}`];
      const copies = Math.min(Math.max(Math.trunc(Number(body[`dc-${doc.id}`] ?? 1)) || 1, 1), 1000);
      return {
        document: doc.id,
        name: doc.name.vi,
        form: (form === 'electronic' || (doc.accepts as readonly string[]).includes(form ?? '')
          ? form
          : (doc.accepts[0] ?? 'original')) as Application['documents'][number]['form'],
        copies,
      };
    });
  return {
    applicant: (body.applicant ?? '').trim().slice(0, 200),
    office: body.office ?? '',
    application: {
      applicant: (body.applicant ?? '').trim().slice(0, 200),
      office: body.office ?? '',
      channel,
      fields,
      documents,
    },
  };
}

/** A form body's string values, each bounded. */
export function strings(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v.slice(0, 20_000);
  return out;
}

/** The problem shown when the applicant's name is left empty (the portal's own field, not the definition's). */
export function applicantMissing(view: View) {
  return {
    code: 'APPLICANT_MISSING',
    severity: 'error',
    params: {},
    message: `${view.t('applicant')}: ${view.t('required')}`,
    messageVi: `${view.t('applicant')}: ${view.t('required')}`,
    path: ['applicant'],
    field: { id: 'applicant', label: { vi: view.t('applicant'), en: view.t('applicant') } },
  } as never;
}
