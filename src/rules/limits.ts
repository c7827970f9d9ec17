/**
 * Limits on untrusted input, and the guard that enforces them before any parsing.
 *
 * Definitions come from rule authors and dossiers from citizens' browsers; both are JSON from outside. Before
 * zod sees a value, {@link inspectInput} walks it once, iteratively (no recursion, so no stack overflow), and
 * reports prototype-pollution keys, excessive depth, huge arrays or strings, too many nodes, cycles and values
 * JSON cannot carry. Everything is reported as a located {@link Problem}; nothing is thrown, nothing hangs.
 *
 * A value reached twice through different paths (a label object used in two places, as definitions built in
 * code often do) is plain data, not a cycle: only an object that is its own ancestor is refused. The node budget
 * (`maxNodes`) counts every visit, so a heavily shared structure cannot make the walk exponential.
 */
import { type Problem, type ProblemPath, problem } from './problems.js';

/** The documented limits (docs/rules.md, "Limits"). */
export const limits = {
  /** Nesting depth of any input (a definition is about 8 levels deep; 32 leaves room). */
  maxDepth: 32,
  /** Elements in any one array (a procedure with 500 steps or documents is not a procedure). */
  maxArrayLength: 500,
  /** Characters in any one string (a long legal note fits; a megabyte does not). */
  maxStringLength: 10_000,
  /** Characters in a condition or amount expression. */
  maxExpressionLength: 1_000,
  /** Objects, arrays and primitives in one input. */
  maxNodes: 50_000,
  /** Keys in any one object (dossier fields). */
  maxObjectKeys: 500,
  /** AST nodes of one compiled expression (cel-js parse limit). */
  maxExpressionNodes: 200,
  /** Nesting depth of one expression (cel-js parse limit). */
  maxExpressionDepth: 24,
} as const;

/** Keys that could reach `Object.prototype` if a consumer ever merges the input into an object. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks a raw input and returns the problems that make it unsafe to parse (empty when safe). Stops collecting
 * after 50 problems so an adversarial input cannot make the report itself huge.
 *
 * @example
 * inspectInput(JSON.parse('{"__proto__": {"admin": true}}'))
 * //=> [{ code: 'INPUT_FORBIDDEN_KEY', path: ['__proto__'], … }]
 */
export function inspectInput(input: unknown): Problem[] {
  const problems: Problem[] = [];
  // The objects on the path from the root to the current value: a value among them is a real cycle. An exit
  // marker, pushed below an object's children, takes the object off the path once they are all walked.
  const ancestors = new Set<object>();
  const stack: ({ value: unknown; path: ProblemPath } | { exit: object })[] = [{ value: input, path: [] }];
  let nodes = 0;
  while (stack.length > 0 && problems.length < 50) {
    const item = stack.pop()!;
    if ('exit' in item) {
      ancestors.delete(item.exit);
      continue;
    }
    const { value, path } = item;
    nodes++;
    if (nodes > limits.maxNodes) {
      problems.push(
        problem(
          'INPUT_TOO_MANY_NODES',
          'error',
          path,
          `Input has more than ${limits.maxNodes} values`,
          `Dữ liệu có quá ${limits.maxNodes} giá trị`,
        ),
      );
      break;
    }
    if (path.length > limits.maxDepth) {
      problems.push(
        problem(
          'INPUT_TOO_DEEP',
          'error',
          path.slice(0, limits.maxDepth),
          `Input is nested deeper than ${limits.maxDepth} levels`,
          `Dữ liệu lồng nhau sâu quá ${limits.maxDepth} cấp`,
        ),
      );
      continue;
    }
    switch (typeof value) {
      case 'string':
        if (value.length > limits.maxStringLength) {
          problems.push(
            problem(
              'INPUT_STRING_TOO_LONG',
              'error',
              path,
              `Text is longer than ${limits.maxStringLength} characters`,
              `Chuỗi ký tự dài quá ${limits.maxStringLength} ký tự`,
            ),
          );
        }
        continue;
      case 'number':
        if (!Number.isFinite(value)) problems.push(notJson(path, 'a non-finite number', 'số không hữu hạn'));
        continue;
      case 'boolean':
      case 'undefined':
        continue;
      case 'bigint':
        problems.push(notJson(path, 'a bigint', 'số bigint'));
        continue;
      case 'function':
        problems.push(notJson(path, 'a function', 'hàm'));
        continue;
      case 'symbol':
        problems.push(notJson(path, 'a symbol', 'symbol'));
        continue;
    }
    if (value === null) continue;
    const obj = value as object;
    if (ancestors.has(obj)) {
      problems.push(notJson(path, 'a cyclic reference', 'tham chiếu vòng'));
      continue;
    }
    if (Array.isArray(obj)) {
      if (obj.length > limits.maxArrayLength) {
        problems.push(
          problem(
            'INPUT_TOO_LARGE',
            'error',
            path,
            `List has ${obj.length} items; at most ${limits.maxArrayLength} are allowed`,
            `Danh sách có ${obj.length} phần tử; tối đa ${limits.maxArrayLength}`,
          ),
        );
        continue;
      }
      ancestors.add(obj);
      stack.push({ exit: obj });
      for (let i = obj.length - 1; i >= 0; i--) stack.push({ value: obj[i], path: [...path, i] });
      continue;
    }
    const proto = Object.getPrototypeOf(obj);
    if (proto !== Object.prototype && proto !== null) {
      problems.push(notJson(path, 'an object that is not plain data', 'đối tượng không phải dữ liệu thuần'));
      continue;
    }
    const keys = Object.keys(obj);
    if (keys.length > limits.maxObjectKeys) {
      problems.push(
        problem(
          'INPUT_TOO_LARGE',
          'error',
          path,
          `Object has ${keys.length} keys; at most ${limits.maxObjectKeys} are allowed`,
          `Đối tượng có ${keys.length} khoá; tối đa ${limits.maxObjectKeys}`,
        ),
      );
      continue;
    }
    ancestors.add(obj);
    stack.push({ exit: obj });
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (forbiddenKeys.has(key)) {
        problems.push(
          problem(
            'INPUT_FORBIDDEN_KEY',
            'error',
            [...path, key],
            `Key "${key}" is not allowed (prototype pollution)`,
            `Không được dùng khoá "${key}" (nguy cơ ô nhiễm prototype)`,
          ),
        );
        continue;
      }
      if (key.length > limits.maxStringLength) {
        problems.push(
          problem(
            'INPUT_STRING_TOO_LONG',
            'error',
            path,
            `A key is longer than ${limits.maxStringLength} characters`,
            `Một khoá dài quá ${limits.maxStringLength} ký tự`,
          ),
        );
        continue;
      }
      stack.push({ value: (obj as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}

function notJson(path: ProblemPath, what: string, whatVi: string): Problem {
  return problem(
    'INPUT_NOT_JSON',
    'error',
    path,
    `Value is ${what}; only JSON data is accepted`,
    `Giá trị là ${whatVi}; chỉ chấp nhận dữ liệu JSON`,
  );
}
