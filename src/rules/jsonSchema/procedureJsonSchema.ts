/**
 * The JSON Schema of procedure definitions, generated from the zod schema with `z.toJSONSchema` (draft 2020-12,
 * input side, so defaulted members are optional), with a title and a description in Vietnamese and English on
 * every member (`docs.ts`), so editors complete and explain a definition. Committed as
 * `schema/procedure.schema.json` (regenerate with `npx tsx scripts/generate-schema.ts`; a test fails when the
 * file is stale). Definitions reference it with `"$schema"`.
 */
import * as z from 'zod/mini';
import { procedureSchema } from '../schema/procedure.js';
import { type Doc, docs } from './docs/index.js';

type Json = Record<string, unknown>;

/**
 * The JSON Schema of the definition format as written, with bilingual titles and descriptions.
 *
 * @returns a draft 2020-12 JSON Schema
 * @example
 * procedureJsonSchema().properties.code
 * //=> { type: 'string', pattern: '^\\d\\.\\d{6}$', title: 'Mã thủ tục — Procedure code', description: 'Mã thủ tục hành chính quốc gia … \n\nNational procedure code …' }
 */
export function procedureJsonSchema(): Json {
  const schema = z.toJSONSchema(procedureSchema, { io: 'input', target: 'draft-2020-12' }) as Json;
  annotate(schema, '');
  return schema;
}

function describe(node: Json, doc: Doc | undefined): void {
  if (!doc) return;
  const [titleVi, titleEn, vi, en] = doc;
  node.title = `${titleVi} — ${titleEn}`;
  node.description = `${vi}\n\n${en}`;
}

function annotate(node: Json, path: string): void {
  if (path === '') describe(node, docs['']);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = node[key];
    if (!Array.isArray(options)) continue;
    for (const option of options as Json[]) {
      const type = ((option.properties as Json | undefined)?.type as Json | undefined)?.const;
      if (typeof type === 'string') describe(option, docs[`${path}#${type}`]);
      annotate(option, path);
    }
  }
  if (node.items && typeof node.items === 'object') annotate(node.items as Json, `${path}[]`);
  const properties = node.properties as Record<string, Json> | undefined;
  if (!properties) return;
  for (const [key, child] of Object.entries(properties)) {
    const childPath = path ? `${path}.${key}` : key;
    describe(child, docs[childPath] ?? docs[`*.${key}`]);
    annotate(child, childPath);
  }
}
