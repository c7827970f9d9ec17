/**
 * Các thông báo tra cứu hồ sơ cho người dân bằng tiếng Việt — the citizen's lookup texts in Vietnamese, with the
 * codes and parameters of `en.ts` (the type makes a missing code a compile error). No English inside: only data
 * (the dossier code, the definition's names) is shown as it is.
 */
import type { Translation } from '../../../shared/messages.js';
import type { Phase } from '../../interop/phase.js';
import type { Timeliness } from '../../sla/outcome.js';
import { spokenClockVi, spokenCodeVi, spokenDayVi } from '../spoken.js';
import { dueClock, shortDay, shortDue } from '../written.js';
import type { AwaitedEvent, en, Style } from './en.js';

const STAGE_VI: Readonly<Record<Phase, string>> = {
  new: 'chưa nộp',
  submitted: 'đã nộp, đang chờ tiếp nhận',
  incomplete: 'chưa được tiếp nhận, cần bổ sung, hoàn thiện',
  'refused-at-desk': 'không được tiếp nhận',
  received: 'đã được tiếp nhận',
  processing: 'đang được giải quyết',
  'awaiting-supplement': 'đang chờ bổ sung hồ sơ',
  'awaiting-financial-obligation': 'đang chờ thực hiện nghĩa vụ tài chính',
  'result-ready': 'đã có kết quả, đang chờ trả',
  refused: 'bị từ chối giải quyết',
  withdrawn: 'đã rút theo yêu cầu',
  stopped: 'đã dừng giải quyết',
  'result-returned': 'đã trả kết quả',
};

/** The stage in a text message: the same facts in fewer characters (70 with diacritics). */
const STAGE_SHORT_VI: Readonly<Record<Phase, string>> = {
  ...STAGE_VI,
  submitted: 'đã nộp, chờ tiếp nhận',
  incomplete: 'chưa tiếp nhận, cần bổ sung',
  processing: 'đang giải quyết',
  'awaiting-supplement': 'chờ bổ sung hồ sơ',
  'awaiting-financial-obligation': 'chờ thực hiện nghĩa vụ tài chính',
  'result-ready': 'đã có kết quả, chờ trả',
  refused: 'bị từ chối giải quyết',
};

const AWAITED_VI: Readonly<Record<AwaitedEvent, string>> = {
  FEE_PAID: 'nộp đủ phí, lệ phí',
  FINANCIAL_OBLIGATION_MET: 'hoàn thành nghĩa vụ tài chính',
  REPLY: 'nhận được văn bản trả lời của cơ quan được lấy ý kiến',
};

const AWAITED_SHORT_VI: Readonly<Record<AwaitedEvent, string>> = {
  FEE_PAID: 'chờ nộp phí, lệ phí',
  FINANCIAL_OBLIGATION_MET: 'chờ thực hiện nghĩa vụ tài chính',
  REPLY: 'chờ văn bản trả lời',
};

const OUTCOME_VI: Readonly<Record<Timeliness, string>> = {
  early: 'trước hạn',
  'on-time': 'đúng hạn',
  late: 'quá hạn',
};

const due = (at: string, style: Style): string =>
  style === 'spoken' ? spokenClockVi(at) : style === 'short' ? shortDue(at) : dueClock(at).vi;
const day = (d: string, style: Style): string => (style === 'spoken' ? spokenDayVi(d) : shortDay(d));
const names = (list: readonly string[]): string => list.join('; ');

