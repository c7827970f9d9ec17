/**
 * Writes `schema/schedule.schema.json` from the calendar's zod schema (`scheduleJsonSchema`). Run after changing
 * src/calendar/schema.ts: `npx tsx scripts/generate-schedule-schema.ts`. A test fails while the committed file is
 * stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scheduleJsonSchema } from '../src/calendar/jsonSchema.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'schedule.schema.json');
writeFileSync(target, `${JSON.stringify(scheduleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
