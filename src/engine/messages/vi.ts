/**
 * Các thông báo tiếng Việt của bộ máy xử lý hồ sơ — the engine's Vietnamese texts, by code, with the same codes
 * and parameters as `en.ts` (the type makes a missing code a compile error). No English inside: event types,
 * phases, fields and counting policies are named in Vietnamese; only data (ids, codes, instants) is shown as is.
 */

import { inputMessagesVi } from '../../shared/guard.js';
import type { Translation } from '../../shared/messages.js';
import { vnDate, vnDue, vnWhen } from '../time.js';
import type {
  EventParams,
  EventProblem,
  Expected,
  en,
  MigrationParams,
  MigrationProblem,
  SnapshotParams,
  SnapshotProblem,
} from './en.js';
import { cite } from './law.js';

const list = (items: readonly string[]): string => (items.length === 0 ? 'không có' : items.join(', '));
/** Values of a closed list (codes), quoted: they are data, not words. */
const values = (items: readonly string[]): string =>
  items.length === 0 ? 'không có' : items.map((v) => `"${v}"`).join(', ');

/** Units of a time limit. */
const UNITS_VI: Readonly<Record<string, string>> = {
  'working-days': 'ngày làm việc',
  'working-hours': 'giờ làm việc',
  'calendar-days': 'ngày',
  months: 'tháng',
};

/** Event types as a desk names them. */
export const EVENT_TYPES_VI: Readonly<Record<string, string>> = {
  SUBMIT: 'nộp hồ sơ',
  RECEIVE: 'tiếp nhận hồ sơ',
  FORWARD: 'chuyển xử lý',
  CONSULT: 'lấy ý kiến',
  REPLY: 'trả lời ý kiến',
  RETURN: 'trả lại bước trước',
  REQUEST_SUPPLEMENT: 'yêu cầu bổ sung hồ sơ',
  SUPPLEMENT_RECEIVED: 'nhận hồ sơ bổ sung',
  REQUEST_FINANCIAL_OBLIGATION: 'yêu cầu thực hiện nghĩa vụ tài chính',
  FINANCIAL_OBLIGATION_MET: 'hoàn thành nghĩa vụ tài chính',
  FEE_PAID: 'nộp phí, lệ phí',
  REFUSE: 'từ chối',
  APPROVE: 'phê duyệt',
  ISSUE_RESULT: 'ban hành kết quả',
  RETURN_RESULT: 'trả kết quả',
  WITHDRAW: 'rút hồ sơ',
  STOP: 'dừng giải quyết',
  APOLOGIZE: 'xin lỗi và hẹn lại',
  EXTEND: 'gia hạn thời hạn giải quyết',
  MIGRATE: 'chuyển sang phiên bản thủ tục khác',
};

/** Event and snapshot fields as the messages name them. */
const FIELDS_VI: Readonly<Record<string, string>> = {
  type: 'loại sự kiện',
  seq: 'số thứ tự sự kiện',
  at: 'thời điểm',
  by: 'cơ quan thực hiện',
  step: 'bước xử lý',
  to: 'bước chuyển đến',
  channel: 'kênh nộp hồ sơ',
  dossierCode: 'mã hồ sơ',
  fields: 'các trường tờ khai',
  consultation: 'cách lấy ý kiến',
  opinion: 'ý kiến',
  reason: 'lý do',
  reasons: 'các lý do',
  items: 'nội dung yêu cầu bổ sung',
  amount: 'số tiền',
  note: 'ghi chú',
  newDueDate: 'ngày hẹn trả mới',
  hash: 'mã băm',
  version: 'phiên bản',
  steps: 'bảng đổi tên bước',
  implementer: 'cơ quan thực hiện thủ tục',
  delivery: 'hình thức nhận kết quả',
  result: 'kết quả',
  agreement: 'thoả thuận bằng văn bản',
  currency: 'loại tiền',
  reference: 'mã giao dịch thanh toán',
  online: 'việc thanh toán trực tuyến',
  documents: 'tình trạng số hóa các thành phần hồ sơ',
  digitised: 'việc số hóa kết quả',
};
const field = (name: string): string => {
  if (name.startsWith('fields.')) return `trường tờ khai ${name.slice(7)}`;
  const last = name.split('.').at(-1) ?? name;
  return FIELDS_VI[last] ?? `trường ${name}`;
};

