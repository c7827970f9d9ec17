/**
 * The texts, in Vietnamese, of the issues `createCalendar` reports about its options itself — the same codes and
 * parameters as `options.en.ts`. No English inside.
 */
import type { Translation } from '../../shared/messages.js';
import { type CheckedWhat, type ExpectedType, type optionIssueMessagesEn, READER } from './options.en.js';

const TYPE_VI: Readonly<Record<ExpectedType, string>> = {
  string: 'một chuỗi ký tự',
  number: 'một số',
  integer: 'một số nguyên',
  boolean: 'giá trị `true` hoặc `false`',
  object: 'một đối tượng',
  array: 'một danh sách',
};

const CHECKED_VI: Readonly<Record<CheckedWhat, string>> = {
  schedule: 'lịch nghỉ',
  laws: 'luật',
  hours: 'giờ làm việc',
  overlay: 'lịch riêng của cơ quan',
};

export const optionIssueMessagesVi: Translation<typeof optionIssueMessagesEn> = {
  WRONG_TYPE: (p) => `cần ${TYPE_VI[p.expected]}`,
  UNKNOWN_KEY: (p) =>
    `khoá ${JSON.stringify(p.key)} không có trong định dạng${p.suggestion ? ` (có phải là ${JSON.stringify(p.suggestion)}?)` : ''}`,
  NOT_CHECKED: (p) => `${CHECKED_VI[p.what]} chưa được kiểm tra: hãy đọc qua \`${READER[p.what]}\` trước`,
};
