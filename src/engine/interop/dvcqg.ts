/**
 * The record a portal syncs to the National Public Service Portal (DVCQG, Cổng Dịch vụ công quốc gia) for a
 * dossier (domain notes §3): status, channel, received (NgayTiepNhan), due (NgayHenTra — the appointment in force,
 * from the engine's one owner of the due instant), finished (NgayKetThucXuLy), time limit and unit
 * (ThoiGianGiaiQuyet, DonViTinh). Instants are written `yyyyMMddHHmmss` in Vietnam time and units as Vietnamese
 * words, as seen in provincial sync specs [S]; both formats are UNVERIFIED against the national specification —
 * adapt them at the portal's edge if needed.
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
  readonly MaHoSo: string | null;
  readonly TrangThaiHoSo: DvcqgStatus | null;
  readonly KenhThucHien: 1 | 2 | 3 | null;
  readonly NgayTiepNhan: string | null;
  readonly NgayHenTra: string | null;
  readonly NgayKetThucXuLy: string | null;
  readonly ThoiGianGiaiQuyet: number | null;
  readonly DonViTinh: 'Giờ làm việc' | 'Ngày làm việc' | 'Ngày' | 'Tháng' | null;
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
 */
export function dvcqgRecord(ctx: DossierContext, snapshot: DossierSnapshot): DvcqgRecord {
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
  };
}
