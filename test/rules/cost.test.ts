/**
 * The cost bound of expressions (issue 10 §1): the expressions that stalled the portal are refused at load with
 * a located, bilingual problem; generated adversarial expressions are refused or bounded, and the bound is never
 * below the nodes cel-js really evaluates on a maximal dossier; at run time a context beyond the declared limits
 * is refused with a typed error before anything is evaluated. (Times are measured in bench/rules.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExpressionEnvironment } from '../../src/rules/expressions/environment.js';
import {
  defaultCostBudget,
  defineProcedure,
  type Procedure,
  RulesError,
  safeDefineProcedure,
  toExpressionContext,
  validateDossier,
} from '../../src/rules/index.js';
import { type Json, minimal, minimalDossier } from './fixtures.js';
import { countEvaluations } from './support/celCounter.js';

const tens = '[1,2,3,4,5,6,7,8,9,10]';
/** The fee amount of issue 10: 255 characters of nested `map` over a ten-element list (6.6 s, 2.5 GB before). */
const nestedMaps = `${tens}.map(a, ${tens}.map(b, ${tens}.map(c, ${tens}.map(d, ${tens}.map(e, ${tens}.map(f, ${tens})))))).size() * 0`;
/** The citizen-driven condition of issue 10 (1.6 s per dossier with a 5,000-character name before). */
const pairs = 'name.split("").exists(a, name.split("").exists(b, a+b=="#!"))';

function withExpression(where: 'when' | 'amount', expr: string, mutate: (d: Json) => void = () => {}): Json {
  const def = minimal();
  if (where === 'when') def.fees[0].when = expr;
  else def.fees[0].amount = { expr };
  mutate(def);
  return def;
}

function problemsOf(def: Json) {
  const r = safeDefineProcedure(def);
  return r.ok ? [] : r.problems;
}

describe('cost bound at load', () => {
  it('refuses the nested maps of issue 10 before evaluating the constant amount, naming the expensive part', () => {
    expect(nestedMaps.length).toBeGreaterThan(200);
    const problems = problemsOf(withExpression('amount', nestedMaps));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['EXPRESSION_TOO_COSTLY', ['fees', 0, 'amount', 'expr']],
    ]);
    const [p] = problems;
    expect(p!.params.cost as number).toBeGreaterThan(defaultCostBudget.expression);
    expect(p!.params.budget).toBe(defaultCostBudget.expression);
    // The part is the outermost `map` that alone exceeds the budget, with its column in the source.
    expect(nestedMaps.slice((p!.params.column as number) - 1)).toMatch(/^\[1,2,3,4,5,6,7,8,9,10\]\.map\(/);
    expect(p!.messageVi).toContain('vượt ngân sách');
  });

  it("refuses the citizen-driven pair search, whatever the name's declared length", () => {
    for (const maxLength of [undefined, 100, 5000]) {
      const problems = problemsOf(withExpression('when', pairs, (d) => (d.fields[2].maxLength = maxLength)));
      expect(problems.map((p) => p.code)).toEqual(['EXPRESSION_TOO_COSTLY']);
      expect(problems[0]!.params.part).toBe('name.split("").exists(b, a+b=="#!")');
    }
  });

  it('bounds by the declared limits: the same search over a 20-character code is accepted', () => {
    const def = withExpression('when', pairs.replaceAll('name', 'code'), (d) =>
      d.fields.push({ id: 'code', type: 'string', label: { vi: 'Mã' }, maxLength: 16, required: false }),
    );
    const p = defineProcedure(def);
    expect(p.expression(['fees', 0, 'when'])!.cost).toBeLessThanOrEqual(defaultCostBudget.expression);
  });

  it('gives the examples small costs, and the budget can be raised per definition', () => {
    const p = defineProcedure(withExpression('amount', 'copies > 2 ? 200000 + 5000 * (copies - 2) : 200000'));
    expect(p.expression(['fees', 0, 'amount', 'expr'])!.cost).toBe(12);
    const search = withExpression(
      'when',
      'name.split("").exists(a, a == "#")',
      (d) => delete d.fields[2].maxLength,
    );
    expect(problemsOf(search).map((p) => p.code)).toEqual(['EXPRESSION_TOO_COSTLY']);
    expect(safeDefineProcedure(search, { budget: { expression: 1_000_000, procedure: 1_000_000 } }).ok).toBe(
      true,
    );
  });

  it('refuses what the model cannot bound: regular expressions, JSON parsing, time-zone lookups, optionals', () => {
    for (const expr of [
      'name.matches("^(a+)+$")',
      'bytes(name).json().size() > 0',
      'timestamp("2026-01-01T00:00:00Z").getHours("Asia/Ho_Chi_Minh") > 7',
      'optional.of(copies).hasValue()',
    ]) {
      expect(
        problemsOf(withExpression('when', expr)).map((p) => p.code),
        expr,
      ).toContain('EXPRESSION_FORBIDDEN_FUNCTION');
    }
    // duration() re-scans its text once per part: cubic, so a citizen's 1,000 characters are refused.
    expect(problemsOf(withExpression('when', 'duration(name) > duration("1h")')).map((p) => p.code)).toEqual([
      'EXPRESSION_TOO_COSTLY',
    ]);
    expect(safeDefineProcedure(withExpression('when', 'duration("36h") > duration("1h")')).ok).toBe(true);
  });

  it('bounds the sum over a definition too (PROCEDURE_TOO_COSTLY)', () => {
    const def = minimal();
    def.fields[2].maxLength = 3000;
    for (let i = 0; i < 16; i++) {
      def.checks.push({ id: `c${i}`, expr: 'name.split("a").size() < 3000', message: { vi: 'Tên quá dài' } });
    }
    const problems = problemsOf(def);
    expect(problems.map((p) => [p.code, p.path])).toEqual([['PROCEDURE_TOO_COSTLY', []]]);
    expect(safeDefineProcedure(def, { budget: { procedure: 1_000_000 } }).ok).toBe(true);
  });
});

