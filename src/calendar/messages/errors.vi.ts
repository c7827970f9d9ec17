/**
 * The calendar's error texts in Vietnamese, by code — the same codes and parameters as `errors.en.ts` (the type makes
 * a missing code a compile error). No English inside: identifiers and values from outside are shown quoted or as code.
 */
import type { Translation } from '../../shared/messages.js';
import { viDate } from '../names.js';
import type { calendarErrorMessagesEn } from './errors.en.js';

const isDay = (s: string): boolean => /^"\d{4}-\d{2}-\d{2}"$|^\d{4}-\d{2}-\d{2}$/.test(s);
/** A day as Vietnamese documents write it (17/02/2026); anything else as it came. */
const day = (s: string): string => (isDay(s) ? viDate(s.replaceAll('"', '')) : s);

export const calendarErrorMessagesVi: Translation<typeof calendarErrorMessagesEn> = {
  INVALID_DATE: (p) =>
    p.form === 'day'
      ? `${p.value} không phải là ngày dương lịch hợp lệ; cần dạng YYYY-MM-DD hoặc một đối tượng ngày hợp lệ`
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
  INVALID_CALENDAR: (p) =>
    `${p.value} không phải là một lịch; đối số thứ nhất phải là giá trị do \`createCalendar()\` trả về`,
};
