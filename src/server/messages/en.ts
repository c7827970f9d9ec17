/**
 * The HTTP server's own texts in English, by code: what goes wrong on the wire before the library sees a value
 * (a body too large, malformed JSON, a slow client, an unknown path) and the server's own refusals. Vietnamese,
 * the default, is in `vi.ts` with the same codes and parameters (`Translation<typeof en>`: a missing code is a
 * compile error). Reports of the library (calendar, rules, engine) keep the library's own codes and texts.
 */

/** jsonc-parser's names of JSON syntax errors, in words (the end of a MALFORMED_JSON message). */
export const jsonReasonsEn = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a member name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace } is expected',
  CloseBracketExpected: 'a closing bracket ] is expected',
  EndOfFileExpected: 'the end of the body is expected',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unfinished comment',
  UnexpectedEndOfString: 'unfinished string',
  UnexpectedEndOfNumber: 'unfinished number',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'malformed escape',
  InvalidCharacter: 'a control character inside a string',
  Unknown: 'malformed JSON',
  Empty: 'the body is empty',
} as const;

/** A JSON syntax error, by jsonc-parser's name (`Empty` and `Unknown` added). */
export type JsonReason = keyof typeof jsonReasonsEn;

/** The media types a request body may have. */
export type MediaKind = 'json' | 'ndjson';

const mediaEn: Readonly<Record<MediaKind, string>> = {
  json: 'application/json',
  ndjson: 'application/x-ndjson (one JSON value a line)',
};

export const en = {
  BODY_TOO_LARGE: (p: { max: number }) => `The request body is larger than ${p.max} bytes`,
  MALFORMED_JSON: (p: { reason: JsonReason; line: number; column: number }) =>
    `The request body is not valid JSON at line ${p.line}, column ${p.column}: ${jsonReasonsEn[p.reason]}`,
  JSON_TOO_DEEP: (p: { max: number }) => `The request body is nested deeper than ${p.max} levels`,
  UNSUPPORTED_MEDIA_TYPE: (p: { expected: MediaKind; given: string }) =>
    `The request body must be ${mediaEn[p.expected]} (${p.given === '' ? 'no content type given' : `given ${p.given}`})`,
  REQUEST_TIMEOUT: (p: { ms: number }) => `The request was not received and answered within ${p.ms} ms`,
  NOT_FOUND: (p: { method: string; path: string }) => `There is no ${p.method} ${p.path} on this server`,
  METHOD_NOT_ALLOWED: (p: { method: string; path: string; allowed: readonly string[] }) =>
    `${p.path} does not take ${p.method}; it takes ${p.allowed.join(', ')}`,
  NOT_READY: (p: { state: 'starting' | 'stopping' }) =>
    p.state === 'starting' ? 'The server is starting' : 'The server is shutting down',
  REQUEST_INVALID: (p: {
    count: number;
    at?: string | undefined;
    first?: string | undefined;
    firstVi?: string | undefined;
  }) =>
    `${p.count === 1 ? 'The request has a problem' : `The request has ${p.count} problems`}${p.first ? `; ${p.at ? `at "${p.at}": ` : ''}${p.first}` : ''}`,
  DEFINITION_INVALID: (p: { count: number }) =>
    p.count === 1 ? 'The definition has an error' : `The definition has ${p.count} errors`,
  DEFINITION_NOT_REGISTERED: (p: { hash: string }) =>
    `No definition with content hash ${p.hash} is registered on this server`,
  REGISTRY_FULL: (p: { max: number }) =>
    `The server already holds ${p.max} definitions; restart it to clear them`,
  NDJSON_LINE_TOO_LONG: (p: { line: number; max: number }) => `Line ${p.line} is longer than ${p.max} bytes`,
  NDJSON_LINE_INVALID: (p: { line: number; reason: JsonReason }) =>
    `Line ${p.line} is not valid JSON: ${jsonReasonsEn[p.reason]}`,
  NDJSON_TOO_MANY_LINES: (p: { max: number }) => `The stream has more than ${p.max} lines`,
  INTERNAL_ERROR: (_p: Record<string, never>) => 'The server failed to answer; the incident is logged',
  SERVER_READY: (p: { url: string; definitions: number; schedules: number }) =>
    `motcua serve: listening on ${p.url} (${p.definitions} definitions, ${p.schedules} official schedules loaded); reference at ${p.url}/reference`,
  SERVER_STOPPING: (p: { signal: string }) =>
    `motcua serve: ${p.signal} received, finishing the requests in flight`,
  SERVER_STOPPED: (_p: Record<string, never>) => 'motcua serve: stopped',
  LOAD_NOT_A_DEFINITION: (p: { file: string }) => `${p.file}: not a procedure definition`,
  LOAD_DEFINITION_ERRORS: (p: { file: string; count: number; at: string }) =>
    `${p.file}: the definition has ${p.count} error(s), the first at ${p.at}; run: motcua check ${p.file}`,
  LOAD_SCHEDULE_INVALID: (p: { file: string; at: string }) =>
    `${p.file}: invalid official schedule at ${p.at}`,
  LOAD_FILE_INVALID: (p: { file: string; reason: JsonReason }) =>
    `${p.file}: invalid JSON: ${jsonReasonsEn[p.reason]}`,
  LISTEN_FAILED: (p: { address: string; reason: string }) => `cannot listen on ${p.address} (${p.reason})`,
  LOAD_FOLDER_MISSING: (p: { folder: string }) => `${p.folder}: no such folder`,
};

/** The codes of the server's own reports. */
export type ServerMessages = typeof en;
export type ServerCode = keyof ServerMessages;
