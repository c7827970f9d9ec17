/**
 * Writes the generated artefacts of the rules module: `schema/procedure.schema.json` from the zod definition
 * schema with its bilingual titles and descriptions (`procedureJsonSchema`), and the table of lint codes in
 * docs/rules.md from the lint rule registry (`lintCodesTable`, between the `lint-codes` markers). Run after
 * changing anything under `src/rules/schema/`, `src/rules/jsonSchema/` or `src/rules/lint/rules/`:
 * `npx tsx scripts/generate-schema.ts`. Tests fail while either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCodesTable } from '../src/rules/index.js';
import { procedureJsonSchema } from '../src/rules/jsonSchema/procedureJsonSchema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = join(root, 'schema', 'procedure.schema.json');
writeFileSync(schema, `${JSON.stringify(procedureJsonSchema(), null, 2)}\n`);
console.log(`wrote ${schema}`);

const docs = join(root, 'docs', 'rules.md');
const text = readFileSync(docs, 'utf8');
const start = '<!-- lint-codes:start -->\n';
const end = '\n<!-- lint-codes:end -->';
const a = text.indexOf(start);
const b = text.indexOf(end);
if (a < 0 || b < a) throw new Error(`docs/rules.md lacks the lint-codes markers`);
writeFileSync(docs, `${text.slice(0, a + start.length)}${lintCodesTable()}${text.slice(b)}`);
console.log(`wrote the lint codes table of ${docs}`);
