/**
 * JSON from the wire, checked before anything reads it: the nesting depth is measured on the text in one pass
 * (so no parser recurses into a hostile body), `JSON.parse` reads it (a `"__proto__"` key stays an own key the
 * input guard sees), a syntax error is located by jsonc-parser (line, column and what was expected — only on
 * the failure path), and the library's input guard (`inspectInput`) walks the value: prototype-pollution keys,
 * huge strings, lists and objects, too many values.
 */
import { type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { inspectInput } from '../../shared/guard.js';
import type { JsonReason } from '../messages/en.js';
import { HttpProblem, serverProblem } from './problem.js';

/**
 * The nesting depth of a JSON text (objects and arrays), counted outside strings; stops counting past `max`.
 *
 * @example
 * jsonDepth('{"a":[1,{"b":"[[["}]}', 64) //=> 3
 */
export function jsonDepth(text: string, max: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > max) return deepest;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/**
 * Where and why a text is not JSON (jsonc-parser in strict mode: no comments, no trailing commas).
 *
 * @example
 * syntaxError('{"a": }') //=> { line: 1, column: 7, reason: 'ValueExpected' }
 */
export function syntaxError(text: string): { line: number; column: number; reason: JsonReason } {
  if (text.trim() === '') return { line: 1, column: 1, reason: 'Empty' };
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  const offset = first?.offset ?? 0;
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  const name = first ? printParseErrorCode(first.error) : 'Unknown';
  return { line, column: offset - start + 1, reason: isReason(name) ? name : 'Unknown' };
}

const REASONS: ReadonlySet<string> = new Set([
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
const isReason = (name: string): name is JsonReason => REASONS.has(name);

/**
 * Parses and guards a JSON text from outside.
 *
 * @throws {HttpProblem} 400 `JSON_TOO_DEEP`, `MALFORMED_JSON`, or the guard's `INPUT_*` (every issue in
 *   `problems`)
 * @example
 * parseGuarded('{"date":"2026-02-17"}', 32) //=> { date: '2026-02-17' }
 * parseGuarded('{"__proto__":{}}', 32)      // throws INPUT_FORBIDDEN_KEY at ['__proto__']
 */
export function parseGuarded(text: string, maxDepth: number): unknown {
  if (jsonDepth(text, maxDepth) > maxDepth) throw serverProblem(400, 'JSON_TOO_DEEP', { max: maxDepth });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw serverProblem(400, 'MALFORMED_JSON', syntaxError(text));
  }
  const issues = inspectInput(value);
  if (issues.length > 0) throw new HttpProblem(400, issues[0]!, { problems: issues });
  return value;
}
