/**
 * JSON files with positions: jsonc-parser (the parser VS Code uses, strict JSON here: no comments, no trailing
 * commas) gives the syntax errors with their offsets and the tree that maps a JSON path
 * (`['steps', 2, 'actions', 0, 'to']`) back to a line and column of the file. The value itself comes from
 * `JSON.parse`, so a `"__proto__"` key stays an own key the library's input guard can see and refuse.
 */
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { JsonReason } from './messages/en.js';

/** A place in a file, 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A parsed JSON file. */
export interface JsonDocument {
  readonly file: string;
  readonly value: unknown;
  /** Where a JSON path is in the file: the value there, else its nearest existing ancestor. */
  locate(path: readonly (string | number)[], options?: { readonly key?: boolean }): Position;
}

/** A JSON syntax error: where, and what (jsonc-parser's name of the error). */
export interface JsonSyntaxError extends Position {
  readonly reason: JsonReason;
}

export type JsonParse =
  | { readonly ok: true; readonly document: JsonDocument }
  | { readonly ok: false; readonly error: JsonSyntaxError };

/**
 * Parses the text of a JSON file.
 *
 * @example
 * const r = parseJson('a.json', '{\n  "steps": [\n    { "to": "reveiw" }\n  ]\n}');
 * r.ok && r.document.locate(['steps', 0, 'to']) //=> { line: 3, column: 13 }
 * parseJson('b.json', '{ "a": 1,, }').ok        //=> false (error at line 1, column 10)
 */
export function parseJson(file: string, source: string): JsonParse {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines = lineStarts(text);
  const position = (offset: number): Position => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lines[lo]! + 1 };
  };
  if (text.trim() === '') return { ok: false, error: { ...position(0), reason: 'Empty' } };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first || tree === undefined) {
    const name = first ? printParseErrorCode(first.error) : 'Unknown';
    return { ok: false, error: { ...position(first?.offset ?? 0), reason: reasonOf(name) } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: { ...position(0), reason: 'Unknown' } };
  }
  return {
    ok: true,
    document: {
      file,
      value,
      locate: (path, options = {}) => position(offsetOf(tree, path, options.key === true)),
    },
  };
}

const REASONS = new Set<string>([
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidCommentToken',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
]);

function reasonOf(name: string): JsonReason {
  return REASONS.has(name) ? (name as JsonReason) : 'Unknown';
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The offset of the value at a path (or of its key), walking up to the nearest ancestor that exists. */
function offsetOf(tree: Node, path: readonly (string | number)[], key: boolean): number {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n) as (string | number)[]);
    if (!node) continue;
    const property = node.parent?.type === 'property' ? node.parent : undefined;
    if (key && n === path.length && property) return property.offset;
    return node.offset;
  }
  return tree.offset;
}
