/**
 * "Did you mean …?" for an unknown id: the known id closest by edit distance (Levenshtein, fastest-levenshtein),
 * if it is close enough to be a typo — at most a third of the id's length, and at least one edit
 * (`reveiw` → `review`, `ofice` → `office`). Case differences count as the smallest typo.
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
    const d = candidate.toLowerCase() === lower ? 0.5 : distance(lower, candidate.toLowerCase());
    if (d <= allowed && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
