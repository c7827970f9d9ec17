/**
 * One structured access-log line per request — JSON with the time, method, path (no query: it may carry data),
 * status and milliseconds — written when the answer is ready, errors included.
 */
import type { MiddlewareHandler } from 'hono';

/** Where log lines go. */
export interface AccessLog {
  /** One access-log line (JSON text, no newline). */
  line(text: string): void;
  /** An unexpected error (a bug): the only place its stack goes. */
  error(error: unknown, method: string, path: string): void;
}

/**
 * Lines to standard output, written once per turn of the event loop (one write for all the requests answered in
 * it: a write to a pipe is synchronous on Linux, one per request would cost the server a system call each).
 */
function standardOutput(): (text: string) => void {
  let pending: string[] = [];
  const flush = () => {
    const lines = pending;
    pending = [];
    process.stdout.write(`${lines.join('\n')}\n`);
  };
  return (text) => {
    if (pending.push(text) === 1) setImmediate(flush);
  };
}

/**
 * The access-log middleware.
 *
 * @example
 * app.use('*', accessLog());
 * // {"t":"2026-02-12T03:00:00.000Z","method":"POST","path":"/v1/calendar/deadline","status":200,"ms":0.41}
 */
export function accessLog(log?: AccessLog): MiddlewareHandler {
  const write = log ? (text: string) => log.line(text) : standardOutput();
  return async (c, next) => {
    const start = performance.now();
    await next();
    const ms = Math.round((performance.now() - start) * 100) / 100;
    write(
      JSON.stringify({
        t: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms,
      }),
    );
  };
}
