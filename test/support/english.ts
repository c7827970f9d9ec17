/**
 * A small English-word detector for the rule "Vietnamese text never contains English" (src/shared/messages.ts).
 * Every module's message tests can use it: render each Vietnamese text with sample parameters and expect
 * `englishWords(text)` to be empty.
 *
 * Two rules, either of which flags a word (whole words, case-insensitive):
 * - a word without Vietnamese diacritics that cannot be one Vietnamese syllable (an initial, a vowel nucleus, a
 *   final): `working`, `field`, `step`, `expected` — the rule of the rules module's detector
 *   (test/support/english-rules.ts), which this one includes;
 * - a common English word of messages that could pass for a syllable: `is`, `not`, `day`, `the`, `on`, `due`, ….
 * What it ignores, on purpose: quoted values and code (`"…"`, `` `…` ``) — a message may show the input it refuses
 * or an identifier of the data format; all-capital tokens (ISO, YYYY, UBND); and the English-looking words that are
 * Vietnamese syllables written without tone marks (`to`, `in`, `do`, `an`, `can`, `con`, `may`, `long`, `hang`,
 * `no`, `ban`, …), which the list leaves out.
 *
 * @example
 * englishWords('ngày "2026-02-30" không hợp lệ')  //=> []
 * englishWords('ngày 30/02 is not a calendar day') //=> ['is', 'not', 'calendar', 'day']
 */

/** Common English words of messages and notes (none of them a Vietnamese syllable without diacritics). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  `
  the is are was were be been being of and or not for with from by this that these those it its at on as
  expected expect must should cannot could has have had will would shall does did done
  day days date dates working work worked weekday weekdays weekend weekends holiday holidays year years
  month months hour hours minute minutes week weeks time times instant instants deadline deadlines due
  invalid valid unknown missing required error errors value values input key keys allowed only number
  numbers string strings object objects list lists array arrays text schedule schedules calendar calendars
  between after before off received receipt when which what where than more less there their they them
  without within also but if then else one two three first last next same each every any none range
  outside inside supported instead reason reasons source sources swap swapped swaps compensatory
  saturday sunday monday tuesday wednesday thursday friday january february march april june july
  august september october november december new needs need use used please lunar leap period periods
  limit limits amount whole integer finite negative positive least most item items character characters
  format form name names listed twice covers cover covered law laws grant grants granted entry entries
  pair paired pairs status proposed proposal adopted confirmed provisional national agency closed closure
  opening session sessions start starts end ends order overlap true false null undefined epoch
  milliseconds offset example such expected got mean did you your he she we
`
    .split(/\s+/)
    .filter(Boolean),
);

/** One Vietnamese syllable written without tone marks or other diacritics. */
const SYLLABLE =
  /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?(uy|[aeiouy]{1,3})(ng|nh|ch|[cmnpt])?$/i;

/** The English words of a text, in order of appearance (quoted values and `code` left out). */
export function englishWords(text: string): string[] {
  const prose = text.replace(/"(?:[^"\\]|\\.)*"/g, ' ').replace(/`[^`]*`/g, ' ');
  return (prose.match(/\p{L}+/gu) ?? []).filter((word) => {
    if (ENGLISH_WORDS.has(word.toLowerCase())) return true;
    if (/[^a-z]/i.test(word) || word === word.toUpperCase()) return false; // diacritics, or an acronym
    return !SYLLABLE.test(word);
  });
}
