/**
 * The event check (`parseEvent`, compiled from the event schemas) gives the schema's answer — same success, same
 * data — on valid events of every type, on events with one field spoiled, on random instants, ids and texts; it
 * reads own properties only (a polluted `Object.prototype` never supplies a field), keeps instants inside the
 * calendar's years, and refuses with the engine's own codes and bilingual messages, never a validator's English.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parsedEventKeys } from '../../src/engine/apply/parse.js';
import { eventSchema, eventTypes, parseEvent } from '../../src/engine/index.js';

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
  {
    type: 'RECEIVE',
    seq: 2,
    at: '2026-03-02T08:10:00+07:00',
    by: 'centre',
    dossierCode: '000.00.24.H29-260302-0002',
    documents: { application: 'digitised', identity: 'reused', contract: 'paper' },
  },
  { type: 'ISSUE_RESULT', seq: 8, at: '2026-03-12T10:00:00+07:00', by: 'land-office', digitised: true },
  { type: 'RETURN_RESULT', seq: 9, at: '2026-03-12T15:00:00+07:00', by: 'centre', digitised: false },
  { type: 'FEE_PAID', seq: 2, at: '2026-03-02T08:05:00+07:00', online: true },
  { type: 'FORWARD', seq: 3, at: '2026-03-02T09:00:00+07:00', by: 'centre', to: 'branch' },
  {
    type: 'SUBMIT',
    seq: 1,
    at: '2026-03-02T08:00:00+07:00',
    channel: 'in-person',
    implementer: 'commune',
    delivery: 'post',
  },
  { type: 'FEE_PAID', seq: 2, at: '2026-03-02T08:05:00+07:00' },
  {
    type: 'FEE_PAID',
    seq: 2,
    at: '2026-03-02T08:05:00+07:00',
    by: 'desk',
    amount: 25,
    currency: 'USD',
    reference: 'PAYGOV-20260302-0001',
  },
  {
    type: 'EXTEND',
    seq: 3,
    at: '2026-03-02T09:00:00+07:00',
    by: 'desk',
    reason: 'Nhiều trang',
    newDueDate: '2026-03-04',
    agreement: true,
  },
  {
    type: 'RETURN_RESULT',
    seq: 9,
    at: '2026-03-05T09:00:00+07:00',
    by: 'desk',
    result: 'birth',
    delivery: 'online',
  },
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
  {
    type: 'MIGRATE',
    seq: 10,
    at: '2026-03-12T15:00:00+07:00',
    version: '2026.2',
    definition: `sha256:${'ab'.repeat(32)}`,
    steps: { issue: 'record' },
  },
];

/** Our answer and the schema's agree; a refusal is the engine's own. */
function sameAnswer(input: unknown): void {
  const expected = z.safeParse(eventSchema, input);
  const actual = parseEvent(input);
  // By design an own key whose value is `undefined` is absent (JSON cannot carry one; a parsed event has them).
  if (typeof input === 'object' && input !== null && Object.values(input).includes(undefined)) {
    const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    expect(parseEvent(defined).ok).toBe(actual.ok);
    return;
  }
  // By design the engine also keeps instants inside the calendar's years (2014–2199, Vietnam time).
  const at = (input as { at?: unknown } | null)?.at;
  if (expected.success && typeof at === 'string' && !(at >= '2014-01-01' && at < '2200-01-01')) {
    expect(actual.ok ? 'accepted' : actual.rejection.params.problem).toBe('not-instant');
    return;
  }
  expect(actual.ok, JSON.stringify(input)?.slice(0, 200)).toBe(expected.success);
  if (expected.success && actual.ok) expect(actual.event).toEqual(expected.data);
  if (!actual.ok) {
    expect(actual.rejection.code).toBe('INVALID_EVENT');
    expect(actual.rejection.messageVi).toMatch(/^Sự kiện không hợp lệ: /);
    expect(actual.rejection.messageVi).not.toMatch(/Invalid|expected|received/);
  }
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

describe("parseEvent gives the schema's answer", () => {
  it('on valid events of every type', () => {
    for (const event of valid) {
      const r = parseEvent(event);
      expect(r.ok, JSON.stringify(event)).toBe(true);
      if (r.ok) {
        expect(r.event).not.toBe(event);
        expect(Object.isFrozen(r.event)).toBe(true);
      }
      sameAnswer(event);
    }
    expect(new Set(valid.map((e) => e.type))).toEqual(new Set(eventTypes));
  });

  it('with one field replaced by an odd value, removed, or added', () => {
    for (const event of valid) {
      for (const key of [...Object.keys(event), 'step', 'to', 'extra', 'by', 'reason', 'amount', 'hash']) {
        for (const value of oddValues) sameAnswer({ ...event, [key]: value });
        const { [key]: _, ...rest } = event;
        sameAnswer(rest);
      }
    }
  });

  it("on random instants (inside the calendar's years), ids and texts", () => {
    const instant = fc.oneof(
      fc.date({ min: new Date('2014-01-02'), max: new Date('2199-12-30'), noInvalidDate: true }).map((d) => {
        const local = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
        return `${local}+07:00`;
      }),
      fc
        .tuple(
          fc.integer({ min: 2014, max: 2199 }),
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

  it("refuses instants outside the calendar's years the schema alone would take", () => {
    for (const at of ['2013-12-31T16:59:59Z', '2200-01-01T00:00:00+07:00', '9999-02-10T09:00:00+07:00']) {
      const r = parseEvent({ type: 'SUBMIT', seq: 1, at, channel: 'online' });
      expect(r.ok ? 'accepted' : [r.rejection.code, r.rejection.path, r.rejection.params.problem]).toEqual([
        'INVALID_EVENT',
        ['at'],
        'not-instant',
      ]);
    }
  });
});

describe('parseEvent reads own properties of plain data only', () => {
  const base = valid[3]!;
  const answer = (input: unknown) => {
    const r = parseEvent(input);
    return r.ok ? 'accepted' : [r.rejection.params.problem, r.rejection.path];
  };

  it('ignores an explicit undefined, accepts a null-prototype object, refuses other prototypes', () => {
    expect(answer({ ...base, step: undefined })).toBe('accepted');
    expect(answer(Object.assign(Object.create(null), base))).toBe('accepted');
    expect(answer(Object.assign(Object.create({ extra: 1 }), base))).toEqual(['not-an-object', []]);
    expect(answer(new (class E {})())).toEqual(['not-an-object', []]);
    expect(answer([base])).toEqual(['not-an-object', []]);
    expect(answer('FORWARD')).toEqual(['not-an-object', []]);
    expect(answer(null)).toEqual(['not-an-object', []]);
  });

  it('never takes a field from a polluted Object.prototype (a SUBMIT without channel stays refused)', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.channel = 'online';
    proto.by = 'centre';
    try {
      expect(answer({ type: 'SUBMIT', seq: 1, at: '2026-03-02T08:00:00+07:00' })).toEqual([
        'missing',
        ['channel'],
      ]);
      expect(answer({ type: 'FORWARD', seq: 3, at: '2026-03-02T09:00:00+07:00' })).toEqual([
        'missing',
        ['by'],
      ]);
    } finally {
      delete proto.channel;
      delete proto.by;
    }
  });

  it('names the type a misspelt one most likely is', () => {
    const said = (type: unknown) => {
      const r = parseEvent({ ...base, type });
      if (r.ok) throw new Error('accepted');
      return r.rejection;
    };
    expect(said('SUBMITT').params.suggestion).toBe('SUBMIT');
    expect(said('forward').params.suggestion).toBe('FORWARD');
    expect(said('APOLOGISE').params.suggestion).toBe('APOLOGIZE');
    expect(said('SUBMITT').messageVi).toContain('Có phải là "SUBMIT"?');
    expect(said('SUBMITT').message).toContain('Did you mean "SUBMIT"?');
    expect(said('UNKNOWN').params.suggestion).toBeUndefined();
    expect(said(42).params.suggestion).toBeUndefined();
  });

  it('refuses unknown keys, including "__proto__" written in JSON, by name', () => {
    expect(answer({ ...base, type: 'UNKNOWN' })).toEqual(['unknown-type', ['type']]);
    expect(answer({ ...base, extra: 1 })).toEqual(['unknown-key', ['extra']]);
    expect(
      answer(
        JSON.parse(`{"type":"FORWARD","seq":3,"at":"2026-03-02T09:00:00+07:00","by":"centre","__proto__":1}`),
      ),
    ).toEqual(['unknown-key', ['__proto__']]);
  });

  it('bounds form values before copying them: a hundred thousand keys, a 20 MB value', () => {
    const receive = {
      type: 'RECEIVE',
      seq: 2,
      at: '2026-03-02T08:10:00+07:00',
      by: 'centre',
      dossierCode: 'X',
    };
    const many: Record<string, number> = {};
    for (let i = 0; i < 100_000; i++) many[`f${i}`] = i;
    expect(answer({ ...receive, fields: many })).toEqual(['not-fields', ['fields']]);
    const huge = parseEvent({ ...receive, fields: { name: 'x'.repeat(20_000_000) } });
    expect(huge.ok).toBe(false);
    if (!huge.ok) {
      expect(huge.rejection.message.length).toBeLessThan(300);
      expect(huge.rejection.messageVi.length).toBeLessThan(300);
    }
    expect(answer({ ...receive, fields: { __proto__: null, constructor: 1 } })).toEqual([
      'not-fields',
      ['fields'],
    ]);
  });
});

describe('parsed events share one shape', () => {
  it('has a slot for every field of every event type', () => {
    const keys = new Set(parsedEventKeys());
    for (const e of valid) for (const key of Object.keys(e)) expect(keys).toContain(key);
    expect(keys).toContain('hash');
  });
});
