/**
 * Digitisation and reuse as recorded facts (issue 15): RECEIVE records per document whether it was digitised,
 * reused (only where the definition allows it) or kept on paper; ISSUE_RESULT and RETURN_RESULT whether the result
 * was digitised and stored — per result in a dossier with several. The facts are checked by the event parser, kept
 * in the snapshot (both forms, old snapshots still readable, `restore` refusing edits), chained into the history
 * and printed, escaped, on the receipt slip and the control sheet.
 */
import { describe, expect, it } from 'vitest';
import {
  createEngine,
  type DossierEvent,
  EngineError,
  historyEventText,
  parseEvent,
  renderForm,
  type UnnumberedEvent,
} from '../../src/engine/index.js';
import { defineProcedure } from '../../src/rules/index.js';
import { canonicalJson } from '../../src/shared/hash.js';
import { englishWords } from '../support/english.js';
import { load, raw, run } from './fixtures.js';

// The land procedure, with the certificate reusable from the land database — a test fixture: the shipped
// example makes no such claim (which documents a database replaces is published per procedure).
const landJson = raw('land-change-registration');
landJson.documents[2].reuse = {
  basis: { document: 'Nghị quyết 66.7/2025/NQ-CP', articles: ['(điều khoản chưa kiểm chứng)'] },
  repositories: ['land-db'],
};
const land = defineProcedure(landJson);
const birth = load('birth-residence-health-card');
const engine = createEngine({ procedures: [land, birth] });

const day = (d: number, time: string) => {
  const date = new Date(Date.UTC(2026, 2, 2 + d)).toISOString().slice(0, 10);
  return `${date}T${time}:00+07:00`;
};
const documents = { application: 'digitised', contract: 'digitised', certificate: 'reused' } as const;

/** The 20-event interagency land dossier of bench/engine.ts, with its digitisation facts. */
function landEvents(): UnnumberedEvent[] {
  const drafts: UnnumberedEvent[] = [
    { type: 'SUBMIT', at: day(0, '08:00'), channel: 'in-person' },
    {
      type: 'RECEIVE',
      at: day(0, '08:10'),
      by: 'centre',
      dossierCode: '000.00.24.H29-260302-0001',
      documents,
    },
    { type: 'FORWARD', at: day(0, '09:00'), by: 'centre' },
    { type: 'REQUEST_SUPPLEMENT', at: day(0, '10:00'), by: 'branch', items: ['Thiếu bản đồ'] },
    { type: 'SUPPLEMENT_RECEIVED', at: day(1, '09:00'), by: 'centre' },
  ];
  for (let k = 0; k < 5; k++) {
    drafts.push({ type: 'FORWARD', at: day(1 + k, '10:00'), by: 'branch' });
    drafts.push({ type: 'RETURN', at: day(1 + k, '14:00'), by: 'tax', reason: 'Sai thông tin địa chính' });
  }
  drafts.push(
    { type: 'FORWARD', at: day(7, '09:00'), by: 'branch' },
    { type: 'REQUEST_FINANCIAL_OBLIGATION', at: day(7, '15:00'), by: 'tax', amount: 40_000_000 },
    { type: 'FINANCIAL_OBLIGATION_MET', at: day(9, '09:00') },
    { type: 'ISSUE_RESULT', at: day(10, '10:00'), by: 'land-office', digitised: false },
    { type: 'RETURN_RESULT', at: day(10, '15:00'), by: 'centre', digitised: true },
  );
  return drafts;
}
const numbered = (events: UnnumberedEvent[]) => events.map((e, i) => ({ ...e, seq: i + 1 }) as DossierEvent);

