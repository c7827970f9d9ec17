/**
 * "Did you mean …?" for a misspelt key of the calendar's data or options (`workedon` → `workedOn`), by edit distance
 * (fastest-levenshtein).
 */
import { distance } from 'fastest-levenshtein';

/** Every key of the calendar's data formats, to suggest the one a misspelt key meant. */
export const KNOWN_KEYS: readonly string[] = [
  'year',
  'covers',
  'sources',
  'entries',
  'kind',
  'date',
  'holiday',
  'source',
  'status',
  'for',
  'workedOn',
  'insteadOf',
  'reason',
  'id',
  'document',
  'article',
  'issued',
  'note',
  'vi',
  'en',
  'title',
  'effectiveFrom',
  'effectiveTo',
  'compensatory',
  'compensatorySource',
  'holidays',
  'month',
  'day',
  'days',
  'agency',
  'name',
  'hours',
  'closures',
  'openings',
  'from',
  'to',
  'weekdays',
  'dates',
  'sessions',
  'start',
  'end',
  'hoursPerDay',
];

/** The known key a misspelt one most likely meant (same letters in another case, or at most two edits away). */
export function suggestKey(key: string, keys: readonly string[]): string | null {
  if (key.length > 40) return null;
  let best: string | null = null;
  let bestDistance = 3;
  for (const known of keys) {
    const d = known.toLowerCase() === key.toLowerCase() ? 0 : distance(known, key);
    if (d < bestDistance && !(d > 0 && known.length <= 3)) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}
