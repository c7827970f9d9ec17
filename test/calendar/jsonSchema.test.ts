/**
 * The committed JSON Schema of official schedules: fresh (generated from the zod schema), strict at every level,
 * and agreeing with validateSchedule on the shipped schedules and on a misspelt key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import schedules from '../../src/calendar/data/official-schedules.json';
import { validateSchedule } from '../../src/calendar/index.js';
import { scheduleJsonSchema } from '../../src/calendar/jsonSchema.js';

const committed = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'schedule.schema.json'), 'utf8'),
);
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(committed);

/** Every object schema in a JSON Schema. */
function objects(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const n of node) objects(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'object') out.push(o);
    for (const v of Object.values(o)) objects(v, out);
  }
  return out;
}

describe('schema/schedule.schema.json', () => {
  it('is the schema generated from the zod schema (run `npx tsx scripts/generate-schedule-schema.ts`)', () => {
    expect(committed).toEqual(scheduleJsonSchema());
  });

  it('refuses unknown keys at every level', () => {
    const all = objects(committed);
    expect(all.length).toBeGreaterThan(5);
    for (const o of all) expect(o.additionalProperties).toBe(false);
  });

  it('accepts every shipped schedule, as validateSchedule does', () => {
    for (const schedule of schedules) {
      expect(validate(schedule), JSON.stringify(validate.errors)).toBe(true);
      expect(validateSchedule(schedule).ok).toBe(true);
    }
  });

  it('refuses a misspelt key and an unknown kind, as validateSchedule does', () => {
    const [first] = structuredClone(schedules.filter((s) => s.year === 2027));
    const misspelt = { ...first!, entries: [{ ...first!.entries[0]!, staus: 'confirmed' }] };
    expect(validate(misspelt)).toBe(false);
    expect(validateSchedule(misspelt).issues[0]).toMatchObject({ code: 'UNKNOWN_KEY' });
    const kind = { ...first!, entries: [{ ...first!.entries[0]!, kind: 'day-off' }] };
    expect(validate(kind)).toBe(false);
    expect(validateSchedule(kind).issues[0]).toMatchObject({
      code: 'NOT_ONE_OF',
      path: ['entries', 0, 'kind'],
    });
  });
});

describe('docs/schedules.md', () => {
  it('its complete example is a valid schedule, for the JSON Schema and for validateSchedule', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'schedules.md'), 'utf8');
    const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)![1]!);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validateSchedule(example).issues).toEqual([]);
    // It is the shipped 2027 schedule, notes aside.
    const shipped = schedules.find((s) => s.year === 2027)!;
    expect(example.entries).toEqual(shipped.entries.map(({ status: _, ...e }) => e));
  });
});
