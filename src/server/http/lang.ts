/**
 * The language of an answer: `?lang=vi|en`, else the best of `Accept-Language` (hono's language detector:
 * quality values, `vi-VN` → `vi`), else Vietnamese — the library's default. No cookie is set: the server is
 * stateless.
 */
import { languageDetector } from 'hono/language';

/** The languages of the answers. */
export type Lang = 'vi' | 'en';

/** The middleware that sets `c.get('language')`. */
export const detectLanguage = languageDetector({
  supportedLanguages: ['vi', 'en'],
  fallbackLanguage: 'vi',
  order: ['querystring', 'header'],
  lookupQueryString: 'lang',
  caches: false,
});

/**
 * The language a context was given (Vietnamese when none was detected).
 *
 * @example
 * langOf(c) //=> 'en' for `Accept-Language: en-US,en;q=0.9`
 */
export function langOf(c: { get(key: 'language'): unknown }): Lang {
  return c.get('language') === 'en' ? 'en' : 'vi';
}
