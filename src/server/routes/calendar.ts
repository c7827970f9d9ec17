/**
 * The calendar over HTTP: a day and why it is off, working days and hours added or counted, the appointment date
 * by a counting policy, a year's days off, and the same as an iCalendar feed a portal publishes and a phone
 * subscribes to (the CLI's RFC 5545 writer, `src/cli/ics.ts`).
 */
import { z } from '@hono/zod-openapi';
import {
  addWorkingDays,
  addWorkingHours,
  dayInfo,
  deadline,
  holidays,
  workingDaysBetween,
} from '../../calendar/index.js';
import { icsText } from '../../cli/ics.js';
import { holidaysFeed } from '../calendarFeed.js';
import * as calendar from '../contract/calendar.js';
import { type Endpoint, problemResponses, reply } from '../http/endpoint.js';
import { within } from '../http/library.js';
import { serverProblem } from '../http/problem.js';

const tags = ['calendar'];
const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const dateParam = z.object({
  date: z.iso.date().openapi({ param: { name: 'date', in: 'path' }, example: '2026-04-27' }),
});
const yearParam = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .openapi({ param: { name: 'year', in: 'path' }, example: '2026' }),
});

function yearOf(value: string | undefined): number {
  if (value === undefined || !/^\d{4}$/.test(value))
    throw serverProblem(404, 'NOT_FOUND', { method: 'GET', path: value ?? '' });
  return Number(value);
}

export const dayInfoEndpoint: Endpoint<undefined> = {
  route: {
    method: 'get',
    path: '/v1/calendar/days/{date}',
    tags,
    summary: 'A day: working or not, and why',
    description:
      'Every reason with its source, confirmed / provisional / proposed, the working hours, the lunar date.',
    request: { params: dateParam },
    responses: { 200: json(calendar.dayInfo, 'The day'), ...problemResponses(422) },
  },
  handle: ({ c, state }) => {
    const date = c.req.param('date') ?? '';
    return reply(
      c,
      calendar.dayInfo,
      within(['date'], () => dayInfo(state.calendar, date)),
    );
  },
};

export const addWorkingDaysEndpoint: Endpoint<z.infer<typeof calendar.addWorkingDaysRequest>> = {
  route: {
    method: 'post',
    path: '/v1/calendar/add-working-days',
    tags,
    summary: 'The working day n working days after (or before, n < 0) a day',
    request: { body: body(calendar.addWorkingDaysRequest) },
    responses: {
      200: json(calendar.addWorkingDaysResponse, 'The day'),
      ...problemResponses(400, 413, 415, 422),
    },
  },
  envelope: calendar.addWorkingDaysRequest,
  handle: ({ c, state, body: b }) =>
    reply(c, calendar.addWorkingDaysResponse, {
      date: within([], () => addWorkingDays(state.calendar, b.date, b.days)),
    }),
};

export const addWorkingHoursEndpoint: Endpoint<z.infer<typeof calendar.addWorkingHoursRequest>> = {
  route: {
    method: 'post',
    path: '/v1/calendar/add-working-hours',
    tags,
    summary: 'The instant a number of working hours after an instant',
    request: { body: body(calendar.addWorkingHoursRequest) },
    responses: {
      200: json(calendar.addWorkingHoursResponse, 'The instant'),
      ...problemResponses(400, 413, 415, 422),
    },
  },
  envelope: calendar.addWorkingHoursRequest,
  handle: ({ c, state, body: b }) =>
    reply(c, calendar.addWorkingHoursResponse, {
      instant: within([], () => addWorkingHours(state.calendar, b.instant, b.hours)),
    }),
};

export const workingDaysBetweenEndpoint: Endpoint<z.infer<typeof calendar.workingDaysBetweenRequest>> = {
  route: {
    method: 'post',
    path: '/v1/calendar/working-days-between',
    tags,
    summary: 'Working days after `from` up to and including `to`',
    request: { body: body(calendar.workingDaysBetweenRequest) },
    responses: {
      200: json(calendar.workingDaysBetweenResponse, 'The count'),
      ...problemResponses(400, 413, 415, 422),
    },
  },
  envelope: calendar.workingDaysBetweenRequest,
  handle: ({ c, state, body: b }) =>
    reply(c, calendar.workingDaysBetweenResponse, {
      days: within([], () => workingDaysBetween(state.calendar, b.from, b.to)),
    }),
};

export const deadlineEndpoint: Endpoint<z.infer<typeof calendar.deadlineRequest>> = {
  route: {
    method: 'post',
    path: '/v1/calendar/deadline',
    tags,
    summary: 'The appointment date (ngày hẹn trả kết quả) of a dossier received at an instant',
    description:
      'By a counting policy: working-hours (default: N × 8 working hours from the receipt, Decree 118/2025 Art. 17(3)), working-days-cutoff or civil-code. Lists every day off skipped and the rules applied.',
    request: { body: body(calendar.deadlineRequest) },
    responses: { 200: json(calendar.deadline, 'The deadline'), ...problemResponses(400, 413, 415, 422) },
  },
  envelope: calendar.deadlineRequest,
  handle: ({ c, state, body: b }) => {
    const { receivedAt, limit, ...given } = b;
    const options = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    return reply(
      c,
      calendar.deadline,
      within([], () => deadline(state.calendar, receivedAt, limit, options)),
    );
  },
};

export const daysOffEndpoint: Endpoint<undefined> = {
  route: {
    method: 'get',
    path: '/v1/calendar/years/{year}/days-off',
    tags,
    summary: "A year's days that are not ordinary: holidays, compensatory and swapped days, Saturdays worked",
    request: { params: yearParam },
    responses: { 200: json(calendar.daysOffResponse, 'The days'), ...problemResponses(404, 422) },
  },
  handle: ({ c, state }) => {
    const year = yearOf(c.req.param('year'));
    return reply(c, calendar.daysOffResponse, {
      year,
      days: within(['year'], () => holidays(state.calendar, year)),
    });
  },
};

export const icsEndpoint: Endpoint<undefined> = {
  route: {
    method: 'get',
    path: '/v1/calendar/years/{year}/days-off.ics',
    tags,
    summary: "A year's days off as an iCalendar feed (RFC 5545)",
    description:
      'One all-day event per day, stable UIDs (a subscription updates an event when the data is corrected), provisional and proposed days TENTATIVE. Texts in the language asked (Accept-Language or ?lang=).',
    request: { params: yearParam },
    responses: {
      200: { description: 'The feed', content: { 'text/calendar': { schema: z.string() } } },
      ...problemResponses(404, 422),
    },
  },
  handle: ({ c, state, lang }) => {
    const year = yearOf(c.req.param('year'));
    const days = within(['year'], () => holidays(state.calendar, year));
    const text = icsText(holidaysFeed(year, days, lang, Date.now()));
    return c.body(text, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="lich-nghi-${year}.ics"`,
    });
  },
};

export const calendarEndpoints = [
  dayInfoEndpoint,
  addWorkingDaysEndpoint,
  addWorkingHoursEndpoint,
  workingDaysBetweenEndpoint,
  deadlineEndpoint,
  daysOffEndpoint,
  icsEndpoint,
] as const;
