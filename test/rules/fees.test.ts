/**
 * Fees as published (issue 9 §6–7): each line in its currency, totals per currency, entries in force by the
 * receipt day (`options.on`, default today in Asia/Ho_Chi_Minh whatever the host's zone), conditions reading
 * `receiptDay` and `implementer`.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineProcedure, validateDossier } from '../../src/rules/index.js';
import { type Json, minimal, minimalDossier } from './fixtures.js';

const implementers = [
  { id: 'commune', name: { vi: 'Uỷ ban nhân dân xã' }, kind: 'people-committee' },
  { id: 'mission', name: { vi: 'Cơ quan đại diện' }, kind: 'diplomatic-mission' },
];
const mission = { document: 'Thông tư 264/2016/TT-BTC' };

/** A fee changed on 01/01/2026: 50,000 VND until 31/12/2025, 60,000 VND from 01/01/2026. */
function changedFee(): Json {
  const def = minimal();
  def.fees = [
    { ...def.fees[0], effective: { from: '2025-07-01', to: '2025-12-31' } },
    { ...def.fees[0], amount: 60000, effective: { from: '2026-01-01' } },
  ];
  return def;
}

/** A procedure done by a commune (VND) or a mission abroad (USD). */
function byImplementer(): Json {
  const def = minimal();
  def.implementers = implementers;
  def.fees = [
    { id: 'fee', kind: 'fee', name: { vi: 'Lệ phí' }, amount: 50000, when: 'implementer == "commune"' },
    {
      id: 'fee-abroad',
      kind: 'fee',
      name: { vi: 'Lệ phí tại cơ quan đại diện' },
      amount: 10,
      currency: 'USD',
      basis: mission,
      when: 'implementer == "mission"',
    },
    {
      id: 'copy',
      kind: 'charge',
      name: { vi: 'Phí chứng thực bản sao' },
      amount: { expr: 'copies * min(200000, 2000 * copies)' },
    },
  ];
  return def;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fees as published', () => {
  it('each line carries its currency; totals are per currency, total is the VND total', () => {
    const p = defineProcedure(byImplementer());
    const r = validateDossier(p, minimalDossier(), { implementer: 'mission' });
    expect(r.problems).toEqual([]);
    expect(r.fees.items.map((x) => [x.id, x.amount, x.currency])).toEqual([
      ['fee-abroad', 10, 'USD'],
      ['copy', 2000, 'VND'],
    ]);
    expect(r.fees.totals).toEqual({ USD: 10, VND: 2000 });
    expect(r.fees.total).toBe(2000);
    expect(r.fees.currency).toBe('VND');
    const commune = validateDossier(p, minimalDossier(), { implementer: 'commune' });
    expect(commune.fees.totals).toEqual({ VND: 52000 });
  });

  it('the entry in force on the receipt day applies (both ends inclusive)', () => {
    const p = defineProcedure(changedFee());
    const amount = (on: string) => validateDossier(p, minimalDossier(), { on }).fees.total;
    expect(amount('2025-07-01')).toBe(50000);
    expect(amount('2025-12-31')).toBe(50000);
    expect(amount('2026-01-01')).toBe(60000);
    expect(amount('2030-06-30')).toBe(60000);
    // Before the first entry no fee is in force.
    expect(validateDossier(p, minimalDossier(), { on: '2025-06-30' }).fees.items).toEqual([]);
  });

  it('conditions read receiptDay: a fee waived during 2026 without duplicating the definition', () => {
    const def = minimal();
    def.fees[0].when = '!(receiptDay >= "2026-01-01" && receiptDay <= "2026-12-31")';
    const p = defineProcedure(def);
    expect(validateDossier(p, minimalDossier(), { on: '2025-12-31' }).fees.total).toBe(50000);
    expect(validateDossier(p, minimalDossier(), { on: '2026-06-01' }).fees.total).toBe(0);
    expect(validateDossier(p, minimalDossier(), { on: '2027-01-01' }).fees.total).toBe(50000);
  });

  it('document conditions read implementer too', () => {
    const def = byImplementer();
    def.documents[1].when = 'abroad || implementer == "mission"';
    const p = defineProcedure(def);
    expect(validateDossier(p, minimalDossier(), { implementer: 'mission' }).requiredDocuments).toEqual([
      'form',
      'proof',
    ]);
    expect(validateDossier(p, minimalDossier(), { implementer: 'commune' }).requiredDocuments).toEqual([
      'form',
    ]);
  });

  it('an implementer needed but not given, or not declared, is a located problem', () => {
    const p = defineProcedure(byImplementer());
    const missing = validateDossier(p, minimalDossier());
    expect(missing.problems.map((x) => [x.code, x.path])).toEqual([['IMPLEMENTER_MISSING', ['implementer']]]);
    expect(missing.problems[0]?.params.values).toEqual(['commune', 'mission']);
    expect(missing.fees.items.map((x) => x.id)).toEqual(['copy']);
    const typo = validateDossier(p, minimalDossier(), { implementer: 'misison' });
    expect(typo.problems.map((x) => [x.code, x.severity, x.params.suggestion])).toEqual([
      ['IMPLEMENTER_UNKNOWN', 'error', 'mission'],
    ]);
    // A procedure without implementers ignores one given, with a warning.
    const plain = validateDossier(defineProcedure(minimal()), minimalDossier(), { implementer: 'commune' });
    expect(plain.ok).toBe(true);
    expect(plain.problems.map((x) => [x.code, x.severity])).toEqual([['IMPLEMENTER_UNKNOWN', 'warning']]);
  });

  it('a receipt day that is not a real day is refused, never thrown', () => {
    const p = defineProcedure(changedFee());
    for (const on of ['2026-02-30', '01/01/2026', 20260101 as unknown as string]) {
      const r = validateDossier(p, minimalDossier(), { on });
      expect(r.ok).toBe(false);
      expect(r.problems.map((x) => [x.code, x.path])).toEqual([['SCHEMA_INVALID_FORMAT', ['on']]]);
      expect(r.fees.totals).toEqual({});
    }
  });
});

