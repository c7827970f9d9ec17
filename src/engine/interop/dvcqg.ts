/**
 * The record a portal syncs to the National Public Service Portal (DVCQG, Cổng Dịch vụ công quốc gia) for a
 * dossier (domain notes §3): status, channel, received (NgayTiepNhan), due (NgayHenTra — the appointment in force,
 * from the engine's one owner of the due instant), finished (NgayKetThucXuLy), time limit and unit
 * (ThoiGianGiaiQuyet, DonViTinh). Instants are written `yyyyMMddHHmmss` in Vietnam time and units as Vietnamese
 * words, as seen in provincial sync specs [S]; both formats are UNVERIFIED against the national specification —
 * adapt them at the portal's edge if needed. Decision 766/QĐ-TTg also scores online payment and digitised dossiers
 * (domain notes §7): the record carries both flags from the recorded facts — FEE_PAID `online`, RECEIVE
 * `documents`, ISSUE_RESULT / RETURN_RESULT `digitised` — `null` while nothing says (the options override them, for
 * facts kept outside the engine). The head of the dossier's
 * history chain rides in the free field (ThongTinKhac), so the national copy can be checked against the log.
 */
import { match } from 'ts-pattern';
import type { DossierContext } from '../context.js';
import { dossierDeadline } from '../sla/deadline.js';
import { defaultReadAt, finishInstant } from '../sla/outcome.js';
import type { DossierSnapshot } from '../snapshot/schema.js';
import { vnInstant } from '../time.js';
import { type DvcqgStatus, phaseOf, toDvcqgChannel, toDvcqgStatus } from './phase.js';

/**
 * The fields a portal syncs to DVCQG for a dossier (domain notes §3): status, channel, received (NgayTiepNhan),
 * due (NgayHenTra), finished (NgayKetThucXuLy), time limit and unit (ThoiGianGiaiQuyet, DonViTinh). Instants are
 * written `yyyyMMddHHmmss` in Vietnam time and units as Vietnamese words, as seen in provincial sync specs [S];
 * both formats are UNVERIFIED against the national specification — adapt them at the portal's edge if needed.
 */
export interface DvcqgRecord {
  /** Mã hồ sơ: the dossier code given at receipt (Circular 01/2018/TT-VPCP Art. 19(1)), `null` before receipt. */
  readonly MaHoSo: string | null;
  /** Trạng thái hồ sơ: the national status code 1–10 (`toDvcqgStatus`), `null` before submission. */
  readonly TrangThaiHoSo: DvcqgStatus | null;
  /** Kênh thực hiện: 1 in person, 2 online, 3 by post; `null` before submission. */
  readonly KenhThucHien: 1 | 2 | 3 | null;
  /**
   * Ngày tiếp nhận: the receipt, as `yyyyMMddHHmmss` in Vietnam's legal time (UTC+7, the zone the national system
   * reads; the text carries no zone). The same form for the two instants below.
   */
  readonly NgayTiepNhan: string | null;
  /** Ngày hẹn trả: the appointment in force (after an apology or an extension, the new one). */
  readonly NgayHenTra: string | null;
  /** Ngày kết thúc xử lý: when the dossier ended (the result returned, refused, withdrawn, stopped). */
  readonly NgayKetThucXuLy: string | null;
  /**
   * Thời gian giải quyết: the time limit of the procedure for this dossier (an amount of `DonViTinh`) — not the
   * time it took; `null` when the procedure sets none.
   */
  readonly ThoiGianGiaiQuyet: number | null;
  /** Đơn vị tính: the unit of `ThoiGianGiaiQuyet`. */
  readonly DonViTinh: 'Giờ làm việc' | 'Ngày làm việc' | 'Ngày' | 'Tháng' | null;
  /** Mã thủ tục hành chính: the national procedure code. */
  readonly MaTTHC: string;
  /** Fees paid online (thanh toán trực tuyến, Decision 766): 1 yes, 0 no, `null` unknown. Field name UNVERIFIED. */
  readonly ThanhToanTrucTuyen: 0 | 1 | null;
  /**
   * The dossier's documents digitised at receipt (số hóa hồ sơ, Decision 766 ≥ 80 %): 1 when every document
   * recorded was digitised or reused, 0 when one stayed on paper, `null` when nothing was recorded. UNVERIFIED.
   */
  readonly SoHoaHoSo: 0 | 1 | null;
  /**
   * The result digitised and stored (số hóa kết quả): the one result's record; with several, 1 when every result
   * is recorded digitised, 0 when one is recorded not digitised, else `null`. Field name UNVERIFIED.
   */
  readonly SoHoaKetQua: 0 | 1 | null;
  /**
   * How the result is handed back (hình thức trả kết quả), as chosen at SUBMIT or RETURN_RESULT: 1 at the desk
   * (Bộ phận Một cửa), 2 by public postal service (bưu chính công ích), 3 online; `null` when not chosen.
   * Field name and codes UNVERIFIED against the national specification (motcua's own; map them at the edge).
   */
  readonly HinhThucTraKetQua: 1 | 2 | 3 | null;
  /** Free field: the head of the events' hash chain, `motcua-head:<64 hex>` (the record has no field of its own). */
  readonly ThongTinKhac: string;
}

