/** Vietnamese texts of the statistics, by code (the same codes and parameters as `en.ts`); no English inside. */

import { inputMessagesVi } from '../../../shared/guard.js';
import type { Translation } from '../../../shared/messages.js';
import { vnClock } from '../../time.js';
import { type en, MERGE_REFUSALS, type ParamType, type PartialParams } from './en.js';

const code = (c: string | null): string => (c === null ? '(chưa có mã)' : `"${c}"`);
const list = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(', ');

const EXPECTED_VI = {
  object: () => 'một đối tượng',
  dimensions: (allowed: readonly string[]) => `danh sách các chiều khác nhau trong số ${list(allowed)}`,
  'positive-integer': () => 'một số nguyên từ 1 trở lên',
  'positive-number': () => 'một số lớn hơn 0',
  'one-of': (allowed: readonly string[]) => `một trong các giá trị ${list(allowed)}`,
  instant: () => 'một thời điểm có múi giờ, trong các năm 2014–2199',
  'after-start': () => 'một thời điểm không trước lúc kỳ báo cáo bắt đầu',
  'known-option': (allowed: readonly string[]) => `một trong các tùy chọn ${list(allowed)}`,
} as const;
const givenVi = (g: string): string => (g === 'undefined' ? 'chưa có giá trị' : `đã nhập ${g}`);

const TYPE_VI: Readonly<Record<ParamType, string>> = {
  string: 'một chuỗi ký tự',
  number: 'một số hữu hạn',
  boolean: 'giá trị đúng hoặc sai',
  'string?': 'một chuỗi ký tự, hoặc để trống (giá trị rỗng)',
};

/** What a bad value of a partial must be, as the rest of a sentence whose subject is the value. */
function partialExpectedVi(p: PartialParams): string {
  const n = (p.n ?? 0).toLocaleString('vi-VN');
  switch (p.expected) {
    case 'safe-json': {
      const issue = p.inputCode
        ? (inputMessagesVi[p.inputCode] as unknown as (x: PartialParams) => string)(p)
        : '';
      return `phải là dữ liệu JSON an toàn trong giới hạn của kết quả từng phần (${issue})`;
    }
    case 'format':
      return `phải có định dạng "${p.format ?? ''}"`;
    case 'count':
      return 'phải là một số nguyên không âm';
    case 'object':
      return 'phải là một đối tượng';
    case 'counters':
      return `phải là danh sách ${n} số đếm`;
    case 'histogram':
      return 'phải là danh sách các cặp [ngăn, số đếm]';
    case 'bucket':
      return 'phải là một cặp [ngăn, số đếm]';
    case 'buckets':
      return `phải gồm các ngăn tăng dần, tới ngăn ${n}, mỗi ngăn có số đếm từ 1`;
    case 'results':
      return 'phải là danh sách [mã kết quả, 5 số đếm]';
    case 'result':
      return 'phải là [mã kết quả, 5 số đếm], theo thứ tự mã';
    case 'lists':
      return 'phải là một đối tượng gồm các danh sách';
    case 'list':
      return `phải là đối tượng gồm "count" và "entries" (tối đa ${n} mục)`;
    case 'at-least':
      return `không được nhỏ hơn số mục đã liệt kê (${n})`;
    case 'entry':
      return 'phải là đối tượng gồm "pressure", "key" và "params"';
    case 'no-key':
      return 'không được có (không có khoá này)';
    case 'type':
      return `phải là ${TYPE_VI[p.type ?? 'string']}`;
    case 'groups':
      return 'phải là một danh sách';
    case 'group-key':
      return `phải là danh sách ${n} chuỗi ký tự`;
    case 'unique-key':
      return 'phải là khoá của riêng một nhóm';
    case 'shards':
      return 'phải là danh sách mã báo cáo khác nhau (16 chữ số hệ mười sáu)';
    // The partial may be motcua's own: what is wrong is the merge, said as such.
    case 'json':
      return `phải là văn bản JSON của đúng một kết quả từng phần, dài không quá ${n} ký tự`;
    case 'not-itself':
      return 'là chính báo cáo này: gộp một báo cáo với chính nó sẽ đếm mỗi hồ sơ hai lần';
    case 'not-merged':
      return `đã có trong báo cáo này (gộp trước đó, hoặc là phần của chính nó): gộp lần nữa sẽ đếm hồ sơ của nó hai lần`;
    case 'partial-not-snapshot':
      return 'là trạng thái hồ sơ, không phải kết quả tổng hợp từng phần: trạng thái hồ sơ được đọc lần lượt bằng `add`';
  }
}

