/**
 * Message tables: each module writes its texts once, by code, in `messages/en.ts` and `messages/vi.ts`, as small
 * functions of the code's parameters. The Vietnamese table must have every code of the English one with the same
 * parameters (the type below makes a missing or extra code a compile error), and a test renders every Vietnamese
 * text to check it holds no English (zod's and CEL's own messages included: they never reach `messageVi`).
 */
import type { LocalizedError, Params, Path } from './errors.js';

/** A table of texts by code. Every text takes one parameters object (possibly empty). */
export type MessageTable = { readonly [code: string]: (params: never) => string };

/** The other language's table: the same codes, the same parameters. */
export type Translation<T extends MessageTable> = {
  readonly [K in keyof T]: (params: Parameters<T[K]>[0]) => string;
};

/** The parameters of a code of a table. */
export type ParamsOf<T extends MessageTable, C extends keyof T> = Parameters<T[C]>[0];

/**
 * A report builder for a pair of tables: `report(code, params, path)` gives the bilingual report.
 *
 * @example
 * const report = reporter(en, vi);
 * report('STALE_SEQUENCE', { seq: 3, expected: 5 }, ['seq']).messageVi
 * // 'Số thứ tự sự kiện 3 không nối tiếp …'
 */
export function reporter<T extends MessageTable>(en: T, vi: Translation<T>) {
  return <C extends keyof T & string>(
    code: C,
    params: ParamsOf<T, C> & Params,
    path: Path = [],
  ): LocalizedError & { readonly code: C } => ({
    code,
    params,
    message: (en[code] as (p: Params) => string)(params),
    messageVi: (vi[code] as (p: Params) => string)(params),
    path,
  });
}

/**
 * A value from outside, shown in a message: strings quoted and cut at `max` characters (an attacker's 20 MB
 * value is never echoed), other values by their kind. Control characters are escaped so a message stays one line.
 *
 * @example
 * quote('2026-02-30')        //=> '"2026-02-30"'
 * quote('x'.repeat(500))     //=> '"xxxx…" (500 characters)'
 * quote({ a: 1 })            //=> 'object'
 */
export function quote(value: unknown, max = 100): string {
  if (typeof value === 'string') {
    const cut = value.length > max ? `${value.slice(0, max)}…` : value;
    const text = JSON.stringify(cut);
    return value.length > max ? `${text} (${value.length})` : text;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return `[${value.length}]`;
  // Shapes, not words: the same quote goes into the Vietnamese text, which never holds English.
  if (typeof value === 'function') return 'ƒ()';
  if (typeof value === 'symbol') return 'Symbol()';
  return '{…}';
}
