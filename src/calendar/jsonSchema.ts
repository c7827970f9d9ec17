/**
 * The JSON Schema of an official schedule, generated from its zod schema with the descriptions an editor shows.
 * Not part of the runtime entry (a browser form never needs it): scripts/generate-schedule-schema.ts writes
 * `schema/schedule.schema.json`, shipped as `motcua/schema/schedule.schema.json`, and a test keeps it fresh.
 * The JSON Schema checks shape only; `validateSchedule` also checks what a shape cannot say (docs/schedules.md).
 */
import * as z from 'zod/mini';
import { calendarSchemas } from './schema.js';

/**
 * @summary The JSON Schema (draft 2020-12) of an official schedule.
 *
 * @returns the schema, as written to `schema/schedule.schema.json`
 *
 * @example
 * scheduleJsonSchema().additionalProperties; // false
 */
export function scheduleJsonSchema(): Record<string, unknown> {
  const s = calendarSchemas();
  const meta = z.registry<{ description: string; title?: string }>();
  meta.add(s.OfficialSchedule, {
    title: 'motcua official schedule',
    description:
      'Lịch nghỉ lễ, tết của cán bộ, công chức — the official schedule of one year for civil servants: every Monday–Friday not worked and every Saturday worked for the holidays it covers, each entry citing its source. See docs/schedules.md.',
  });
  meta.add(s.HolidayId, { description: 'A statutory holiday by its stable id.' });
  meta.add(s.EntryStatus, {
    description:
      '`confirmed` (default): in force. `proposed`: announced or proposed; shown, applied only with applyProposed. `not-adopted`: a proposal the decision did not adopt; kept for the record, never applied.',
  });
  meta.add(s.ScheduleSource, {
    description:
      'A document the schedule cites: `id` is what entries put in `source` (e.g. "CV 10065/VPCP-KGVX").',
  });
  meta.add(s.Text, { description: 'A text in Vietnamese (`vi`) and English (`en`).' });
  const entry: Record<string, string> = {
    holiday: 'A weekday off for a statutory holiday.',
    compensatory: 'A weekday off because a holiday (`for`) fell on a weekly rest day (nghỉ bù).',
    'swap-off': 'A weekday off worked on a Saturday instead (`workedOn`); needs its swap-work entry.',
    'swap-work':
      'A Saturday worked in exchange for a weekday off (`insteadOf`, làm bù); needs its swap-off entry.',
    'holiday-worked': 'A statutory holiday the schedule makes a working day on purpose, with its `reason`.',
  };
  for (const option of s.ScheduleEntry.def.options) {
    const kind = (option.def.shape.kind.def as { values: readonly string[] }).values[0]!;
    meta.add(option, { description: entry[kind]! });
  }
  return z.toJSONSchema(s.OfficialSchedule, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: meta,
  }) as Record<string, unknown>;
}
