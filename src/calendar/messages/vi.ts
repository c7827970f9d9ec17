/**
 * The calendar's texts in Vietnamese, by code — the same codes and parameters as `en.ts` (the type makes a missing
 * code a compile error). No English inside: identifiers and values from outside are shown quoted or as code.
 */
import type { Translation } from '../../shared/messages.js';
import { holidayNames, viDate } from '../names.js';
import type { calendarMessagesEn, ExpectedType } from './en.js';

const TYPE_VI: Readonly<Record<ExpectedType, string>> = {
  string: 'một chuỗi ký tự',
  number: 'một số',
  integer: 'một số nguyên',
  boolean: 'giá trị `true` hoặc `false`',
  object: 'một đối tượng',
  array: 'một danh sách',
};

const list = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');
const isDay = (s: string): boolean => /^"\d{4}-\d{2}-\d{2}"$|^\d{4}-\d{2}-\d{2}$/.test(s);
/** A day as Vietnamese documents write it (17/02/2026); anything else as it came. */
const day = (s: string): string => (isDay(s) ? viDate(s.replaceAll('"', '')) : s);

export const calendarMessagesVi: Translation<typeof calendarMessagesEn> = {
  INVALID_DATE: (p) =>
    p.form === 'day'
      ? `${p.value} không phải là ngày dương lịch hợp lệ; cần dạng YYYY-MM-DD hoặc một \`Date\` hợp lệ`
      : `số ngày kể từ 01/01/1970 ${p.value} không phải là số nguyên`,
  INVALID_INSTANT: (p) =>
    `${p.value} không phải là thời điểm hợp lệ; cần dạng ISO-8601 có độ lệch múi giờ (ví dụ 2026-02-12T09:30:00+07:00) hoặc số phần nghìn giây kể từ 01/01/1970 (giờ quốc tế)`,
  INVALID_COUNT: (p) => {
    switch (p.rule) {
      case 'whole-days':
        return `${p.value} không phải là số ngày nguyên hợp lệ`;
      case 'finite-amount':
        return `${p.value} không phải là lượng thời gian hữu hạn hợp lệ`;
      case 'negative-limit':
        return `thời hạn không thể là số âm (${p.value})`;
      case 'negative-period':
        return `khoảng thời gian không thể là số âm (${p.value})`;
      case 'whole-calendar-days':
        return `thời hạn tính theo ngày phải là số nguyên (${p.value})`;
      case 'whole-months':
        return `thời hạn tính theo tháng phải là số nguyên (${p.value})`;
    }
  },
  OUT_OF_RANGE: (p) => {
    switch (p.what) {
      case 'day':
        return `${day(p.value)} nằm ngoài phạm vi hỗ trợ ${day(p.from)} – ${day(p.to)}`;
      case 'year':
        return `năm ${p.value} nằm ngoài phạm vi hỗ trợ ${p.from}–${p.to}`;
      case 'lunar-year':
        return `năm âm lịch ${p.value} nằm ngoài phạm vi hỗ trợ ${p.from}–${p.to}`;
      case 'lunar-range':
        return `${day(p.value)} nằm ngoài phạm vi lịch âm ${day(p.from)} – ${day(p.to)}`;
      case 'lunar-table':
        return `số ngày ${p.value} (kể từ 01/01/1970) nằm ngoài bảng lịch âm (năm âm lịch ${p.from}–${p.to})`;
    }
  },
  INVALID_YEAR: (p) => `${p.value} không phải là một năm; cần một số nguyên, ví dụ 2026`,
  INVALID_LUNAR_DATE: (p) => {
    switch (p.rule) {
      case 'shape':
        return `${p.value} không phải là ngày âm lịch; cần dạng \`{ year, month, day, leap? }\``;
      case 'year':
        return `năm âm lịch ${p.value} không phải là số nguyên`;
      case 'month':
        return `tháng âm lịch ${p.value} không tồn tại; cần số nguyên từ 1 đến 12`;
      case 'leap-type':
        return `\`leap\` phải là \`true\` hoặc \`false\`, nhận ${p.value}`;
      case 'no-leap-month':
        return `năm âm lịch ${p.year} không có tháng ${p.month} nhuận (${p.leapMonth === 0 ? 'năm này không có tháng nhuận' : `năm này có tháng ${p.leapMonth} nhuận`})`;
      case 'day':
        return `ngày ${p.value} không tồn tại trong tháng âm lịch ${p.month}${p.leap ? ' nhuận' : ''} năm ${p.year}, tháng này có ${p.length} ngày`;
    }
  },
  INVALID_SCHEDULE: (p) => `Lịch nghỉ chính thức không hợp lệ (${p.count} lỗi); tại \`${p.at}\``,
  INVALID_OPTIONS: (p) => `Tùy chọn lịch không hợp lệ (${p.count} lỗi); tại \`${p.at}\``,

  WRONG_TYPE: (p) => `cần ${TYPE_VI[p.expected]}`,
  REQUIRED: (p) => `thiếu ${JSON.stringify(p.key)} (bắt buộc)`,
  UNKNOWN_KEY: (p) =>
    `khoá ${JSON.stringify(p.key)} không có trong định dạng${p.suggestion ? ` (có phải là ${JSON.stringify(p.suggestion)}?)` : ''}`,
  NOT_ONE_OF: (p) => `${p.value} không thuộc các giá trị cho phép: ${list(p.allowed)}`,
  BAD_FORMAT: (p) => `${p.value} không đúng dạng ${p.format}`,
  NOT_A_DAY: (p) => `${p.value} không phải là ngày dương lịch có thật`,
  TOO_SMALL: (p) =>
    p.kind === 'number'
      ? `phải ${p.inclusive ? 'lớn hơn hoặc bằng' : 'lớn hơn'} ${p.minimum}`
      : p.kind === 'list'
        ? `phải có ít nhất ${p.minimum} phần tử`
        : `phải có ít nhất ${p.minimum} ký tự`,
  TOO_BIG: (p) =>
    p.kind === 'number'
      ? `phải ${p.inclusive ? 'nhỏ hơn hoặc bằng' : 'nhỏ hơn'} ${p.maximum}`
      : p.kind === 'list'
        ? `chỉ được có tối đa ${p.maximum} phần tử`
        : `chỉ được có tối đa ${p.maximum} ký tự`,
  INVALID: () => 'giá trị không hợp lệ',
  PERIOD_SHAPE: () => 'khoảng thời gian phải có dạng `{ days: n }` hoặc `{ months: n }`',
  SESSION_ORDER: (p) => `ca làm việc phải kết thúc sau khi bắt đầu (${p.start}–${p.end})`,
  SESSIONS_OVERLAP: (p) =>
    `các ca làm việc phải theo thứ tự và không chồng lên nhau (ca bắt đầu lúc ${p.start}, trước ${p.previousEnd})`,
  RANGE_REVERSED: (p) => `khoảng ngày kết thúc (${day(p.to)}) trước khi bắt đầu (${day(p.from)})`,
  SCHEDULE_UNKNOWN_SOURCE: (p) =>
    `nguồn ${JSON.stringify(p.source)} không có trong danh sách văn bản của lịch (${list(p.known)})`,
  SCHEDULE_DUPLICATE_DATE: (p) => `ngày ${viDate(p.date)} được liệt kê hai lần`,
  SCHEDULE_WEEKEND_OFF: (p) =>
    `ngày ${viDate(p.date)} là ngày nghỉ hằng tuần; lịch chỉ liệt kê các ngày thứ Hai đến thứ Sáu được nghỉ`,
  SCHEDULE_WEEKDAY_WORKED: (p) =>
    `ngày ${viDate(p.date)} không phải là ngày nghỉ hằng tuần; chỉ ngày nghỉ hằng tuần mới có thể làm bù`,
  SCHEDULE_OUTSIDE_YEAR: (p) =>
    `ngày ${viDate(p.date)} nằm ngoài năm ${p.year} của lịch (chỉ ngày hoán đổi giáp Tết Dương lịch mới được thuộc năm liền kề, khi ngày đổi tương ứng nằm trong năm)`,
  SCHEDULE_SWAP_UNPAIRED: (p) =>
    p.kind === 'swap-off'
      ? `ngày nghỉ hoán đổi ${viDate(p.date)} cần ngày làm bù tương ứng: một mục \`{ kind: "swap-work", date: "${p.other}", insteadOf: "${p.date}" }\` cùng trạng thái`
      : `ngày làm bù ${viDate(p.date)} cần ngày nghỉ hoán đổi tương ứng: một mục \`{ kind: "swap-off", date: "${p.other}", workedOn: "${p.date}" }\` cùng trạng thái`,
  SCHEDULE_COVERED_NOT_LISTED: (p) =>
    `lịch quy định ${holidayNames[p.holiday].vi} nhưng ${p.listed === 0 ? 'không liệt kê ngày nào' : `chỉ liệt kê ${p.listed} ngày`} trong ${p.granted} ngày luật cho nghỉ; hãy liệt kê từng ngày nghỉ (hoặc một mục "holiday-worked" kèm lý do)`,
  SCHEDULE_HOLIDAY_WORKED: (p) =>
    `theo luật, ngày ${viDate(p.date)} là ${holidayNames[p.holiday].vi}, nhưng lịch quy định ngày lễ này lại không liệt kê ngày đó nên ngày đó sẽ thành ngày làm việc; hãy liệt kê ngày đó, hoặc thêm một mục "holiday-worked" kèm lý do`,
  SCHEDULE_NOT_COVERED: (p) =>
    `ngày ${viDate(p.date)} được liệt kê là ${holidayNames[p.holiday].vi} nhưng lịch không quy định ngày lễ này: hãy thêm "${p.holiday}" vào \`covers\` (nếu không, các ngày nghỉ theo luật của ngày lễ này sẽ được cộng thêm vào các ngày đã liệt kê)`,
};