describe('digitisation at receipt', () => {
  it('records per document how it was received; the result digitised, the later record winning', () => {
    const events = landEvents();
    const s = run(land, events, engine);
    expect(s.digitisation).toEqual({ documents, result: true });
    const early = run(land, events.slice(0, 19), engine);
    expect(early.digitisation).toEqual({ documents, result: false });
    const plain = run(
      land,
      events.slice(0, 2).map((e) => ({ ...e, documents: undefined })),
      engine,
    );
    expect(plain.digitisation).toBeUndefined();
  });

  it('refuses reuse where the definition gives no basis, and a document it does not have, with their paths', () => {
    const s = run(land, landEvents().slice(0, 1), engine);
    const receive = (docs: Record<string, string>) =>
      engine.applyEvent(s, {
        type: 'RECEIVE',
        seq: 2,
        at: day(0, '08:10'),
        by: 'centre',
        dossierCode: 'X',
        documents: docs as never,
      });
    const reuse = receive({ application: 'reused' });
    expect(reuse.ok).toBe(false);
    if (reuse.ok) return;
    expect(reuse.snapshot).toBe(s);
    expect([reuse.rejection.code, reuse.rejection.path]).toEqual([
      'REUSE_NOT_ALLOWED',
      ['documents', 'application'],
    ]);
    expect(reuse.rejection.params).toMatchObject({ document: 'application', reusable: ['certificate'] });
    expect(englishWords(reuse.rejection.messageVi)).toEqual([]);
    expect(reuse.rejection.message).toMatch(/cannot be taken from electronic data/);
    const unknown = receive({ passport: 'digitised' });
    expect(
      !unknown.ok && [unknown.rejection.code, unknown.rejection.params.problem, unknown.rejection.path],
    ).toEqual(['INVALID_EVENT', 'not-a-document', ['documents', 'passport']]);
    expect(!unknown.ok && englishWords(unknown.rejection.messageVi)).toEqual([]);
  });

  it('the parser checks the shape: document ids, the three values, booleans for the result', () => {
    const base = { type: 'RECEIVE', seq: 2, at: day(0, '08:10'), by: 'centre', dossierCode: 'X' };
    expect(parseEvent({ ...base, documents: { application: 'digitised' } }).ok).toBe(true);
    for (const bad of [
      { application: 'scanned' },
      { '1bad': 'paper' },
      [],
      'digitised',
      Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`d${i}`, 'paper'])),
    ]) {
      const r = parseEvent({ ...base, documents: bad });
      expect(!r.ok && [r.rejection.params.problem, r.rejection.path]).toEqual([
        'not-documents',
        ['documents'],
      ]);
      expect(!r.ok && englishWords(r.rejection.messageVi)).toEqual([]);
    }
    const issue = { type: 'ISSUE_RESULT', seq: 9, at: day(10, '10:00'), by: 'land-office' };
    expect(parseEvent({ ...issue, digitised: true }).ok).toBe(true);
    const r = parseEvent({ ...issue, digitised: 'yes' });
    expect(!r.ok && [r.rejection.params.problem, r.rejection.path]).toEqual(['not-boolean', ['digitised']]);
    expect(parseEvent({ ...issue, documents: {} }).ok).toBe(false);
  });

  it('every field of every event is chained (the chained text is the canonical JSON)', () => {
    const at = '2026-03-02T08:00:00+07:00';
    const events = [
      { type: 'SUBMIT', seq: 1, at, channel: 'online', implementer: 'commune', delivery: 'post' },
      { type: 'RECEIVE', seq: 2, at, by: 'desk', dossierCode: 'X', documents, consultation: 'sequential' },
      { type: 'FEE_PAID', seq: 3, at, amount: 25, currency: 'USD', reference: 'PAY-1' },
      { type: 'EXTEND', seq: 4, at, by: 'desk', reason: 'r', newDueDate: '2026-03-04', agreement: true },
      { type: 'ISSUE_RESULT', seq: 5, at, by: 'office', digitised: true },
      {
        type: 'RETURN_RESULT',
        seq: 6,
        at,
        by: 'desk',
        result: 'birth',
        delivery: 'online',
        digitised: false,
      },
    ];
    for (const e of events) {
      const parsed = parseEvent(e);
      if (!parsed.ok) throw new Error(parsed.rejection.message);
      expect(historyEventText(parsed.event)).toBe(canonicalJson(e));
    }
  });

  it('the facts are in the hash chain: editing one is a HASH_MISMATCH where it was made', () => {
    const events = numbered(landEvents());
    const r = engine.replay(land, events);
    if (!r.ok) throw new Error(r.rejection.message);
    const log: DossierEvent[] = [];
    let s = engine.start(land);
    for (const e of events) {
      const a = engine.applyEvent(s, e);
      if (!a.ok) throw new Error(a.rejection.message);
      log.push(a.recorded);
      s = a.snapshot;
    }
    const edits: [number, Partial<DossierEvent>][] = [
      [1, { documents: { ...documents, certificate: 'paper' } } as never],
      [18, { digitised: true } as never],
      [19, { digitised: false } as never],
    ];
    for (const [i, change] of edits) {
      const edited = log.map((e, j) => (j === i ? { ...e, ...change } : e));
      const again = engine.replay(land, edited);
      expect(again.ok ? 'accepted' : [again.rejection.code, again.index]).toEqual(['HASH_MISMATCH', i]);
    }
  });
});

