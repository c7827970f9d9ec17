/**
 * The JSON Schema of procedure definitions, generated from the zod schema with zod 4's `z.toJSONSchema`
 * (draft 2020-12). Committed as `schema/procedure.schema.json` (regenerate with
 * `npx tsx scripts/generate-schema.ts`; a test fails when the file is stale). Definitions reference it with
 * `"$schema"` so editors validate and autocomplete while officials write them.
 */
import { z } from 'zod';
import { procedureSchema } from '../schema/procedure.js';

/**
 * The JSON Schema of the definition format as written (input side: defaulted members are optional).
 *
 * @example
 * procedureJsonSchema().properties.code //=> { type: 'string', pattern: '^\\d\\.\\d{6}$', … }
 */
export function procedureJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(procedureSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return { ...schema, title: 'motcua procedure definition' };
}
