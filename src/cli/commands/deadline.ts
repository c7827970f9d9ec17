/**
 * `motcua deadline --from <instant> (--working-days N | --working-hours N | --days N | --months N)
 * [--policy working-hours|working-days-cutoff|civil-code]` — the appointment date (ngày hẹn trả kết quả) the
 * calendar gives for a time limit, with the clock start, every holiday, swapped or closed day skipped (and its
 * source), the weekends, and the notes saying which rule did what. The policy is the calendar's default
 * (working hours, Decree 118/2025 Art. 17(3)) unless given.
 */
import {
  type Channel,
  type CountingPolicy,
  countingPolicies,
  createCalendar,
  type Deadline,
  type DurationUnit,
  deadline,
} from '../../calendar/index.js';
import { type CommandContext, type CommandSpec, jsonOption, type OptionSpec } from '../args.js';
import { cliError, EXIT } from '../errors.js';
import { dayText, instantOption, instantText, limitText } from '../format.js';
import type { Texts } from '../messages/index.js';
import { reasonText, telling } from '../reasons.js';

const UNITS: readonly (readonly [string, DurationUnit])[] = [
  ['working-days', 'working-days'],
  ['working-hours', 'working-hours'],
  ['days', 'calendar-days'],
  ['months', 'months'],
];

const amount = (help: OptionSpec['help']): OptionSpec => ({ type: 'string', help, placeholder: 'PH_n' });

export const deadlineCommand: CommandSpec = {
  name: 'deadline',
  about: 'CMD_deadline',
  positionals: [],
  options: {
    from: { type: 'string', help: 'OPT_from', placeholder: 'PH_instant' },
    'working-days': amount('OPT_workingDays'),
    'working-hours': amount('OPT_workingHours'),
    days: amount('OPT_days'),
    months: amount('OPT_months'),
    policy: { type: 'string', help: 'OPT_policy', placeholder: 'PH_text', defaultText: 'working-hours' },
    channel: { type: 'string', help: 'OPT_channel', placeholder: 'PH_text', defaultText: 'in-person' },
    cutoff: { type: 'string', help: 'OPT_cutoff', placeholder: 'PH_text', defaultText: '15:00' },
    json: jsonOption,
  },
  run(ctx) {
    const { options } = ctx;
    if (typeof options.from !== 'string')
      throw cliError('MISSING_ARGUMENT', { command: 'deadline', name: '--from' });
    const receivedAt = instantOption(options.from, '--from');
    const given = UNITS.filter(([name]) => typeof options[name] === 'string');
    const names = UNITS.map(([n]) => `--${n}`).join(', ');
    if (given.length === 0) throw cliError('NEED_ONE_OF', { options: names });
    if (given.length > 1)
      throw cliError('CONFLICTING_OPTIONS', { options: given.map(([n]) => `--${n}`).join(', ') });
    const [name, unit] = given[0]!;
    const value = options[name] as string;
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
      throw cliError('BAD_OPTION_VALUE', { option: `--${name}`, value, expected: 'number' });
    }
    const policy = choice<CountingPolicy>(options.policy, '--policy', countingPolicies, 'policy');
    const channel = choice<Channel>(options.channel, '--channel', ['in-person', 'post', 'online'], 'channel');
    const cutoff = cutoffOption(options.cutoff);
    const result = deadline(
      createCalendar(),
      receivedAt,
      { amount: n, unit },
      {
        ...(policy ? { policy } : {}),
        ...(channel ? { channel } : {}),
        ...(cutoff !== undefined ? { cutoff } : {}),
      },
    );
    ctx.io.stdout.write(options.json === true ? `${JSON.stringify(result, null, 2)}\n` : render(result, ctx));
    return EXIT.ok;
  },
};

function choice<T extends string>(
  value: string | boolean | undefined,
  option: string,
  allowed: readonly string[],
  expected: 'policy' | 'channel',
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && allowed.includes(value)) return value as T;
  throw cliError('BAD_OPTION_VALUE', { option, value: String(value), expected });
}

function cutoffOption(value: string | boolean | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'none') return null;
  if (typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)) return value;
  throw cliError('BAD_OPTION_VALUE', { option: '--cutoff', value: String(value), expected: 'cutoff' });
}

/** The policy in words. */
export function policyText(policy: CountingPolicy, t: Texts): string {
  return policy === 'working-hours'
    ? t.POLICY_working_hours()
    : policy === 'working-days-cutoff'
      ? t.POLICY_working_days_cutoff()
      : t.POLICY_civil_code();
}

/** Saturday or Sunday (a `YYYY-MM-DD` day; its weekday does not depend on a zone). */
function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * How the result was counted: a limit in days or months follows the Civil Code whatever the policy (the policy
 * is for working days and hours); the policy's id, which `--policy` takes, is shown in English only.
 */
function policyLine(d: Deadline, ctx: CommandContext): string {
  if (d.limit.unit === 'calendar-days' || d.limit.unit === 'months') return ctx.t.POLICY_calendar_period();
  const words = policyText(d.policy, ctx.t);
  return ctx.lang === 'en' ? `${words} (${d.policy})` : words;
}

function render(d: Deadline, ctx: CommandContext): string {
  const { t, out, lang } = ctx;
  const rows: [string, string][] = [
    [t.DL_RECEIVED(), instantText(d.receivedAt, t)],
    [t.DL_LIMIT(), limitText(d.limit, t, lang)],
    [t.DL_POLICY(), policyLine(d, ctx)],
    [t.DL_START(), instantText(d.start, t)],
    [t.DL_DUE(), out.strong(instantText(d.due, t, { due: true }))],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${`${k}:`.padEnd(width + 1)} ${v}`);
  lines.push('');
  // The heading says "besides Saturdays and Sundays": a holiday on a weekend is counted with the weekends.
  const listed = d.daysOff.filter((day) => !isWeekend(day.date));
  const weekends = d.weeklyRestDays + (d.daysOff.length - listed.length);
  if (listed.length === 0) lines.push(t.DL_NO_DAYS_OFF());
  else {
    lines.push(`${t.DL_DAYS_OFF()}:`);
    for (const day of listed) {
      const why = telling(day.reasons)
        .map((r) => reasonText(r, t, lang))
        .join('; ');
      const mark =
        day.status === 'confirmed'
          ? ''
          : ` ${out.dim(`[${day.status === 'provisional' ? t.MARK_provisional() : t.MARK_proposed()}]`)}`;
      lines.push(`  - ${dayText(day.date, t)}: ${why}${mark}`);
    }
  }
  lines.push(t.DL_WEEKLY_REST({ n: weekends }));
  if (d.notes.length > 0) {
    lines.push('', `${t.DL_NOTES()}:`);
    for (const note of d.notes) lines.push(`  - ${note[lang]}`);
  }
  return `${lines.join('\n')}\n`;
}
