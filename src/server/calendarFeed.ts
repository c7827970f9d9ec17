/**
 * A year's days off as the iCalendar feed `motcua calendar <year> --ics` writes — the same events, texts and
 * UIDs (the CLI's RFC 5545 writer and its texts), so a portal may publish either; the integration tests check
 * that both give the same feed.
 */
import type { DayInfo } from '../calendar/index.js';
import { sourceText, statusText } from '../cli/commands/day.js';
import type { AllDayEvent, IcsCalendar } from '../cli/ics.js';
import { type Lang, type Texts, texts } from '../cli/messages/index.js';
import { reasonText, telling } from '../cli/reasons.js';

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

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

/**
 * The feed of a year's days off (`holidays(calendar, year)`), stamped at an instant (epoch ms).
 *
 * @example
 * icsText(holidaysFeed(2026, cal.holidays(2026), 'vi', Date.now())) // 'BEGIN:VCALENDAR\r\n…SUMMARY:Nghỉ lễ\, tết: Tết…'
 */
export function holidaysFeed(year: number, days: readonly DayInfo[], lang: Lang, stamp: number): IcsCalendar {
  const t = texts(lang);
  return {
    prodId: '-//motcua//Lich lam viec co quan nha nuoc//VI',
    name: t.ICS_NAME({ year }),
    stamp,
    events: days.map((d) => dayEvent(d, t, lang)),
  };
}
