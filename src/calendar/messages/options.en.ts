/**
 * The texts, in English, of the issues `createCalendar` reports about its options itself: an unknown key, a value
 * of the wrong type, data not yet checked by its reader (`parseOfficialSchedule`, `parseHolidayLaws`,
 * `parseWorkingHours`, `parseAgencyOverlay`). A table of their own, so a page that builds a calendar carries only
 * these; the readers' issues are in `issues.en.ts`. The Vietnamese table (`options.vi.ts`) has the same codes.
 */

/** The kinds of value a type issue expects. */
export type ExpectedType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';

/** The data `createCalendar` takes only once checked, by what reads it. */
export type CheckedWhat = 'schedule' | 'laws' | 'hours' | 'overlay';

/** The reader of each kind of checked data. */
export const READER: Readonly<Record<CheckedWhat, string>> = {
  schedule: 'parseOfficialSchedule(json)',
  laws: 'parseHolidayLaws(json)',
  hours: 'parseWorkingHours(hours)',
  overlay: 'parseAgencyOverlay(overlay)',
};

const TYPE_EN: Readonly<Record<ExpectedType, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

const CHECKED_EN: Readonly<Record<CheckedWhat, string>> = {
  schedule: 'the schedule',
  laws: 'the law',
  hours: 'the working hours',
  overlay: 'the overlay',
};

export const optionIssueMessagesEn = {
  WRONG_TYPE: (p: { expected: ExpectedType }) => `expected ${TYPE_EN[p.expected]}`,
  UNKNOWN_KEY: (p: { key: string; suggestion: string | null }) =>
    `unknown key ${JSON.stringify(p.key)}${p.suggestion ? ` (did you mean ${JSON.stringify(p.suggestion)}?)` : ''}`,
  NOT_CHECKED: (p: { what: CheckedWhat }) =>
    `${CHECKED_EN[p.what]} was not checked: pass it through \`${READER[p.what]}\` first`,
};
