/**
 * The cost bound of an expression, known at load time (like cel-go's cost estimator): from the parsed tree and
 * the declared limits of its inputs (a string field's `maxLength`, an enum's longest value, a date's 10
 * characters), an upper bound on the work one evaluation can do, in cost units (docs/rules.md, "Cost").
 *
 * The bound is sound because nothing outside the model runs: every operator and function an expression may use
 * is listed in {@link ./functions.ts} with a cost formula read from cel-js's implementation, and anything else
 * (a function cel-js adds in a later version, `matches`, time-zone lookups, JSON parsing) is refused at load.
 * At run time `evaluate` refuses a context whose values exceed the limits the bound was computed for, so a bound
 * computed at load holds for every evaluation. A property test counts the nodes cel-js actually evaluates on
 * maximal inputs and checks that the bound is never below.
 *
 * A unit is roughly one evaluated node of the tree; traversing a character costs `CHAR` units, creating a
 * list element `ELEMENT` (`shape.ts`).
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import { type CallContext, functionCost } from './functions.js';
import {
  CHAR,
  ELEMENT,
  type Estimate,
  type Inputs,
  join,
  type Shape,
  scalar,
  text,
  Unbounded,
  volume,
} from './shape.js';

/** A part of the expression: its place in the source and its cost. */
export interface CostPart {
  readonly start: number;
  readonly end: number;
  readonly cost: number;
}

/** Names cel-js defines as values: type names compare as scalars; `google.protobuf.*` selects type values. */
const typeNames: ReadonlySet<string> = new Set([
  'bool',
  'bytes',
  'double',
  'int',
  'list',
  'map',
  'null_type',
  'string',
  'type',
  'uint',
  'google',
]);

/**
 * The cost bound of a parsed, type-checked expression, and its most expensive part (the deepest part whose
 * cost alone exceeds `budget`, or the whole expression). Throws {@link Unbounded} for what the model refuses.
 * @param root - the parsed, type-checked tree
 * @param inputs - the shape of each variable (`inputShapes`)
 * @param budget - the budget, to locate the part that exceeds it
 * @returns the bound and the costliest part
 * @example
 * estimateCost(env.parse('copies > 2 ? 200000 + 5000 * (copies - 2) : 200000').ast, inputs, 20_000).cost //=> 12
 */
