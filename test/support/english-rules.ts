/**
 * An English-word detector for Vietnamese texts (the rules module's own; another engineer writes the library's
 * `test/support/english.ts` on his branch — switch to it once it is on main). Quoted segments ("…", `…`) are data
 * or format keywords and are skipped; so are all-capital tokens (TTHC, YYYY) and numbers. A remaining token
 * without Vietnamese diacritics is English when it cannot be a Vietnamese syllable (an initial, a vowel nucleus,
 * a final: `field`, `must`, `step`, `value`, `of`) or is one of the few English words that could (`the`, `to`).
 */

const syllable =
  /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?(uy|[aeiouy]{1,3})(ng|nh|ch|[cmnpt])?$/i;
const lookalikes: ReadonlySet<string> = new Set([
  'the',
  'to',
  'at',
  'on',
  'by',
  'it',
  'if',
  'as',
  'or',
  'be',
  'he',
  'she',
  'you',
  'we',
]);

/**
 * The English words of a text, in order (empty for a clean Vietnamese text).
 *
 * @example
 * englishWords('Không có bước nào có mã "reveiw"') //=> []
 * englishWords('Sai kiểu dữ liệu: expected string') //=> ['expected', 'string']
 */
export function englishWords(text: string): string[] {
  const unquoted = text.replace(/"(?:[^"\\]|\\.)*"/g, ' ').replace(/`[^`]*`/g, ' ');
  const out: string[] = [];
  for (const token of unquoted.split(/[^\p{L}]+/u)) {
    if (!token || /[^a-z]/i.test(token) || token === token.toUpperCase()) continue;
    if (lookalikes.has(token.toLowerCase()) || !syllable.test(token)) out.push(token);
  }
  return out;
}
