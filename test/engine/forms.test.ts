/** The desk's forms (Circular 03/2025 from 15/09/2025, Circular 01/2018 before) and the dossier code. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createEngine,
  type DossierSnapshot,
  dossierCode,
  EngineError,
  parseDossierCode,
  renderForm,
  type UnnumberedEvent,
} from '../../src/engine/index.js';
import { defineProcedure, supplementRequestItems, validateDossier } from '../../src/rules/index.js';
import { business, engine, judicial, type land } from './fixtures.js';

function run(procedure: typeof land, events: readonly UnnumberedEvent[], e = engine): DossierSnapshot {
  const r = e.replay(
    procedure,
    events.map((ev, i) => ({ ...ev, seq: i + 1 })),
  );
  if (!r.ok) throw new Error(r.rejection.message);
  return r.snapshot;
}

const received = (at: string, channel: 'in-person' | 'online' = 'in-person'): UnnumberedEvent[] => [
  { type: 'SUBMIT', at, channel },
  { type: 'RECEIVE', at, by: 'bro', dossierCode: dossierCode('BRO', at, 7) },
];

describe('dossierCode (Circular 01/2018/TT-VPCP Art. 19: agency-YYMMDD-XXXX)', () => {
  it('is agency code + YYMMDD of the receipt day in Vietnam + four-digit sequence', () => {
    expect(dossierCode('000.00.24.H29', '2026-02-10T09:10:00+07:00', 1)).toBe('000.00.24.H29-260210-0001');
    // 18:30 UTC on the 9th is 01:30 on the 10th in Vietnam.
    expect(dossierCode('G01', '2026-02-09T18:30:00Z', 12)).toBe('G01-260210-0012');
    expect(dossierCode('G01', '2030-12-31T23:59:00+07:00', 123_456, { digits: 7 })).toBe(
      'G01-301231-0123456',
    );
    for (const bad of ['bad code', '', '.H29', 'H29.', 'H29-1']) {
      expect(() => dossierCode(bad, '2026-02-10T09:10:00+07:00', 1)).toThrow(EngineError);
    }
    expect(() => dossierCode('G01', '2026-02-10T09:10:00+07:00', 0)).toThrow(EngineError);
    expect(() => dossierCode('G01', '2026-02-10T09:10:00+07:00', 10_000)).toThrow(EngineError);
    for (const bad of [
      'yesterday',
      '2026-02-30T08:00:00+07:00',
      '2026-02-10T08:00:00',
      '1999-12-31T08:00:00+07:00',
    ]) {
      expect(() => dossierCode('G01', bad, 1)).toThrow(EngineError);
    }
    expect(() => dossierCode('G01', '2026-02-10T09:10:00+07:00', 1, { digits: 8 as 7 })).toThrow(EngineError);
  });

  it('parses what it builds, and nothing that is not a real day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2014-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.stringMatching(/^[A-Z0-9](?:[A-Z0-9.]{0,10}[A-Z0-9])?$/),
        fc.integer({ min: 1, max: 9_999_999 }),
        (d, agency, sequence) => {
          const at = d.toISOString();
          const digits = sequence > 999_999 ? 7 : sequence > 99_999 ? 6 : sequence > 9_999 ? 5 : 4;
          const code = dossierCode(agency, at, sequence, { digits });
          const day = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
          expect(parseDossierCode(code)).toEqual({ agency, day, sequence });
        },
      ),
    );
    // YYMMDD names the years 2000–2099, and the engine's instants start in 2014.
    expect(() => dossierCode('H29', '2100-01-01T08:00:00+07:00', 1)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['receivedAt'] }),
    );
    expect(() => dossierCode('H29', '2010-01-01T08:00:00+07:00', 1)).toThrow(
      expect.objectContaining({ path: ['receivedAt'] }),
    );
    expect(parseDossierCode('H29-260230-0001')).toBeNull();
    expect(parseDossierCode('H29-250229-0001')).toBeNull();
    expect(parseDossierCode('H29-280229-0001')).toEqual({ agency: 'H29', day: '2028-02-29', sequence: 1 });
    expect(parseDossierCode('H29-261301-0001')).toBeNull();
    expect(parseDossierCode('H29-260210-0000')).toBeNull();
    expect(parseDossierCode('H29-260210-001')).toBeNull();
    expect(parseDossierCode('H29.22-10022026-0001')).toBeNull();
  });
});

describe('forms by circular', () => {
  const s2026 = run(business, [
    ...received('2026-02-10T09:00:00+07:00'),
    { type: 'FORWARD', at: '2026-02-10T10:00:00+07:00', by: 'bro' },
  ]);
  const raw = JSON.parse(
    readFileSync(new URL('../../examples/procedures/business-registration.json', import.meta.url), 'utf8'),
  );
  const old = defineProcedure({
    ...raw,
    version: '2025.0',
    effective: { from: '2025-01-01', to: '2025-06-30' },
  });
  const e = createEngine({ policy: 'working-days-cutoff', procedures: [old, business] });
  const s2025 = run(old, received('2025-06-10T09:00:00+07:00'), e);

  it('receipt slip: 01 in both circulars, with the appointment', () => {
    const f = engine.receiptForm(s2026, {
      applicant: 'Công ty TNHH An Phú',
      documents: [{ name: 'Giấy đề nghị', form: 'original', copies: 1 }],
    });
    expect([f.circular, f.number]).toEqual(['circular-03-2025', '01']);
    const text = renderForm(f);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Mã hồ sơ: BRO-260210-0007');
    // 3 working days from 10/02: 10, 11, 12/02.
    expect(text).toContain('Thời gian trả kết quả: 17 giờ 00 phút, ngày 12 tháng 02 năm 2026');
    const en = renderForm(f, { lang: 'en', format: 'markdown' });
    expect(en).toContain('## RECEIPT AND APPOINTMENT SLIP');
    expect(en).toContain('- **Time limit:** 3 working days');
    expect(en).toContain('| 1 | Giấy đề nghị | Original | 1 |');
    const before = e.receiptForm(s2025, { applicant: 'A', documents: [] });
    expect([before.circular, before.number, before.basis]).toEqual([
      'circular-01-2018',
      '01',
      { vi: 'Thông tư 01/2018/TT-VPCP, Mẫu số 01', en: 'Circular 01/2018/TT-VPCP, form 01' },
    ]);
  });

  it('supplement request from validateDossier problems', () => {
    const v = validateDossier(business, { channel: 'in-person', fields: {}, documents: [] });
    const items = supplementRequestItems(v);
    expect(items.length).toBeGreaterThan(0);
    const f = engine.supplementRequestForm(s2026, {
      applicant: 'A',
      items,
      at: '2026-02-10T10:00:00+07:00',
    });
    expect(f.number).toBe('02');
    expect(f.table?.rows).toHaveLength(items.length);
    expect(renderForm(f)).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
  });

  it('refusal, apology, stop notice, control sheet and logbook are numbered by circular', () => {
    expect(
      engine.refusalForm(s2026, {
        applicant: 'A',
        reasons: ['Không thuộc thẩm quyền'],
        at: '2026-02-10T10:00:00+07:00',
      }).number,
    ).toBe('03');
    const apologised = run(business, [
      ...received('2026-02-10T09:00:00+07:00'),
      {
        type: 'APOLOGIZE',
        at: '2026-02-11T09:00:00+07:00',
        by: 'bro',
        reason: 'Hệ thống gián đoạn',
        newDueDate: '2026-02-24',
      },
    ]);
    const apology = engine.apologyForm(apologised, { applicant: 'A' });
    expect([apology.number, apology.title.vi]).toEqual([
      '04',
      'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
    ]);
    expect(renderForm(apology)).toContain('Ngày hẹn trả kết quả mới: 24/02/2026');
    const withdrawn = run(business, [
      ...received('2026-02-10T09:00:00+07:00'),
      { type: 'WITHDRAW', at: '2026-02-10T11:00:00+07:00' },
    ]);
    const notice = engine.stopNoticeForm(withdrawn, { applicant: 'A', reason: 'Rút hồ sơ' });
    expect(notice.number).toBe('05');
    expect(notice.title.vi).toBe('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(() => engine.stopNoticeForm(s2026, { applicant: 'A', reason: 'x' })).toThrow(EngineError);
    expect(engine.controlSheetForm(s2026, { at: '2026-02-10T12:00:00+07:00' }).number).toBe('06');
    expect(e.controlSheetForm(s2025, { at: '2025-06-10T12:00:00+07:00' }).number).toBe('05');
    const book = engine.logbookForm([{ snapshot: s2026, applicant: 'A' }], {
      at: '2026-02-10T12:00:00+07:00',
    });
    expect(book.number).toBe('07');
    expect(book.table?.rows[0]?.[1]).toBe('BRO-260210-0007');
    expect(
      e.logbookForm([{ snapshot: s2025, applicant: 'A' }], { at: '2025-06-10T12:00:00+07:00' }).number,
    ).toBe('06');
  });

  it('control sheet: one block per handoff, judged against the giver step', () => {
    const f = engine.controlSheetForm(s2026, { at: '2026-02-10T12:00:00+07:00' });
    expect(f.blocks).toEqual([
      {
        giver: business.definition.agencies[0]!.name.vi,
        receiver: business.definition.agencies[0]!.name.vi,
        at: '2026-02-10T10:00:00+07:00',
        result: 'on-time',
        note: '',
      },
    ]);
    expect(renderForm(f, { format: 'markdown' })).toContain(
      '| Tên cơ quan, đơn vị | Thời gian giao, nhận hồ sơ |',
    );
    expect(renderForm(f, { lang: 'en' })).toMatch(/From: .* \/ To: .*10:00, 10\/02\/2026\s+On time/);
  });
});

describe('a calendar-day appointment ends at 24:00 of its last day (Civil Code Art. 148(6))', () => {
  it('is printed as 24:00 of that day, not 00:00 of the next', () => {
    const s = run(judicial, [
      { type: 'SUBMIT', at: '2026-03-02T09:00:00+07:00', channel: 'in-person' },
      { type: 'RECEIVE', at: '2026-03-02T09:00:00+07:00', by: 'desk', dossierCode: 'CA-260302-0001' },
    ]);
    expect(engine.dossierDeadline(s)?.due).toBe('2026-03-13T00:00:00+07:00');
    const slip = renderForm(engine.receiptForm(s, { applicant: 'A', documents: [] }));
    expect(slip).toContain('Thời gian trả kết quả: 24 giờ 00 phút, ngày 12 tháng 03 năm 2026');
    expect(renderForm(engine.receiptForm(s, { applicant: 'A', documents: [] }), { lang: 'en' })).toContain(
      '24:00, 12/03/2026',
    );
    const book = engine.logbookForm([{ snapshot: s, applicant: 'A' }], { at: '2026-03-03T09:00:00+07:00' });
    expect(book.table?.rows[0]).toContain('24:00 12/03/2026');
    expect(() => engine.logbookForm([{ snapshot: s, applicant: 'A' }], { at: '2026-03-03 09:00' })).toThrow(
      EngineError,
    );
  });
});
