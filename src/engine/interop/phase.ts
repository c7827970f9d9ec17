/**
 * Phases of a dossier and the status codes of the National Public Service Portal (DVCQG, Cổng Dịch vụ công quốc
 * gia; domain notes §3, identical across several provincial systems): 1 Mới đăng ký · 2 Được tiếp nhận · 3 Không
 * được tiếp nhận · 4 Đang xử lý · 5 Yêu cầu bổ sung giấy tờ · 6 Yêu cầu thực hiện nghĩa vụ tài chính · 7 Công dân
 * yêu cầu rút hồ sơ · 8 Dừng xử lý · 9 Đã xử lý xong · 10 Đã trả kết quả.
 *
 * Where the mapping is not one-to-one (documented in docs/engine.md):
 * - `new` (nothing submitted yet) has no code;
 * - `incomplete` (supplement asked at the desk, not received, Art. 17(1)) and `awaiting-supplement` (during
 *   processing, Art. 19(5)) both report 5; code 5 reads back as `awaiting-supplement`;
 * - `refused` during processing (Art. 19(3)) reports 9, "processed", with a refusal as the result (the
 *   processing is finished; 3 is reserved for refusal at receipt); code 9 reads back as `result-ready`.
 */
import { match } from 'ts-pattern';
import type { DossierSnapshot, StateValue } from '../snapshot/schema.js';

/** Phase of a dossier, derived from its legal state. */
export const phases = [
  'new',
  'submitted',
  'incomplete',
  'refused-at-desk',
  'received',
  'processing',
  'awaiting-supplement',
  'awaiting-financial-obligation',
  'result-ready',
  'refused',
  'withdrawn',
  'stopped',
  'result-returned',
] as const;
export type Phase = (typeof phases)[number];

/** A DVCQG status code (TrangThaiHoSo). */
export type DvcqgStatus = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** Vietnamese labels of the DVCQG codes. */
export const dvcqgStatusLabels: Readonly<Record<DvcqgStatus, string>> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

/** Top-level states of every dossier machine (see compileProcedure). */
export type TopState =
  | 'new'
  | 'submitted'
  | 'incomplete'
  | 'refusedAtDesk'
  | 'processing'
  | 'refused'
  | 'withdrawn'
  | 'stopped'
  | 'resultReturned';

/** The leaf state names of a state value (`working`, `supplement`, `payment-issue`, …). */
function leaves(value: StateValue, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else for (const child of Object.values(value)) leaves(child, out);
  return out;
}

/**
 * The phase of a dossier.
 *
 * @example
 * phaseOf(snapshot) // 'awaiting-financial-obligation' while the applicant pays the land tax
 */
export function phaseOf(snapshot: Pick<DossierSnapshot, 'state' | 'visits' | 'decidedAt'>): Phase {
  const top = (
    typeof snapshot.state === 'string' ? snapshot.state : Object.keys(snapshot.state)[0]!
  ) as TopState;
  return match(top)
    .with('new', () => 'new' as const)
    .with('submitted', () => 'submitted' as const)
    .with('incomplete', () => 'incomplete' as const)
    .with('refusedAtDesk', () => 'refused-at-desk' as const)
    .with('refused', () => 'refused' as const)
    .with('withdrawn', () => 'withdrawn' as const)
    .with('stopped', () => 'stopped' as const)
    .with('resultReturned', () => 'result-returned' as const)
    .with('processing', (): Phase => {
      const names = leaves(snapshot.state);
      if (names.includes('supplement')) return 'awaiting-supplement';
      if (names.some((n) => n.startsWith('payment-'))) return 'awaiting-financial-obligation';
      if (snapshot.decidedAt !== null) return 'result-ready';
      return snapshot.visits.length <= 1 ? 'received' : 'processing';
    })
    .exhaustive();
}

/**
 * The DVCQG status code of a phase (`null` for `new`, which is not reported).
 *
 * @example
 * toDvcqgStatus('awaiting-financial-obligation') // 6
 */
export function toDvcqgStatus(phase: Phase): DvcqgStatus | null {
  return match(phase)
    .with('new', () => null)
    .with('submitted', () => 1 as const)
    .with('received', () => 2 as const)
    .with('refused-at-desk', () => 3 as const)
    .with('processing', () => 4 as const)
    .with('incomplete', 'awaiting-supplement', () => 5 as const)
    .with('awaiting-financial-obligation', () => 6 as const)
    .with('withdrawn', () => 7 as const)
    .with('stopped', () => 8 as const)
    .with('result-ready', 'refused', () => 9 as const)
    .with('result-returned', () => 10 as const)
    .exhaustive();
}

/**
 * The phase a DVCQG status code stands for (the canonical one where several phases share a code).
 *
 * @example
 * fromDvcqgStatus(6) // 'awaiting-financial-obligation'
 */
export function fromDvcqgStatus(code: DvcqgStatus): Phase {
  return match(code)
    .with(1, () => 'submitted' as const)
    .with(2, () => 'received' as const)
    .with(3, () => 'refused-at-desk' as const)
    .with(4, () => 'processing' as const)
    .with(5, () => 'awaiting-supplement' as const)
    .with(6, () => 'awaiting-financial-obligation' as const)
    .with(7, () => 'withdrawn' as const)
    .with(8, () => 'stopped' as const)
    .with(9, () => 'result-ready' as const)
    .with(10, () => 'result-returned' as const)
    .exhaustive();
}

/** DVCQG channel code (KenhThucHien): 1 in person, 2 online, 3 public post. */
export function toDvcqgChannel(channel: 'in-person' | 'post' | 'online'): 1 | 2 | 3 {
  return match(channel)
    .with('in-person', () => 1 as const)
    .with('online', () => 2 as const)
    .with('post', () => 3 as const)
    .exhaustive();
}
