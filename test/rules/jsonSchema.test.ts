/**
 * The committed JSON Schema: up to date, strict, and agreeing with zod on the examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { procedureSchema } from '../../src/rules/index.js';
import { procedureJsonSchema } from '../../src/rules/jsonSchema/procedureJsonSchema.js';
import { damagedDefinition, examples, type Json, minimal } from './fixtures.js';

const committedPath = join(import.meta.dirname, '..', '..', 'schema', 'procedure.schema.json');

/**
 * A small JSON Schema checker for the keywords z.toJSONSchema emits here (type, const, enum, pattern, lengths,
 * bounds, properties, required, additionalProperties, items, oneOf/anyOf) — enough to show that the schema
 * editors see agrees with zod on the examples and rejects what zod rejects.
 */
function errors(schema: Json, value: Json, path = ''): string[] {
  if (schema.oneOf || schema.anyOf) {
    const options: Json[] = schema.oneOf ?? schema.anyOf;
    const results = options.map((o) => errors(o, value, path));
    const passing = results.filter((r) => r.length === 0).length;
    if (schema.oneOf ? passing === 1 : passing >= 1) return [];
    return [`${path}: ${passing} of ${options.length} alternatives match`];
  }
  const out: string[] = [];
  const t = schema.type;
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (t === 'integer' ? !Number.isInteger(value) : t && t !== actual) return [`${path}: expected ${t}`];
  if ('const' in schema && schema.const !== value) out.push(`${path}: expected ${schema.const}`);
  if (schema.enum && !schema.enum.includes(value)) out.push(`${path}: not in enum`);
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) out.push(`${path}: pattern`);
    if (schema.minLength !== undefined && value.length < schema.minLength) out.push(`${path}: minLength`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) out.push(`${path}: maxLength`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push(`${path}: minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) out.push(`${path}: maximum`);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
      out.push(`${path}: exclMin`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) out.push(`${path}: minItems`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${path}: maxItems`);
    if (schema.items) {
      value.forEach((v, i) => {
        out.push(...errors(schema.items, v, `${path}/${i}`));
      });
    }
  } else if (actual === 'object') {
    // Own properties only, on both sides: a key such as `toString` must not find Object.prototype.toString.
    for (const key of schema.required ?? []) {
      if (!Object.hasOwn(value, key)) out.push(`${path}: missing ${key}`);
    }
    const properties = schema.properties ?? {};
    for (const [key, v] of Object.entries(value)) {
      const sub = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (sub) out.push(...errors(sub, v, `${path}/${key}`));
      else if (schema.additionalProperties === false) out.push(`${path}: unknown key ${key}`);
    }
  }
  return out;
}

describe('JSON Schema', () => {
  it('the committed schema/procedure.schema.json is up to date (run npx tsx scripts/generate-schema.ts)', () => {
    const committed = readFileSync(committedPath, 'utf8');
    expect(committed).toBe(`${JSON.stringify(procedureJsonSchema(), null, 2)}\n`);
  });

  it('is draft 2020-12, strict, and documents the fields', () => {
    const schema = procedureJsonSchema() as Json;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.code.pattern).toBe('^\\d\\.\\d{6}$');
    expect(schema.properties.code.description).toMatch(/mã TTHC/);
    // Input side: defaulted members are optional for authors.
    expect(schema.required).not.toContain('fields');
    expect(schema.required).toEqual(expect.arrayContaining(['code', 'steps', 'timing']));
  });

  it('accepts every example and the minimal fixture', () => {
    const schema = procedureJsonSchema();
    for (const [file, json] of Object.entries({ ...examples(), minimal: minimal() })) {
      expect(errors(schema, json), file).toEqual([]);
    }
  });

  it('rejects a misspelt key and an unknown action type, as zod does', () => {
    const schema = procedureJsonSchema();
    const typo = minimal();
    typo.documents[0].copeis = 2;
    expect(errors(schema, typo)).toEqual(['/documents/0: unknown key copeis']);
    const action = minimal();
    action.steps[0].actions[0].type = 'foward';
    expect(errors(schema, action)).toEqual(['/steps/0/actions/0: 0 of 10 alternatives match']);
  });

  it('a key named like an Object.prototype member is unknown, as zod says (review #6, seed -1464385937)', () => {
    const schema = procedureJsonSchema();
    for (const key of ['toString', 'constructor', 'hasOwnProperty', 'valueOf']) {
      const def = minimal();
      Object.defineProperty(def.agencies[0], key, { value: false, enumerable: true, writable: true });
      expect(procedureSchema.safeParse(def).success, key).toBe(false);
      expect(errors(schema, def), key).toEqual([`/agencies/0: unknown key ${key}`]);
    }
    // A required key is only present when it is the value's own.
    const missing = minimal();
    delete missing.code;
    expect(errors(schema, Object.assign(Object.create({ code: '1.000001' }), missing))).toContain(
      ': missing code',
    );
  });

  it('agrees with zod on randomly damaged definitions (property)', () => {
    const schema = procedureJsonSchema();
    fc.assert(
      fc.property(damagedDefinition, (def) => {
        const byZod = procedureSchema.safeParse(def).success;
        const byJsonSchema = errors(schema, def).length === 0;
        expect(byJsonSchema, JSON.stringify(errors(schema, def))).toBe(byZod);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('bilingual titles and descriptions (for editors)', () => {
  it('every member of the committed schema has a title and a description in Vietnamese and English', () => {
    const committed = JSON.parse(readFileSync(committedPath, 'utf8'));
    const missing: string[] = [];
    const walk = (node: Json, path: string) => {
      if (!node || typeof node !== 'object') return;
      for (const key of ['anyOf', 'oneOf']) for (const option of node[key] ?? []) walk(option, path);
      if (node.items) walk(node.items, `${path}[]`);
      for (const [key, child] of Object.entries<Json>(node.properties ?? {})) {
        const at = path ? `${path}.${key}` : key;
        const [titleVi, titleEn] = String(child.title ?? '').split(' — ');
        const [vi, en] = String(child.description ?? '').split('\n\n');
        if (!titleVi || !titleEn || !vi || !en) missing.push(at);
        walk(child, at);
      }
    };
    walk(committed, '');
    expect([...new Set(missing)]).toEqual([]);
    expect(committed.properties.code.title).toBe('Mã thủ tục — Procedure code');
    expect(
      committed.properties.steps.items.properties.actions.items.oneOf?.[0]?.title ??
        committed.properties.steps.items.properties.actions.items.anyOf?.[0]?.title,
    ).toBe('Chuyển xử lý — Forward');
  });
});
