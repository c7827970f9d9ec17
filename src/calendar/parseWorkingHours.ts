import { deepFreeze } from '../shared/values.js';
import { checkedHours } from './checked.js';
import { dataError } from './errors.js';
import { hoursChecks, optionShapes } from './optionShapes.js';
import type { WorkingHours, WorkingHoursInput } from './schema.js';
import { readShape } from './shapes.js';

/**
 * @summary Reads working hours (giờ làm việc), or throws with every problem.
 *
 * @description
 * The input guard, then the shape of `WorkingHours` (unknown keys refused, `HH:MM` clock times, at least one
 * session, `hoursPerDay` in (0, 24], 8 by default), then the sessions in order and not overlapping. The hours come
 * back frozen, ready for `createCalendar({ hours })`. Plain code, no zod: a form that sets its hours stays small.
 *
 * @param hours - the sessions of a working day, local time in Asia/Ho_Chi_Minh, and the hours that make one day
 * @returns the hours with defaults filled in, frozen
 * @throws {CalendarError} `INVALID_OPTIONS` with every problem in `issues`, paths inside `hours`
 *
 * @example
 * const hours = parseWorkingHours({ sessions: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] });
 * hours.hoursPerDay; // 8
 * nextWorkingInstant(createCalendar({ hours }), '2026-02-14T20:00:00+07:00'); // '2026-02-23T08:00:00+07:00'
 */
export function parseWorkingHours(hours: WorkingHoursInput): WorkingHours {
  if (checkedHours.has(hours as WorkingHours)) return hours as WorkingHours;
  const result = readShape(optionShapes().workingHours, hours, [], hoursChecks);
  if (!result.ok) throw dataError('INVALID_OPTIONS', result.issues);
  const value = deepFreeze(result.value);
  checkedHours.add(value);
  return value;
}
