/**
 * Writes docs/diagrams/ from the example procedures (see scripts/diagrams.ts).
 *
 * Run: npx tsx scripts/generate-diagrams.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagramFiles } from './diagrams.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const file of diagramFiles(root)) {
  mkdirSync(dirname(join(root, file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.text);
  console.log(file.path);
}
