/**
 * The DVCQG status-sync record (src/engine/interop/dvcqg.ts): one dossier in each status 1–10, with its channel,
 * instants, time limit, procedure code, the online payment and digitisation flags (`null` until known) and the
 * history chain head in the free field.
 */
import { describe, expect, it } from 'vitest';
import type { UnnumberedEvent } from '../../src/engine/index.js';
import { business, engine, land, run } from './fixtures.js';

const at = (d: number, time: string) => `2026-03-0${d}T${time}:00+07:00`;
const received: UnnumberedEvent[] = [
  { type: 'SUBMIT', at: at(2, '08:00'), channel: 'online' },
  { type: 'RECEIVE', at: at(2, '08:10'), by: 'bro', dossierCode: '000.00.24.H29-260302-0001' },
];
const forwarded: UnnumberedEvent[] = [...received, { type: 'FORWARD', at: at(2, '09:00'), by: 'bro' }];
const decided: UnnumberedEvent[] = [
  ...forwarded,
  { type: 'APPROVE', at: at(3, '09:00'), by: 'bro' },
  { type: 'ISSUE_RESULT', at: at(3, '10:00'), by: 'bro' },
];

const cases: readonly [number, UnnumberedEvent[], typeof business][] = [
  [1, received.slice(0, 1), business],
  [2, received, business],
  [
    3,
    [received[0]!, { type: 'REFUSE', at: at(2, '08:05'), by: 'bro', reasons: ['Sai thẩm quyền'] }],
    business,
  ],
  [4, forwarded, business],
  [
    5,
    [...forwarded, { type: 'REQUEST_SUPPLEMENT', at: at(2, '10:00'), by: 'bro', items: ['Điều lệ'] }],
    business,
  ],
  [
    6,
    [
      { type: 'SUBMIT', at: at(2, '08:00'), channel: 'in-person' },
      {
        type: 'RECEIVE',
        at: at(2, '08:10'),
        by: 'centre',
        dossierCode: '000.00.24.H29-260302-0002',
        fields: { changeType: 'transfer', declaredValue: 1_000_000_000, disadvantagedArea: false },
      },
      { type: 'FORWARD', at: at(2, '09:00'), by: 'centre' },
      { type: 'FORWARD', at: at(3, '09:00'), by: 'branch' },
      { type: 'REQUEST_FINANCIAL_OBLIGATION', at: at(4, '09:00'), by: 'tax', amount: 20_000_000 },
    ],
    land,
  ],
  [7, [...forwarded, { type: 'WITHDRAW', at: at(2, '11:00'), reason: 'Không còn nhu cầu' }], business],
  [8, [...forwarded, { type: 'STOP', at: at(2, '11:00'), by: 'bro', reason: 'other' }], business],
  [9, decided, business],
  [10, [...decided, { type: 'RETURN_RESULT', at: at(3, '15:00'), by: 'bro' }], business],
];

describe('the DVCQG record, one per status code', () => {
  it.each(cases)('status %i', (code, events, procedure) => {
    const s = run(procedure, events);
    const record = engine.dvcqgRecord(s);
    expect(record.TrangThaiHoSo).toBe(code);
    expect(record.MaTTHC).toBe(procedure.definition.code);
    expect(record.ThongTinKhac).toBe(`motcua-head:${s.head}`);
    expect(record.KenhThucHien).toBe(
      events[0]!.type === 'SUBMIT' && (events[0] as { channel: string }).channel === 'online' ? 2 : 1,
    );
    expect([record.ThanhToanTrucTuyen, record.SoHoaHoSo, record.SoHoaKetQua]).toEqual([null, null, null]);
    if (code === 1 || code === 3) expect([record.NgayTiepNhan, record.NgayHenTra]).toEqual([null, null]);
    else expect(record.NgayTiepNhan).toBe('20260302081000');
    // The decision wins over the return (NgayKetThucXuLy): 9 and 10 both finish at 10:00 on 03/03.
    if (code === 9 || code === 10) expect(record.NgayKetThucXuLy).toBe('20260303100000');
    if (code === 7 || code === 8) expect(record.NgayKetThucXuLy).toBe('20260302110000');
    if (code === 4 || code === 5 || code === 6) expect(record.NgayKetThucXuLy).toBeNull();
  });

  it('carries what the portal knows about payment and digitisation', () => {
    const s = run(business, decided);
    const r = engine.dvcqgRecord(s, { onlinePayment: true, digitisedDossier: false, digitisedResult: true });
    expect([r.ThanhToanTrucTuyen, r.SoHoaHoSo, r.SoHoaKetQua]).toEqual([1, 0, 1]);
  });

  it('refuses an option it does not know, with the one meant, instead of ignoring it', () => {
    const s = run(business, decided);
    try {
      engine.dvcqgRecord(s, { onlinePaymnt: true } as never);
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; path: unknown[]; params: { suggestion?: string }; messageVi: string };
      expect([err.code, err.path, err.params.suggestion]).toEqual([
        'INVALID_OPTIONS',
        ['onlinePaymnt'],
        'onlinePayment',
      ]);
      expect(err.messageVi).toContain('có phải là "onlinePayment"?');
    }
  });

  it('says a persisted snapshot is restored first', () => {
    const s = run(business, decided);
    try {
      engine.dvcqgRecord(engine.persist(s) as never);
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; params: { expected: string }; message: string };
      expect([err.code, err.params.expected]).toEqual(['INVALID_ARGUMENT', 'restored-snapshot']);
      expect(err.message).toContain('engine.restore');
    }
    expect(engine.dvcqgRecord(engine.restore(engine.persist(s))).MaHoSo).toBe(s.dossierCode);
  });
});
