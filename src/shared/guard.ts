/**
 * The input guard: every value from outside — definitions, dossiers, events, snapshots, schedules, HTTP bodies —
 * is walked once by {@link inspectInput} before anything parses it. It refuses prototype-pollution keys, excessive
 * depth, huge arrays, objects or strings, too many values, cycles and what JSON cannot carry, each as a located,
 * bilingual report. Nothing is thrown, nothing recurses (so no stack overflow), nothing hangs.
 *
 * A value reached twice through different paths (a label object used in two places, as data built in code often
 * is) is plain data, not a cycle: only an object that is its own ancestor is refused. The node budget counts every
 * visit, so a heavily shared structure cannot make the walk exponential.
 */
import type { LocalizedError, Path } from './errors.js';
import { reporter, type Translation } from './messages.js';

/** Limits of the guard (docs/rules.md, "Limits"). */
export interface InputLimits {
  /** Nesting depth (a definition is about 8 levels deep). */
  readonly maxDepth: number;
  /** Elements in any one array. */
  readonly maxArrayLength: number;
  /** Characters in any one string or key. */
  readonly maxStringLength: number;
  /** Objects, arrays and primitives in one input. */
  readonly maxNodes: number;
  /** Keys in any one object. */
  readonly maxObjectKeys: number;
}

/** The default limits: generous for real definitions and dossiers, small for an attacker. */
export const inputLimits: InputLimits = {
  maxDepth: 32,
  maxArrayLength: 500,
  maxStringLength: 10_000,
  maxNodes: 50_000,
  maxObjectKeys: 500,
};

/** Keys that could reach `Object.prototype` if a consumer ever merges the input into an object. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Codes of the guard. */
export const inputIssueCodes = [
  'INPUT_FORBIDDEN_KEY',
  'INPUT_TOO_DEEP',
  'INPUT_TOO_LARGE',
  'INPUT_STRING_TOO_LONG',
  'INPUT_TOO_MANY_NODES',
  'INPUT_NOT_JSON',
] as const;
export type InputIssueCode = (typeof inputIssueCodes)[number];

/** What the guard found. */
export interface InputIssue extends LocalizedError {
  readonly code: InputIssueCode;
}

type What = 'non-finite number' | 'bigint' | 'function' | 'symbol' | 'cycle' | 'class instance';

const WHAT_EN: Readonly<Record<What, string>> = {
  'non-finite number': 'a non-finite number',
  bigint: 'a bigint',
  function: 'a function',
  symbol: 'a symbol',
  cycle: 'a cyclic reference',
  'class instance': 'an object that is not plain data',
};
const WHAT_VI: Readonly<Record<What, string>> = {
  'non-finite number': 'số không hữu hạn',
  bigint: 'số nguyên lớn',
  function: 'hàm',
  symbol: 'giá trị ký hiệu',
  cycle: 'tham chiếu vòng',
  'class instance': 'đối tượng không phải dữ liệu thuần',
};

export const inputMessagesEn = {
  INPUT_FORBIDDEN_KEY: (p: { key: string }) => `Key "${p.key}" is not allowed (prototype pollution)`,
  INPUT_TOO_DEEP: (p: { max: number }) => `Input is nested deeper than ${p.max} levels`,
  INPUT_TOO_LARGE: (p: { kind: 'list' | 'object'; count: number; max: number }) =>
    p.kind === 'list'
      ? `List has ${p.count} items; at most ${p.max} are allowed`
      : `Object has ${p.count} keys; at most ${p.max} are allowed`,
  INPUT_STRING_TOO_LONG: (p: { kind: 'text' | 'key'; max: number }) =>
    p.kind === 'text'
      ? `Text is longer than ${p.max} characters`
      : `A key is longer than ${p.max} characters`,
  INPUT_TOO_MANY_NODES: (p: { max: number }) => `Input has more than ${p.max} values`,
  INPUT_NOT_JSON: (p: { what: What }) => `Value is ${WHAT_EN[p.what]}; only JSON data is accepted`,
};

