/**
 * What a command needs from the process: the two output streams (and whether each is a terminal that takes
 * colours), the working folder and the clock. The bin passes the real process (`nodeIo`); tests may pass their
 * own. Nothing else in src/cli touches `process`.
 */
import { styleText } from 'node:util';

/** An output stream: written to, and maybe a terminal. */
export interface Stream {
  write(text: string): void;
  /** A terminal (progress lines are drawn only there). */
  readonly isTTY: boolean;
  /** A terminal that takes colours (NO_COLOR, NODE_DISABLE_COLORS, FORCE_COLOR and TERM respected). */
  readonly colors: boolean;
  /** Terminal width in columns, when known. */
  readonly columns?: number | undefined;
}

export interface Io {
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly cwd: string;
  /** The current instant, epoch ms. */
  now(): number;
}

type TtyLike = NodeJS.WriteStream & { hasColors?: (count?: number) => boolean };

function stream(s: TtyLike): Stream {
  const isTTY = s.isTTY === true;
  // The reader went away (`motcua check … | head -1`): stop writing, quietly, as cat and grep do. Without a
  // listener Node throws the asynchronous EPIPE as an unhandled 'error' event with a stack trace.
  let closed = false;
  s.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    write: (text) => {
      if (!closed) s.write(text);
    },
    isTTY,
    colors: isTTY && typeof s.hasColors === 'function' && s.hasColors(),
    columns: isTTY ? s.columns : undefined,
  };
}

/** The real process. */
export function nodeIo(): Io {
  return {
    stdout: stream(process.stdout),
    stderr: stream(process.stderr),
    cwd: process.cwd(),
    now: Date.now,
  };
}

/** Styles for one stream: plain text unless the stream takes colours. */
export interface Style {
  error(text: string): string;
  warning(text: string): string;
  ok(text: string): string;
  strong(text: string): string;
  dim(text: string): string;
  code(text: string): string;
}

/**
 * The styles of a stream (colours only on a terminal that takes them).
 *
 * @example
 * styleFor(io.stderr).error('lỗi') // '\u001b[31mlỗi\u001b[39m' on a colour terminal, 'lỗi' when piped
 */
export function styleFor(s: Stream): Style {
  // Node 22 checks process.stdout by default before colouring; the stream here decided already.
  const style = styleText as (
    format: Parameters<typeof styleText>[0],
    text: string,
    options?: object,
  ) => string;
  const paint =
    (format: Parameters<typeof styleText>[0]) =>
    (text: string): string =>
      s.colors ? style(format, text, { validateStream: false }) : text;
  return {
    error: paint('red'),
    warning: paint('yellow'),
    ok: paint('green'),
    strong: paint('bold'),
    dim: paint('dim'),
    code: paint('cyan'),
  };
}
