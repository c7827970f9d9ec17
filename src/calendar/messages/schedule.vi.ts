/**
 * The texts, in Vietnamese, of the rules an official schedule must satisfy beyond its shape — the same codes and
 * parameters as `schedule.en.ts`. No English inside.
 */
import type { Translation } from '../../shared/messages.js';
import { holidayNames, viDate } from '../names.js';
import type { scheduleIssueMessagesEn } from './schedule.en.js';

const list = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');

export const scheduleIssueMessagesVi: Translation<typeof scheduleIssueMessagesEn> = {
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
