/**
 * `motcua calendar <year> [--ics] [--output file]` — the days of a year that are not ordinary for state agencies:
 * holidays, compensatory and swapped days off, Saturdays worked in exchange, each with why, its source and
 * whether it is confirmed, provisional (no official schedule yet) or only proposed. `--ics` writes them as an
 * iCalendar feed instead (one all-day event per day, stable UIDs, proposed and provisional days TENTATIVE).
 */
import { createCalendar, type DayInfo, holidays } from '../../calendar/index.js';
import { type CommandContext, type CommandSpec, jsonOption } from '../args.js';
import { badArgument, EXIT } from '../errors.js';
import { writeText } from '../files.js';
import { dayText, weekday } from '../format.js';
import { type AllDayEvent, icsText } from '../ics.js';
import type { Lang, Texts } from '../messages/index.js';
import { reasonText, telling } from '../reasons.js';
import { sourceText, statusText } from './day.js';

export const calendarCommand: CommandSpec = {
  name: 'calendar',
  about: 'CMD_calendar',
  positionals: [{ name: 'year', placeholder: 'PH_year', help: 'ARG_year' }],
  options: {
    ics: { type: 'boolean', help: 'OPT_ics' },
    output: { type: 'string', help: 'OPT_output', alias: 'o', placeholder: 'PH_file' },
    json: jsonOption,
  },
  run(ctx) {
    const value = ctx.positionals.year!;
    if (!/^\d{4}$/.test(value)) throw badArgument('PH_year', value, 'year');
    const year = Number(value);
    const days = holidays(createCalendar(), year);
    let text: string;
    if (ctx.options.ics === true) {
      const events = days.map((d) => dayEvent(d, ctx.t, ctx.lang));
      text = icsText({
        prodId: '-//motcua//Lich lam viec co quan nha nuoc//VI',
        name: ctx.t.ICS_NAME({ year }),
        stamp: ctx.io.now(),
        events,
      });
    } else if (ctx.options.json === true) {
      text = `${JSON.stringify(days, null, 2)}\n`;
    } else {
      text = table(year, days, ctx);
    }
    const output = ctx.options.output;
    if (typeof output === 'string') {
      writeText(output, ctx.io.cwd, text, { force: true });
      if (ctx.options.json !== true)
        ctx.io.stderr.write(`${ctx.t.ICS_WRITTEN({ file: output, events: days.length })}\n`);
    } else {
      ctx.io.stdout.write(text);
    }
    return EXIT.ok;
  },
};

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** What the day is, in one phrase: its reasons, then what is only proposed. */
function what(day: DayInfo, t: Texts, lang: Lang): string {
  const parts: string[] = [];
  if (!day.working || day.reasons.some((r) => r.kind !== 'weekly-rest')) {
    parts.push(...telling(day.reasons).map((r) => reasonText(r, t, lang)));
  }
  if (day.proposals.length > 0) {
    parts.push(t.ICS_PROPOSED({ what: day.proposals.map((r) => reasonText(r, t, lang)).join('; ') }));
  }
  return parts.join('; ');
}

/** The day as an all-day event: UID from the day, so a subscription updates it when the data is corrected. */
function dayEvent(day: DayInfo, t: Texts, lang: Lang): AllDayEvent {
  const onlyProposed = day.working && !day.reasons.some((r) => r.kind !== 'weekly-rest');
  const status = onlyProposed ? 'proposed' : day.status;
  const lines = [...day.reasons, ...day.proposals]
    .filter((r) => r.kind !== 'weekly-rest' || day.reasons.length === 1)
    .map(
      (r) =>
        `${capital(reasonText(r, t, lang))} (${statusText(r.status, t)}). ${sourceText(r.source, t, lang)}`,
    );
  return {
    uid: `${day.date.replaceAll('-', '')}-lich-nghi@motcua`,
    date: day.date,
    summary: capital(what(day, t, lang)),
    description: lines.join('\n'),
    status: status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE',
    categories: [onlyProposed ? t.ICS_CAT_PROPOSED() : day.working ? t.ICS_CAT_WORK() : t.ICS_CAT_OFF()],
    transparent: true,
  };
}

function table(year: number, days: readonly DayInfo[], ctx: CommandContext): string {
  const { t, out, lang } = ctx;
  const [cDay, cWorking, cWhy] = t.CAL_COLUMNS().split('|') as [string, string, string];
  const rows = days.map((d) => {
    const mark =
      d.status === 'provisional'
        ? ` [${t.MARK_provisional()}]`
        : d.proposals.length > 0
          ? ` [${t.MARK_proposed()}]`
          : '';
    return [
      dayText(d.date, t),
      d.working ? t.CAL_WORKING_YES() : t.CAL_WORKING_NO(),
      `${what(d, t, lang)}${mark}`,
    ];
  });
  const w0 = Math.max(cDay.length, ...rows.map((r) => r[0]!.length));
  const w1 = Math.max(cWorking.length, ...rows.map((r) => r[1]!.length));
  const lines = [
    out.strong(t.CAL_TITLE({ year })),
    '',
    `${cDay.padEnd(w0)}  ${cWorking.padEnd(w1)}  ${cWhy}`,
  ];
  for (const [i, r] of rows.entries()) {
    const line = `${r[0]!.padEnd(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]}`;
    lines.push(days[i]!.working ? line : out.warning(line));
  }
  const off = days.filter((d) => !d.working && weekday(d.date) >= 1 && weekday(d.date) <= 5).length;
  const worked = days.filter(
    (d) => d.working && weekday(d.date) === 6 && d.reasons.some((r) => r.effect === 'work'),
  ).length;
  const provisional = days.filter((d) => d.status === 'provisional').length;
  const proposed = days.filter((d) => d.proposals.length > 0).length;
  lines.push('', t.CAL_SUMMARY({ off, worked, provisional, proposed }));
  return `${lines.join('\n')}\n`;
}
