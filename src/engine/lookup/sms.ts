/**
 * Text messages (tin nhắn SMS): the two encodings a sender chooses between, and how many segments a text takes.
 *
 * - **GSM-7** (3GPP TS 23.038, the default alphabet): 160 characters in one segment, 153 in each segment of a
 *   concatenated message. Vietnamese is written without diacritics (đ → d, ơ → o, ư → u, every tone mark dropped)
 *   and every character is checked against the **basic set**: the extension table (`[ ] { } \ ^ ~ | €`) costs two
 *   characters and some handsets show it wrongly, so it is never used — such characters are replaced.
 * - **UCS-2**: Vietnamese with its diacritics, 70 UTF-16 units in one segment, 67 in each of several.
 */

/** The GSM 03.38 basic character set (127 characters: the 128 codes less the escape to the extension table). */
export const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

const BASIC = new Set(GSM7_BASIC);

/** Replacements of characters outside the basic set that have a plain look-alike. */
const LOOKALIKE: Readonly<Record<string, string>> = {
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '‘': "'",
  '’': "'",
  '`': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '\\': '/',
  '|': '/',
  '~': '-',
  '^': ' ',
  '\t': ' ',
  '€': 'EUR',
  '\u00a0': ' ',
};

/** Encodings of a text message. */
export type SmsEncoding = 'gsm7' | 'ucs2';

/**
 * Vietnamese without diacritics: every tone and vowel mark removed (NFD, then the combining marks dropped), đ → d
 * and Đ → D (đ is a letter of its own, not a d with a mark, so it does not decompose).
 *
 * @example
 * stripDiacritics('Đã quá hạn, hẹn trả ngày 24') //=> 'Da qua han, hen tra ngay 24'
 */
export function stripDiacritics(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/**
 * A text in the GSM-7 basic set: diacritics stripped, look-alikes replaced, any other character (a letter of
 * another script, an emoji) replaced by `?`.
 *
 * @example
 * toGsm7('Hồ sơ [H29]: đang giải quyết – Chi nhánh') //=> 'Ho so (H29): dang giai quyet - Chi nhanh'
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const ch of stripDiacritics(text)) {
    if (BASIC.has(ch)) out += ch;
    else out += LOOKALIKE[ch] ?? '?';
  }
  return out;
}

/**
 * Whether every character of a text is in the GSM-7 basic set.
 *
 * @example
 * isGsm7('Ho so da tra ket qua') //=> true
 * isGsm7('Hồ sơ')               //=> false
 */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!BASIC.has(ch)) return false;
  return true;
}

/** The length of a text as its encoding counts it: GSM-7 characters, or UTF-16 units for UCS-2. */
export function smsLength(text: string, encoding: SmsEncoding): number {
  return encoding === 'gsm7' ? [...text].length : text.length;
}

/** Characters in one segment, and in each segment of a concatenated message. */
export const SEGMENT = { gsm7: { single: 160, multi: 153 }, ucs2: { single: 70, multi: 67 } } as const;

/**
 * The segments a text takes (0 for an empty text).
 *
 * @example
 * smsSegments('x'.repeat(160), 'gsm7') //=> 1
 * smsSegments('x'.repeat(161), 'gsm7') //=> 2
 * smsSegments('ồ'.repeat(71), 'ucs2')  //=> 2
 */
export function smsSegments(text: string, encoding: SmsEncoding): number {
  const n = smsLength(text, encoding);
  const s = SEGMENT[encoding];
  if (n === 0) return 0;
  return n <= s.single ? 1 : Math.ceil(n / s.multi);
}

/** The characters `segments` segments hold in an encoding. */
export function smsCapacity(encoding: SmsEncoding, segments: number): number {
  const s = SEGMENT[encoding];
  return segments <= 1 ? s.single : s.multi * segments;
}
