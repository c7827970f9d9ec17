/**
 * The calendar's error texts in English, by code: the `code` of every `CalendarError` it throws. The issues found in
 * data and options have their own tables (`issues.en.ts`, `schedule.en.ts`), so code that only counts days carries
 * only these. The Vietnamese table (`errors.vi.ts`) has the same codes and parameters. Values from outside arrive
 * already shown (`shown()` in ../errors.ts: quoted and cut, or a code literal), so no text echoes more than about a
 * hundred characters of its input.
 */

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

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const calendarErrorMessagesEn = {
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
  INVALID_CALENDAR: (p: { value: string }) =>
    `${p.value} is not a calendar; the first argument is the value \`createCalendar()\` returns`,
};

/** The codes of `CalendarError`. */
export type CalendarErrorCode = keyof typeof calendarErrorMessagesEn;
