/** Vietnamese texts of the statistics, by code (the same codes and parameters as `en.ts`); no English inside. */
import type { Translation } from '../../../shared/messages.js';
import { vnClock } from '../../time.js';
import type { en } from './en.js';

const code = (c: string | null): string => (c === null ? '(chưa có mã)' : `"${c}"`);
const list = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(', ');

const EXPECTED_VI = {
  object: () => 'một đối tượng',
  dimensions: (allowed: readonly string[]) => `danh sách các chiều khác nhau trong số ${list(allowed)}`,
  'positive-integer': () => 'một số nguyên từ 1 trở lên',
  'positive-number': () => 'một số lớn hơn 0',
  'one-of': (allowed: readonly string[]) => `một trong các giá trị ${list(allowed)}`,
  instant: () => 'một thời điểm có múi giờ, trong các năm 2014–2199',
} as const;

export const vi: Translation<typeof en> = {
  INVALID_PERIOD: (p) =>
    ({
      'not-an-object': `Kỳ báo cáo gồm "from" và "to": hai ngày YYYY-MM-DD hoặc hai thời điểm có múi giờ (đã nhập ${p.from})`,
      'not-a-day': `Ngày của kỳ báo cáo phải là ngày có thật YYYY-MM-DD (đã nhập ${p.from} … ${p.to}); ngày 31/02 không tồn tại và không bao giờ được tự chuyển sang tháng 3`,
      'not-an-instant': `Thời điểm của kỳ báo cáo phải theo ISO-8601 có múi giờ, trong các năm 2014–2199 (đã nhập ${p.from} … ${p.to})`,
      mixed: `Kỳ báo cáo là hai ngày hoặc hai thời điểm, không trộn lẫn (đã nhập ${p.from} … ${p.to})`,
      order: `Kỳ báo cáo phải bắt đầu trước khi kết thúc (đã nhập ${p.from} … ${p.to})`,
    })[p.problem],
  INVALID_SUMMARY_OPTIONS: (p) =>
    `Tùy chọn "${p.option}" của báo cáo phải là ${EXPECTED_VI[p.expected](p.allowed ?? [])} (đã nhập ${p.given})`,
  INVALID_PARTIAL: (p) =>
    `Kết quả tổng hợp từng phần không do "motcua" tạo ra: trường "${p.field}" không đúng dạng${p.given ? ` (đã nhập ${p.given})` : ''}`,
  INCOMPATIBLE_PARTIAL: (p) =>
    `Chỉ gộp được các kết quả tổng hợp từng phần lập với cùng tùy chọn: trường "${p.field}" ở đây là ${p.given ?? '?'}, còn ở báo cáo là ${p.expected}`,
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
