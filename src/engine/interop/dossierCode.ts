/**
 * @name dossierCode
 * @summary The dossier code (mã số hồ sơ) given at receipt: `<agency code>-YYMMDD-XXXX`.
 *
 * @description
 * Circular 01/2018/TT-VPCP Art. 19(1) fixes the structure `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX`: the agency's
 * identity code (the national code structure of Circular 10/2016/TT-BTTTT, letters, digits and dots), `YYMMDD` the
 * receipt day (last two digits of the year, month, day) and `XXXX` the four-digit sequence number of the dossier
 * within the day [S: the article as quoted word for word by two independent sites; the text of the circular itself
 * was not reachable]. Decree 61/2018 Art. 26 and Decree 118/2025 (code governed by Circular 03/2025/TT-VPCP under
 * Art. 35(1)) name the same parts — agency code, receipt day, sequence within the day; whether Circular 03/2025
 * changed the layout is UNVERIFIED, and codes seen on portals since 07/2025 keep it (`H15.50.05.13-261008-0975`).
 * Ministry-level systems are seen with longer sequences, so `digits` (4–7) can widen it.
 *
 * The day is the legal day of the receipt in Vietnam (UTC+7), whatever the instant's offset.
 *
 * @example
 * dossierCode('000.00.24.H29', '2026-02-10T09:10:00+07:00', 1) // '000.00.24.H29-260210-0001'
 * parseDossierCode('000.00.24.H29-260210-0001') // { agency: '000.00.24.H29', day: '2026-02-10', sequence: 1 }
 */
import { badArgument, instantArg } from '../check.js';
import { legalDay } from '../time.js';

/** The largest sequence number within a day with the standard four digits. */
export const MAX_DOSSIER_SEQUENCE = 9999;

/** Options of {@link dossierCode}. */
export interface DossierCodeOptions {
  /** Digits of the sequence number: 4 by Circular 01/2018 Art. 19 (default); up to 7 for ministry systems. */
  readonly digits?: 4 | 5 | 6 | 7;
}

const AGENCY = /^[A-Za-z0-9](?:[A-Za-z0-9.]{0,38}[A-Za-z0-9])?$/;

export function dossierCode(
  agencyCode: string,
  receivedAt: string,
  sequence: number,
  options: DossierCodeOptions = {},
): string {
  if (typeof agencyCode !== 'string' || !AGENCY.test(agencyCode))
    throw badArgument('agencyCode', 'agency-code', agencyCode);
  const digits = options.digits ?? 4;
  if (!Number.isInteger(digits) || digits < 4 || digits > 7) throw badArgument('digits', 'digits', digits);
  const max = 10 ** digits - 1;
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > max)
    throw badArgument('sequence', 'sequence', sequence, [String(max)]);
  const day = legalDay(instantArg(receivedAt, 'receivedAt'));
  // YY is two digits: the layout names the century of 2000–2099 only.
  if (day < '2000-01-01' || day > '2099-12-31') throw badArgument('receivedAt', 'yymmdd-day', receivedAt);
  const yymmdd = `${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}`;
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(digits, '0')}`;
}

/** The parts of a dossier code. */
export interface DossierCodeParts {
  readonly agency: string;
  /** The receipt day, `YYYY-MM-DD` (`YY` read as 20YY). */
  readonly day: string;
  readonly sequence: number;
}

const CODE = /^([A-Za-z0-9](?:[A-Za-z0-9.]{0,38}[A-Za-z0-9])?)-(\d\d)(\d\d)(\d\d)-(\d{4,7})$/;

/**
 * Reads a code built as {@link dossierCode} builds it (4–7 sequence digits), or returns `null` — a portal syncing
 * with other systems meets codes of other layouts, which the engine accepts as they are.
 */
export function parseDossierCode(code: string): DossierCodeParts | null {
  if (typeof code !== 'string' || code.length > 64) return null;
  const m = CODE.exec(code);
  if (m === null) return null;
  const [, agency, yy, mm, dd, seq] = m as unknown as [string, string, string, string, string, string];
  const day = `20${yy}-${mm}-${dd}`;
  const month = Number(mm);
  const date = Number(dd);
  // A real day of the calendar (the day count of the month, leap years included).
  const year = 2000 + Number(yy);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (month < 1 || month > 12 || date < 1 || date > last) return null;
  const sequence = Number(seq);
  return sequence >= 1 ? { agency, day, sequence } : null;
}
