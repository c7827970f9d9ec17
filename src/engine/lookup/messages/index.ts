/**
 * The lookup's texts by code: `say(lang, code, params)` renders one from the Vietnamese or English table (a test
 * renders every code in both and checks the Vietnamese has no English).
 */
import { en } from './en.js';
import { vi } from './vi.js';

export type { AwaitedEvent, ResultState, Style } from './en.js';

/** Every code of the lookup's tables. */
export type LookupMessageCode = keyof typeof en;

/**
 * One text of a code, in a language.
 *
 * @example
 * say('vi', 'OVERDUE', { style: 'short' }) //=> 'Đã quá hạn.'
 */
export function say<C extends LookupMessageCode>(
  lang: 'vi' | 'en',
  code: C,
  params: Parameters<(typeof en)[C]>[0],
): string {
  const table = (lang === 'vi' ? vi : en) as unknown as Record<C, (p: typeof params) => string>;
  return table[code](params);
}

export { en as lookupMessagesEn, vi as lookupMessagesVi };
