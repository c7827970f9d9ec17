/**
 * Writes openapi.json, the OpenAPI 3.1 document of `motcua serve`, from the server's contract (src/server/
 * contract). `npm run openapi` regenerates it; test/server/openapi.test.ts fails while it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { openApiDocument } from '../src/server/index.js';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
writeFileSync(new URL('openapi.json', root), `${JSON.stringify(openApiDocument(version), null, 2)}\n`);
console.log('openapi.json written');
