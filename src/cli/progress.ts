/**
 * A progress line for long runs: drawn on standard error only when it is a terminal, rewritten in place
 * (carriage return, erase to the end of the line) at most every 100 ms, and erased before any other output and
 * at the end. When standard error is piped, or with `--json`, nothing is drawn.
 */
import type { Stream } from './io.js';

export interface Progress {
  /** `done` of the total are finished. */
  update(done: number): void;
  /** Erases the line (before printing something else; the next update draws it again). */
  clear(): void;
}

const ERASE = '\r\u001b[K';

/**
 * A progress line on a stream, or a silent one.
 *
 * @example
 * const progress = progressLine(io.stderr, files.length, (done, total) => t.CHECK_PROGRESS({ done, total }), io.now);
 * for (const [i, f] of files.entries()) { check(f); progress.update(i + 1); }
 * progress.clear();
 */
export function progressLine(
  stream: Stream,
  total: number,
  text: (done: number, total: number) => string,
  now: () => number,
  options: { readonly enabled?: boolean; readonly everyMs?: number } = {},
): Progress {
  const enabled = (options.enabled ?? true) && stream.isTTY && total > 1;
  const every = options.everyMs ?? 100;
  let drawn = false;
  let last = Number.NEGATIVE_INFINITY;
  if (!enabled) return { update: () => {}, clear: () => {} };
  return {
    update(done) {
      const t = now();
      if (drawn && t - last < every && done < total) return;
      last = t;
      let line = text(done, total);
      if (stream.columns && line.length >= stream.columns) line = line.slice(0, stream.columns - 1);
      stream.write(`${ERASE}${line}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write(ERASE);
      drawn = false;
      last = Number.NEGATIVE_INFINITY;
    },
  };
}