describe('the default receipt day is today in Vietnam, never the host zone', () => {
  // 16:59:59Z on 31/12/2025 is 23:59:59 in Hà Nội (but already 01/01 in Kiritimati, UTC+14);
  // 17:00Z is 00:00 on 01/01/2026 in Hà Nội (but still 31/12 in UTC).
  it.each([
    ['2025-12-31T16:59:59Z', 50000],
    ['2025-12-31T17:00:00Z', 60000],
  ])('at %s the fee is %i VND', (instant, amount) => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(instant));
    const p = defineProcedure(changedFee());
    expect(validateDossier(p, minimalDossier()).fees.total).toBe(amount);
  });
});

describe('fees (properties)', () => {
  const day = fc
    .integer({ min: Date.UTC(2025, 6, 1), max: Date.UTC(2028, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

  it('an effective-dated fee applies on exactly the days of its range', () => {
    fc.assert(
      fc.property(day, day, fc.boolean(), day, (a, b, open, on) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const def = minimal();
        def.fees[0].effective = open ? { from } : { from, to };
        const r = validateDossier(defineProcedure(def), minimalDossier(), { on });
        const inRange = from <= on && (open || on <= to);
        expect(r.fees.items.length).toBe(inRange ? 1 : 0);
      }),
      { numRuns: 200 },
    );
  });

  it('totals per currency are the sums of the items; total is the VND sum', () => {
    const currencies = fc.constantFrom('VND', 'USD', 'EUR');
    const entry = fc.record({
      amount: fc.integer({ min: 0, max: 1e9 }),
      currency: currencies,
      due: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        const def = minimal();
        def.fees = entries.map((e, i) => ({
          id: `f${i}`,
          kind: 'fee',
          name: { vi: 'Lệ phí' },
          amount: e.amount,
          currency: e.currency,
          note: { vi: 'Mức thu theo văn bản' },
          when: e.due ? 'copies >= 1' : 'copies > 100',
        }));
        const r = validateDossier(defineProcedure(def), minimalDossier(), { on: '2026-01-01' });
        const sums: Record<string, number> = {};
        for (const x of r.fees.items) sums[x.currency] = (sums[x.currency] ?? 0) + x.amount;
        expect(r.fees.totals).toEqual(sums);
        expect(r.fees.total).toBe(sums.VND ?? 0);
        expect(r.fees.items.length).toBe(entries.filter((e) => e.due).length);
      }),
      { numRuns: 100 },
    );
  });
});
