/** DVCQG status codes (1–10) both ways, and the phases where the mapping is not one-to-one. */
import { describe, expect, it } from 'vitest';
import {
  type DvcqgStatus,
  dvcqgStatusLabels,
  fromDvcqgStatus,
  phaseOf,
  phases,
  toDvcqgChannel,
  toDvcqgStatus,
} from '../../src/engine/index.js';
import { engine, land } from './fixtures.js';

const codes: DvcqgStatus[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('DVCQG status codes', () => {
  it('reads every code back to a phase that maps to the same code', () => {
    for (const code of codes) expect(toDvcqgStatus(fromDvcqgStatus(code))).toBe(code);
  });

  it.each([
    ['submitted', 1],
    ['received', 2],
    ['refused-at-desk', 3],
    ['processing', 4],
    ['awaiting-supplement', 5],
    ['awaiting-financial-obligation', 6],
    ['withdrawn', 7],
    ['stopped', 8],
    ['result-ready', 9],
    ['result-returned', 10],
  ] as const)('%s ↔ %i (one-to-one)', (phase, code) => {
    expect(toDvcqgStatus(phase)).toBe(code);
    expect(fromDvcqgStatus(code)).toBe(phase);
  });

  it('documents the phases that share a code or have none', () => {
    expect(toDvcqgStatus('new')).toBeNull();
    expect(toDvcqgStatus('incomplete')).toBe(5);
    expect(toDvcqgStatus('refused')).toBe(9);
    const oneToOne = phases.filter((p) => {
      const code = toDvcqgStatus(p);
      return code !== null && fromDvcqgStatus(code) === p;
    });
    expect(oneToOne).toHaveLength(10);
  });

  it('has the Vietnamese labels of the portal', () => {
    expect(dvcqgStatusLabels[6]).toBe('Yêu cầu thực hiện nghĩa vụ tài chính');
    expect(Object.keys(dvcqgStatusLabels)).toHaveLength(10);
  });

  it('maps channels to KenhThucHien', () => {
    expect([toDvcqgChannel('in-person'), toDvcqgChannel('online'), toDvcqgChannel('post')]).toEqual([
      1, 2, 3,
    ]);
  });

  it('derives the phase from the legal state', () => {
    const base = { visits: [], decidedAt: null };
    expect(phaseOf({ ...base, state: 'new' })).toBe('new');
    expect(phaseOf({ ...base, state: 'incomplete' })).toBe('incomplete');
    expect(phaseOf({ ...base, state: { processing: { review: 'supplement' } } })).toBe('awaiting-supplement');
    expect(phaseOf({ ...base, state: { processing: { tax: 'payment-issue' } } })).toBe(
      'awaiting-financial-obligation',
    );
    expect(
      phaseOf({
        ...base,
        state: { processing: { return: 'working' } },
        decidedAt: '2026-03-03T10:00:00+07:00',
      }),
    ).toBe('result-ready');
    expect(phaseOf({ ...base, state: 'refused' })).toBe('refused');
  });
});

describe('DVCQG sync record', () => {
  it('carries the status, channel, dates and time limit', () => {
    const r = engine.replay(land, [
      { type: 'SUBMIT', seq: 1, at: '2026-02-10T09:00:00+07:00', channel: 'post' },
      {
        type: 'RECEIVE',
        seq: 2,
        at: '2026-02-10T09:10:00+07:00',
        by: 'centre',
        dossierCode: 'H29.22-260210-0001',
      },
    ]);
    if (!r.ok) throw new Error(r.rejection.message);
    expect(engine.slaStatus(r.snapshot, '2026-02-10T10:00:00+07:00').dossier!.due).toBe(
      '2026-03-02T17:00:00+07:00',
    );
    expect(engine.dvcqgRecord(r.snapshot)).toEqual({
      MaHoSo: 'H29.22-260210-0001',
      TrangThaiHoSo: 2,
      KenhThucHien: 3,
      NgayTiepNhan: '20260210091000',
      NgayHenTra: '20260302170000',
      NgayKetThucXuLy: null,
      ThoiGianGiaiQuyet: 10,
      DonViTinh: 'Ngày làm việc',
      MaTTHC: '2.001458',
      ThanhToanTrucTuyen: null,
      SoHoaHoSo: null,
      SoHoaKetQua: null,
      HinhThucTraKetQua: null,
      ThongTinKhac: `motcua-head:${r.snapshot.head}`,
    });
  });
});
