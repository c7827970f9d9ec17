/**
 * Writes `schema/procedure.schema.json` from the zod definition schema (`procedureJsonSchema`). Run after
 * changing anything under `src/rules/schema/`: `npx tsx scripts/generate-schema.ts`. A test fails while the
 * committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { procedureJsonSchema } from '../src/rules/index.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'procedure.schema.json');
writeFileSync(target, `${JSON.stringify(procedureJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
