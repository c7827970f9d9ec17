/**
 * The functions an expression may call, each with its cost formula — the allowlist behind the cost bound
 * (`cost.ts`). Each formula bounds the work of cel-js 8.0.0's implementation (`lib/functions.js`,
 * `lib/macros.js`): `size` of a string counts code points one by one, `split` and `join` walk every character
 * and create every element, `duration` re-scans the rest of its argument for each part (cubic in its length),
 * the macros run their body once per element. `min` and `max` are the library's own (two numbers compared once,
 * `environment.ts`). A call the table does not list is {@link Unbounded}: refused at load
 * (`EXPRESSION_FORBIDDEN_FUNCTION`), so a function a later cel-js adds cannot slip past the bound.
 *
 * Refused on purpose: `matches` (JavaScript regular expressions backtrack; CEL specifies RE2), `bytes.json()`
 * (builds a structure of any shape), the time-zone forms of the timestamp getters (`getHours("Asia/Ho_Chi_Minh")`
 * builds an `Intl` formatter per call, ≈ 70 µs) and `optional.*` (optional types are off).
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import {
  CHAR,
  ELEMENT,
  type Estimate,
  type Inputs,
  ITERATION,
  type Shape,
  scalar,
  text,
  Unbounded,
} from './shape.js';

/** What a cost formula sees: the call, its receiver and arguments, and how to estimate a sub-expression. */
export interface CallContext {
  readonly node: ASTNode;
  readonly name: string;
  readonly receiver: ASTNode | undefined;
  readonly args: readonly ASTNode[];
  readonly scope: Inputs;
  readonly estimate: (node: ASTNode, scope: Inputs) => Estimate;
}

/** The longest text `string(x)` makes of a number or a bool (`-9223372036854775808`, `-1.7976931348623157e+308`). */
const NUMBER_TEXT = 24;

const lengthOf = (s: Shape): number => (s.t === 'scalar' ? 0 : s.len);

/** Macros: `all`, `exists`, `exists_one`, `filter`, `map` — the body runs once per element (or map key). */
const macros: ReadonlySet<string> = new Set(['all', 'exists', 'exists_one', 'filter', 'map']);

