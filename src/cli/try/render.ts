/**
 * `motcua try` as text: the sections a desk would read, in the chosen language — fees itemised, the documents
 * required and the verdict (with the supplement slip), the events, the appointment with each day skipped and why,
 * each step's window, the status at the chosen instant, the alerts, and the forms (receipt slip, supplement slip,
 * control sheet) as the engine renders them.
 */
import { eventTypeNamesVi, renderForm, type StepSla, toDvcqgStatus } from '../../engine/index.js';
import type { CommandContext } from '../args.js';
import { dayText, instantText, limitText, money, numberText } from '../format.js';
import type { Texts } from '../messages/index.js';
import { reasonText, telling } from '../reasons.js';
import type { TrySession } from './session.js';

type Ctx = Pick<CommandContext, 't' | 'lang' | 'out'>;

const heading = (text: string, ctx: Ctx) => ['', ctx.out.strong(`── ${text}`)];

/**
 * The text of a session.
 *
 * @example
 * renderSession(trySample(land, input, options), ctx) // 'Đăng ký biến động … (2.001458, phiên bản 2026.1)\n\n── Phí, lệ phí …'
 */
export function renderSession(s: TrySession, ctx: Ctx): string {
  const { t, lang } = ctx;
  const d = s.procedure.definition;
  const lines = [
    ctx.out.strong(
      t.TRY_PROCEDURE({
        name: lang === 'en' ? (d.name.en ?? d.name.vi) : d.name.vi,
        code: d.code,
        version: d.version,
      }),
    ),
  ];
  if (s.validation) lines.push(...validationLines(s, ctx));
  if (s.sample !== 'dossier') lines.push(...eventLines(s, ctx));
  if (s.rejected) {
    const r = s.rejected.rejection;
    lines.push(
      '',
      ctx.out.error(
        t.TRY_REJECTED({
          index: s.rejected.index,
          type: eventName(s.rejected.type, lang),
          reason: lang === 'vi' ? r.messageVi : r.message,
        }),
      ),
    );
  }
  lines.push(...appointmentLines(s, ctx), ...stepLines(s, ctx), ...statusLines(s, ctx));
  for (const form of s.forms) lines.push('', renderForm(form, { lang }).trimEnd());
  return `${lines.join('\n')}\n`;
}

function name(n: { vi: string; en?: string | undefined }, lang: 'vi' | 'en'): string {
  return lang === 'en' ? (n.en ?? n.vi) : n.vi;
}

function validationLines(s: TrySession, ctx: Ctx): string[] {
  const { t, lang, out } = ctx;
  const v = s.validation!;
  const d = s.procedure.definition;
  const lines = heading(t.TRY_FEES(), ctx);
  if (v.fees.items.length === 0) lines.push(`  ${t.TRY_NO_FEES()}`);
  for (const fee of v.fees.items) {
    const kind = fee.kind === 'fee' ? t.TRY_FEE_KIND_fee() : t.TRY_FEE_KIND_charge();
    lines.push(`  - ${name(fee.name, lang)} (${kind}): ${money(fee.amount, t, lang, fee.currency)}`);
  }
  const totals = Object.entries(v.fees.totals).map(([currency, sum]) => money(sum, t, lang, currency));
  if (v.fees.items.length > 0) lines.push(`  ${t.TRY_TOTAL()}: ${out.strong(totals.join(' + '))}`);
  const limit = v.timeLimit.type === 'immediate' ? t.IMMEDIATE() : limitText(v.timeLimit, t, lang);
  lines.push(...heading(`${t.TRY_LIMIT()}: ${limit}`, ctx));
  lines.push(...heading(t.TRY_REQUIRED(), ctx));
  for (const id of v.requiredDocuments) {
    const doc = d.documents.find((x) => x.id === id);
    lines.push(`  - ${doc ? name(doc.name, lang) : id}`);
  }
  lines.push(
    '',
    v.ok ? out.ok(t.TRY_COMPLETE()) : out.warning(t.TRY_INCOMPLETE({ count: s.supplementItems.length })),
  );
  for (const item of s.supplementItems) lines.push(`  - ${item.subject}: ${item.reason}`);
  const warnings = v.problems.filter((p) => p.severity === 'warning');
  if (warnings.length > 0) {
    lines.push(`${t.TRY_WARNINGS()}:`);
    for (const w of warnings) lines.push(`  - ${lang === 'vi' ? w.messageVi : w.message}`);
  }
  return lines;
}

/** An event type as a desk names it in Vietnamese ("tiếp nhận hồ sơ"); its code in English. */
function eventName(type: string, lang: Ctx['lang']): string {
  return lang === 'vi' ? (eventTypeNamesVi[type] ?? type) : type;
}

function eventLines(s: TrySession, ctx: Ctx): string[] {
  const lines = heading(ctx.t.TRY_EVENTS(), ctx);
  for (const [i, e] of s.applied.entries()) {
    const at = typeof e.at === 'string' ? instantText(e.at, ctx.t) : '';
    const by = typeof e.by === 'string' ? ` (${agencyName(s, e.by, ctx.lang)})` : '';
    lines.push(`  ${i + 1}. ${at}  ${eventName(e.type as string, ctx.lang)}${by}`);
  }
  if (s.later > 0) lines.push(`  ${ctx.t.TRY_LATER({ count: s.later })}`);
  return lines;
}

