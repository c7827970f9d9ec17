/**
 * Wire schemas of the calendar routes: the calendar's `DayInfo` (with its reasons, each citing its source),
 * `Deadline`, and the requests. The types are checked against motcua/calendar's in test/server/contract.test.ts.
 */
import { z } from '@hono/zod-openapi';
import { countingPolicies, durationUnits, holidayIds } from '../../calendar/index.js';
import { day, instant, text } from './common.js';

const source = z
  .object({
    document: z.string(),
    article: z.string().optional(),
    issued: z.string().optional(),
    note: z.string().optional(),
  })
  .openapi('Source');

const status = z.enum(['confirmed', 'provisional', 'proposed', 'not-adopted']);
const base = { effect: z.enum(['off', 'work', 'reception']), status, source };
const holiday = z.enum(holidayIds);

/** Why a day is what it is: weekly rest, a holiday, a compensatory or swapped day, an agency's closure or opening. */
export const dayReason = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('weekly-rest'), ...base }),
    z.object({ kind: z.literal('holiday'), ...base, holiday, name: text, law: z.string().nullable() }),
    z.object({ kind: z.literal('compensatory'), ...base, holiday, name: text, for: z.string() }),
    z.object({ kind: z.literal('holiday-worked'), ...base, holiday, name: text, reason: text }),
    z.object({ kind: z.literal('swap-off'), ...base, workedOn: z.string() }),
    z.object({ kind: z.literal('swap-work'), ...base, insteadOf: z.string() }),
    z.object({ kind: z.enum(['closure', 'opening']), ...base, agency: z.string(), reason: z.string() }),
  ])
  .openapi('DayReason');

const session = z.object({ start: z.string(), end: z.string() }).openapi('Session');

/** A day of the calendar: working or not, and why. */
export const dayInfo = z
  .object({
    date: z.string(),
    weekday: z.number().int().openapi({ description: '0 Sunday … 6 Saturday' }),
    working: z.boolean(),
    status,
    reasons: z.array(dayReason),
    proposals: z.array(dayReason),
    summary: text,
    sessions: z.array(session),
    reception: z.array(session),
    lunar: z.object({ year: z.number(), month: z.number(), day: z.number(), leap: z.boolean() }),
    schedule: z
      .object({ year: z.number(), sources: z.array(z.string()), covers: z.array(holiday) })
      .nullable(),
  })
  .openapi('DayInfo');

/** A time limit: an amount in a unit. */
export const duration = z
  .object({ amount: z.number().min(0), unit: z.enum(durationUnits) })
  .openapi('Duration', { example: { amount: 3, unit: 'working-days' } });

/** The appointment date of a dossier received at an instant, with the days skipped and the rules applied. */
export const deadline = z
  .object({
    receivedAt: z.string(),
    limit: duration,
    policy: z.enum(countingPolicies),
    start: z.string(),
    due: z.string(),
    dueDate: z.string(),
    daysOff: z.array(dayInfo),
    weeklyRestDays: z.number().int(),
    notes: z.array(text),
  })
  .openapi('Deadline');

const channel = z.enum(['in-person', 'post', 'online']);

export const deadlineRequest = z
  .object({
    receivedAt: instant,
    limit: duration,
    policy: z.enum(countingPolicies).optional().openapi({ description: 'default working-hours' }),
    cutoff: z
      .string()
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)
      .nullable()
      .optional()
      .openapi({ description: 'the afternoon cut-off HH:MM (default 15:00), or null for none' }),
    channel: channel.optional(),
    onlineOutsideHours: z.enum(['as-sent', 'next-working-instant']).optional(),
  })
  .strict()
  .openapi('DeadlineRequest', {
    example: { receivedAt: '2026-02-12T10:00:00+07:00', limit: { amount: 3, unit: 'working-days' } },
  });

export const addWorkingDaysRequest = z
  .object({ date: day, days: z.number().int() })
  .strict()
  .openapi('AddWorkingDaysRequest', { example: { date: '2026-02-12', days: 3 } });
export const addWorkingDaysResponse = z.object({ date: z.string() }).openapi('AddWorkingDaysResponse');

export const addWorkingHoursRequest = z
  .object({ instant, hours: z.number() })
  .strict()
  .openapi('AddWorkingHoursRequest', { example: { instant: '2026-02-13T16:00:00+07:00', hours: 4 } });
export const addWorkingHoursResponse = z.object({ instant: z.string() }).openapi('AddWorkingHoursResponse');

export const workingDaysBetweenRequest = z
  .object({ from: day, to: day })
  .strict()
  .openapi('WorkingDaysBetweenRequest', { example: { from: '2026-02-12', to: '2026-02-24' } });
export const workingDaysBetweenResponse = z
  .object({ days: z.number().int() })
  .openapi('WorkingDaysBetweenResponse');

export const daysOffResponse = z
  .object({ year: z.number().int(), days: z.array(dayInfo) })
  .openapi('DaysOff');
