/**
 * @name dossierCode
 * @summary The dossier code (mã hồ sơ) given at receipt: agency code + dd/mm/yyyy of receipt + sequence number
 * within the day (Decree 118/2025/NĐ-CP Art. 28).
 *
 * @description
 * Written as `<agency>-<ddmmyyyy>-<nnnn>` (the separators and the 4-digit sequence are the library's choice; the
 * decree fixes the parts, not the punctuation). The day is the legal day of the receipt in Vietnam (UTC+7).
 *
 * @example
 * dossierCode('H29.22', '2026-02-10T09:10:00+07:00', 1) // 'H29.22-10022026-0001'
 */
import { EngineError } from './errors.js';
import { legalDay } from './regime.js';

export function dossierCode(agencyCode: string, receivedAt: string, sequence: number): string {
  if (!/^[A-Za-z0-9.]{1,40}$/.test(agencyCode)) {
    throw new EngineError(
      'INVALID_OPTIONS',
      `Agency code "${agencyCode.slice(0, 40)}" must be letters, digits and dots`,
      `Mã cơ quan "${agencyCode.slice(0, 40)}" chỉ gồm chữ, số và dấu chấm`,
      ['agencyCode'],
    );
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > 999_999) {
    throw new EngineError(
      'INVALID_OPTIONS',
      `Sequence ${sequence} must be 1–999999`,
      `Số thứ tự ${sequence} phải từ 1 đến 999999`,
      ['sequence'],
    );
  }
  if (Number.isNaN(Date.parse(receivedAt))) {
    throw new EngineError('INVALID_OPTIONS', 'Invalid receipt instant', 'Thời điểm tiếp nhận không hợp lệ', [
      'receivedAt',
    ]);
  }
  const day = legalDay(receivedAt);
  return `${agencyCode}-${day.slice(8, 10)}${day.slice(5, 7)}${day.slice(0, 4)}-${String(sequence).padStart(4, '0')}`;
}
