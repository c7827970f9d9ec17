import { describe, expect, it } from 'vitest';
import { englishWords } from './english.js';

describe('englishWords', () => {
  it('finds the English words of a text, whole words, any case', () => {
    expect(englishWords('ngày 30/02 is not a calendar Day')).toEqual(['is', 'not', 'calendar', 'Day']);
    expect(englishWords('Holiday: Tết')).toEqual(['Holiday']);
  });

  it('finds English words that cannot be Vietnamese syllables, listed or not', () => {
    expect(englishWords('Thiếu field bắt buộc ở step nộp hồ sơ')).toEqual(['field', 'step']);
  });

  it('leaves out quoted values, code, acronyms, and Vietnamese words that look like English ones', () => {
    expect(englishWords('UBND phường, ISO-8601, YYYY-MM-DD, phần nghìn giây')).toEqual([]);
    expect(englishWords('ngày "2026-02-30 is not a day" không hợp lệ')).toEqual([]);
    expect(englishWords('cần dạng `{ days: n }` hoặc `Date`')).toEqual([]);
    expect(englishWords('in phiếu do bão, an toàn, con dấu, hàng chờ')).toEqual([]);
    expect(englishWords('thứ Năm 12/02/2026: ngày làm việc')).toEqual([]);
  });

  it('is not fooled by escaped quotes inside a quoted value', () => {
    expect(englishWords('khoá "a\\"b" is unknown')).toEqual(['is', 'unknown']);
  });
});
