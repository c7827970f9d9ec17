/**
 * The command line's message tables, by language. `texts(lang)` gives the table of the chosen language; `report`
 * gives the bilingual report of a code (what a usage or I/O error carries).
 */
import { reporter } from '../../shared/messages.js';
import { type CliMessages, en } from './en.js';
import { vi } from './vi.js';

/** The languages of the output: Vietnamese (default) and English. */
export type Lang = 'vi' | 'en';

/** The texts of a language. */
export type Texts = {
  readonly [K in keyof CliMessages]: Parameters<CliMessages[K]> extends []
    ? (params?: Record<string, never>) => string
    : (params: Parameters<CliMessages[K]>[0]) => string;
};

/**
 * The table of a language.
 *
 * @example
 * texts('vi').FILE_NOT_FOUND({ file: 'a.json' }) //=> 'a.json: không tìm thấy tệp'
 */
export function texts(lang: Lang): Texts {
  // A text without parameters ignores its argument, so it may be called with none.
  return (lang === 'vi' ? vi : en) as unknown as Texts;
}

/** Builds the bilingual report of one of the command line's codes. */
export const report = reporter(en, vi);

export { en, vi };
