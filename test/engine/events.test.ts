/**
 * The hand-written event check (`parseEvent`) gives the same answer as `eventSchema.safeParse` — same success,
 * same data — on valid events of every type, on events with one field spoiled, on odd instants and ids, and on
 * objects zod treats specially (unknown or inherited keys, explicit `undefined`, prototypes).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventSchema, parsedEventKeys, parseEvent } from '../../src/engine/events.js';

const valid: Record<string, unknown>[] = [
  { type: 'SUBMIT', seq: 1, at: '2026-03-02T08:00:00+07:00', channel: 'in-person' },
  { type: 'SUBMIT', seq: 1, at: '2026-03-02T08:00:00Z', channel: 'online' },
  {
    type: 'RECEIVE',
    seq: 2,
    at: '2026-03-02T08:10:00+07:00',
    by: 'centre',
    dossierCode: '000.00.24.H29-260302-0001',
    fields: { area: 120, urban: true, note: null },
    consultation: 'sequential',
  },
  { type: 'FORWARD', seq: 3, at: '2026-03-02T09:00:00+07:00', by: 'centre', to: 'branch' },
  { type: 'CONSULT', seq: 3, at: '2026-03-02T09:00:00.123+07:00', by: 'centre', step: 'review' },
  { type: 'REPLY', seq: 3, at: '2026-03-02T09:00:00+07:00', by: 'tax', opinion: 'Đồng ý' },
  { type: 'RETURN', seq: 5, at: '2026-03-02T14:00:00+07:00', by: 'tax', reason: 'Sai thông tin địa chính' },
  {
    type: 'REQUEST_SUPPLEMENT',
    seq: 4,
    at: '2026-03-02T10:00:00+07:00',
    by: 'branch',
    items: ['Thiếu bản đồ'],
  },
  { type: 'SUPPLEMENT_RECEIVED', seq: 5, at: '2026-03-03T09:00:00+07:00', by: 'centre' },
  {
    type: 'REQUEST_FINANCIAL_OBLIGATION',
    seq: 6,
    at: '2026-03-09T15:00:00+07:00',
    by: 'tax',
    amount: 40_000_000,
  },
  { type: 'FINANCIAL_OBLIGATION_MET', seq: 7, at: '2028-02-29T09:00:00+07:00' },
  { type: 'REFUSE', seq: 2, at: '2026-03-02T09:00:00+07:00', by: 'centre', reasons: ['Không đủ điều kiện'] },
  { type: 'APPROVE', seq: 8, at: '2026-03-02T09:00:00+07:00', by: 'office', step: 'approve' },
  { type: 'ISSUE_RESULT', seq: 8, at: '2026-03-12T10:00:00+07:00', by: 'land-office' },
  { type: 'RETURN_RESULT', seq: 9, at: '2026-03-12T15:00:00+07:00', by: 'centre' },
  { type: 'WITHDRAW', seq: 9, at: '2026-03-12T15:00:00+07:00' },
  { type: 'STOP', seq: 9, at: '2026-03-12T15:00:00+07:00', by: 'centre', reason: 'other', note: 'x' },
  {
    type: 'APOLOGIZE',
    seq: 9,
    at: '2026-03-12T15:00:00+07:00',
    by: 'centre',
    reason: 'Quá tải',
    newDueDate: '2026-03-20',
  },
];

function sameAnswer(input: unknown): void {
  const expected = eventSchema.safeParse(input);
  const actual = parseEvent(input);
  expect(actual.success).toBe(expected.success);
  if (expected.success && actual.success) expect(actual.data).toEqual(expected.data);
  if (!expected.success && !actual.success) expect(actual.error.issues).toEqual(expected.error.issues);
}

const oddValues = [
  undefined,
  null,
  0,
  -1,
  1.5,
  2 ** 53,
  Number.NaN,
  1_000_001,
  '',
  'x'.repeat(65),
  'x'.repeat(2001),
  '1abc',
  'a b',
  'in-person',
  'other',
  true,
  [],
  [''],
  ['ok'],
  {},
  '2026-02-29T08:00:00+07:00',
  '2024-02-29T08:00:00+07:00',
  '2100-02-29T08:00:00+07:00',
  '2000-02-29T08:00:00+07:00',
  '2026-04-31T08:00:00+07:00',
  '2026-13-01T08:00:00+07:00',
  '2026-03-02T24:00:00+07:00',
  '2026-03-02T08:60:00+07:00',
  '2026-03-02T08:00:60+07:00',
  '2026-03-02T08:00:00+7:00',
  '2026-03-02 08:00:00+07:00',
  '2026-03-02T08:00+07:00',
  '2026-03-02T08:00:00+25:00',
  '2026-03-02',
  '2026-3-2',
];

describe('parseEvent agrees with eventSchema.safeParse', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('on valid events of every type (and checks them by hand, without zod)', () => {
    const spy = vi.spyOn(eventSchema, 'safeParse');
    for (const event of valid) {
      const r = parseEvent(event);
      expect(r.success, JSON.stringify(event)).toBe(true);
      if (r.success) expect(r.data).not.toBe(event);
    }
    // Only the form fields of RECEIVE (a record of values) are parsed by their own zod schema.
    expect(spy.mock.calls.length).toBe(0);
    spy.mockRestore();
    for (const event of valid) sameAnswer(event);
    const types = new Set(valid.map((e) => e.type));
    for (const option of eventSchema.options) expect(types.has(option.shape.type.value)).toBe(true);
  });

  it('with one field replaced by an odd value, removed, or added', () => {
    for (const event of valid) {
      for (const key of [...Object.keys(event), 'step', 'to', 'extra', 'by', 'reason', 'amount']) {
        for (const value of oddValues) sameAnswer({ ...event, [key]: value });
        const { [key]: _, ...rest } = event;
        sameAnswer(rest);
      }
    }
  });

  it('on random instants, ids and texts', () => {
    const instant = fc.oneof(
      fc.date({ min: new Date('1990-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => {
        const local = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
        return `${local}+07:00`;
      }),
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
          fc.integer({ min: 0, max: 61 }),
        )
        .map(([y, mo, d, h, mi, s]) => {
          const p = (n: number, w = 2) => String(n).padStart(w, '0');
          return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}+07:00`;
        }),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(instant, fc.string({ maxLength: 70 }), fc.string({ maxLength: 10 }), (at, by, reason) => {
        sameAnswer({ type: 'RETURN', seq: 3, at, by, reason });
        sameAnswer({ type: 'FORWARD', seq: 3, at: '2026-03-02T09:00:00+07:00', by, step: by });
      }),
      { numRuns: 2000 },
    );
  });

  it('on objects zod treats specially', () => {
    const base = valid[3]!;
    sameAnswer({ ...base, step: undefined });
    sameAnswer(Object.assign(Object.create(null), base));
    sameAnswer(Object.assign(Object.create({ extra: 1 }), base));
    sameAnswer(Object.assign(Object.create({ step: 'review' }), base));
    sameAnswer(Object.defineProperty({ ...base }, 'to', { value: 'branch', enumerable: false }));
    sameAnswer(Object.defineProperty({ ...base }, 'extra', { value: 1, enumerable: false }));
    sameAnswer([base]);
    sameAnswer('FORWARD');
    sameAnswer(null);
    sameAnswer({ ...base, type: 'UNKNOWN' });
    sameAnswer({ ...base, type: 1 });
    sameAnswer({ ...base, __proto__: { x: 1 } });
    sameAnswer(
      JSON.parse(`{"type":"FORWARD","seq":3,"at":"2026-03-02T09:00:00+07:00","by":"centre","__proto__":1}`),
    );
    // A polluted prototype: zod sees the inherited key, and so does the answer.
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 1;
    try {
      sameAnswer(base);
    } finally {
      delete proto.polluted;
    }
    sameAnswer(base);
  });
});

describe('parsed events share one shape', () => {
  it('has a slot for every field of every event type', () => {
    const keys = new Set(parsedEventKeys());
    for (const option of eventSchema.options)
      for (const key of Object.keys(option.shape)) expect(keys).toContain(key);
  });
});
