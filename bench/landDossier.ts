/**
 * The benchmarks' 20-event interagency land dossier (land-change-registration.json): receipt, a supplement, five
 * returns between the branch and the tax office, the tax asked and paid, the result — one history for every bench
 * that replays it (bench/engine.ts, bench/baseline.ts), so their figures are of the same work.
 */
import type { DossierEvent, UnnumberedEvent } from '../src/engine/index.js';

/** An instant on the d-th day after Monday 02/03/2026, in Vietnam time. */
export const day = (d: number, time: string): string =>
  `${new Date(Date.UTC(2026, 2, 2 + d)).toISOString().slice(0, 10)}T${time}:00+07:00`;

/** The 20 events, numbered. */
export function landEvents(): DossierEvent[] {
  const drafts: UnnumberedEvent[] = [
    { type: 'SUBMIT', at: day(0, '08:00'), channel: 'in-person' },
    { type: 'RECEIVE', at: day(0, '08:10'), by: 'centre', dossierCode: '000.00.24.H29-260302-0001' },
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
    { type: 'ISSUE_RESULT', at: day(10, '10:00'), by: 'land-office' },
    { type: 'RETURN_RESULT', at: day(10, '15:00'), by: 'centre' },
  );
  return drafts.map((e, i) => ({ ...e, seq: i + 1 }) as DossierEvent);
}
