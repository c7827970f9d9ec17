/**
 * `$schema` in an official schedule file (what an editor needs to complete it) is allowed by the strict schema
 * and by the JSON Schema, and it is not data: the schedule read, and the calendar's version, are the same with it
 * and without it.
 */
import { describe, expect, it } from 'vitest';
import { calendarVersion, createCalendar, validateSchedule } from '../../src/calendar/index.js';
import { scheduleJsonSchema } from '../../src/calendar/jsonSchema.js';

const SOURCE = { id: 'CV 10065/VPCP-KGVX', document: 'Công văn 10065/VPCP-KGVX của Văn phòng Chính phủ' };
const tet2027 = () => ({
  year: 2027,
  covers: ['tet'],
  sources: [SOURCE],
  entries: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({
    kind: 'holiday',
    date,
    holiday: 'tet',
    source: SOURCE.id,
  })),
});

describe('$schema in a schedule', () => {
  it('is accepted, and dropped from the schedule read', () => {
    const result = validateSchedule({
      $schema: '../node_modules/motcua/schema/schedule.schema.json',
      ...tet2027(),
    });
    expect(result.issues).toEqual([]);
    expect(result.ok && Object.hasOwn(result.schedule, '$schema')).toBe(false);
  });

  it('does not change the calendar version', () => {
    const a = validateSchedule(tet2027());
    const b = validateSchedule({ $schema: './schedule.schema.json', ...tet2027() });
    if (!a.ok || !b.ok) throw new Error('schedules refused');
    expect(calendarVersion(createCalendar({ schedules: [b.schedule] }))).toBe(
      calendarVersion(createCalendar({ schedules: [a.schedule] })),
    );
  });

  it('must be a string; other unknown keys are still refused', () => {
    expect(validateSchedule({ $schema: 3, ...tet2027() }).ok).toBe(false);
    const typo = validateSchedule({ $shema: 'x', ...tet2027() });
    expect(typo.ok ? [] : typo.issues.map((i) => i.path)).toEqual([['$shema']]);
  });

  it('is in the JSON Schema editors use', () => {
    const schema = scheduleJsonSchema() as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.$schema).toMatchObject({ type: 'string' });
  });
});
