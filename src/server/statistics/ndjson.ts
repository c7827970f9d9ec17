/**
 * NDJSON read as it arrives: the body's bytes are decoded and cut into lines chunk by chunk, so memory holds one
 * line at a time, never the whole stream. Each line is bounded (bytes), parsed and walked by the library's input
 * guard; blank lines are skipped. Errors name the line (from 1).
 */
import { parseGuarded } from '../http/json.js';
import { HttpProblem, serverProblem } from '../http/problem.js';

/** Limits of a stream. */
export interface StreamLimits {
  /** Bytes of one line (default 64 KiB: a persisted snapshot is ≈ 1.6 KB). */
  readonly maxLineBytes: number;
  /** Lines in one stream (default 1,000,000). */
  readonly maxLines: number;
  /** Nesting depth of one line. */
  readonly maxDepth: number;
}

/** One parsed line, with its number. */
export interface NdjsonLine {
  readonly line: number;
  readonly value: unknown;
}

/**
 * The JSON values of an NDJSON byte stream, one by one.
 *
 * @throws {HttpProblem} 413 `NDJSON_LINE_TOO_LONG`, `NDJSON_TOO_MANY_LINES`; 400 `NDJSON_LINE_INVALID`, the
 *   guard's `INPUT_*` (with `line`)
 * @example
 * for await (const { line, value } of ndjsonLines(request.body, limits)) console.log(line, value);
 */
export async function* ndjsonLines(
  body: ReadableStream<Uint8Array> | null,
  limits: StreamLimits,
): AsyncGenerator<NdjsonLine> {
  if (body === null) return;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const reader = body.getReader();
  let pending = '';
  let pendingBytes = 0;
  let line = 0;
  const take = (text: string): NdjsonLine | null => {
    line++;
    if (line > limits.maxLines) throw serverProblem(413, 'NDJSON_TOO_MANY_LINES', { max: limits.maxLines });
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (trimmed.trim() === '') return null;
    try {
      return { line, value: parseGuarded(trimmed, limits.maxDepth) };
    } catch (e) {
      if (!(e instanceof HttpProblem)) throw e;
      if (e.report.code === 'MALFORMED_JSON') {
        const reason = (e.report.params as { reason: 'Unknown' }).reason;
        throw new HttpProblem(400, serverProblem(400, 'NDJSON_LINE_INVALID', { line, reason }).report, {
          extra: { line },
        });
      }
      throw new HttpProblem(e.status, e.report, {
        ...(e.problems ? { problems: e.problems } : {}),
        extra: { line },
      });
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let start = 0;
      // Cut at each newline byte (0x0a never occurs inside a UTF-8 sequence).
      for (let i = 0; i < value.length; i++) {
        if (value[i] !== 10) continue;
        const part = value.subarray(start, i);
        if (pendingBytes + part.length > limits.maxLineBytes)
          throw serverProblem(413, 'NDJSON_LINE_TOO_LONG', { line: line + 1, max: limits.maxLineBytes });
        const text = pending + decoder.decode(part);
        pending = '';
        pendingBytes = 0;
        const parsed = take(text);
        if (parsed) yield parsed;
        start = i + 1;
      }
      const rest = value.subarray(start);
      pendingBytes += rest.length;
      if (pendingBytes > limits.maxLineBytes)
        throw serverProblem(413, 'NDJSON_LINE_TOO_LONG', { line: line + 1, max: limits.maxLineBytes });
      pending += decoder.decode(rest, { stream: true });
    }
    pending += decoder.decode();
    if (pending !== '') {
      const parsed = take(pending);
      if (parsed) yield parsed;
    }
  } finally {
    reader.releaseLock();
  }
}