describe('cost bound at run time', () => {
  const p = defineProcedure(
    withExpression('when', 'name.split("").exists(a, a == "#")', (d) => (d.fields[2].maxLength = 100)),
  );
  const e = p.expression(['fees', 0, 'when'])!;

  it('a context beyond the declared limits is refused with a typed error before evaluating', () => {
    const context = { channel: 'in-person', name: 'x'.repeat(5_000) };
    let error: unknown;
    try {
      e.evaluate(context);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RulesError);
    expect((error as RulesError).code).toBe('EXPRESSION_BUDGET_EXCEEDED');
    expect((error as RulesError).params).toMatchObject({
      variable: 'name',
      reason: 'too-long',
      length: 5000,
      max: 100,
    });
    expect(() => e.evaluate({ name: ['a', 'b'] })).toThrow(
      expect.objectContaining({ code: 'EXPRESSION_BUDGET_EXCEEDED' }),
    );
    expect(e.evaluate({ name: 'ab#' })).toBe(true);
  });

  it('toExpressionContext leaves out a text longer than its field; validateDossier reports it and evaluates nothing with it', () => {
    expect('name' in toExpressionContext(p.definition.fields, { name: 'x'.repeat(101) }, 'online')).toBe(
      false,
    );
    const dossier = minimalDossier();
    dossier.fields.name = 'x'.repeat(5_000);
    const r = validateDossier(p, dossier);
    expect(r.problems.map((x) => [x.code, x.path])).toEqual([['FIELD_OUT_OF_RANGE', ['fields', 'name']]]);
  });

  it('a string field without maxLength holds at most 1,000 characters', () => {
    const plain = defineProcedure(
      withExpression('when', 'size(name) > 2', (d) => delete d.fields[2].maxLength),
    );
    const dossier = minimalDossier();
    dossier.fields.name = 'x'.repeat(1_000);
    expect(validateDossier(plain, dossier).ok).toBe(true);
    dossier.fields.name = 'x'.repeat(1_001);
    expect(validateDossier(plain, dossier).problems.map((x) => x.code)).toEqual(['FIELD_OUT_OF_RANGE']);
  });
});

