/**
 * The calendar's texts in English, by code: the errors it throws (`CalendarError`) and the issues it finds in data
 * (schedules, laws, overlays, hours, options). The Vietnamese table (`vi.ts`) has the same codes and parameters.
 * Values from outside arrive already shown (`shown()` in ../errors.ts: quoted and cut, or a code literal), so no
 * text ever echoes more than about a hundred characters of its input.
 */
import { type HolidayId, holidayNames } from '../names.js';

/** What a count must be, by the rule it broke. */
export type CountRule =
  | 'whole-days'
  | 'finite-amount'
  | 'negative-limit'
  | 'negative-period'
  | 'whole-calendar-days'
  | 'whole-months';

/** What a value outside the supported range is. */
export type RangeWhat = 'day' | 'year' | 'lunar-year' | 'lunar-range' | 'lunar-table';

/** The kinds of value a type issue expects. */
export type ExpectedType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';

/** What a size issue measures. */
export type SizeKind = 'number' | 'list' | 'text';

export type LunarDateProblem =
  | { readonly rule: 'shape' | 'year' | 'month' | 'leap-type'; readonly value: string }
  | {
      readonly rule: 'no-leap-month';
      readonly year: number;
      readonly month: number;
      readonly leapMonth: number;
    }
  | {
      readonly rule: 'day';
      readonly value: string;
      readonly year: number;
      readonly month: number;
      readonly leap: boolean;
      readonly length: number;
    };

const TYPE_EN: Readonly<Record<ExpectedType, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

