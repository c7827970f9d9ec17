/**
 * Bad input found by probing as an attacker would (issue: the engine's second edition, §6), and misuse of the
 * API (§4): each is a typed error at the boundary — a rejection that leaves the snapshot untouched, or a thrown
 * `EngineError` with the path of the bad argument — never a bare TypeError, a RangeError, a hang or an echo of
 * megabytes of input.
 */
import { describe, expect, it } from 'vitest';
import {
  compileProcedure,
  createEngine,
  type DossierEvent,
  EngineError,
  renderForm,
} from '../../src/engine/index.js';
import { defineProcedure } from '../../src/rules/index.js';
import { business, businessReceived, engine, land, permit2026, raw, run } from './fixtures.js';

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof EngineError ? [e.code, e.path] : `${(e as Error).name}: ${(e as Error).message}`;
  }
  return 'returned';
};

describe('misuse of the API throws EngineError', () => {
  const s = run(business, businessReceived);

  it('a raw definition, a null snapshot, a null event list', () => {
    expect(thrown(() => engine.start(raw('business-registration')))).toEqual([
      'INVALID_ARGUMENT',
      ['procedure'],
    ]);
    expect(thrown(() => engine.applyEvent(null as never, businessReceived[0] as DossierEvent))).toEqual([
      'INVALID_ARGUMENT',
      ['snapshot'],
    ]);
    expect(thrown(() => engine.replay(business, null as never))).toEqual(['INVALID_ARGUMENT', ['events']]);
    expect(thrown(() => compileProcedure({} as never))).toEqual(['INVALID_ARGUMENT', ['procedure']]);
    expect(thrown(() => createEngine(null as never))).toEqual(['INVALID_ARGUMENT', ['options']]);
  });

  it('a receipt slip without documents, forms of a dossier that has no such form', () => {
    expect(thrown(() => engine.receiptForm(s, { applicant: 'A' } as never))).toEqual([
      'INVALID_ARGUMENT',
      ['documents'],
    ]);
    // The Vietnamese text says nothing was given, not the program's word "undefined".
    try {
      engine.receiptForm(s, { applicant: 'A' } as never);
    } catch (e) {
      expect((e as { messageVi: string }).messageVi).toContain('(chưa có giá trị)');
      expect((e as { messageVi: string }).messageVi).not.toContain('undefined');
    }
    // A bad document is named down to its member, with the values allowed, and no English in the Vietnamese.
    const bad = (documents: unknown) => () => engine.receiptForm(s, { applicant: 'A', documents } as never);
    expect(thrown(bad([{ name: 'Tờ khai', copies: 1 }]))).toEqual([
      'INVALID_ARGUMENT',
      ['documents', 0, 'form'],
    ]);
    expect(
      thrown(
        bad([
          { name: 'Tờ khai', form: 'original', copies: 1 },
          { name: 'B', form: 'orignal', copies: 1 },
        ]),
      ),
    ).toEqual(['INVALID_ARGUMENT', ['documents', 1, 'form']]);
    expect(thrown(bad([{ name: 'Tờ khai', form: 'copy', copies: -1 }]))).toEqual([
      'INVALID_ARGUMENT',
      ['documents', 0, 'copies'],
    ]);
    expect(thrown(bad([{}]))).toEqual(['INVALID_ARGUMENT', ['documents', 0, 'name']]);
    try {
      bad([{ name: 'B', form: 'orignal', copies: 1 }])();
    } catch (e) {
      const { message, messageVi } = e as { message: string; messageVi: string };
      expect(message).toContain('one of');
      expect(messageVi).toContain('đã nhập "orignal"');
    }
    try {
      bad({ name: 'B' })();
    } catch (e) {
      expect((e as { messageVi: string }).messageVi).not.toContain('object');
    }
    expect(thrown(() => engine.apologyForm(s, { applicant: 'A' }))).toEqual([
      'INVALID_ARGUMENT',
      ['snapshot'],
    ]);
    expect(thrown(() => engine.stopNoticeForm(s, { applicant: 'A', reason: 'x' }))).toEqual([
      'INVALID_ARGUMENT',
      ['snapshot'],
    ]);
    expect(thrown(() => renderForm(null as never))).toEqual(['INVALID_ARGUMENT', ['form']]);
    expect(thrown(() => engine.stepDeadline(s, { ...s.visits[0]! }))).toEqual([
      'INVALID_ARGUMENT',
      ['visit'],
    ]);
  });

  it('instants: fractional epoch milliseconds, 8.64e15, a Proxy around a Date, a day without an offset', () => {
    const d = new Date('2026-03-03T10:00:00+07:00');
    for (const bad of [
      Date.parse('2026-03-03T10:00:00+07:00') + 0.5,
      8.64e15,
      new Proxy(d, {}),
      d,
      '2026-03-03',
      '2026-03-03T10:00',
    ])
      expect(thrown(() => engine.slaStatus(s, bad as never))).toEqual(['INVALID_ARGUMENT', ['at']]);
    expect(thrown(() => engine.evaluate(s, Number.NaN))).toEqual(['INVALID_ARGUMENT', ['now']]);
    expect(
      thrown(() => engine.slaStatus(s, '2026-03-03T10:00:00+07:00', { thresholds: [0.9, 0.5, 1] })),
    ).toEqual(['INVALID_OPTIONS', ['thresholds']]);
  });

  it('an error message quotes at most about a hundred characters of the bad input', () => {
    const huge = 'x'.repeat(20_000_000);
    try {
      engine.slaStatus(s, huge);
    } catch (e) {
      expect((e as EngineError).message.length).toBeLessThan(400);
      expect((e as EngineError).messageVi.length).toBeLessThan(400);
    }
    const r = engine.applyEvent(s, {
      type: 'FORWARD',
      seq: 4,
      at: '2026-03-02T10:00:00+07:00',
      by: huge,
    } as never);
    expect(!r.ok && r.rejection.message.length).toBeLessThan(400);
  });
});