/** Facts the portal keeps outside the engine: they override the recorded ones (online payment, digitisation). */
export interface DvcqgRecordOptions {
  readonly onlinePayment?: boolean | null;
  readonly digitisedDossier?: boolean | null;
  readonly digitisedResult?: boolean | null;
}

/** The options `dvcqgRecord` takes (any other key is refused). */
export const DVCQG_OPTIONS = ['onlinePayment', 'digitisedDossier', 'digitisedResult'] as const;

const flag = (v: boolean | null | undefined): 0 | 1 | null => (v === true ? 1 : v === false ? 0 : null);

/** Every document recorded at receipt digitised or reused; `null` when none was recorded. */
function inputsDigitised(s: DossierSnapshot): boolean | null {
  const docs = s.digitisation?.documents;
  if (docs === undefined) return null;
  let recorded = 0;
  for (const id in docs) {
    recorded++;
    if (docs[id] === 'paper') return false;
  }
  return recorded > 0 ? true : null;
}

/** The result's record; with several, all recorded digitised (any recorded not: no), else unknown. */
function resultDigitised(s: DossierSnapshot): boolean | null {
  const g = s.digitisation;
  if (s.results === undefined) return g?.result ?? null;
  const marks = g?.results;
  if (marks === undefined) return null;
  let all = true;
  for (const r of s.results) {
    const v = marks[r.id];
    if (v === false) return false;
    if (v !== true) all = false;
  }
  return all ? true : null;
}

/** `yyyyMMddHHmmss` of an instant in Vietnam time. */
export function dvcqgTimestamp(instant: string): string {
  return vnInstant(Date.parse(instant)).slice(0, 19).replace(/[-T:]/g, '');
}

/**
 * The DVCQG sync record of a dossier: its appointment is the one in force (after an apology, the new one).
 *
 * @example
 * engine.dvcqgRecord(snapshot).NgayHenTra // '20260224100000'
 * engine.dvcqgRecord(snapshot, { onlinePayment: true }).ThanhToanTrucTuyen // 1
 */
export function dvcqgRecord(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  options: DvcqgRecordOptions = {},
): DvcqgRecord {
  const end = finishInstant(snapshot);
  const due = dossierDeadline(ctx, snapshot, defaultReadAt(snapshot))?.due ?? null;
  const unit = snapshot.limit
    ? match(snapshot.limit.unit)
        .with('working-hours', () => 'Giờ làm việc' as const)
        .with('working-days', () => 'Ngày làm việc' as const)
        .with('calendar-days', () => 'Ngày' as const)
        .with('months', () => 'Tháng' as const)
        .exhaustive()
    : null;
  return {
    MaHoSo: snapshot.dossierCode,
    TrangThaiHoSo: toDvcqgStatus(phaseOf(snapshot)),
    KenhThucHien: snapshot.channel === null ? null : toDvcqgChannel(snapshot.channel),
    NgayTiepNhan: snapshot.receivedAt === null ? null : dvcqgTimestamp(snapshot.receivedAt),
    NgayHenTra: due === null ? null : dvcqgTimestamp(due),
    NgayKetThucXuLy: end === null ? null : dvcqgTimestamp(end),
    ThoiGianGiaiQuyet: snapshot.limit?.amount ?? null,
    DonViTinh: unit,
    MaTTHC: snapshot.procedure.code,
    ThanhToanTrucTuyen: flag(
      options.onlinePayment === undefined ? snapshot.paidOnline : options.onlinePayment,
    ),
    SoHoaHoSo: flag(
      options.digitisedDossier === undefined ? inputsDigitised(snapshot) : options.digitisedDossier,
    ),
    SoHoaKetQua: flag(
      options.digitisedResult === undefined ? resultDigitised(snapshot) : options.digitisedResult,
    ),
    HinhThucTraKetQua:
      snapshot.delivery === undefined
        ? null
        : match(snapshot.delivery)
            .with('desk', () => 1 as const)
            .with('post', () => 2 as const)
            .with('online', () => 3 as const)
            .exhaustive(),
    ThongTinKhac: `motcua-head:${snapshot.head}`,
  };
}