export const vi: Translation<typeof en> = {
  INVALID_PERIOD: (p) =>
    ({
      'not-an-object': `Kỳ báo cáo gồm "from" và "to": hai ngày YYYY-MM-DD hoặc hai thời điểm có múi giờ (${givenVi(p.from)})`,
      'not-a-month': `Tháng phải viết dạng YYYY-MM, nằm trong khoảng các năm 2014–2199 (đã nhập ${p.from})`,
      'not-a-day': `Ngày của kỳ báo cáo phải là ngày có thật, viết dạng YYYY-MM-DD (đã nhập ${p.from} … ${p.to})${p.hint ? `; hãy viết ${p.hint}` : '; ngày không tồn tại (như 31/02) không bao giờ được tự chuyển sang tháng sau'}`,
      'out-of-range': `Ngày của kỳ báo cáo phải nằm trong khoảng các năm 2014–2199 của lịch (đã nhập ${p.from} … ${p.to})`,
      'not-an-instant': `Thời điểm của kỳ báo cáo phải theo ISO-8601 có múi giờ, trong các năm 2014–2199 (đã nhập ${p.from} … ${p.to})`,
      mixed: `Kỳ báo cáo là hai ngày hoặc hai thời điểm, không trộn lẫn (đã nhập ${p.from} … ${p.to})`,
      order: `Kỳ báo cáo phải bắt đầu trước khi kết thúc (đã nhập ${p.from} … ${p.to})`,
    })[p.problem],
  INVALID_SUMMARY_OPTIONS: (p) =>
    `Tùy chọn "${p.option}" của báo cáo phải là ${EXPECTED_VI[p.expected](p.allowed ?? [])} (${givenVi(p.given)})${p.suggestion ? `; có phải là "${p.suggestion}"?` : ''}`,
  INVALID_PARTIAL: (p) =>
    `${MERGE_REFUSALS.has(p.expected) ? 'Không gộp được' : 'Kết quả tổng hợp từng phần không do "motcua" tạo ra'}: ${p.expected === 'not-merged' ? `báo cáo ${p.given ?? ''}` : p.field ? `trường "${p.field}"` : 'dữ liệu đã đưa vào'} ${partialExpectedVi(p)}${p.given && p.expected !== 'not-merged' ? ` (đã nhập ${p.given})` : ''}`,
  INCOMPATIBLE_PARTIAL: (p) =>
    `Chỉ gộp được các kết quả tổng hợp từng phần lập với cùng tùy chọn: trường "${p.field}" ở đây là ${p.given}, còn ở báo cáo là ${p.expected}`,
  INVALID_SOURCE_ITEM: (p) =>
    ({
      'not-iterable':
        'Nguồn dữ liệu của báo cáo phải là một dãy trạng thái hồ sơ đọc tuần tự (đồng bộ hoặc bất đồng bộ)',
      'not-json': `Phần tử thứ ${p.index} của nguồn dữ liệu không phải là JSON`,
      'too-long': `Phần tử thứ ${p.index} của nguồn dữ liệu dài quá ${p.max ?? 0} ký tự`,
      'not-a-snapshot': `Phần tử thứ ${p.index} của nguồn dữ liệu không phải là trạng thái hồ sơ (dạng đọc được hoặc dạng lưu trữ)`,
    })[p.problem],
  DUE_SOON: (p) =>
    `Hồ sơ ${code(p.dossierCode)} (thủ tục "${p.procedure}") đang ở "${p.agency}" đến hạn lúc ${vnClock(p.due)}: còn ${p.hours} giờ làm việc`,
  OVERDUE: (p) =>
    `Hồ sơ ${code(p.dossierCode)} (thủ tục "${p.procedure}") đang ở "${p.agency}" đã quá hạn (hạn ${vnClock(p.due)}): trễ ${p.hours} giờ làm việc`,
  STEP_HELD: (p) =>
    `Hồ sơ ${code(p.dossierCode)} (thủ tục "${p.procedure}") nằm ở "${p.agency}" (bước "${p.step}") từ ${vnClock(p.since)}: ${p.hours} giờ làm việc, trong khi thời gian được phân bổ là ${p.shareHours} giờ làm việc${p.due === null ? '' : `; hạn của bước là ${vnClock(p.due)}`}`,
  SUPPLEMENT_REQUEST_LATE: (p) =>
    `Hồ sơ ${code(p.dossierCode)} (thủ tục "${p.procedure}"): "${p.agency}" yêu cầu bổ sung lúc ${vnClock(p.at)}, chậm ${p.hours} giờ làm việc so với thời hạn 03 ngày làm việc (${vnClock(p.window)})`,
  APOLOGY_LATE: (p) =>
    `Hồ sơ ${code(p.dossierCode)} (thủ tục "${p.procedure}") ở "${p.agency}": văn bản xin lỗi gửi lúc ${vnClock(p.at)}, chỉ ${p.hours} giờ làm việc trước hạn trả ${vnClock(p.due)} (chưa đủ một ngày làm việc)`,
  ONLINE_ACCEPTANCE_LATE: (p) =>
    `Hồ sơ trực tuyến ${code(p.dossierCode)} (thủ tục "${p.procedure}") gửi lúc ${vnClock(p.submittedAt)} ${p.accepted ? 'được' : 'vẫn chưa được'} "${p.agency}" tiếp nhận sau ${p.hours} giờ làm việc; thời hạn 08 giờ làm việc đã hết lúc ${vnClock(p.acceptBy)}`,
};