export const vi: Translation<typeof en> = {
  HEAD: (p) =>
    p.code === null
      ? `Hồ sơ: ${(p.style === 'short' ? STAGE_SHORT_VI : STAGE_VI)[p.phase]}.`
      : p.style === 'spoken'
        ? `Hồ sơ số ${spokenCodeVi(p.code)}. Hồ sơ ${STAGE_VI[p.phase]}.`
        : `Hồ sơ ${p.code}: ${(p.style === 'short' ? STAGE_SHORT_VI : STAGE_VI)[p.phase]}.`,
  HOLDER: (p) =>
    p.style === 'short' ? `Tại ${names(p.names)}.` : `Cơ quan đang giải quyết: ${names(p.names)}.`,
  APPOINTMENT: (p) =>
    p.style === 'short' ? `Hẹn trả ${due(p.due, p.style)}.` : `Hẹn trả kết quả: ${due(p.due, p.style)}.`,
  APPOINTMENT_DAY: (p) => `Hẹn trả ${shortDue(p.due).slice(6)}.`,
  WAITING: (p) =>
    p.style === 'short'
      ? `Chưa tính hạn, ${AWAITED_SHORT_VI[p.after]}.`
      : `Thời hạn giải quyết chưa bắt đầu, được tính từ khi ${AWAITED_VI[p.after]}.`,
  PAUSED: (p) =>
    p.style === 'short'
      ? 'Tạm dừng tính thời hạn.'
      : p.reason === 'supplement'
        ? 'Thời hạn giải quyết tạm dừng cho đến khi nhận đủ hồ sơ bổ sung.'
        : 'Thời hạn giải quyết tạm dừng cho đến khi hoàn thành nghĩa vụ tài chính.',
  OVERDUE: (p) => (p.style === 'short' ? 'Đã quá hạn.' : 'Hồ sơ đã quá hạn giải quyết.'),
  APOLOGY: (p) =>
    p.style === 'short'
      ? `Trễ hạn, xin lỗi; hẹn lại ${day(p.to, p.style)}.`
      : `Hồ sơ trễ hạn. Cơ quan đã xin lỗi và hẹn lại ngày trả kết quả: ${day(p.to, p.style)}.`,
  APOLOGY_SHORT: (p) => `Trễ hạn, hẹn lại ${shortDay(p.to).slice(0, 5)}.`,
  EXTENDED: (p) =>
    p.style === 'short'
      ? `Gia hạn đến ${day(p.to, p.style)}.`
      : `Thời hạn giải quyết được gia hạn theo quy định đến ${day(p.to, p.style)}.`,
  OUTCOME: (p) =>
    p.style === 'short'
      ? `Giải quyết ${OUTCOME_VI[p.outcome]}.`
      : `Hồ sơ được giải quyết ${OUTCOME_VI[p.outcome]}.`,
  MISSING: (p) =>
    p.style === 'short' ? `Cần bổ sung: ${names(p.names)}.` : `Giấy tờ cần bổ sung: ${names(p.names)}.`,
  MISSING_COUNT: (p) => `Cần bổ sung ${p.count} giấy tờ.`,
  MISSING_UNLISTED: (p) =>
    p.style === 'short'
      ? 'Xem phiếu yêu cầu bổ sung.'
      : 'Nội dung cần bổ sung ghi trong phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.',
  MISSING_ONE: (p) => `Giấy tờ thứ ${p.index}: ${p.name}.`,
  MISSING_MORE: (p) => `Và ${p.count} giấy tờ khác.`,
  RESULT: (p) =>
    p.state === 'returned'
      ? `${p.name}: đã trả.`
      : p.state === 'issued'
        ? `${p.name}: đã có, đang chờ trả.`
        : p.due === null
          ? `${p.name}: đang giải quyết.`
          : `${p.name}: hẹn trả ${due(p.due, p.style)}.`,
  RESULTS_COUNT: (p) => `Đã trả ${p.returned} trong số ${p.total} kết quả.`,
  CODE_SPOKEN: (p) => spokenCodeVi(p.code),
  TIMELINE: () => 'Quá trình giải quyết',
  T_SUBMITTED: () => 'Nộp hồ sơ',
  T_RECEIVED: (p) => `${p.agency} tiếp nhận hồ sơ`,
  T_HANDOFF: (p) => `Chuyển đến ${p.agency}`,
  T_STEP_DUE: (p) =>
    `(hạn ${shortDue(p.due)}${p.outcome !== null ? `: ${OUTCOME_VI[p.outcome]}` : p.overdue ? ', đã quá hạn' : ''})`,
  T_FEE_PAID: () => 'Nộp phí, lệ phí',
  T_CLOCK_STARTED: () => 'Bắt đầu tính thời hạn giải quyết',
  T_SUPPLEMENT_REQUESTED: () => 'Yêu cầu bổ sung hồ sơ; tạm dừng tính thời hạn',
  T_SUPPLEMENT_BACK: () => 'Nhận đủ hồ sơ bổ sung; tính lại thời hạn từ đầu',
  T_SUPPLEMENT_RESUMED: () => 'Nhận đủ hồ sơ bổ sung; tiếp tục tính thời hạn',
  T_PAYMENT_REQUESTED: () => 'Thông báo thực hiện nghĩa vụ tài chính; tạm dừng tính thời hạn',
  T_PAYMENT_MET: () => 'Hoàn thành nghĩa vụ tài chính',
  T_APOLOGY: (p) => `Xin lỗi, hẹn lại ngày ${shortDay(p.to)}`,
  T_EXTENSION: (p) => `Gia hạn đến ngày ${shortDay(p.to)}`,
  T_RESULT_ISSUED: (p) => (p.name === null ? 'Có kết quả giải quyết' : `Có kết quả: ${p.name}`),
  T_RESULT_RETURNED: (p) => (p.name === null ? 'Trả kết quả' : `Trả kết quả: ${p.name}`),
  T_FINISHED: (p) => `Kết thúc: hồ sơ ${STAGE_VI[p.phase]}`,
  T_DUE: (p) =>
    `Hẹn trả kết quả: ${shortDue(p.due)}${p.outcome === null ? '' : ` (giải quyết ${OUTCOME_VI[p.outcome]})`}`,
  T_DAY_OFF: (p) => p.summary,
};