/** Expressions of a small typed grammar, adversarial on purpose (splits, macros, concatenation, nesting). */
function expressions(): fc.Arbitrary<string> {
  const str = (depth: number, vars: readonly string[]): fc.Arbitrary<string> => {
    const atoms = fc.constantFrom('name', 'other', '"ab"', '""', ...vars);
    if (depth <= 0) return atoms;
    const s = () => str(depth - 1, vars);
    return fc.oneof(
      { weight: 3, arbitrary: atoms },
      fc.tuple(s(), s()).map(([a, b]) => `(${a} + ${b})`),
      s().map((a) => `${a}.lowerAscii()`),
      s().map((a) => `${a}.trim()`),
      lst(depth - 1, vars).map((l) => `${l}.join(",")`),
      fc.tuple(s(), s()).map(([a, b]) => `cel.bind(t${depth}, ${a}, t${depth} + ${b})`),
    );
  };
  const lst = (depth: number, vars: readonly string[]): fc.Arbitrary<string> => {
    const s = () => str(Math.max(0, depth - 1), vars);
    const base = fc.oneof(
      s().map((a) => `${a}.split("")`),
      s().map((a) => `${a}.split("a")`),
      fc.tuple(s(), s()).map(([a, b]) => `[${a}, ${b}, "x"]`),
    );
    if (depth <= 0) return base;
    const v = `v${depth}`;
    return fc.oneof(
      { weight: 2, arbitrary: base },
      fc.tuple(lst(depth - 1, vars), lst(depth - 1, vars)).map(([a, b]) => `(${a} + ${b})`),
      fc
        .tuple(lst(depth - 1, vars), bool(depth - 1, [...vars, v]))
        .map(([l, p]) => `${l}.filter(${v}, ${p})`),
      fc.tuple(lst(depth - 1, vars), str(depth - 1, [...vars, v])).map(([l, t]) => `${l}.map(${v}, ${t})`),
    );
  };
  const int = (depth: number, vars: readonly string[]): fc.Arbitrary<string> => {
    const atoms = fc.constantFrom('copies', '3');
    if (depth <= 0) return atoms;
    return fc.oneof(
      atoms,
      str(depth - 1, vars).map((a) => `size(${a})`),
      lst(depth - 1, vars).map((l) => `${l}.size()`),
      fc.tuple(str(depth - 1, vars), str(depth - 1, vars)).map(([a, b]) => `${a}.indexOf(${b})`),
      // The library's own min / max (a capped fee), over anything an int can be.
      fc
        .tuple(fc.constantFrom('min', 'max'), int(depth - 1, vars), int(depth - 1, vars))
        .map(([f, a, b]) => `${f}(${a}, ${b})`),
    );
  };
  const bool = (depth: number, vars: readonly string[]): fc.Arbitrary<string> => {
    if (depth <= 0) return fc.constantFrom('abroad', 'true', 'name == "x"');
    const v = `w${depth}`;
    return fc.oneof(
      fc.tuple(str(depth - 1, vars), str(depth - 1, vars)).map(([a, b]) => `${a}.contains(${b})`),
      fc.tuple(int(depth - 1, vars), int(depth - 1, vars)).map(([a, b]) => `${a} > ${b}`),
      fc.tuple(str(depth - 1, vars), lst(depth - 1, vars)).map(([a, l]) => `${a} in ${l}`),
      fc
        .tuple(lst(depth - 1, vars), bool(depth - 1, [...vars, v]))
        .map(([l, p]) => `${l}.exists(${v}, ${p})`),
      fc.tuple(lst(depth - 1, vars), bool(depth - 1, [...vars, v])).map(([l, p]) => `${l}.all(${v}, ${p})`),
      fc.tuple(bool(depth - 1, vars), bool(depth - 1, vars)).map(([a, b]) => `(${a} && ${b})`),
    );
  };
  return bool(4, []);
}

describe('adversarial expressions (property)', () => {
  it('are refused at load, or their bound holds: within budget, never below the nodes cel-js evaluates', () => {
    fc.assert(
      fc.property(
        expressions(),
        fc.integer({ min: 1, max: 2_000 }),
        fc.constantFrom('a', ',', 'ab', ' a'),
        (expr, maxLength, unit) => {
          const def = withExpression('when', expr, (d) => {
            d.fields[2].maxLength = maxLength;
            d.fields.push({ id: 'other', type: 'string', label: { vi: 'Khác' }, maxLength, required: false });
          });
          const r = safeDefineProcedure(def);
          if (!r.ok) {
            expect(r.problems.length).toBeGreaterThan(0);
            return;
          }
          const procedure: Procedure = r.procedure;
          const compiled = procedure.expression(['fees', 0, 'when'])!;
          expect(compiled.cost).toBeLessThanOrEqual(defaultCostBudget.expression);
          // A maximal dossier: both texts at their declared length.
          const text = unit.repeat(Math.ceil(maxLength / unit.length)).slice(0, maxLength);
          const context = toExpressionContext(
            procedure.definition.fields,
            { copies: 1, kind: 'citizen', name: text, other: text, abroad: true },
            'in-person',
          );
          const parsed = createExpressionEnvironment(procedure.definition.fields).env.parse(expr);
          parsed.check();
          expect(countEvaluations(parsed, context)).toBeLessThanOrEqual(compiled.cost);
        },
      ),
      { numRuns: 300 },
    );
  });
});
