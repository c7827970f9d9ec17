/**
 * "Did you mean …?" for an unknown id: the known id closest by edit distance (Levenshtein, fastest-levenshtein),
 * if it is close enough to be a typo — at most a third of the id's length, and at least one edit
 * (`reveiw` → `review`, `ofice` → `office`). Case differences count as the smallest typo, and one swap of two
 * neighbouring letters (`dsek` → `desk`) as one edit (Levenshtein alone counts it as two).
 */
import { distance } from 'fastest-levenshtein';

/**
 * The known id the unknown one is most likely a typo of, or `null`.
 *
 * @param unknown - the id written in the definition or dossier
 * @param known - the ids that exist
 * @returns the closest known id within the typo distance, or `null`
 * @example
 * suggestion('reveiw', ['receive', 'review', 'return']) //=> 'review'
 * suggestion('tax-office', ['desk', 'police'])          //=> null
 */
export function suggestion(unknown: string, known: Iterable<string>): string | null {
  const lower = unknown.toLowerCase();
  const allowed = Math.max(1, Math.floor(unknown.length / 3));
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    if (candidate === unknown) continue;
    const other = candidate.toLowerCase();
    const d = other === lower ? 0.5 : swapped(lower, other) ? 1 : distance(lower, other);
    if (d <= allowed && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Whether `a` becomes `b` by swapping two neighbouring characters. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * The option an unknown key most likely means: a typo of one ({@link suggestion}), or the beginning of one
 * (`group` → `groupBy`), at least three letters long.
 *
 * @example
 * optionSuggestion('group', ['period', 'groupBy']) //=> 'groupBy'
 * optionSuggestion('asof', ['period', 'asOf'])     //=> 'asOf'
 */
export function optionSuggestion(unknown: string, known: readonly string[]): string | null {
  const typo = suggestion(unknown, known);
  if (typo !== null || unknown.length < 3) return typo;
  const lower = unknown.toLowerCase();
  return known.find((k) => k.toLowerCase().startsWith(lower)) ?? null;
}

/**
 * The first own key of `value` not among `known`, with the option it most likely means — or `null` when every key
 * is known. What the option checks of the engine and the statistics refuse (a misspelt option is never ignored).
 *
 * @example
 * unknownOption({ period: {}, group: [] }, ['period', 'groupBy']) //=> { key: 'group', suggestion: 'groupBy' }
 */
export function unknownOption(
  value: object,
  known: readonly string[],
): { readonly key: string; readonly suggestion: string | null } | null {
  for (const key of Object.keys(value))
    if (!known.includes(key)) return { key, suggestion: optionSuggestion(key, known) };
  return null;
}