describe('the snapshot keeps them compactly', () => {
  const s = run(land, landEvents(), engine);

  it('the persisted 20-event land dossier stays within 2 KB, and both forms round-trip', () => {
    const persisted = engine.persist(s);
    const bytes = new TextEncoder().encode(JSON.stringify(persisted)).length;
    expect(bytes).toBeLessThanOrEqual(2048);
    // The facts cost one short key: the same dossier without them is smaller by less than 80 bytes.
    const without = run(
      land,
      landEvents().map((e) => ({ ...e, documents: undefined, digitised: undefined })),
      engine,
    );
    expect(bytes - JSON.stringify(engine.persist(without)).length).toBeLessThan(80);
    expect(persisted.dg).toEqual({ d: { application: 'd', contract: 'd', certificate: 'r' }, r: 1 });
    expect(engine.restore(JSON.parse(JSON.stringify(persisted)))).toEqual(s);
    expect(engine.restore(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('old snapshots (without the facts) stay readable', () => {
    const old = run(
      land,
      landEvents().map((e) => ({ ...e, documents: undefined, digitised: undefined })),
      engine,
    );
    const persisted = JSON.parse(JSON.stringify(engine.persist(old)));
    expect('dg' in persisted).toBe(false);
    expect(engine.restore(persisted).digitisation).toBeUndefined();
  });

  it('a migration to a version without the document, or without its reuse, keeps the facts as recorded', () => {
    const v2 = raw('land-change-registration');
    v2.version = `${v2.version}-digit-2`;
    v2.documents = v2.documents.slice(0, 2);
    const target = defineProcedure(v2);
    const e = createEngine({ procedures: [land, target] });
    const received = run(land, landEvents().slice(0, 3), e);
    const m = e.migrate(received, target, { at: day(0, '09:30') });
    if (!m.ok) throw new Error(m.rejection.message);
    expect(m.snapshot.digitisation?.documents).toEqual(documents);
    expect(e.restore(JSON.parse(JSON.stringify(e.persist(m.snapshot))))).toEqual(m.snapshot);
  });

  it('restore refuses facts the definition or the dossier cannot have', () => {
    const refusal = (data: unknown) => {
      try {
        engine.restore(data);
        return 'restored';
      } catch (e) {
        expect(e).toBeInstanceOf(EngineError);
        return [(e as EngineError).params.problem, (e as EngineError).path];
      }
    };
    const p = JSON.parse(JSON.stringify(engine.persist(s)));
    expect(refusal({ ...p, dg: { d: { application: 'r' } } })).toEqual([
      'digitisation-disagrees',
      ['digitisation', 'documents', 'application'],
    ]);
    expect(refusal({ ...p, dg: { d: { passport: 'd' } } })).toEqual([
      'digitisation-disagrees',
      ['digitisation', 'documents', 'passport'],
    ]);
    expect(refusal({ ...p, dg: { d: { application: 'x' } } })).toEqual(['shape', ['dg', 'd', 'application']]);
    expect(refusal({ ...p, dg: { r: 2 } })).toEqual(['shape', ['dg', 'r']]);
    expect(refusal({ ...p, dg: { z: 1 } })).toEqual(['shape', ['dg', 'z']]);
    expect(refusal({ ...p, dg: { rs: { x: 1 } } })).toEqual([
      'digitisation-disagrees',
      ['digitisation', 'results', 'x'],
    ]);
    const early = JSON.parse(JSON.stringify(engine.persist(run(land, landEvents().slice(0, 5), engine))));
    expect(refusal({ ...early, dg: { ...early.dg, r: 1 } })).toEqual([
      'digitisation-disagrees',
      ['digitisation', 'result'],
    ]);
    const readable = JSON.parse(JSON.stringify(s));
    expect(refusal({ ...readable, digitisation: { documents: { application: 'scanned' } } })).toEqual([
      'shape',
      ['digitisation', 'documents', 'application'],
    ]);
    expect(refusal({ ...readable, digitisation: { result: 1 } })).toEqual([
      'shape',
      ['digitisation', 'result'],
    ]);
  });
});

describe('online payment (FEE_PAID online)', () => {
  it('is kept with the payment, in both forms; restore refuses it without a payment', () => {
    const events: UnnumberedEvent[] = [
      ...landEvents().slice(0, 2),
      { type: 'FEE_PAID', at: day(0, '08:30'), online: true, reference: 'PAYGOV-1' },
    ];
    const s = run(land, events, engine);
    expect([s.feePaidAt, s.paidOnline]).toEqual([day(0, '08:30'), true]);
    const p = JSON.parse(JSON.stringify(engine.persist(s)));
    expect(p.po).toBe(1);
    expect(engine.restore(p)).toEqual(s);
    expect(engine.dvcqgRecord(s).ThanhToanTrucTuyen).toBe(1);
    const { fp: _, ...unpaid } = p;
    expect(() => engine.restore(unpaid)).toThrow(EngineError);
    expect(() => engine.restore({ ...p, po: true })).toThrow(/po/);
    const bad = parseEvent({ type: 'FEE_PAID', seq: 3, at: day(0, '08:30'), online: 'yes' });
    expect(!bad.ok && bad.rejection.path).toEqual(['online']);
  });
});

describe('several results: each digitised as it is issued or handed back', () => {
  const at = (d: string, time: string) => `${d}T${time}:00+07:00`;
  const group: UnnumberedEvent[] = [
    { type: 'SUBMIT', at: at('2027-02-03', '08:30'), channel: 'online', delivery: 'online' },
    {
      type: 'RECEIVE',
      at: at('2027-02-03', '09:30'),
      by: 'desk',
      dossierCode: 'LT-270203-0001',
      documents: { declaration: 'digitised', 'birth-notice': 'paper' },
    },
    { type: 'FORWARD', at: at('2027-02-03', '09:35'), by: 'desk' },
    { type: 'ISSUE_RESULT', at: at('2027-02-03', '14:00'), by: 'justice', digitised: true },
    { type: 'RETURN_RESULT', at: at('2027-02-03', '14:10'), by: 'desk', result: 'birth-certificate' },
    { type: 'CONSULT', at: at('2027-02-03', '14:20'), by: 'justice' },
    { type: 'REPLY', at: at('2027-02-11', '10:00'), by: 'social-insurance' },
    { type: 'REPLY', at: at('2027-02-12', '09:00'), by: 'police' },
    { type: 'RETURN_RESULT', at: at('2027-02-12', '10:00'), by: 'desk', digitised: false },
  ];

  it('per result: the issue marks the one issued, the last return the ones it hands back', () => {
    expect(run(birth, group.slice(0, 4), engine).digitisation).toEqual({
      documents: { declaration: 'digitised', 'birth-notice': 'paper' },
      results: { 'birth-certificate': true },
    });
    const s = run(birth, group, engine);
    expect(s.digitisation?.results).toEqual({
      'birth-certificate': true,
      'permanent-residence': false,
      'health-insurance-card': false,
    });
    expect(engine.restore(JSON.parse(JSON.stringify(engine.persist(s))))).toEqual(s);
    // A replay (its own snapshot updated in place) records the same.
    const replayed = engine.replay(birth, numbered(group));
    expect(replayed.ok && replayed.snapshot).toEqual(s);
  });

  it('the control sheet prints each result, the receipt slip the documents', () => {
    const s = run(birth, group, engine);
    const sheet = engine.controlSheetForm(s, { at: at('2027-02-12', '10:00') });
    const fields = Object.fromEntries(sheet.fields.map((f) => [f.label.vi, f.value]));
    expect(fields['Thành phần hồ sơ đã số hóa']).toMatchObject({ vi: expect.stringContaining('Tờ khai') });
    expect(fields['Thành phần hồ sơ bản giấy, chưa số hóa']).toBeDefined();
    const results = sheet.fields.filter((f) => f.label.vi.startsWith('Số hóa kết quả: '));
    expect(results.map((f) => (f.value as { vi: string }).vi)).toEqual([
      'Đã số hóa và lưu trữ',
      'Chưa số hóa',
      'Chưa số hóa',
    ]);
  });
});

describe('the forms print them, escaped for each format', () => {
  const s = run(land, landEvents(), engine);

  it('the receipt slip: a digitisation column by document id, and the lines by kind', () => {
    const slip = engine.receiptForm(s, {
      applicant: 'Nguyễn Văn A',
      documents: [
        { name: 'Đơn đăng ký biến động', form: 'original', copies: 1, document: 'application' },
        { name: 'Giấy chứng nhận', form: 'original', copies: 1, document: 'certificate' },
        { name: 'Giấy tờ khác', form: 'copy', copies: 1 },
      ],
    });
    expect(slip.table?.columns.at(-1)).toEqual({ vi: 'Số hóa', en: 'Digitisation' });
    expect(slip.table?.rows.map((r) => r.at(-1))).toEqual([
      { vi: 'Đã số hóa', en: 'Digitised' },
      { vi: 'Tái sử dụng dữ liệu điện tử', en: 'Reused electronic data' },
      '',
    ]);
    const text = renderForm(slip);
    expect(text).toContain('Thành phần hồ sơ tái sử dụng dữ liệu điện tử:');
    expect(renderForm(slip, { lang: 'en' })).toContain('Documents digitised:');
    // The result is not on the receipt slip; the control sheet says it.
    expect(text).not.toContain('Số hóa kết quả');
    const sheet = renderForm(engine.controlSheetForm(s, { at: day(10, '15:00') }));
    expect(sheet).toContain('Số hóa kết quả: Đã số hóa và lưu trữ');
  });

  it('names from the definition cannot forge a line or markup', () => {
    const hostile = raw('land-change-registration');
    hostile.version = 'hostile';
    hostile.documents[0].name.vi = 'Đơn\nNgày hẹn trả kết quả: 01/01/2020 <script>alert(1)</script> **x**';
    const p = defineProcedure(hostile);
    const e = createEngine({ procedures: [p] });
    const t = run(
      p,
      landEvents().map((x) => (x.type === 'RECEIVE' ? { ...x, documents: { application: 'digitised' } } : x)),
      e,
    );
    const slip = e.receiptForm(t, { applicant: 'A', documents: [] });
    const text = renderForm(slip);
    expect(text.split('\n').filter((line) => line.startsWith('Ngày hẹn trả kết quả'))).toEqual([]);
    const html = renderForm(slip, { format: 'html' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const md = renderForm(slip, { format: 'markdown' });
    expect(md).not.toContain('**x**');
  });
});
