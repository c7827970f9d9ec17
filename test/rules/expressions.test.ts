/**
 * CEL expressions: compiled and type-checked at load against the form fields; evaluated per dossier.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineProcedure, safeDefineProcedure, validateDossier } from '../../src/rules/index.js';
import { minimal, minimalDossier } from './fixtures.js';
import { referenceCost } from './support/celReference.js';

function withFeeWhen(when: string) {
  const def = minimal();
  def.fees[0].when = when;
  return def;
}

describe('expressions', () => {
  it('are compiled at load, keyed by their path, with the variables they read', () => {
    const p = defineProcedure(withFeeWhen('kind == "foreigner" && channel == "online"'));
    const e = p.expression(['fees', 0, 'when']);
    expect(e?.kind).toBe('condition');
    expect(e?.variables).toEqual(['kind', 'channel']);
    expect(p.expression(['documents', 1, 'when'])?.source).toBe('abroad');
    expect([...p.expressions.keys()].sort()).toEqual(['documents/1/when', 'fees/0/when']);
  });

  it.each([
    ['abraod', 'EXPRESSION_UNKNOWN_NAME'],
    ['copies > "2"', 'EXPRESSION_TYPE'],
    ['name > 3', 'EXPRESSION_TYPE'],
    ['abroad && copies', 'EXPRESSION_TYPE'],
    ['birthDate < 20250101', 'EXPRESSION_TYPE'],
    ['name', 'EXPRESSION_RESULT_TYPE'],
    ['copies ==', 'EXPRESSION_SYNTAX'],
    ['(((', 'EXPRESSION_SYNTAX'],
    ['name.matches("x")', 'EXPRESSION_FORBIDDEN_FUNCTION'],
    ['"foreigner" == kind || kind == "citizen"', null],
    ['kind != "Foreigner"', 'ENUM_VALUE_UNKNOWN'],
    ['birthDate < "2000-01-01"', null],
    ['area > 2 && copies >= 2', null],
    ['size(name) > 3', null],
  ])('%s → %s', (expr, code) => {
    const r = safeDefineProcedure(withFeeWhen(expr));
    if (code === null) expect(r.ok).toBe(true);
    else expect(!r.ok && r.problems.map((p) => p.code)).toContain(code);
  });

  it('refuses expressions beyond the size and depth limits at load', () => {
    const deep = `${'('.repeat(200)}abroad${')'.repeat(200)}`;
    expect(safeDefineProcedure(withFeeWhen(deep)).ok).toBe(false);
    const long = Array.from({ length: 120 }, () => 'true').join('||'); // 239 AST nodes > 200
    const r = safeDefineProcedure(withFeeWhen(long));
    expect(!r.ok && r.problems[0]?.code).toBe('EXPRESSION_SYNTAX');
  });

  it('amounts are int expressions evaluated per dossier', () => {
    const def = minimal();
    def.fees[0].amount = { expr: 'copies > 2 ? 200000 + 5000 * (copies - 2) : 200000' };
    const p = defineProcedure(def);
    const d = minimalDossier();
    d.fields.copies = 5;
    expect(validateDossier(p, d).fees.total).toBe(215000);
  });

  it('macro variables are not mistaken for fields', () => {
    const p = defineProcedure(withFeeWhen('[1, 2, 3].exists(n, n == copies)'));
    expect(p.expression(['fees', 0, 'when'])?.variables).toEqual(['copies']);
    const d = minimalDossier();
    expect(validateDossier(p, d).fees.total).toBe(50000);
    d.fields.copies = 7;
    expect(validateDossier(p, d).fees.total).toBe(0);
  });

  it('a run-time failure is a CONDITION_ERROR problem, not an exception', () => {
    const def = minimal();
    def.fees[0].amount = { expr: '100000 / (copies - 1)' };
    const p = defineProcedure(def);
    const r = validateDossier(p, minimalDossier());
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual(
      expect.objectContaining({ code: 'CONDITION_ERROR', path: ['fees', 0, 'amount', 'expr'] }),
    );
    expect(r.fees.items).toEqual([]);
  });

  it('a negative amount is reported', () => {
    const def = minimal();
    def.fees[0].amount = { expr: '10 - copies * 100' };
    const r = validateDossier(defineProcedure(def), minimalDossier());
    expect(r.problems.map((p) => p.code)).toContain('CONDITION_ERROR');
  });
});

describe('the CEL reference of docs/rules.md', () => {
  it('prices every example as the estimator does (and names the code of every refused one)', () => {
    const docs = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    const table = docs.slice(
      docs.indexOf('<!-- cel-reference:start -->'),
      docs.indexOf('<!-- cel-reference:end -->'),
    );
    const rows = table
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| construct'))
      .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|')));
    expect(rows.length).toBeGreaterThan(25);
    for (const [, , example, cost] of rows) {
      const source = example!.replace(/^`|`$/g, '');
      expect(String(referenceCost(source)), source).toBe(cost);
    }
  });
});