export const inputMessagesVi: Translation<typeof inputMessagesEn> = {
  INPUT_FORBIDDEN_KEY: (p) => `Không được dùng khoá "${p.key}" (nguy cơ ghi đè nguyên mẫu đối tượng)`,
  INPUT_TOO_DEEP: (p) => `Dữ liệu lồng nhau sâu quá ${p.max} cấp`,
  INPUT_TOO_LARGE: (p) =>
    p.kind === 'list'
      ? `Danh sách có ${p.count} phần tử; tối đa ${p.max}`
      : `Đối tượng có ${p.count} khoá; tối đa ${p.max}`,
  INPUT_STRING_TOO_LONG: (p) =>
    p.kind === 'text' ? `Chuỗi ký tự dài quá ${p.max} ký tự` : `Một khoá dài quá ${p.max} ký tự`,
  INPUT_TOO_MANY_NODES: (p) => `Dữ liệu có quá ${p.max} giá trị`,
  INPUT_NOT_JSON: (p) => `Giá trị là ${WHAT_VI[p.what]}; chỉ chấp nhận dữ liệu JSON`,
};

const report = /* @__PURE__ */ reporter(inputMessagesEn, inputMessagesVi);

/**
 * Walks a raw input and returns what makes it unsafe to parse (empty when safe). Stops after 50 issues so an
 * adversarial input cannot make the report itself huge.
 *
 * @example
 * inspectInput(JSON.parse('{"__proto__": {"admin": true}}'))
 * //=> [{ code: 'INPUT_FORBIDDEN_KEY', path: ['__proto__'], params: { key: '__proto__' }, … }]
 */
export function inspectInput(input: unknown, limits: InputLimits = inputLimits): InputIssue[] {
  const issues: InputIssue[] = [];
  // The objects on the path from the root to the current value: a value among them is a real cycle. An exit
  // marker, pushed below an object's children, takes the object off the path once they are all walked.
  const ancestors = new Set<object>();
  const stack: ({ value: unknown; path: Path } | { exit: object })[] = [{ value: input, path: [] }];
  let nodes = 0;
  const notJson = (path: Path, what: What) => issues.push(report('INPUT_NOT_JSON', { what }, path));
  while (stack.length > 0 && issues.length < 50) {
    const item = stack.pop()!;
    if ('exit' in item) {
      ancestors.delete(item.exit);
      continue;
    }
    const { value, path } = item;
    nodes++;
    if (nodes > limits.maxNodes) {
      issues.push(report('INPUT_TOO_MANY_NODES', { max: limits.maxNodes }, path));
      break;
    }
    if (path.length > limits.maxDepth) {
      issues.push(report('INPUT_TOO_DEEP', { max: limits.maxDepth }, path.slice(0, limits.maxDepth)));
      continue;
    }
    switch (typeof value) {
      case 'string':
        if (value.length > limits.maxStringLength)
          issues.push(report('INPUT_STRING_TOO_LONG', { kind: 'text', max: limits.maxStringLength }, path));
        continue;
      case 'number':
        if (!Number.isFinite(value)) notJson(path, 'non-finite number');
        continue;
      case 'boolean':
      case 'undefined':
        continue;
      case 'bigint':
        notJson(path, 'bigint');
        continue;
      case 'function':
        notJson(path, 'function');
        continue;
      case 'symbol':
        notJson(path, 'symbol');
        continue;
    }
    if (value === null) continue;
    const obj = value as object;
    if (ancestors.has(obj)) {
      notJson(path, 'cycle');
      continue;
    }
    if (Array.isArray(obj)) {
      if (obj.length > limits.maxArrayLength) {
        issues.push(
          report('INPUT_TOO_LARGE', { kind: 'list', count: obj.length, max: limits.maxArrayLength }, path),
        );
        continue;
      }
      ancestors.add(obj);
      stack.push({ exit: obj });
      for (let i = obj.length - 1; i >= 0; i--) stack.push({ value: obj[i], path: [...path, i] });
      continue;
    }
    // A Proxy, a Date or a class instance is not data: refused before any of its traps or getters run further.
    const proto = Object.getPrototypeOf(obj);
    if (proto !== Object.prototype && proto !== null) {
      notJson(path, 'class instance');
      continue;
    }
    const keys = Object.keys(obj);
    if (keys.length > limits.maxObjectKeys) {
      issues.push(
        report('INPUT_TOO_LARGE', { kind: 'object', count: keys.length, max: limits.maxObjectKeys }, path),
      );
      continue;
    }
    ancestors.add(obj);
    stack.push({ exit: obj });
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (forbiddenKeys.has(key)) {
        issues.push(report('INPUT_FORBIDDEN_KEY', { key }, [...path, key]));
        continue;
      }
      if (key.length > limits.maxStringLength) {
        issues.push(report('INPUT_STRING_TOO_LONG', { kind: 'key', max: limits.maxStringLength }, path));
        continue;
      }
      stack.push({ value: (obj as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}
