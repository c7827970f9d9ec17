/**
 * `motcua day <date>` — is it a working day, and why: every reason with the document it comes from and whether it
 * is confirmed, provisional (no official schedule for the year yet) or only proposed; the working hours; the lunar
 * date; the year's official schedule.
 */
import { createCalendar, type DayInfo, type DayReason, dayInfo, type Source } from '../../calendar/index.js';
import { type CommandContext, type CommandSpec, jsonOption } from '../args.js';
import { EXIT } from '../errors.js';
import { dateArgument, dayText, viDate } from '../format.js';
import type { Lang, Texts } from '../messages/index.js';
import { reasonText } from '../reasons.js';

export const dayCommand: CommandSpec = {
  name: 'day',
  about: 'CMD_day',
  positionals: [{ name: 'date', placeholder: 'PH_date', help: 'ARG_date' }],
  options: { json: jsonOption },
  run(ctx) {
    const info = dayInfo(createCalendar(), dateArgument(ctx.positionals.date!));
    if (ctx.options.json === true) {
      ctx.io.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
    } else {
      ctx.io.stdout.write(renderDay(info, ctx));
    }
    return EXIT.ok;
  },
};

/**
 * A source in words: the document, the article, when issued; in English also the note (the shipped notes are
 * English).
 *
 * @example
 * sourceText({ document: 'Bộ luật Lao động số 45/2019/QH14', article: 'Điều 112' }, texts('vi'), 'vi')
 * //=> 'Bộ luật Lao động số 45/2019/QH14, Điều 112'
 */
export function sourceText(source: Source, t: Texts, lang: Lang): string {
  const parts = [source.document];
  if (source.article) parts.push(source.article);
  if (source.issued) parts.push(t.ISSUED({ date: viDate(source.issued) }));
  if (lang === 'en' && source.note) parts.push(source.note);
  return parts.join(', ');
}

export function statusText(status: DayReason['status'], t: Texts): string {
  return status === 'confirmed'
    ? t.STATUS_confirmed({})
    : status === 'provisional'
      ? t.STATUS_provisional({})
      : t.STATUS_proposed({});
}

function renderDay(info: DayInfo, ctx: CommandContext): string {
  const { t, out } = ctx;
  const head = info.working ? out.ok(t.DAY_WORKING({})) : out.warning(t.DAY_OFF({}));
  const lines = [`${out.strong(dayText(info.date, t))} (${t.DAY_LUNAR({ ...info.lunar })}): ${head}`];
  lines.push(`${t.DAY_REASONS({})}:`);
  if (info.reasons.length === 0) lines.push(`  - ${t.DAY_NO_REASON({})}`);
  for (const r of info.reasons) lines.push(...reasonLines(r, ctx));
  if (info.proposals.length > 0) {
    lines.push(`${t.DAY_PROPOSALS({})}:`);
    for (const r of info.proposals) lines.push(...reasonLines(r, ctx));
  }
  const sessions = (s: DayInfo['sessions']) => s.map((x) => `${x.start}–${x.end}`).join(', ');
  if (info.sessions.length > 0) lines.push(`${t.DAY_SESSIONS({})}: ${sessions(info.sessions)}`);
  if (info.reception.length > 0) lines.push(`${t.DAY_RECEPTION({})}: ${sessions(info.reception)}`);
  const year = Number(info.date.slice(0, 4));
  lines.push(
    info.schedule
      ? t.DAY_SCHEDULE({ year: info.schedule.year, sources: info.schedule.sources.join('; ') })
      : t.DAY_NO_SCHEDULE({ year }),
  );
  return `${lines.join('\n')}\n`;
}

function reasonLines(r: DayReason, ctx: CommandContext): string[] {
  const { t, lang, out } = ctx;
  return [
    `  - ${reasonText(r, t, lang)} ${out.dim(`[${statusText(r.status, t)}]`)}`,
    `    ${t.DAY_SOURCE({})}: ${sourceText(r.source, t, lang)}`,
  ];
}