/** Form field types (motcua/rules). */
const FIELD_TYPES_VI: Readonly<Record<string, string>> = {
  string: 'văn bản',
  number: 'số',
  integer: 'số nguyên',
  boolean: 'đúng/sai',
  date: 'ngày',
  enum: 'lựa chọn',
};

const EXPECTED_VI: Readonly<Record<Expected, (allowed: readonly string[]) => string>> = {
  'one-of': (allowed) => `một trong ${values(allowed)}`,
  instant: () =>
    'thời điểm ISO-8601 có múi giờ (2026-02-10T09:30:00+07:00) hoặc số phần nghìn giây kể từ 01/01/1970 (giờ quốc tế), trong khoảng 2014–2199',
  object: () => 'một đối tượng',
  procedure: () => 'định nghĩa thủ tục đã nạp (bằng hàm "defineProcedure")',
  snapshot: () => 'trạng thái hồ sơ do bộ máy xử lý tạo ra',
  events: () => 'danh sách sự kiện',
  visit: () => 'một lượt xử lý của hồ sơ',
  documents: () => 'danh sách giấy tờ đã nhận (tên, hình thức, số lượng)',
  thresholds: () => 'ba tỷ lệ tăng dần [cảnh báo, nguy cấp, quá hạn], đều lớn hơn 0',
  text: () => 'văn bản',
  form: () => 'biểu mẫu do bộ máy xử lý lập',
  apology: () => 'hồ sơ đã có văn bản xin lỗi',
  stopped: () => 'hồ sơ đã dừng giải quyết hoặc đã rút',
  received: () => 'hồ sơ đã tiếp nhận',
  'circular-form': () => 'mẫu có trong thông tư',
  'positive-integer': () => 'số nguyên lớn hơn 0',
  'whole-number': () => 'số nguyên từ 0 trở lên',
  'agency-code': () => 'mã đơn vị gồm chữ, số và dấu chấm (Thông tư 10/2016/TT-BTTTT)',
  digits: () => 'số chữ số của số thứ tự, từ 4 đến 7',
  sequence: (allowed) => `số thứ tự từ 1 đến ${allowed[0] ?? '?'}`,
  'yymmdd-day': () => 'ngày tiếp nhận từ năm 2000 đến 2099 (viết dạng YYMMDD)',
  period: () => 'khoảng thời gian gồm ngày đầu và ngày cuối dạng YYYY-MM-DD, ngày đầu không sau ngày cuối',
  'decree-118-dossier': () =>
    'hồ sơ theo Nghị định 118/2025/NĐ-CP: hồ sơ theo Nghị định 61/2018/NĐ-CP (tiếp nhận trước 01/07/2025) không có thông báo dừng giải quyết, Thông tư 01/2018/TT-VPCP không có mẫu này',
  'document-ids': () => 'danh sách tối đa 100 mã giấy tờ có trong định nghĩa thủ tục',
  'summary-result': () => 'kết quả của một lần tổng hợp số liệu',
  'fact-rows': () => 'các dòng của bảng dữ kiện, mỗi dòng là một đối tượng',
  'known-option': (allowed) => `một trong các tùy chọn ${values(allowed)}`,
  'restored-snapshot': () =>
    'trạng thái hồ sơ, không phải dạng lưu trữ của nó: hãy đọc nó bằng `engine.restore` trước',
};