describe('events that would make the dossier unreadable later are refused at the boundary', () => {
  it("a receipt whose appointment would fall after the calendar's last year", () => {
    const late = run(business, [{ type: 'SUBMIT', at: '2199-12-30T08:00:00+07:00', channel: 'in-person' }]);
    const r = engine.applyEvent(late, {
      type: 'RECEIVE',
      seq: 2,
      at: '2199-12-30T08:10:00+07:00',
      by: 'bro',
      dossierCode: 'X',
    });
    expect(!r.ok && r.rejection).toMatchObject({
      code: 'INVALID_EVENT',
      path: ['at'],
      params: { problem: 'deadline-outside-calendar' },
    });
    expect(r.snapshot).toBe(late);
  });
});

describe('the registries are bounded, least recently used out first', () => {
  it('an engine keeps maxDefinitions definitions; one in use survives a stream of others', () => {
    const e = createEngine({ procedures: [business], maxDefinitions: 50 });
    const kept = e.start(business);
    const base = raw('business-registration');
    for (let v = 0; v < 200; v++) {
      e.register(defineProcedure({ ...base, version: `x${v}` }));
      // The portal keeps reading its own dossier: its definition stays.
      if (v % 10 === 0) e.dossierDeadline(kept);
    }
    expect(e.compiled(kept).procedure.hash).toBe(business.hash);
    // The first of the stream was pushed out; registering it again brings it back.
    const first = e.start(defineProcedure({ ...base, version: 'x0' }));
    expect(e.compiled(first).procedure.definition.version).toBe('x0');
    const gone = createEngine({ procedures: [land], maxDefinitions: 1 });
    const landDossier = gone.start(land);
    gone.register(business);
    expect(thrown(() => gone.dossierDeadline(landDossier))).toEqual([
      'UNKNOWN_DEFINITION',
      ['procedure', 'hash'],
    ]);
  });
});

