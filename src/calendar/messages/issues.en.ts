/**
 * The texts, in English, of the problems the calendar finds in the shape of the data it reads (each one a
 * `CalendarIssue` in `CalendarError.issues`, or in what `validateSchedule` returns): required keys, values, formats,
 * sizes, sessions, ranges. The issues `createCalendar` itself reports are in `options.en.ts`, the rules of official
 * schedules in `schedule.en.ts`. The Vietnamese table (`issues.vi.ts`) has the same codes and parameters.
 */

/** What a size issue measures. */
export type SizeKind = 'number' | 'list' | 'text';

const list = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const calendarIssueMessagesEn = {
  REQUIRED: (p: { key: string }) => `${JSON.stringify(p.key)} is required`,
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
};