const EVENT_VI: Record<EventProblem, (p: EventParams) => string> = {
  'not-an-object': () => 'sự kiện phải là một đối tượng JSON',
  'unknown-type': (p) =>
    `không có loại sự kiện ${p.value ?? ''}; các loại hợp lệ: ${values(p.allowed ?? [])}${p.suggestion ? `. Có phải là "${p.suggestion}"?` : ''}`,
  missing: (p) => `thiếu ${field(p.field)}`,
  'unknown-key': (p) => `${field(p.field)} không thuộc sự kiện ${EVENT_TYPES_VI[p.type ?? ''] ?? 'này'}`,
  'not-text': (p) => `${field(p.field)} phải là văn bản từ 1 đến ${p.max ?? 2000} ký tự`,
  'not-id': (p) =>
    `${field(p.field)} phải là mã định danh: một chữ cái, tiếp theo tối đa 63 chữ cái, chữ số, "-" hoặc "_" (đã nhập ${p.value ?? '?'})`,
  'not-code': (p) => `${field(p.field)} phải là mã hồ sơ từ 1 đến 64 ký tự`,
  'not-instant': (p) =>
    `${field(p.field)} phải là thời điểm có múi giờ (2026-02-10T09:30:00+07:00) trong phạm vi lịch (đã nhập ${p.value ?? '?'})`,
  'not-day': (p) => `${field(p.field)} phải là ngày dạng YYYY-MM-DD (đã nhập ${p.value ?? '?'})`,
  'not-seq': (p) => `${field(p.field)} phải là số nguyên từ 1 đến 1.000.000`,
  'not-amount': (p) =>
    `${field(p.field)} phải là số tiền nguyên, không âm (đồng, nếu không ghi loại tiền khác)`,
  'not-boolean': (p) => `${field(p.field)} phải là đúng (true) hoặc sai (false)`,
  'not-currency': (p) =>
    `${field(p.field)} phải là mã tiền tệ gồm ba chữ in hoa (VND, USD; đã nhập ${p.value ?? '?'})`,
  'not-one-of': (p) =>
    `${field(p.field)} phải là một trong ${values(p.allowed ?? [])} (đã nhập ${p.value ?? '?'})`,
  'not-list': (p) =>
    `${field(p.field)} phải là danh sách từ 1 đến ${p.max ?? 0} mục, mỗi mục từ 1 đến 2000 ký tự`,
  'not-hash': (p) => `${field(p.field)} phải là mã băm SHA-256: 64 chữ số thập lục phân viết thường`,
  'not-fields': (p) =>
    `${field(p.field)} phải là đối tượng gồm các giá trị tờ khai (văn bản, số, đúng/sai hoặc rỗng), tối đa 500 trường`,
  'not-step-map': (p) => `${field(p.field)} phải ánh xạ mã bước sang mã bước`,
  unsafe: (p) =>
    `sự kiện không phải dữ liệu an toàn: ${p.inputCode ? (inputMessagesVi[p.inputCode] as (x: EventParams) => string)(p) : ''}`,
  'not-documents': (p) =>
    `${field(p.field)} phải ghi mỗi thành phần hồ sơ là đã số hóa, tái sử dụng dữ liệu hoặc bản giấy, tối đa 500 thành phần`,
  'not-a-document': (p) => `${p.value ?? '?'} không phải là thành phần hồ sơ của thủ tục này`,
  'not-a-field': (p) => `${p.value ?? '?'} không phải là trường của tờ khai thủ tục này`,
  'field-value': (p) =>
    `trường ${p.value ?? '?'} phải ${p.allowed ? `là một trong ${list(p.allowed)}` : `có kiểu ${FIELD_TYPES_VI[p.fieldType ?? ''] ?? p.fieldType ?? '?'}`}, không phải ${p.given ?? '?'}`,
  condition: (p) => `không tính được điều kiện ${p.expression ?? ''} trên các trường đã nhập`,
  'deadline-outside-calendar': () => 'thời hạn giải quyết sẽ vượt ra ngoài phạm vi lịch (2014–2199)',
};

