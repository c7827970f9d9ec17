/**
 * Các thông báo của máy chủ HTTP bằng tiếng Việt — the server's own texts in Vietnamese, the same codes and
 * parameters as `en.ts`. No English inside (a test renders every text and checks it); media types and codes
 * appear only quoted, as data.
 */
import type { Translation } from '../../shared/messages.js';
import type { JsonReason, MediaKind, ServerMessages } from './en.js';

const jsonReasonsVi: Readonly<Record<JsonReason, string>> = {
  InvalidSymbol: 'ký tự không hợp lệ',
  InvalidNumberFormat: 'số viết sai',
  PropertyNameExpected: 'cần tên thuộc tính trong dấu ngoặc kép',
  ValueExpected: 'cần một giá trị',
  ColonExpected: 'thiếu dấu hai chấm',
  CommaExpected: 'thiếu dấu phẩy',
  CloseBraceExpected: 'thiếu dấu đóng ngoặc nhọn }',
  CloseBracketExpected: 'thiếu dấu đóng ngoặc vuông ]',
  EndOfFileExpected: 'còn nội dung thừa sau khi kết thúc',
  InvalidCommentToken: 'JSON không cho phép chú thích',
  UnexpectedEndOfComment: 'chú thích chưa đóng',
  UnexpectedEndOfString: 'chuỗi chưa đóng ngoặc kép',
  UnexpectedEndOfNumber: 'số chưa viết hết',
  InvalidUnicode: 'mã \\u viết sai',
  InvalidEscapeCharacter: 'ký tự thoát viết sai',
  InvalidCharacter: 'ký tự điều khiển trong chuỗi',
  Unknown: 'JSON viết sai',
  Empty: 'nội dung rỗng',
};

const mediaVi: Readonly<Record<MediaKind, string>> = {
  json: '"application/json"',
  ndjson: '"application/x-ndjson" (mỗi dòng một giá trị JSON)',
};

/** Milliseconds as seconds, with the Vietnamese decimal comma (400 → "0,4"). */
const seconds = (ms: number) => String(ms / 1000).replace('.', ',');

export const vi: Translation<ServerMessages> = {
  BODY_TOO_LARGE: (p) => `Nội dung yêu cầu lớn quá ${p.max} B`,
  MALFORMED_JSON: (p) =>
    `Nội dung yêu cầu không phải JSON hợp lệ ở dòng ${p.line}, cột ${p.column}: ${jsonReasonsVi[p.reason]}`,
  JSON_TOO_DEEP: (p) => `Nội dung yêu cầu lồng nhau sâu quá ${p.max} cấp`,
  UNSUPPORTED_MEDIA_TYPE: (p) =>
    `Nội dung yêu cầu phải có kiểu ${mediaVi[p.expected]} (${p.given === '' ? 'không ghi kiểu nội dung' : `đã gửi "${p.given}"`})`,
  REQUEST_TIMEOUT: (p) => `Yêu cầu không được nhận đủ và trả lời trong ${seconds(p.ms)} giây`,
  NOT_FOUND: (p) => `Máy chủ không có địa chỉ "${p.method} ${p.path}"`,
  METHOD_NOT_ALLOWED: (p) =>
    `Địa chỉ "${p.path}" không nhận phương thức "${p.method}"; phương thức được nhận: ${p.allowed.map((m) => `"${m}"`).join(', ')}`,
  NOT_READY: (p) => (p.state === 'starting' ? 'Máy chủ đang khởi động' : 'Máy chủ đang dừng'),
  REQUEST_INVALID: (p) =>
    `${p.count === 1 ? 'Yêu cầu có một lỗi' : `Yêu cầu có ${p.count} lỗi`}${p.firstVi ? `; ${p.at ? `tại "${p.at}": ` : ''}${p.firstVi}` : ''}`,
  DEFINITION_INVALID: (p) =>
    p.count === 1 ? 'Định nghĩa thủ tục có một lỗi' : `Định nghĩa thủ tục có ${p.count} lỗi`,
  DEFINITION_NOT_REGISTERED: (p) => `Máy chủ chưa đăng ký định nghĩa thủ tục nào có mã băm "${p.hash}"`,
  REGISTRY_FULL: (p) => `Máy chủ đã giữ ${p.max} định nghĩa thủ tục; hãy khởi động lại để xoá bớt`,
  NDJSON_LINE_TOO_LONG: (p) => `Dòng ${p.line} dài quá ${p.max} B`,
  NDJSON_LINE_INVALID: (p) => `Dòng ${p.line} không phải JSON hợp lệ: ${jsonReasonsVi[p.reason]}`,
  NDJSON_TOO_MANY_LINES: (p) => `Luồng dữ liệu có quá ${p.max} dòng`,
  INTERNAL_ERROR: () => 'Máy chủ gặp lỗi khi trả lời; sự cố đã được ghi lại',
  SERVER_READY: (p) =>
    `"motcua serve": đang chờ yêu cầu tại "${p.url}" (đã nạp ${p.definitions} định nghĩa thủ tục, ${p.schedules} lịch nghỉ chính thức); tài liệu tại "${p.url}/reference"`,
  SERVER_STOPPING: (p) => `"motcua serve": nhận tín hiệu ${p.signal}, đang trả lời nốt các yêu cầu dở dang`,
  SERVER_STOPPED: () => '"motcua serve": đã dừng',
  LOAD_NOT_A_DEFINITION: (p) => `"${p.file}": không phải định nghĩa thủ tục hành chính`,
  LOAD_DEFINITION_ERRORS: (p) =>
    `"${p.file}": định nghĩa có ${p.count} lỗi, lỗi đầu tiên tại "${p.at}"; hãy chạy "motcua check ${p.file}"`,
  LOAD_SCHEDULE_INVALID: (p) => `"${p.file}": lịch nghỉ chính thức không hợp lệ tại "${p.at}"`,
  LOAD_FILE_INVALID: (p) => `"${p.file}": JSON không hợp lệ: ${jsonReasonsVi[p.reason]}`,
  LISTEN_FAILED: (p) => `không nhận kết nối được tại ${p.address} (${p.reason})`,
  LOAD_FOLDER_MISSING: (p) => `"${p.folder}": không tìm thấy thư mục`,
};