/** The cost and result shape of a call; throws {@link Unbounded} for a call outside the model. */
export function functionCost(call: CallContext): Estimate {
  const { node, name, receiver, args, scope, estimate } = call;
  const refuse = (): never => {
    throw new Unbounded(receiver ? `.${name}()` : `${name}()`, node.start, node.end);
  };

  // cel.bind(v, init, body): init once, body with v bound to its value.
  if (receiver?.op === 'id' && receiver.args === 'cel') {
    const [v, init, body] = args;
    if (name !== 'bind' || args.length !== 3 || v?.op !== 'id' || !init || !body) return refuse();
    const ei = estimate(init, scope);
    const eb = estimate(body, new Map(scope).set(v.args, ei.shape));
    return { cost: 1 + ei.cost + eb.cost, shape: eb.shape };
  }
  if (receiver && macros.has(name)) {
    const er = estimate(receiver, scope);
    const range = er.shape;
    if (range.t !== 'list' && range.t !== 'map') return refuse();
    const [v, ...body] = args;
    if (v?.op !== 'id' || body.length === 0 || body.length > 2) return refuse();
    const item = range.t === 'list' ? range.elem : range.key;
    const inner = new Map(scope).set(v.args, item);
    const parts = body.map((b) => estimate(b, inner));
    const perItem = ITERATION + parts.reduce((sum, p) => sum + p.cost, 0);
    const cost = 1 + er.cost + ITERATION + range.len * perItem;
    const last = parts[parts.length - 1]!;
    if (name === 'map') return { cost, shape: { t: 'list', len: range.len, elem: last.shape } };
    if (name === 'filter') return { cost, shape: { t: 'list', len: range.len, elem: item } };
    return { cost, shape: scalar };
  }
  // has(x.f): the select only.
  if (!receiver && name === 'has') {
    const [select] = args;
    if (args.length !== 1 || select?.op !== '.') return refuse();
    const e = estimate(select, scope);
    return { cost: 1 + e.cost, shape: scalar };
  }

  const r = receiver ? estimate(receiver, scope) : undefined;
  const a = args.map((x) => estimate(x, scope));
  const base = 1 + (r?.cost ?? 0) + a.reduce((sum, e) => sum + e.cost, 0);
  const rs = r?.shape;
  const a0 = a[0]?.shape;
  const n = (s: Shape | undefined) => (s ? lengthOf(s) : 0);
  const out = (extra: number, shape: Shape): Estimate => ({ cost: base + extra, shape });

  if (!receiver) {
    const arg = a0;
    switch (name) {
      case 'size':
        if (a.length !== 1) break;
        return out(arg?.t === 'string' ? n(arg) * CHAR : 1, scalar);
      case 'min':
      case 'max':
        // The library's own (environment.ts): one comparison of two numbers.
        if (a.length !== 2) break;
        return out(1, scalar);
      case 'type':
      case 'dyn':
        if (a.length !== 1) break;
        return out(1, name === 'dyn' ? arg! : scalar);
      case 'int':
      case 'uint':
      case 'double':
      case 'bool':
        if (a.length !== 1) break;
        // From a string: trimmed, lower-cased and parsed.
        return out(arg?.t === 'string' ? 1 + 3 * n(arg) * CHAR : 1, scalar);
      case 'string':
        if (a.length !== 1) break;
        if (arg?.t === 'string') return out(1, arg);
        if (arg?.t === 'bytes') return out(1 + n(arg) * CHAR, text(n(arg)));
        if (arg?.t === 'scalar') return out(2, text(NUMBER_TEXT));
        break;
      case 'bytes':
        if (a.length !== 1) break;
        if (arg?.t === 'bytes') return out(1, arg);
        // UTF-8: at most 3 bytes per UTF-16 code unit.
        if (arg?.t === 'string') return out(1 + 3 * n(arg) * CHAR, { t: 'bytes', len: 3 * n(arg) });
        break;
      case 'timestamp':
        // A string is checked to be 20–30 characters before it is parsed.
        if (a.length !== 1) break;
        return out(arg?.t === 'string' ? 10 : 2, scalar);
      case 'duration':
        // parseDuration re-runs an unanchored regular expression on the rest of the text for each part.
        if (a.length !== 1 || arg?.t !== 'string') break;
        return out(1 + n(arg) ** 3 * CHAR, scalar);
    }
    return refuse();
  }

  if (rs?.t === 'string') {
    const len = rs.len;
    switch (`${name}/${a.length}`) {
      case 'size/0':
        return out(len * CHAR, scalar);
      case 'startsWith/1':
      case 'endsWith/1':
        return out(1 + Math.min(len, n(a0)) * CHAR, scalar);
      case 'contains/1':
      case 'indexOf/1':
      case 'lastIndexOf/1':
      case 'indexOf/2':
      case 'lastIndexOf/2':
        return out(1 + (len + n(a0)) * CHAR, scalar);
      case 'lowerAscii/0':
      case 'upperAscii/0':
        // Case mapping is full Unicode (ß → SS): up to 3 code units per unit, and slow on special cases.
        return out(1 + len * 20 * CHAR, text(3 * len));
      case 'trim/0':
        return out(1 + len * CHAR, text(len));
      case 'substring/1':
      case 'substring/2':
        return out(1 + len * CHAR, text(len));
      case 'split/1':
      case 'split/2': {
        // At most one element per character plus one; the limited form splits, slices and joins again.
        const parts = len + 1;
        const passes = a.length === 2 ? 3 : 1;
        return out(1 + passes * (len * CHAR + parts * ELEMENT), { t: 'list', len: parts, elem: text(len) });
      }
    }
    return refuse();
  }
  if (rs?.t === 'list') {
    const elem = rs.elem;
    switch (`${name}/${a.length}`) {
      case 'size/0':
        return out(1, scalar);
      case 'join/0':
      case 'join/1': {
        if (elem.t !== 'string') break;
        const sep = n(a0);
        const len = rs.len * elem.len + Math.max(0, rs.len - 1) * sep;
        return out(1 + rs.len * ELEMENT + len * CHAR, text(len));
      }
    }
    return refuse();
  }
  if (rs?.t === 'map' && name === 'size' && a.length === 0) return out(1, scalar);
  if (rs?.t === 'bytes') {
    const len = rs.len;
    switch (`${name}/${a.length}`) {
      case 'size/0':
      case 'at/1':
        return out(1, scalar);
      case 'string/0':
        return out(1 + len * CHAR, text(len));
      case 'hex/0':
        return out(1 + 2 * len * CHAR, text(2 * len));
      case 'base64/0':
        return out(1 + 2 * len * CHAR, text(4 * Math.ceil(len / 3)));
    }
    return refuse();
  }
  // Timestamp and duration getters without a time zone (a time zone builds an Intl formatter per call).
  if (rs?.t === 'scalar' && a.length === 0 && /^get[A-Z][A-Za-z]*$/.test(name)) return out(2, scalar);
  return refuse();
}