function agencyName(s: TrySession, id: string | null, lang: 'vi' | 'en'): string {
  if (id === null) return '';
  const a = s.procedure.definition.agencies.find((x) => x.id === id);
  return a ? name(a.name, lang) : id;
}

function appointmentLines(s: TrySession, ctx: Ctx): string[] {
  const { t, lang } = ctx;
  const view = s.deadline;
  if (!view || !s.snapshot.receivedAt) return [];
  const lines = heading(t.TRY_APPOINTMENT(), ctx);
  lines.push(`  ${t.DL_RECEIVED()}: ${instantText(s.snapshot.receivedAt, t)}`);
  lines.push(`  ${t.DL_START()}: ${instantText(view.start, t)}`);
  lines.push(`  ${t.DL_DUE()}: ${ctx.out.strong(instantText(view.due, t, { due: true }))}`);
  const ext = s.sla?.dossier?.extension;
  if (ext) {
    const p = { due: instantText(ext.due, t, { due: true }), reason: ext.reason };
    lines.push(`  ${ext.kind === 'apology' ? t.TRY_EXTENDED(p) : t.TRY_PROLONGED(p)}`);
  }
  if (view.daysOff.length === 0) lines.push(`  ${t.DL_NO_DAYS_OFF()}`);
  else {
    lines.push(`  ${t.DL_DAYS_OFF()}:`);
    for (const day of view.daysOff) {
      const why = telling(day.reasons)
        .map((r) => reasonText(r, t, lang))
        .join('; ');
      lines.push(`    - ${dayText(day.date, t)}: ${why}`);
    }
  }
  const explanation = s.sla?.dossier?.explanation ?? view.notes;
  if (explanation.length > 0) {
    lines.push(`  ${t.DL_NOTES()}:`);
    for (const note of explanation) lines.push(`    - ${note[lang]}`);
  }
  return lines;
}

function outcomeText(o: StepSla['outcome'], t: Texts): string {
  return o === 'early'
    ? t.OUTCOME_early()
    : o === 'on-time'
      ? t['OUTCOME_on-time']()
      : o === 'late'
        ? t.OUTCOME_late()
        : '';
}

function levelText(level: 'ok' | 'warning' | 'critical' | 'overdue', t: Texts): string {
  return {
    ok: t.LEVEL_ok(),
    warning: t.LEVEL_warning(),
    critical: t.LEVEL_critical(),
    overdue: t.LEVEL_overdue(),
  }[level];
}

function stepLines(s: TrySession, ctx: Ctx): string[] {
  const { t, lang } = ctx;
  if (!s.sla || s.sla.steps.length === 0) return [];
  const lines = heading(t.TRY_STEPS(), ctx);
  for (const step of s.sla.steps) {
    const def = s.procedure.definition.steps.find((x) => x.id === step.step);
    const due = step.due ? instantText(step.due, t, { due: true }) : t.TRY_STEP_NO_DUE();
    const line = t.TRY_STEP_LINE({
      step: def ? name(def.name, lang) : step.step,
      agency: agencyName(s, step.agency, lang),
      from: instantText(step.at, t),
      due,
    });
    const state = step.end ? t.TRY_STEP_ENDED({ end: instantText(step.end, t) }) : t.TRY_STEP_OPEN();
    const verdict = step.outcome ? outcomeText(step.outcome, t) : step.level ? levelText(step.level, t) : '';
    const paint = step.outcome === 'late' || step.overdue ? ctx.out.error : (x: string) => x;
    lines.push(`  - ${line}; ${state}${verdict ? ` — ${paint(verdict)}` : ''}`);
  }
  return lines;
}

function statusLines(s: TrySession, ctx: Ctx): string[] {
  const { t, lang } = ctx;
  const lines = heading(t.TRY_SLA({ at: instantText(s.at, t) }), ctx);
  const phase = s.sla?.phase ?? s.evaluation?.phase ?? 'new';
  const status = toDvcqgStatus(phase);
  lines.push(
    `  ${t.TRY_PHASE({ phase: t[`PHASE_${phase}`](), status: status === null ? '' : String(status) })}`,
  );
  const dossier = s.sla?.dossier;
  if (dossier) {
    lines.push(`  ${t.TRY_DUE({ due: instantText(dossier.due, t, { due: true }) })}`);
    const share = numberText(Math.round(dossier.shareUsed * 1000) / 10, lang);
    lines.push(
      `  ${t.TRY_USED({ used: numberText(dossier.usedHours, lang), budget: numberText(dossier.budgetHours, lang), share, level: levelText(dossier.level, t) })}`,
    );
    if (dossier.deadline.paused)
      lines.push(`  ${t.TRY_PAUSED({ reason: t[`PAUSE_${dossier.deadline.paused}`]() })}`);
    if (dossier.outcome) lines.push(`  ${t.TRY_OUTCOME({ outcome: outcomeText(dossier.outcome, t) })}`);
  }
  const alerts = s.evaluation?.alerts ?? [];
  lines.push(`  ${alerts.length === 0 ? t.TRY_NO_ALERTS() : `${t.TRY_ALERTS()}:`}`);
  for (const a of alerts) {
    const paint =
      a.severity === 'error' ? ctx.out.error : a.severity === 'warning' ? ctx.out.warning : (x: string) => x;
    // The basis is written in English by the engine: shown with the English text only.
    lines.push(`    - ${paint(lang === 'vi' ? a.messageVi : `${a.message} (${a.basis})`)}`);
  }
  return lines;
}
