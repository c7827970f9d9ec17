/**
 * The manager's dashboard (bảng điều hành): the period's figures from the library's streaming summary — the
 * resolved on-time rate, the open and overdue count, the Decision 766 progress indicator — in total, by receiving
 * office and by procedure, a bar chart of the indicator by office (inline SVG, no script), the warning lists, the
 * CSV download (`summaryCsv`), and the year's days off from the calendar.
 */
import type { DayInfo } from '../../../../src/calendar/index.js';
import type { SummaryFigures, SummaryResult, WarningCode } from '../../../../src/engine/index.js';
import { type Html, html } from '../html.js';
import { dayText, numberText, rateText, type View } from '../layout.js';
import { officeName } from '../procedures.js';

/** A period of the dashboard: a month `YYYY-MM`, or the year to date `YYYY`. */
export interface DashboardPeriod {
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

/** The period a `?period=` names (default: this month, as of `today`). */
export function periodOf(asked: string | undefined, today: string): DashboardPeriod {
  const month = (id: string): DashboardPeriod => {
    const [y, m] = id.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { id, from: `${id}-01`, to: `${id}-${String(last).padStart(2, '0')}` };
  };
  if (asked && /^20\d\d-(0[1-9]|1[0-2])$/.test(asked) && asked <= today.slice(0, 7)) return month(asked);
  if (asked && /^20\d\d$/.test(asked) && asked <= today.slice(0, 4))
    return { id: asked, from: `${asked}-01-01`, to: asked === today.slice(0, 4) ? today : `${asked}-12-31` };
  return month(today.slice(0, 7));
}

const WARNING_NAMES: Readonly<Record<WarningCode, { vi: string; en: string }>> = {
  DUE_SOON: { vi: 'Sắp đến hạn', en: 'Due soon' },
  OVERDUE: { vi: 'Quá hạn', en: 'Overdue' },
  STEP_HELD: { vi: 'Giữ hồ sơ quá thời gian của bước', en: 'Held past the step’s share' },
  SUPPLEMENT_REQUEST_LATE: { vi: 'Yêu cầu bổ sung muộn', en: 'Late supplement request' },
  APOLOGY_LATE: { vi: 'Xin lỗi sát hạn', en: 'Late apology' },
  ONLINE_ACCEPTANCE_LATE: { vi: 'Tiếp nhận trực tuyến muộn', en: 'Late online acceptance' },
};

/** An office's name; a group of dossiers never received has no office code (the definition's desk instead). */
const officeLabel = (view: View, key: string | undefined): string =>
  key?.includes('.') ? officeName(key, view.lang) : view.t('notReceived');

const figureRow = (view: View, label: string, f: SummaryFigures): Html =>
  html`<tr><th scope="row">${label}</th><td class="num">${numberText(view, f.received)}</td><td class="num">${numberText(view, f.resolved.total)}</td><td class="num">${rateText(view, f.resolvedOnTimeRate)}</td><td class="num">${numberText(view, f.inProgress.total)}</td><td class="num">${numberText(view, f.inProgress.overdue)}</td><td class="num">${rateText(view, f.decision766.rate)}</td></tr>`;

const table = (view: View, caption: string, rows: Html[]): Html =>
  html`<div class="scroll"><table class="figures"><caption>${caption}</caption><thead><tr><th scope="col">${view.t('group')}</th><th scope="col">${view.t('received')}</th><th scope="col">${view.t('resolved')}</th><th scope="col">${view.t('onTimeRate')}</th><th scope="col">${view.t('inProgress')}</th><th scope="col">${view.t('openOverdue')}</th><th scope="col">${view.t('indicator766')}</th></tr></thead><tbody>${rows}</tbody></table></div>`;

/** Bars of the 766 indicator per office: an SVG with a text alternative (the table holds the same numbers). */
function chart(view: View, groups: SummaryResult['groups']): Html {
  const bars = groups.filter((g) => g.figures.decision766.rate !== null);
  const rowH = 28;
  const labelW = 0;
  const h = bars.length * rowH + 24;
  return html`<figure class="chart"><svg viewBox="0 0 320 ${h}" width="100%" role="img" aria-labelledby="chart-t">
<title id="chart-t">${view.t('chartTitle')}</title>
${bars.map((g, i) => {
  const rate = g.figures.decision766.rate ?? 0;
  const y = i * rowH + 4;
  const w = Math.round(rate * 200);
  const name = officeLabel(view, g.key.agency);
  return html`<g><text x="${labelW}" y="${y + 11}" font-size="10">${name}</text><rect x="0" y="${y + 14}" width="${w}" height="10" class="bar${rate < 0.9 ? ' low' : ''}"></rect><text x="${w + 4}" y="${y + 23}" font-size="10">${rateText(view, rate)}</text></g>`;
})}
</svg><figcaption>${view.t('chartTitle')}</figcaption></figure>`;
}

/** The dashboard. */
export function dashboardPage(
  view: View,
  period: DashboardPeriod,
  today: string,
  byAgency: SummaryResult,
  byProcedure: SummaryResult,
  procedureNames: ReadonlyMap<string, string>,
  daysOff: readonly DayInfo[],
): Html {
  const t = byAgency.total;
  const thisMonth = today.slice(0, 7);
  const [y, m] = thisMonth.split('-').map(Number) as [number, number];
  const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const choice = (id: string, key: 'thisMonth' | 'lastMonth' | 'yearToDate') =>
    html`<a href="/dashboard?period=${id}"${period.id === id ? html` aria-current="true"` : ''}>${view.t(key)}</a>`;
  const warnings = byAgency.warnings;
  return html`
<nav class="periods" aria-label="${view.t('period')}">${choice(thisMonth, 'thisMonth')} ${choice(lastMonth, 'lastMonth')} ${choice(String(y), 'yearToDate')}</nav>
<p class="lead">${view.t('period')}: <span data-period>${dayText(period.from)} – ${dayText(period.to)}</span> · ${view.t('dossiersRead', { n: byAgency.dossiers })}</p>
<ul class="cards">
  <li><span class="k">${view.t('received')}</span><span class="v" data-figure="received">${numberText(view, t.received)}</span></li>
  <li><span class="k">${view.t('onTimeRate')}</span><span class="v" data-figure="on-time">${rateText(view, t.resolvedOnTimeRate)}</span></li>
  <li><span class="k">${view.t('openOverdue')}</span><span class="v" data-figure="overdue">${numberText(view, t.inProgress.overdue)}</span></li>
  <li><span class="k">${view.t('indicator766')}</span><span class="v" data-figure="766">${rateText(view, t.decision766.rate)}</span></li>
</ul>
<ul class="cards" aria-label="${view.t('onlineAndDigitisation')}">
  <li><span class="k">${view.t('onlineShare')}</span><span class="v" data-figure="online">${rateText(view, t.onlineShare)}</span></li>
  <li><span class="k">${view.t('paymentOnline')}</span><span class="v" data-figure="payment-online">${rateText(view, t.payment.onlineShare)}</span></li>
  <li><span class="k">${view.t('dossiersDigitised')}</span><span class="v" data-figure="digitised">${rateText(view, t.digitisation.dossiers.share)}</span></li>
  <li><span class="k">${view.t('resultsDigitised')}</span><span class="v" data-figure="results-digitised">${rateText(view, t.digitisation.results.share)}</span></li>
</ul>
<p><a class="button" href="/dashboard.csv?period=${period.id}&amp;lang=${view.lang}" download>${view.t('downloadCsv')}</a></p>
${chart(view, byAgency.groups)}
${table(view, view.t('byAgency'), [
  ...byAgency.groups.map((g) => figureRow(view, officeLabel(view, g.key.agency), g.figures)),
  figureRow(view, view.t('feeTotal'), t),
])}
${table(
  view,
  view.t('byProcedure'),
  byProcedure.groups.map((g) =>
    figureRow(view, `${g.key.procedure ?? ''} ${procedureNames.get(g.key.procedure ?? '') ?? ''}`, g.figures),
  ),
)}
<section aria-labelledby="warn-h"><h2 id="warn-h">${view.t('warnings')}</h2>
${
  warnings === null
    ? ''
    : (Object.keys(WARNING_NAMES) as WarningCode[]).map((code) => {
        const list = warnings[code];
        return html`<details${list.count > 0 && code === 'OVERDUE' ? html` open` : ''}><summary>${WARNING_NAMES[code][view.lang]}: <span data-warning="${code}">${list.count}</span></summary>${
          list.items.length === 0
            ? html`<p>${view.t('noWarnings')}</p>`
            : html`<ul>${list.items.map((w) => html`<li>${view.lang === 'vi' ? w.messageVi : w.message}</li>`)}</ul>`
        }</details>`;
      })
}
</section>
<section aria-labelledby="off-h"><h2 id="off-h">${view.t('yearDaysOff', { year: today.slice(0, 4) })}</h2>
<div class="scroll"><table><thead><tr><th scope="col">${view.t('date')}</th><th scope="col">${view.t('dayOffReason')}</th></tr></thead><tbody>${daysOff.map(
    (d) =>
      html`<tr${d.working ? html` class="worked"` : ''}><td><time datetime="${d.date}">${dayText(d.date)}</time></td><td>${d.summary[view.lang] ?? d.summary.vi}</td></tr>`,
  )}</tbody></table></div></section>`;
}