const SNAPSHOT_VI: Record<SnapshotProblem, (p: SnapshotParams) => string> = {
  unsafe: (p) =>
    `trạng thái hồ sơ không phải dữ liệu an toàn: ${p.inputCode ? (inputMessagesVi[p.inputCode] as (x: SnapshotParams) => string)(p) : ''}`,
  shape: (p) => `giá trị tại "${p.field}" không đúng định dạng trạng thái hồ sơ`,
  format: (p) =>
    `định dạng ${p.given ?? '?'} không được hỗ trợ (định dạng 2); trạng thái do phiên bản 0.1 tạo ra cần dựng lại từ các sự kiện`,
  'procedure-mismatch': () => 'mã, phiên bản thủ tục trong trạng thái hồ sơ không khớp với định nghĩa đã nạp',
  'state-unknown': (p) => `trạng thái ${p.state ?? '?'} không có trong định nghĩa thủ tục`,
  'visit-step-unknown': (p) =>
    `lượt xử lý ${p.index ?? '?'} ghi bước ${p.step ?? '?'}, không có trong định nghĩa`,
  'visits-disagree': (p) =>
    `các bước đang xử lý (${list(p.open ?? [])}) không khớp với trạng thái (bước ${list(p.active ?? [])})`,
  'ledger-order': (p) => `dòng ${p.index ?? '?'} của sổ theo dõi thời hạn không đúng thứ tự`,
  'ledger-outside': (p) =>
    `dòng ${p.index ?? '?'} của sổ theo dõi thời hạn nằm ngoài khoảng thời gian của các sự kiện (từ ${p.from ? vnWhen(p.from) : '?'} đến ${p.to ? vnWhen(p.to) : '?'}, sự kiện 1–${p.seq ?? '?'})`,
  'ledger-start': () =>
    'sổ theo dõi thời hạn của hồ sơ đã tiếp nhận phải bắt đầu bằng việc tiếp nhận, một lần',
  'ledger-pairs': (p) => `dòng ${p.index ?? '?'} của sổ theo dõi thời hạn không đúng quy tắc tính thời hạn`,
  'state-facts': (p) => `trạng thái ${p.state ?? '?'} không khớp với các dữ kiện của hồ sơ`,
  'limit-not-allowed': (p) =>
    `thời hạn ${p.given ?? '?'} không phải thời hạn định nghĩa thủ tục quy định (${list(p.allowed ?? [])})`,
  'conditions-unknown': (p) => `điều kiện ${p.given ?? '?'} không có trong định nghĩa thủ tục`,
  'results-disagree': (p) =>
    `các kết quả phải đúng như định nghĩa thủ tục (${values(p.allowed ?? [])}), từ khi tiếp nhận, theo đúng thứ tự`,
  'choice-unknown': (p) => `${field(p.field)} "${p.given ?? '?'}" không có trong định nghĩa thủ tục`,
  'digitisation-disagrees': (p) =>
    `thông tin số hóa "${p.given ?? '?'}" không khớp với định nghĩa thủ tục hoặc hồ sơ: chỉ ghi cho thành phần hồ sơ của thủ tục sau khi tiếp nhận, tái sử dụng dữ liệu chỉ khi thủ tục cho phép, số hóa kết quả chỉ khi kết quả đã được ban hành`,
};

const MIGRATION_VI: Record<MigrationProblem, (p: MigrationParams) => string> = {
  'unknown-version': (p) => `chưa nạp phiên bản ${p.version ?? '?'} ("${p.hash ?? '?'}")`,
  'other-procedure': (p) => `không thể chuyển hồ sơ thủ tục ${p.from ?? '?'} sang thủ tục ${p.to ?? '?'}`,
  'same-version': () => 'hồ sơ đã theo phiên bản này',
  'not-in-force': (p) =>
    `phiên bản ${p.version ?? '?'} có hiệu lực ${p.from ? vnWhen(p.from) : '?'} – ${p.to ? vnWhen(p.to) : '…'}, không áp dụng cho hồ sơ tiếp nhận ngày ${p.day ? vnWhen(p.day) : '?'}`,
  'during-consultation': () => 'không thể chuyển phiên bản khi đang lấy ý kiến; hãy chờ các cơ quan trả lời',
  'step-missing': (p) =>
    `bước ${p.step ?? '?'} không có trong phiên bản ${p.version ?? '?'}; hãy khai báo bước tương ứng`,
  'state-missing': (p) => `trạng thái ${p.state ?? '?'} không có trong phiên bản ${p.version ?? '?'}`,
  'new-condition': (p) =>
    `điều kiện ${p.expression ?? '?'} của bước ${p.step ?? '?'} mới có ở phiên bản ${p.version ?? '?'}; hãy cung cấp các trường đã nhập khi tiếp nhận`,
};

