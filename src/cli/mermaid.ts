/**
 * A procedure as a Mermaid flowchart (what `motcua diagram` prints and docs/diagrams/ holds): one lane
 * (subgraph) per agency with its steps, each step with its share of the time limit; forwards (with their
 * conditions), consultations to their branches and the replies to the join, returns (dotted), the applicant's
 * payment, and the two ends — result returned and refused. Labels are escaped with Mermaid's entity codes, so a
 * name cannot break the chart or inject markup.
 */
import { asTimeLimit, type Procedure, periodAmount, type Step } from '../rules/index.js';
import { limitText, numberText } from './format.js';
import type { Lang, Texts } from './messages/index.js';

/**
 * Mermaid's entity codes for the characters that would end a label or be read as markup.
 *
 * @example
 * mermaidText('Thửa đất "A" <b>') //=> 'Thửa đất #quot;A#quot; #lt;b#gt;'
 */
export function mermaidText(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\r\n|\r|\n/g, ' ');
}

const idOf = (prefix: string, raw: string) => `${prefix}_${raw.replace(/[^A-Za-z0-9_]/g, '_')}`;

function ids(prefix: string, raws: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  const used = new Set<string>();
  for (const raw of raws) {
    let id = idOf(prefix, raw);
    for (let n = 2; used.has(id); n++) id = `${idOf(prefix, raw)}_${n}`;
    used.add(id);
    map.set(raw, id);
  }
  return map;
}

/**
 * The Mermaid flowchart of a loaded procedure.
 *
 * @example
 * procedureDiagram(defineProcedure(landJson), texts('vi'), 'vi')
 * // 'flowchart TD\n  limit[["Thời hạn giải quyết: 10 ngày làm việc<br/>20 ngày làm việc khi disadvantagedArea"]]\n…'
 */
export function procedureDiagram(procedure: Procedure, t: Texts, lang: Lang): string {
  const d = procedure.definition;
  const name = (n: { vi: string; en?: string | undefined }) =>
    mermaidText(lang === 'en' ? (n.en ?? n.vi) : n.vi);
  const limit = d.timing.limit;
  const first = d.timing.variants[0];
  const durationUnit =
    limit.type === 'duration' ? limit.unit : first === undefined ? undefined : periodAmount(first.limit).unit;
  const limitWords = (l: typeof limit) =>
    l.type === 'immediate' ? t.IMMEDIATE() : limitText({ amount: l.amount, unit: l.unit }, t, lang);
  const stepIds = ids(
    'step',
    d.steps.map((s) => s.id),
  );
  const laneIds = ids(
    'lane',
    d.agencies.map((a) => a.id),
  );
  const lines = ['flowchart TD'];

  const limits = [
    t.DG_LIMIT({ limit: limitWords(limit) }),
    ...d.timing.variants.map((v) =>
      t.DG_VARIANT({
        limit: limitWords(asTimeLimit(v.limit)),
        when: v.when,
      }),
    ),
  ];
  lines.push(`  limit[["${limits.map(mermaidText).join('<br/>')}"]]`);
  lines.push(`  applicant(["${mermaidText(t.DG_APPLICANT())}"])`);

  const stepLabel = (s: Step) => {
    const parts = [name(s.name)];
    if (s.time > 0 && durationUnit) {
      const time = limitText({ amount: s.time, unit: durationUnit }, t, lang);
      const share =
        limit.type === 'duration' ? numberText(Math.round((s.time / limit.amount) * 1000) / 10, lang) : null;
      parts.push(mermaidText(share === null ? time : t.DG_SHARE({ time, share })));
    }
    if (s.actions.some((a) => a.type === 'request-supplement'))
      parts.push(`<i>${mermaidText(t.DG_SUPPLEMENT())}</i>`);
    return parts.join('<br/>');
  };
  for (const agency of d.agencies) {
    const steps = d.steps.filter((s) => s.agency === agency.id);
    if (steps.length === 0) continue;
    lines.push(`  subgraph ${laneIds.get(agency.id)}["${name(agency.name)}"]`);
    for (const s of steps) lines.push(`    ${stepIds.get(s.id)}["${stepLabel(s)}"]`);
    lines.push('  end');
  }
  lines.push(`  returned(["${mermaidText(t.DG_RETURNED())}"])`);
  const refuses = d.steps.some((s) => s.actions.some((a) => a.type === 'refuse'));
  if (refuses) lines.push(`  refused(["${mermaidText(t.DG_REFUSED())}"])`);

  const edge = (from: string, arrow: string, to: string, label?: string) =>
    lines.push(`  ${from} ${arrow}${label ? `|"${mermaidText(label)}"|` : ''} ${to}`);
  const step = (id: string) => stepIds.get(id) ?? idOf('step', id);
  edge('applicant', '-->', step(procedure.graph.initial), t.DG_SUBMITS());
  for (const s of d.steps) {
    const from = step(s.id);
    for (const a of s.actions) {
      switch (a.type) {
        case 'forward':
          edge(from, '-->', step(a.to), a.when);
          break;
        case 'consult':
          for (const b of a.branches) edge(from, '-->', step(b), t.DG_CONSULT());
          for (const b of a.branches) edge(step(b), '-->', step(a.join), t.DG_REPLY());
          break;
        case 'return':
          edge(from, '-.->', step(a.to), t.DG_RETURN());
          break;
        case 'request-financial-obligation':
          edge(from, '==>', step(a.to), t.DG_FINANCIAL());
          break;
        case 'approve':
          edge(from, '-->', step(a.to), t.DG_APPROVE());
          break;
        case 'issue-result':
          edge(from, '-->', step(a.to), t.DG_ISSUE());
          break;
        case 'refuse':
          edge(from, '-.->', 'refused');
          break;
        case 'return-result':
          edge(from, '-->', 'returned');
          break;
        case 'reply':
        case 'request-supplement':
          break; // the reply is drawn from the consultation; a supplement is marked on the step
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
