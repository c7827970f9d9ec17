/**
 * @name dossierCode
 * @summary The dossier code (mã hồ sơ) given at receipt: agency code + dd/mm/yyyy of receipt + sequence number
 * within the day (as the domain notes read Decree 118/2025/NĐ-CP Art. 28).
 *
 * @description
 * Written as `<agency>-<ddmmyyyy>-<nnnn>`: always exactly four digits of sequence (1–9999 per agency and day), so
 * every code of an agency has the same width and codes of one day sort by sequence. The separators and the width
 * are the library's choice. **UNVERIFIED**: this format has not been checked against the text of Decree 118/2025
 * Art. 28. A secondary source quotes Circular 01/2018/TT-VPCP Art. 19 as fixing `<agency code>-YYMMDD-XXXX`
 * (e.g. `000.00.24.H29-260210-0001`, also 4 digits), which is what provincial systems and the National Public
 * Service Portal appear to use; a portal that must match it should build its own code (the `RECEIVE` event accepts
 * any code up to 64 characters). The day is the legal day of the receipt in Vietnam (UTC+7).
 *
 * @example
 * dossierCode('H29.22', '2026-02-10T09:10:00+07:00', 1) // 'H29.22-10022026-0001'
 */
import { EngineError } from './errors.js';
import { legalDay } from './regime.js';

/** The largest sequence number within a day: the sequence has a fixed width of four digits. */
export const MAX_DOSSIER_SEQUENCE = 9999;

export function dossierCode(agencyCode: string, receivedAt: string, sequence: number): string {
  if (!/^[A-Za-z0-9.]{1,40}$/.test(agencyCode)) {
    throw new EngineError(
      'INVALID_OPTIONS',
      `Agency code "${agencyCode.slice(0, 40)}" must be letters, digits and dots`,
      `Mã cơ quan "${agencyCode.slice(0, 40)}" chỉ gồm chữ, số và dấu chấm`,
      ['agencyCode'],
    );
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > MAX_DOSSIER_SEQUENCE) {
    throw new EngineError(
      'INVALID_OPTIONS',
      `Sequence ${sequence} must be 1–${MAX_DOSSIER_SEQUENCE} (four digits)`,
      `Số thứ tự ${sequence} phải từ 1 đến ${MAX_DOSSIER_SEQUENCE} (bốn chữ số)`,
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
