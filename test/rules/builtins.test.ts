/**
 * What expressions read besides the form fields (issue 9 §6–7): `receiptDay` (the receipt day, `YYYY-MM-DD`),
 * `implementer` (the implementing office chosen at SUBMIT, declared only with `implementers`), and the library's
 * `min` / `max` — with their types, their cost bound, and the context that feeds them.
 */
import { describe, expect, it } from 'vitest';
import {
  builtInVariables,
  defineProcedure,
  reservedNames,
  safeDefineProcedure,
  toExpressionContext,
} from '../../src/rules/index.js';
import { type Json, minimal } from './fixtures.js';
import { referenceCost } from './support/celReference.js';

const implementers = [
  { id: 'commune', name: { vi: 'Uỷ ban nhân dân xã' }, kind: 'people-committee' },
  { id: 'mission', name: { vi: 'Cơ quan đại diện' }, kind: 'diplomatic-mission' },
];

/** The minimal definition with a fee amount, and `pages` declared for the copy fee. */
function withAmount(expr: string, mutate: (d: Json) => void = () => {}): Json {
  const def = minimal();
  def.fields.push({ id: 'pages', type: 'integer', label: { vi: 'Số trang' }, min: 1, max: 1000 });
  def.fees[0].amount = { expr };
  mutate(def);
  return def;
}

const codes = (def: Json) => {
  const r = safeDefineProcedure(def);
  return r.ok ? [] : r.problems.map((p) => p.code);
};

describe('built-in variables', () => {
  it('are channel, receiptDay and implementer, all reserved as field ids', () => {
    expect(builtInVariables).toEqual(['channel', 'receiptDay', 'implementer']);
    for (const id of builtInVariables) {
      expect(reservedNames.has(id)).toBe(true);
      const def = minimal();
      def.fields[2].id = id;
      expect(codes(def), id).toContain('FIELD_NAME_RESERVED');
    }
  });

  it('receiptDay is a string every procedure may read; implementer only one with implementers', () => {
    const day = minimal();
    day.fees[0].when = 'receiptDay >= "2026-01-01"';
    expect(defineProcedure(day).expression(['fees', 0, 'when'])?.variables).toEqual(['receiptDay']);
    const office = minimal();
    office.fees[0].when = 'implementer == "mission"';
    expect(codes(office)).toEqual(['IMPLEMENTER_NOT_DECLARED']);
    office.implementers = implementers;
    expect(defineProcedure(office).expression(['fees', 0, 'when'])?.variables).toEqual(['implementer']);
    // Both are strings: comparing them with numbers does not type-check.
    day.fees[0].when = 'receiptDay > 20260101';
    expect(codes(day)).toEqual(['EXPRESSION_TYPE']);
  });

  it('toExpressionContext keeps its three-argument form and takes the extras, leaving out malformed ones', () => {
    const fields = defineProcedure(minimal()).definition.fields;
    const values = { copies: 2, kind: 'citizen', name: 'A', abroad: false };
    const plain = toExpressionContext(fields, values, 'post');
    expect(Object.keys(plain).sort()).toEqual(['abroad', 'channel', 'copies', 'kind', 'name']);
    const full = toExpressionContext(fields, values, 'post', {
      implementer: 'mission',
      receiptDay: '2026-01-05',
    });
    expect(full.implementer).toBe('mission');
    expect(full.receiptDay).toBe('2026-01-05');
    const bad = toExpressionContext(fields, values, 'post', {
      implementer: 'x'.repeat(65),
      receiptDay: '2026-02-30',
    });
    expect('implementer' in bad || 'receiptDay' in bad).toBe(false);
    expect(
      toExpressionContext(fields, values, 'post', { implementer: 'no spaces' }).implementer,
    ).toBeUndefined();
  });

  it('a hand-made context beyond their limits is refused before evaluation', () => {
    const def = minimal();
    def.implementers = implementers;
    def.fees[0].when = 'implementer == "mission" && receiptDay >= "2026-01-01"';
    const e = defineProcedure(def).expression(['fees', 0, 'when'])!;
    expect(e.evaluate({ implementer: 'mission', receiptDay: '2026-01-02' })).toBe(true);
    expect(() => e.evaluate({ implementer: 'm'.repeat(65), receiptDay: '2026-01-02' })).toThrow(
      expect.objectContaining({ code: 'EXPRESSION_BUDGET_EXCEEDED' }),
    );
    expect(() => e.evaluate({ implementer: 'mission', receiptDay: 20260102n })).toThrow(
      expect.objectContaining({ code: 'EXPRESSION_BUDGET_EXCEEDED' }),
    );
  });
});

describe('min and max', () => {
  /** Circular 226/2016/TT-BTC: 2,000 VND a page for pages 1–2, 1,000 from page 3, at most 200,000 a copy. */
  const copyFee = 'copies * min(200000, pages <= 2 ? 2000 * pages : 4000 + 1000 * (pages - 2))';

  it.each([
    [1, 1, 2_000],
    [1, 2, 4_000],
    [1, 3, 5_000],
    [2, 10, 24_000],
    [1, 198, 200_000],
    [1, 199, 200_000],
    [3, 500, 600_000],
  ])('the capped per-page copy fee: %i copies of %i pages → %i VND', (copies, pages, amount) => {
    const p = defineProcedure(withAmount(copyFee));
    const e = p.expression(['fees', 0, 'amount', 'expr'])!;
    expect(e.evaluate(toExpressionContext(p.definition.fields, { copies, pages }, 'in-person'))).toBe(
      BigInt(amount),
    );
  });

  it('take two ints or two doubles; CEL converts nothing implicitly', () => {
    expect(codes(withAmount('max(copies, 2) - min(copies, 2)'))).toEqual([]);
    expect(codes(withAmount('int(max(area, 1.5) - min(area, 0.5))'))).toEqual([]);
    expect(codes(withAmount('min(copies, 2.5) > 0 ? 1 : 0'))).toEqual(['EXPRESSION_TYPE']);
    expect(codes(withAmount('min(copies, pages, 3)'))).toEqual(['EXPRESSION_TYPE']);
    expect(codes(withAmount('min(copies)'))).toEqual(['EXPRESSION_TYPE']);
    // Nested for more than two values.
    expect(codes(withAmount('min(copies, min(pages, 3))'))).toEqual([]);
  });

  it('are in the cost model: one unit besides the call and its arguments', () => {
    expect(referenceCost('min(copies, 2) + max(copies, 3) > 4')).toBe(12);
    const p = defineProcedure(withAmount(copyFee));
    expect(p.expression(['fees', 0, 'amount', 'expr'])!.cost).toBeLessThan(30);
  });
});