/** Phases as a desk names them. */
export const PHASES_VI: Readonly<Record<string, string>> = {
  new: 'chưa nộp',
  submitted: 'đã nộp, chưa tiếp nhận',
  incomplete: 'trả lại tại bộ phận một cửa để bổ sung',
  'refused-at-desk': 'không được tiếp nhận',
  received: 'đã tiếp nhận, đang ở bộ phận một cửa',
  processing: 'đang xử lý',
  'awaiting-supplement': 'đang chờ bổ sung hồ sơ',
  'awaiting-financial-obligation': 'đang chờ thực hiện nghĩa vụ tài chính',
  'result-ready': 'đã xử lý xong, có kết quả',
  refused: 'bị từ chối',
  withdrawn: 'người nộp đã rút hồ sơ',
  stopped: 'đã dừng giải quyết',
  'result-returned': 'đã trả kết quả',
};

const POLICIES_VI: Readonly<Record<string, string>> = {
  'working-hours': 'giờ làm việc (N × 8 giờ làm việc kể từ khi tiếp nhận đủ hồ sơ; mặc định)',
  'working-days-cutoff': 'ngày làm việc có giờ giới hạn buổi chiều (cổng dịch vụ công lựa chọn)',
  'civil-code':
    'ngày làm việc, không tính ngày tiếp nhận (Bộ luật Dân sự 2015, Điều 147, 148; cổng dịch vụ công lựa chọn)',
};

const types = (items: readonly string[]): string => list(items.map((t) => EVENT_TYPES_VI[t] ?? t));