describe('forms escape what they print, for each format', () => {
  const hostile =
    'Nguyễn Văn A\nNgày hẹn trả kết quả: 01/01/2020\r\n<script>alert(1)</script> | **x** [y](javascript:z)';
  const s = run(business, [
    businessReceived[0]!,
    { type: 'RECEIVE', at: '2026-03-02T08:10:00+07:00', by: 'bro', dossierCode: 'X\n<b>forged</b>' },
  ]);
  const form = engine.receiptForm(s, {
    applicant: hostile,
    documents: [{ name: hostile, form: 'original', copies: 1 }],
  });

  it('plain text: a value never forges a line', () => {
    const text = renderForm(form);
    expect(text.split('\n').filter((l) => l.startsWith('Ngày hẹn trả kết quả'))).toEqual([]);
    expect(text.split('\n').filter((l) => l.startsWith('Thời gian trả kết quả'))).toHaveLength(1);
    expect(text).not.toMatch(/\r/);
  });

  it('Markdown: markup characters escaped, HTML neutralised, one line per field', () => {
    const md = renderForm(form, { format: 'markdown' });
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script');
    expect(md).toContain('\\*\\*x\\*\\*');
    expect(md).toContain('\\[y\\]\\(javascript:z\\)');
    expect(md.split('\n').filter((l) => l.startsWith('Ngày hẹn trả kết quả'))).toEqual([]);
  });

  it('HTML: every value an entity-escaped text node', () => {
    const html = renderForm(form, { format: 'html' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>forged</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/^<section class="motcua-form" data-form="receipt" lang="vi">/);
  });
});

describe("a branch's return stays inside its branch (parallel consultation)", () => {
  // The sector agency may send the dossier back to the urban office: a return that leaves the consultation.
  const j = raw('construction-permit-2026');
  j.version = '2026.9';
  j.steps
    .find((s: { id: string }) => s.id === 'consult-sector')
    .actions.push({ type: 'return', to: 'review' });
  const p = defineProcedure(j);
  const e = createEngine({ procedures: [p] });
  const fields = { floors: 3, floorArea: 100, needsConsultation: true };
  const consulting = run(
    p,
    [
      { type: 'SUBMIT', at: '2026-07-06T08:00:00+07:00', channel: 'online' },
      { type: 'RECEIVE', at: '2026-07-06T08:10:00+07:00', by: 'desk', dossierCode: 'X', fields },
      { type: 'FORWARD', at: '2026-07-06T09:00:00+07:00', by: 'desk' },
      { type: 'CONSULT', at: '2026-07-06T10:00:00+07:00', by: 'urban' },
      { type: 'REPLY', at: '2026-07-06T11:00:00+07:00', by: 'utilities' },
    ],
    e,
  );

  it('is flagged by the linter, and not offered while the consultation runs: the answered branch is kept', () => {
    expect(p.warnings.map((w) => w.code)).toContain('RETURN_LEAVES_CONSULTATION');
    expect(e.nextEvents(consulting).filter((n) => n.type === 'RETURN')).toEqual([]);
    const r = e.applyEvent(consulting, {
      type: 'RETURN',
      seq: 6,
      at: '2026-07-06T14:00:00+07:00',
      by: 'sector',
      to: 'review',
      reason: 'Thiếu bản vẽ',
    });
    expect(!r.ok && r.rejection.code).toBe('NOT_ALLOWED');
    expect(r.snapshot).toBe(consulting);
    // The utilities branch answered; the sector's reply still joins them.
    const reply = e.applyEvent(consulting, {
      type: 'REPLY',
      seq: 6,
      at: '2026-07-06T14:00:00+07:00',
      by: 'sector',
    });
    expect(reply.ok && reply.snapshot.state).toEqual({ processing: { decide: 'working' } });
  });
});

describe('NOT_ALLOWED says what is allowed, never a raw state value', () => {
  it('lists the events allowed now in both languages', () => {
    const s = run(permit2026, [
      { type: 'SUBMIT', at: '2026-07-06T08:00:00+07:00', channel: 'in-person' },
      {
        type: 'RECEIVE',
        at: '2026-07-06T08:10:00+07:00',
        by: 'desk',
        dossierCode: 'X',
        fields: { floors: 3, floorArea: 100, needsConsultation: false },
      },
    ]);
    const r = engine.applyEvent(s, {
      type: 'ISSUE_RESULT',
      seq: 3,
      at: '2026-07-06T09:00:00+07:00',
      by: 'desk',
    });
    expect(!r.ok && r.rejection.code).toBe('NOT_ALLOWED');
    if (r.ok) return;
    expect(r.rejection.params).toMatchObject({ type: 'ISSUE_RESULT', phase: 'received' });
    expect(r.rejection.params.allowed).toEqual(
      expect.arrayContaining(['FORWARD', 'REQUEST_SUPPLEMENT', 'REFUSE']),
    );
    expect(r.rejection.message).not.toMatch(/[{}]/);
    expect(r.rejection.messageVi).not.toMatch(/[{}]|processing|working/);
    expect(r.rejection.messageVi).toContain('chuyển xử lý');
  });
});
