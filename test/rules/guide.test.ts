/**
 * The worked examples of docs/rules.md, "Procedures as the law writes them": each `<!-- example: name [over base]
 * [expect CODE] -->` block is laid over the complete example at the top of the guide (or over the named earlier
 * example) — objects merged member by member, arrays, values and objects with a `type` replaced — then loaded
 * and linted. It must be
 * clean (no errors, no warnings), or raise exactly the problems it says it shows. The examples also behave as the
 * text says (fees per currency, a clock start and a result per agency).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defineProcedure,
  safeDefineProcedure,
  supplementRequestItems,
  validateDossier,
} from '../../src/rules/index.js';
import type { Json } from './fixtures.js';

const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
const base: Json = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(guide)![1]!);

interface Example {
  readonly name: string;
  readonly over: string | undefined;
  readonly expect: readonly string[];
  readonly fragment: Json;
}

const examples: Example[] = [
  ...guide.matchAll(
    /<!-- example: ([a-z-]+)(?: over ([a-z-]+))?(?: expect ([A-Z_, ]+))? -->\n```json\n([\s\S]*?)\n```/g,
  ),
].map((m) => ({
  name: m[1]!,
  over: m[2],
  expect: m[3] ? m[3].split(/,\s*/) : [],
  fragment: JSON.parse(m[4]!),
}));

/** Objects merged member by member; arrays, values and objects with a `type` (a union's member) replaced. */
function layer(under: Json, over: Json): Json {
  if (typeof under !== 'object' || under === null || Array.isArray(under)) return over;
  if (typeof over !== 'object' || over === null || Array.isArray(over) || 'type' in over) return over;
  const out: Json = { ...under };
  for (const [key, value] of Object.entries(over)) out[key] = key in under ? layer(under[key], value) : value;
  return out;
}

const definitions = new Map<string, Json>();
for (const e of examples) {
  const under = e.over === undefined ? base : definitions.get(e.over);
  if (under === undefined) throw new Error(`example ${e.name}: no earlier example ${e.over}`);
  definitions.set(e.name, layer(structuredClone(under), e.fragment));
}

describe('the worked examples of docs/rules.md', () => {
  it('cover every point of the section', () => {
    expect(examples.map((e) => e.name)).toEqual([
      'marital-status',
      'birth-group',
      'step-limit-too-long',
      'certification',
      'request-window',
      'choices',
      'changed-fee',
      'delivery',
      'zero',
      'reuse',
    ]);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s loads and lints as the text says', (_name, e) => {
    const r = safeDefineProcedure(definitions.get(e.name));
    const found = (r.ok ? r.warnings : r.problems).map((p) => p.code);
    expect(found).toEqual(e.expect);
  });

  it('the marital status certificate waits for the reply when the applicant lived elsewhere', () => {
    const p = defineProcedure(definitions.get('marital-status'));
    expect(p.definition.timing.variants[0]?.clockStart).toMatchObject({
      after: 'REPLY',
      step: 'verify-elsewhere',
    });
    expect(p.definition.steps.find((s) => s.id === 'verify-elsewhere')?.limit).toMatchObject({ amount: 3 });
  });

  it('the birth group decides each result at its own agency', () => {
    const p = defineProcedure(definitions.get('birth-group'));
    expect(p.definition.results.map((r) => [r.id, r.agency])).toEqual([
      ['birth-certificate', 'commune'],
      ['residence', 'police'],
      ['insurance-card', 'insurance'],
    ]);
  });

  it('the certification charges per page, capped per copy, in VND at a commune and in USD at a mission', () => {
    const p = defineProcedure(definitions.get('certification'));
    const dossier = (copies: number, pages: number) => ({
      channel: 'in-person',
      fields: { copies, pages },
      documents: [{ document: 'original', form: 'original' }],
    });
    expect(validateDossier(p, dossier(1, 3), { implementer: 'commune' }).fees.totals).toEqual({ VND: 5000 });
    expect(validateDossier(p, dossier(2, 3), { implementer: 'mission' }).fees.totals).toEqual({ USD: 20 });
    expect(validateDossier(p, dossier(1, 500), { implementer: 'notary' }).fees.totals).toEqual({
      VND: 200000,
    });
  });

  it('the reusable identity copy is satisfied by a reference or by the data found, never on the slip', () => {
    const p = defineProcedure(definitions.get('reuse'));
    const fields = { copies: 1, hasSeveralResidences: false, livedAbroad: false, isForeigner: false };
    const declaration = { document: 'declaration', form: 'original' };
    const referenced = validateDossier(p, {
      channel: 'online',
      fields,
      documents: [
        declaration,
        {
          document: 'identity',
          form: 'reused',
          reference: { repository: 'vneid', record: 'CCCD-001099012345' },
        },
      ],
    });
    expect(referenced.problems).toEqual([]);
    expect(referenced.reusedDocuments).toEqual(['identity']);
    const found = validateDossier(
      p,
      { channel: 'in-person', fields, documents: [declaration] },
      {
        reusable: ['identity'],
      },
    );
    expect(found.ok).toBe(true);
    expect(supplementRequestItems(found)).toEqual([]);
    const notFound = validateDossier(p, { channel: 'in-person', fields, documents: [declaration] });
    expect(supplementRequestItems(notFound).map((x) => x.subject)).toEqual(['Bản chụp Thẻ Căn cước']);
  });

  it('the changed fee applies by receipt day', () => {
    const p = defineProcedure(definitions.get('changed-fee'));
    const dossier = {
      channel: 'in-person',
      fields: { copies: 1, pages: 3 },
      documents: [{ document: 'original', form: 'original' }],
    };
    const on = (day: string) => validateDossier(p, dossier, { on: day, implementer: 'commune' }).fees.total;
    expect(on('2026-12-31')).toBe(5000);
    expect(on('2027-01-01')).toBe(7500);
  });
});
