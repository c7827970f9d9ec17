/**
 * "Did you mean …?" for the command line's own names (commands, options): the closest candidate by edit distance
 * (Levenshtein, with a transposition counted as one edit), when it is close enough to be a typo. The library's
 * problems bring their own suggestions (`params.suggestion`); this is only for what the CLI itself knows.
 */

/**
 * The candidate closest to `name`, or `undefined` when none is within a third of the name's length (at least 1,
 * at most 3 edits).
 *
 * @example
 * closest('--workng-days', ['--working-days', '--working-hours']) //=> '--working-days'
 * closest('chek', ['check', 'try', 'day'])                        //=> 'check'
 * closest('xyz', ['check'])                                        //=> undefined
 */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}
