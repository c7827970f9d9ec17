/**
 * The texts, in Vietnamese, of the problems found in the calendar's data and options — the same codes and parameters
 * as `issues.en.ts`. No English inside.
 */
import type { Translation } from '../../shared/messages.js';
import { viDate } from '../names.js';
import type { calendarIssueMessagesEn } from './issues.en.js';

const list = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');
const isDay = (s: string): boolean => /^"\d{4}-\d{2}-\d{2}"$|^\d{4}-\d{2}-\d{2}$/.test(s);
/** A day as Vietnamese documents write it (17/02/2026); anything else as it came. */
const day = (s: string): string => (isDay(s) ? viDate(s.replaceAll('"', '')) : s);

export const calendarIssueMessagesVi: Translation<typeof calendarIssueMessagesEn> = {
  REQUIRED: (p) => `thiếu ${JSON.stringify(p.key)} (bắt buộc)`,
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
};
