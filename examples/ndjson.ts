/**
 * Node-only helpers for files of persisted snapshots, one JSON document a line (NDJSON): read the lines of a file
 * (or of a byte range of it, for one worker's share) as an async iterable of strings, and split a file into
 * ranges that start at line starts. The core of motcua reads any iterable; this is how a Node portal feeds it.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * The lines of an NDJSON file, or of `[start, end)` bytes of it (a range from {@link lineRanges}).
 *
 * @example
 * const report = await engine.summarize(ndjsonLines('dossiers.ndjson'), { period });
 */
export async function* ndjsonLines(
  path: string,
  range?: { start: number; end: number },
): AsyncGenerator<string> {
  for await (const lines of ndjsonBatches(path, range)) yield* lines;
}

/** The longest line the readers take (a persisted snapshot is about 2 KB; a summary refuses items over 1 MB). */
export const MAX_LINE_BYTES = 1 << 26;

/**
 * The lines of an NDJSON file (or of a byte range of it) a read chunk at a time: one `await` per megabyte instead
 * of one per line — for summarising millions of lines, where the iteration itself costs ≈ 0.2 µs a line. One
 * buffer is read into and reused (each line is decoded into its own string), so reading copies no chunk.
 *
 * @example
 * for await (const lines of ndjsonBatches('dossiers.ndjson')) for (const line of lines) summary.add(line);
 */
export async function* ndjsonBatches(
  path: string,
  range?: { start: number; end: number },
): AsyncGenerator<string[]> {
  const file = await open(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(1 << 20);
    let position = range?.start ?? 0;
    const stop = range?.end ?? Number.POSITIVE_INFINITY;
    // Bytes at the buffer's start kept from the last read: a line its end cut.
    let kept = 0;
    for (;;) {
      const want = Math.min(buffer.length - kept, stop - position);
      const read = want > 0 ? (await file.read(buffer, kept, want, position)).bytesRead : 0;
      position += read;
      const end = kept + read;
      if (read === 0) {
        if (end > 0) yield [buffer.toString('utf8', 0, end)];
        return;
      }
      const lines: string[] = [];
      let from = 0;
      for (let nl = buffer.indexOf(10, from); nl !== -1 && nl < end; nl = buffer.indexOf(10, from)) {
        if (nl > from) lines.push(buffer.toString('utf8', from, nl));
        from = nl + 1;
      }
      kept = end - from;
      if (from === 0 && kept === buffer.length) {
        // One line longer than the buffer: a buffer twice as large, up to a bound (a file with no newline).
        if (buffer.length >= MAX_LINE_BYTES)
          throw new RangeError(
            `${path}: a line longer than ${MAX_LINE_BYTES} bytes at byte ${position - end}`,
          );
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger);
        buffer = larger;
      } else buffer.copy(buffer, 0, from, end);
      if (lines.length > 0) yield lines;
    }
  } finally {
    await file.close();
  }
}

/**
 * `parts` byte ranges of a file, each starting at the start of a line.
 *
 * @example
 * lineRanges('dossiers.ndjson', 2) // [{ start: 0, end: 501234 }, { start: 501234, end: 1002017 }]
 */
export function lineRanges(path: string, parts: number): { start: number; end: number }[] {
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  const probe = Buffer.alloc(1 << 16);
  const cuts = [0];
  try {
    for (let i = 1; i < parts; i++) {
      let at = Math.max(cuts[cuts.length - 1]!, Math.floor((size * i) / parts));
      // Move to the start of the next line.
      for (;;) {
        const n = readSync(fd, probe, 0, probe.length, at);
        if (n === 0) {
          at = size;
          break;
        }
        const nl = probe.subarray(0, n).indexOf(10);
        if (nl !== -1) {
          at += nl + 1;
          break;
        }
        at += n;
      }
      cuts.push(Math.min(at, size));
    }
  } finally {
    closeSync(fd);
  }
  cuts.push(size);
  return cuts
    .slice(0, -1)
    .map((start, i) => ({ start, end: cuts[i + 1]! }))
    .filter((r) => r.end > r.start);
}