export function estimateCost(
  root: ASTNode,
  inputs: Inputs,
  budget: number,
): { cost: number; part: CostPart } {
  const costs = new Map<ASTNode, number>();
  const estimate = (node: ASTNode, scope: Inputs): Estimate => {
    const e = estimateNode(node, scope);
    costs.set(node, e.cost);
    return e;
  };
  const estimateNode = (node: ASTNode, scope: Inputs): Estimate => {
    const child = (n: ASTNode, s: Inputs = scope) => estimate(n, s);
    switch (node.op) {
      case 'value':
        return { cost: 1, shape: literalShape(node.args) };
      case 'id': {
        const shape = scope.get(node.args);
        if (shape) return { cost: 1, shape };
        if (typeNames.has(node.args)) return { cost: 1, shape: scalar };
        throw new Unbounded(node.args, node.start, node.end);
      }
      case 'list': {
        let cost = 1;
        let shape: Shape | undefined;
        for (const item of node.args) {
          const e = child(item);
          cost += e.cost + ELEMENT;
          shape = shape ? join(shape, e.shape, node) : e.shape;
        }
        return { cost, shape: { t: 'list', len: node.args.length, elem: shape ?? scalar } };
      }
      case 'map': {
        let cost = 1;
        let key: Shape | undefined;
        let value: Shape | undefined;
        for (const [k, v] of node.args) {
          const ek = child(k);
          const ev = child(v);
          cost += ek.cost + ev.cost + ELEMENT + volume(ek.shape);
          key = key ? join(key, ek.shape, node) : ek.shape;
          value = value ? join(value, ev.shape, node) : ev.shape;
        }
        return {
          cost,
          shape: { t: 'map', len: node.args.length, key: key ?? scalar, value: value ?? scalar },
        };
      }
      case '.': {
        const [object, field] = node.args;
        const e = child(object);
        return { cost: 1 + e.cost + 1 + field.length * CHAR, shape: memberShape(e.shape) };
      }
      case '[]': {
        const [object, index] = node.args;
        const e = child(object);
        const i = child(index);
        return { cost: 1 + e.cost + i.cost + volume(i.shape), shape: memberShape(e.shape) };
      }
      case '!_':
      case '-_': {
        const e = child(node.args);
        return { cost: 1 + e.cost, shape: scalar };
      }
      case '&&':
      case '||': {
        const [l, r] = node.args;
        return { cost: 1 + child(l).cost + child(r).cost, shape: scalar };
      }
      case '?:': {
        const [c, l, r] = node.args;
        const ec = child(c);
        const el = child(l);
        const er = child(r);
        return { cost: 1 + ec.cost + Math.max(el.cost, er.cost), shape: join(el.shape, er.shape, node) };
      }
      case '==':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=': {
        const [l, r] = node.args;
        const el = child(l);
        const er = child(r);
        return { cost: 1 + el.cost + er.cost + Math.max(volume(el.shape), volume(er.shape)), shape: scalar };
      }
      case 'in': {
        const [l, r] = node.args;
        const el = child(l);
        const er = child(r);
        const look =
          er.shape.t === 'list'
            ? er.shape.len * (ELEMENT + Math.max(volume(er.shape.elem), volume(el.shape)))
            : volume(el.shape);
        return { cost: 1 + el.cost + er.cost + look, shape: scalar };
      }
      case '+': {
        const [l, r] = node.args;
        const el = child(l);
        const er = child(r);
        const a = el.shape;
        const b = er.shape;
        const cost = 1 + el.cost + er.cost;
        if ((a.t === 'string' || a.t === 'bytes') && a.t === b.t) {
          const len = a.len + b.len;
          return { cost: cost + len * CHAR, shape: { t: a.t, len } };
        }
        if (a.t === 'list' && b.t === 'list') {
          const len = a.len + b.len;
          return { cost: cost + len * ELEMENT, shape: { t: 'list', len, elem: join(a.elem, b.elem, node) } };
        }
        return { cost, shape: scalar };
      }
      case '-':
      case '*':
      case '/':
      case '%': {
        const [l, r] = node.args;
        return { cost: 1 + child(l).cost + child(r).cost, shape: scalar };
      }
      case 'call':
      case 'rcall': {
        const call: CallContext = {
          node,
          name: node.op === 'call' ? node.args[0] : node.args[0],
          receiver: node.op === 'rcall' ? node.args[1] : undefined,
          args: node.op === 'call' ? node.args[1] : node.args[2],
          scope,
          estimate,
        };
        return functionCost(call);
      }
      default:
        // Optional selection (`.?`, `[?]`) and anything a later cel-js parses: outside the model.
        throw new Unbounded(node.op, node.start, node.end);
    }
  };
  const total = estimate(root, inputs).cost;
  return { cost: total, part: costliestPart(root, costs, budget) };
}

/** The shape of an element or member of a list or map (a select on a type namespace is a scalar). */
function memberShape(shape: Shape): Shape {
  if (shape.t === 'list') return shape.elem;
  if (shape.t === 'map') return shape.value;
  return scalar;
}

function literalShape(value: unknown): Shape {
  if (typeof value === 'string') return text(value.length);
  if (value instanceof Uint8Array) return { t: 'bytes', len: value.length };
  return scalar;
}

/** The deepest node whose own cost exceeds the budget (following the costliest child), else the root. */
function costliestPart(root: ASTNode, costs: ReadonlyMap<ASTNode, number>, budget: number): CostPart {
  let node = root;
  for (;;) {
    let next: ASTNode | undefined;
    for (const c of children(node)) {
      const cost = costs.get(c);
      if (cost !== undefined && cost > budget && (!next || cost > (costs.get(next) ?? 0))) next = c;
    }
    if (!next) break;
    node = next;
  }
  return { start: node.start, end: node.end, cost: costs.get(node) ?? 0 };
}

/** Child nodes of a node (for walking the tree). */
export function children(node: ASTNode): ASTNode[] {
  switch (node.op) {
    case 'value':
    case 'id':
      return [];
    case 'call':
      return [...node.args[1]];
    case 'rcall':
      return [node.args[1], ...node.args[2]];
    case '.':
    case '.?':
      return [node.args[0]];
    case 'map':
      return node.args.flat();
    case '!_':
    case '-_':
      return [node.args];
    default:
      return [...(node.args as ASTNode[])];
  }
}