export const vi: Translation<typeof en> = {
  INVALID_EVENT: (p) => `Sự kiện không hợp lệ: ${EVENT_VI[p.problem](p)}`,
  NOT_ALLOWED: (p) =>
    `Không được ${EVENT_TYPES_VI[p.type] ?? p.type} khi hồ sơ ${PHASES_VI[p.phase] ?? p.phase}; được thực hiện: ${types(p.allowed)}`,
  WRONG_AGENCY: (p) =>
    `Cơ quan "${p.by}" không phải là cơ quan đang giữ hồ sơ (đang giữ: ${list(p.holders)})`,
  AMBIGUOUS_STEP: (p) => `Cơ quan "${p.by}" đang xử lý nhiều bước (${list(p.steps)}); hãy nêu bước`,
  STALE_SEQUENCE: (p) =>
    `Số thứ tự sự kiện ${p.seq} không nối tiếp sự kiện gần nhất của hồ sơ (cần ${p.expected}); hãy tải lại hồ sơ`,
  OUT_OF_ORDER: (p) => `Sự kiện ghi thời điểm ${vnWhen(p.at)}, trước sự kiện gần nhất (${vnWhen(p.lastAt)})`,
  SUPPLEMENT_ALREADY_REQUESTED: () =>
    `Chỉ được yêu cầu bổ sung hồ sơ một lần trong quá trình giải quyết (${cite('supplementWindow', 'decree-118-2025').vi})`,
  SUPPLEMENT_TOO_LATE: (p) =>
    `Yêu cầu bổ sung phải gửi trong thời hạn ${String(p.amount).padStart(2, '0')} ${UNITS_VI[p.unit]} kể từ ${p.restarted ? 'ngày thời hạn được tính lại' : 'ngày tiếp nhận'} (trước ${p.by}; ${p.sector ? 'theo quy định riêng của thủ tục' : cite('supplementWindow', p.regime).vi})`,
  WITHDRAWAL_NOT_ALLOWED: (p) =>
    p.reason === 'decided'
      ? `Đã ban hành quyết định; người nộp không thể dừng thủ tục (${cite('withdrawal', null).vi})`
      : 'Nghị định 61/2018/NĐ-CP không quy định quyền dừng hồ sơ đã tiếp nhận',
  APOLOGY_NOT_ALLOWED: (p) =>
    ({
      once: () => `Chỉ được hẹn lại ngày trả kết quả một lần (${cite('apologyOnce', p.regime).vi})`,
      decided: () => `Đã ban hành quyết định lúc ${p.decidedAt}; không còn hẹn lại ngày trả kết quả`,
      'too-late': () =>
        `Văn bản xin lỗi phải gửi trước hạn ít nhất 01 ngày (gửi ngày ${vnWhen(p.day)}, hạn ngày ${vnWhen(p.dueDate)}; ${cite('apology', p.regime).vi})`,
      'not-later': () =>
        `Ngày hẹn trả mới ${vnWhen(p.newDueDate)} phải sau ngày hẹn hiện tại (${vnWhen(p.dueDate)})`,
      'too-far': () =>
        `Ngày hẹn trả mới ${vnWhen(p.newDueDate)} muộn hơn mức thủ tục cho phép (chậm nhất ${vnWhen(String(p.latest))})`,
      'not-received': () => 'Hồ sơ chưa được tiếp nhận: chưa có ngày hẹn trả để hẹn lại',
    })[p.reason](),
  STOP_NOT_ALLOWED: (p) =>
    ({
      decided: () => `Đã ban hành quyết định lúc ${p.decidedAt}; không thể dừng giải quyết hồ sơ`,
      'decree-61': () =>
        'Nghị định 61/2018/NĐ-CP không quy định dừng giải quyết khi không bổ sung hồ sơ; chỉ Nghị định 118/2025/NĐ-CP (Điều 19 khoản 5) quy định',
      'no-supplement': () =>
        `Hồ sơ không chờ bổ sung: không áp dụng việc dừng giải quyết do không bổ sung hồ sơ (${cite('closure', null).vi})`,
      'period-running': () => `Người nộp hồ sơ được bổ sung đến ${p.closeAt} (${cite('closure', null).vi})`,
    })[p.reason](),
  NOT_IN_FORCE: (p) =>
    `Phiên bản ${p.version} của thủ tục ${p.code} có hiệu lực ${vnWhen(p.from)}–${p.to ? vnWhen(p.to) : '…'}, không áp dụng ngày ${vnWhen(p.day)}; hãy chọn phiên bản đang có hiệu lực`,
  HASH_MISMATCH: (p) =>
    `Sự kiện ${p.seq} mang mã băm "${p.given.slice(0, 12)}…", nhưng nội dung của nó và các sự kiện trước cho mã "${p.expected.slice(0, 12)}…": lịch sử hồ sơ đã bị sửa`,
  INVALID_MIGRATION: (p) => `Không thể chuyển phiên bản: ${MIGRATION_VI[p.problem](p)}`,
  CHOICE_NOT_OFFERED: (p) =>
    p.choice === 'implementer'
      ? `"${p.given}" không phải cơ quan thực hiện thủ tục này (${values(p.allowed)})`
      : `Thủ tục này không trả kết quả theo hình thức "${p.given}" (các hình thức: ${values(p.allowed)})`,
  REUSE_NOT_ALLOWED: (p) =>
    `Thành phần "${p.name}" không được lấy từ dữ liệu điện tử đã có trong thủ tục này: định nghĩa thủ tục không nêu căn cứ pháp lý cho việc đó (được tái sử dụng: ${values(p.reusable)})`,
  IMPLEMENTER_REQUIRED: (p) =>
    `Thủ tục do nhiều loại cơ quan thực hiện: cần ghi cơ quan người nộp đã chọn (${values(p.allowed)})`,
  RESULT_NOT_RETURNABLE: (p) =>
    ({
      unknown: () => `"${p.result}" không phải kết quả của thủ tục này (các kết quả: ${values(p.allowed)})`,
      'not-issued': () => `Kết quả "${p.result}" chưa được ban hành: chưa thể trả`,
      returned: () => `Kết quả "${p.result}" đã được trả lúc ${vnWhen(p.at)}`,
      pending: () =>
        `Các kết quả chưa ban hành: ${values(p.pending ?? [])}; hồ sơ chỉ hoàn thành khi đã trả đủ các kết quả`,
    })[p.reason](),
  EXTENSION_NOT_ALLOWED: (p) =>
    ({
      'not-offered': () =>
        'Thủ tục này không quy định gia hạn; hồ sơ quá hạn thì có văn bản xin lỗi và hẹn lại ngày trả',
      decided: () => `Đã ban hành quyết định lúc ${vnWhen(p.at)}; không còn thời hạn để gia hạn`,
      once: () => 'Chỉ được gia hạn thời hạn giải quyết một lần',
      apologized: () => 'Hồ sơ đã quá hạn và đã có văn bản xin lỗi: không gia hạn được nữa',
      'not-started': () => 'Chưa bắt đầu tính thời hạn: chưa có ngày hẹn trả để gia hạn',
      'too-late': () =>
        `Đã qua thời điểm hẹn trả ${vnDue(p.due ?? '?')}: gia hạn phải trước thời điểm đó, nếu không thì xin lỗi và hẹn lại`,
      'not-later': () =>
        `Ngày hẹn trả mới ${vnWhen(p.newDueDate)} phải sau ngày hẹn hiện tại (${vnWhen(p.dueDate)})`,
      'too-far': () =>
        `Ngày hẹn trả mới ${vnWhen(p.newDueDate)} muộn hơn mức thủ tục cho phép (chậm nhất ${vnWhen(String(p.latest))}${p.byAgreement ? ', trừ khi có thoả thuận bằng văn bản với người yêu cầu' : ''})`,
    })[p.reason](),
  FEE_NOT_ALLOWED: (p) =>
    p.reason === 'paid'
      ? `Phí, lệ phí đã nộp lúc ${vnWhen(p.at)}`
      : 'Thủ tục này không có phí, lệ phí phải nộp',
  UNKNOWN_DEFINITION: (p) =>
    `Chưa nạp định nghĩa thủ tục ${p.code} phiên bản ${p.version} ("${p.hash}"); hãy đăng ký định nghĩa với bộ máy xử lý`,
  INVALID_SNAPSHOT: (p) => `Trạng thái hồ sơ không hợp lệ: ${SNAPSHOT_VI[p.problem](p)}`,
  INVALID_OPTIONS: (p) =>
    `Tùy chọn "${p.option}" phải là ${EXPECTED_VI[p.expected](p.allowed ?? [])} (đã nhập ${p.given})${p.suggestion ? `; có phải là "${p.suggestion}"?` : ''}`,
  INVALID_ARGUMENT: (p) =>
    `Tham số "${p.argument}" phải là ${EXPECTED_VI[p.expected](p.allowed ?? [])} (${
      // `undefined` / `null` are the program's words, not the clerk's: say that nothing was given.
      p.given === 'undefined' || p.given === 'null' ? 'chưa có giá trị' : `đã nhập ${p.given}`
    })`,
  HISTORY_VERIFIED: (p) =>
    `Lịch sử gồm ${p.events} sự kiện dựng lại đúng trạng thái hồ sơ; mã băm cuối "${p.head.slice(0, 12)}…"`,
  HISTORY_REJECTED: (p) =>
    `Sự kiện thứ ${p.index + 1} (số thứ tự ${p.seq}) trong lịch sử bị từ chối (${p.code}): nhật ký không phải lịch sử do bộ máy xử lý tạo ra`,
  HISTORY_HASH_CHANGED: (p) =>
    `Sự kiện thứ ${p.index + 1} (số thứ tự ${p.seq}) không mang đúng mã băm theo nội dung của nó và các sự kiện trước: sự kiện này hoặc một sự kiện trước đã bị sửa, xoá hoặc chèn thêm`,
  HISTORY_SNAPSHOT_DIFFERS: (p) =>
    `Trạng thái hồ sơ đang lưu khác với trạng thái dựng lại từ lịch sử tại "${p.path}": đang lưu ${p.stored}, dựng lại ${p.replayed}`,
  HISTORY_HEAD_DIFFERS: (p) =>
    `Mã băm cuối "${p.stored.slice(0, 12)}…" của trạng thái hồ sơ đang lưu không phải mã băm của ${p.events} sự kiện đã cho ("${p.replayed.slice(0, 12)}…"): có sự kiện bị thiếu, thêm hoặc sửa`,
  ONLINE_ALERT: () => 'Hồ sơ trực tuyến: thông báo cho cán bộ trong 02 giờ',
  ONLINE_ACCEPTANCE_DUE: (p) => `Tiếp nhận hoặc yêu cầu bổ sung trước ${vnDue(p.due)}`,
  ONLINE_ACCEPTANCE_OVERDUE: (p) => `Chưa tiếp nhận trong 08 giờ làm việc (hạn ${vnDue(p.due)})`,
  TRANSFER_DUE: (p) => `Chuyển hồ sơ giấy trước ${vnDue(p.due)}`,
  TRANSFER_OVERDUE: (p) => `Hồ sơ giấy phải được chuyển cho cơ quan giải quyết trước ${vnDue(p.due)}`,
  SUPPLEMENT_WINDOW: (p) =>
    p.once
      ? `Chỉ được yêu cầu bổ sung một lần, trước ${vnDue(p.due)}`
      : `Được yêu cầu bổ sung hồ sơ trước ${vnDue(p.due)}`,
  DEADLINE_WARNING: (p) => `Đã dùng ${p.used}% thời hạn; hạn ${vnDue(p.due)}`,
  DEADLINE_CRITICAL: (p) => `Đã dùng ${p.used}% thời hạn; hạn ${vnDue(p.due)}`,
  OVERDUE: (p) => `Quá hạn từ ${vnDue(p.due)}`,
  STEP_OVERDUE: (p) => `Bước ${p.step} (${p.agency}) đã quá hạn ${vnDue(p.due)}`,
  APOLOGY_DUE: (p) => `Nếu quá hạn, gửi văn bản xin lỗi và hẹn lại chậm nhất ngày ${p.day}`,
  SUPPLEMENT_EXPIRED: (p) => `Hồ sơ không được bổ sung trước ${vnDue(p.due)}: dừng giải quyết`,
  EXPLAIN_POLICY: (p) => `Cách tính: ${POLICIES_VI[p.policy] ?? p.policy}`,
  EXPLAIN_RESET: (p) =>
    `Thời hạn tính lại từ đầu từ ${vnWhen(p.at)}, khi nhận đủ hồ sơ bổ sung (${cite('supplementRestart', p.regime).vi})`,
  EXPLAIN_PAUSE: (p) =>
    `Tạm dừng ${vnWhen(p.from)} – ${p.to ? vnWhen(p.to) : '…'}: ${p.reason === 'financial-obligation' ? 'thời gian thực hiện nghĩa vụ tài chính không tính' : 'chờ bổ sung hồ sơ'} (+${p.days === null ? `${p.hours} giờ` : `${p.days} ngày; Bộ luật Dân sự 2015, Điều 148 khoản 5`})`,
  EXPLAIN_BEFORE_START: (p) =>
    `Thời gian tạm dừng từ ${vnWhen(p.from)} trước khi bắt đầu tính thời hạn (${vnWhen(p.start)}) không tính`,
  EXPLAIN_EXTENSION: (p) =>
    `Hẹn lại ngày ${vnWhen(p.to)} sau văn bản xin lỗi (${cite('apology', p.regime).vi}): ${p.reason}`,
  EXPLAIN_PROLONG: (p) =>
    `Gia hạn đến ngày ${vnWhen(p.to)} theo thời hạn gia hạn mà văn bản quy định thủ tục cho phép: ${p.reason}`,
  EXPLAIN_EXTENSION_MOVED: (p) =>
    `Ngày hẹn mới dời đến ${vnDate(p.day)}: thời gian tạm dừng hoặc tính lại sau khi hẹn lại không tính vào thời hạn`,
};