const list = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const calendarMessagesEn = {
  // Errors (the `code` of a CalendarError).
  INVALID_DATE: (p: { value: string; form: 'day' | 'epoch-day' }) =>
    p.form === 'day'
      ? `${p.value} is not a calendar day; expected YYYY-MM-DD or a valid \`Date\``
      : `epoch day ${p.value} is not an integer`,
  INVALID_INSTANT: (p: { value: string }) =>
    `${p.value} is not an instant; expected ISO-8601 with an offset (e.g. 2026-02-12T09:30:00+07:00) or epoch milliseconds`,
  INVALID_COUNT: (p: { value: string; rule: CountRule }) => {
    switch (p.rule) {
      case 'whole-days':
        return `${p.value} is not a whole number of days; expected a safe integer`;
      case 'finite-amount':
        return `${p.value} is not a finite amount of time`;
      case 'negative-limit':
        return `a time limit cannot be negative (${p.value})`;
      case 'negative-period':
        return `a period cannot be negative (${p.value})`;
      case 'whole-calendar-days':
        return `a limit in calendar days must be a whole number (${p.value})`;
      case 'whole-months':
        return `a limit in months must be a whole number (${p.value})`;
    }
  },
  OUT_OF_RANGE: (p: { what: RangeWhat; value: string; from: string; to: string }) => {
    switch (p.what) {
      case 'day':
        return `${p.value} is outside the supported range ${p.from} – ${p.to}`;
      case 'year':
        return `year ${p.value} is outside the supported range ${p.from}–${p.to}`;
      case 'lunar-year':
        return `lunar year ${p.value} is outside the supported range ${p.from}–${p.to}`;
      case 'lunar-range':
        return `${p.value} is outside the lunar calendar's range ${p.from} – ${p.to}`;
      case 'lunar-table':
        return `epoch day ${p.value} is outside the lunar table (lunar years ${p.from}–${p.to})`;
    }
  },
  INVALID_YEAR: (p: { value: string }) => `${p.value} is not a year; expected a whole number such as 2026`,
  INVALID_LUNAR_DATE: (p: LunarDateProblem) => {
    switch (p.rule) {
      case 'shape':
        return `${p.value} is not a lunar date; expected \`{ year, month, day, leap? }\``;
      case 'year':
        return `lunar year ${p.value} is not an integer`;
      case 'month':
        return `lunar month ${p.value} does not exist; expected an integer 1–12`;
      case 'leap-type':
        return `\`leap\` must be true or false, got ${p.value}`;
      case 'no-leap-month':
        return `lunar year ${p.year} has no leap month ${p.month} (it ${p.leapMonth === 0 ? 'has no leap month' : `has leap month ${p.leapMonth}`})`;
      case 'day':
        return `day ${p.value} does not exist in lunar month ${p.month}${p.leap ? ' (leap)' : ''}/${p.year}, which has ${p.length} days`;
    }
  },
  INVALID_SCHEDULE: (p: { count: number; at: string }) =>
    `Invalid official schedule (${plural(p.count, 'problem', 'problems')}); at \`${p.at}\``,
  INVALID_OPTIONS: (p: { count: number; at: string }) =>
    `Invalid calendar options (${plural(p.count, 'problem', 'problems')}); at \`${p.at}\``,

  // Issues found in data and options (each a LocalizedError in `CalendarError.issues`).
  WRONG_TYPE: (p: { expected: ExpectedType }) => `expected ${TYPE_EN[p.expected]}`,
  REQUIRED: (p: { key: string }) => `${JSON.stringify(p.key)} is required`,
  UNKNOWN_KEY: (p: { key: string; suggestion: string | null }) =>
    `unknown key ${JSON.stringify(p.key)}${p.suggestion ? ` (did you mean ${JSON.stringify(p.suggestion)}?)` : ''}`,
  NOT_ONE_OF: (p: { value: string; allowed: readonly string[] }) =>
    `${p.value} is not one of ${list(p.allowed)}`,
  BAD_FORMAT: (p: { value: string; format: 'YYYY-MM-DD' | 'HH:MM' }) =>
    `${p.value} is not in the form ${p.format}`,
  NOT_A_DAY: (p: { value: string }) => `${p.value} is not a calendar day`,
  TOO_SMALL: (p: { kind: SizeKind; minimum: number; inclusive: boolean }) =>
    p.kind === 'number'
      ? `must be ${p.inclusive ? 'at least' : 'greater than'} ${p.minimum}`
      : p.kind === 'list'
        ? `must have at least ${plural(p.minimum, 'item', 'items')}`
        : `must have at least ${plural(p.minimum, 'character', 'characters')}`,
  TOO_BIG: (p: { kind: SizeKind; maximum: number; inclusive: boolean }) =>
    p.kind === 'number'
      ? `must be ${p.inclusive ? 'at most' : 'less than'} ${p.maximum}`
      : p.kind === 'list'
        ? `must have at most ${plural(p.maximum, 'item', 'items')}`
        : `must have at most ${plural(p.maximum, 'character', 'characters')}`,
  INVALID: (_: Record<string, never>) => 'invalid value',
  PERIOD_SHAPE: (_: Record<string, never>) => 'a period is `{ days: n }` or `{ months: n }`',
  SESSION_ORDER: (p: { start: string; end: string }) =>
    `a session must end after it starts (${p.start}–${p.end})`,
  SESSIONS_OVERLAP: (p: { start: string; previousEnd: string }) =>
    `sessions must be in order and not overlap (${p.start} starts before ${p.previousEnd})`,
  RANGE_REVERSED: (p: { from: string; to: string }) =>
    `the range ends (${p.to}) before it starts (${p.from})`,
  SCHEDULE_UNKNOWN_SOURCE: (p: { source: string; known: readonly string[] }) =>
    `source ${JSON.stringify(p.source)} is not among the schedule's sources (${list(p.known)})`,
  SCHEDULE_DUPLICATE_DATE: (p: { date: string }) => `${p.date} is listed twice`,
  SCHEDULE_WEEKEND_OFF: (p: { date: string }) =>
    `${p.date} falls on a weekend; a schedule lists only the weekdays taken off`,
  SCHEDULE_WEEKDAY_WORKED: (p: { date: string }) =>
    `${p.date} is not a weekend day; only a weekly rest day can be worked in exchange`,
  SCHEDULE_OUTSIDE_YEAR: (p: { date: string; year: number }) =>
    `${p.date} is outside the schedule's year ${p.year} (only a swap across New Year may reach into the next or previous year, with its pair inside)`,
  SCHEDULE_SWAP_UNPAIRED: (p: { kind: 'swap-off' | 'swap-work'; date: string; other: string }) =>
    p.kind === 'swap-off'
      ? `the swapped day off ${p.date} needs its worked Saturday: an entry \`{ kind: "swap-work", date: "${p.other}", insteadOf: "${p.date}" }\` with the same status`
      : `the worked Saturday ${p.date} needs its swapped day off: an entry \`{ kind: "swap-off", date: "${p.other}", workedOn: "${p.date}" }\` with the same status`,
  SCHEDULE_COVERED_NOT_LISTED: (p: { holiday: HolidayId; listed: number; granted: number }) =>
    `the schedule covers ${holidayNames[p.holiday].en} but lists ${p.listed === 0 ? 'none' : p.listed} of the ${plural(p.granted, 'day', 'days')} the law grants; list each day off (or a "holiday-worked" entry with its reason)`,
  SCHEDULE_HOLIDAY_WORKED: (p: { holiday: HolidayId; date: string }) =>
    `${p.date} is ${holidayNames[p.holiday].en} by law, but the schedule, which covers it, does not list it: it would become a working day; list it, or add a "holiday-worked" entry with the reason`,
  SCHEDULE_NOT_COVERED: (p: { holiday: HolidayId; date: string }) =>
    `${p.date} is listed as ${holidayNames[p.holiday].en}, which the schedule does not cover: add "${p.holiday}" to \`covers\` (otherwise the law's own days for it are added to the ones listed)`,
};

export type CalendarMessageCode = keyof typeof calendarMessagesEn;
