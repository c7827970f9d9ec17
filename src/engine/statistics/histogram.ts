/**
 * A bounded, mergeable histogram of processing times in working minutes — what the median is read from without
 * keeping one number per dossier. Buckets are one working minute wide below 512 minutes (about a working day);
 * above, each power of two is cut into 256 buckets, so a bucket is at most 1/256 of its values wide. The median
 * is read at a bucket's middle: within half a minute of the true median below 512 working minutes, within 1/512
 * (0.2 %) of it above. Counts are whole numbers, so merging adds them: associative and commutative, exactly. At
 * most 512 + 256 × 31 buckets exist (values up to 2³⁹ minutes); a group keeps only those it has seen.
 */

const EXACT = 512;
const SUB = 256;
const LOG_EXACT = 9;
/** The largest bucket index (values from 2⁴⁰ minutes on share it). */
export const MAX_BUCKET = EXACT + SUB * (40 - LOG_EXACT) - 1;

/**
 * The bucket of a value in working minutes (≥ 0).
 *
 * @example
 * bucketOf(90.5) //=> 90
 * bucketOf(1_440) //=> 872 (512 + 256 × (10 − 9) + 104: 1,440 = 2¹⁰ × 1.406)
 */
export function bucketOf(minutes: number): number {
  if (minutes < EXACT) return Math.max(0, Math.floor(minutes));
  let e = Math.floor(Math.log2(minutes));
  // Math.log2 may land a hair off at an exact power of two.
  if (2 ** e > minutes) e--;
  else if (2 ** (e + 1) <= minutes) e++;
  const sub = Math.min(SUB - 1, Math.floor((minutes / 2 ** e - 1) * SUB));
  return Math.min(MAX_BUCKET, EXACT + (e - LOG_EXACT) * SUB + sub);
}

/** The values a bucket holds, `[low, high)` in working minutes. */
export function bucketRange(bucket: number): readonly [number, number] {
  if (bucket < EXACT) return [bucket, bucket + 1];
  const e = LOG_EXACT + Math.floor((bucket - EXACT) / SUB);
  const sub = (bucket - EXACT) % SUB;
  return [2 ** e * (1 + sub / SUB), 2 ** e * (1 + (sub + 1) / SUB)];
}

/** Counts by bucket. */
export type Histogram = Map<number, number>;

/** Adds the counts of `from` into `into`. */
export function mergeHistogram(into: Histogram, from: Histogram): void {
  for (const [b, n] of from) into.set(b, (into.get(b) ?? 0) + n);
}

/** The histogram as plain JSON: `[bucket, count]` pairs by bucket. */
export function histogramJson(h: Histogram): [number, number][] {
  return [...h.entries()].sort((a, b) => a[0] - b[0]);
}

/**
 * The median of the values counted, in working minutes (the middle of the bucket of the middle value; for an even
 * count, the mean of the two middle values' estimates), or `null` when nothing is counted.
 *
 * @example
 * medianMinutes(new Map([[60, 1], [120, 2]])) //=> 120.5
 */
export function medianMinutes(h: Histogram): number | null {
  let n = 0;
  for (const c of h.values()) n += c;
  if (n === 0) return null;
  const sorted = histogramJson(h);
  const at = (rank: number): number => {
    let seen = 0;
    for (const [b, c] of sorted) {
      seen += c;
      if (seen >= rank) {
        const [lo, hi] = bucketRange(b);
        return (lo + hi) / 2;
      }
    }
    return Number.NaN;
  };
  return n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2;
}
