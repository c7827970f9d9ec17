/**
 * Shapes: the largest value an expression part can produce (a string of at most N characters, a list of at most
 * N elements of a shape …), and the unit costs of the cost model (docs/rules.md, "Cost"). Shared by the estimator
 * (`cost.ts`) and the function table (`functions.ts`).
 */
import type { ASTNode } from '@marcbachmann/cel-js';

/** Cost of one character traversed or copied. */
export const CHAR = 0.5;
/** Cost of one list element created or visited by a native operation (split, concatenation, membership). */
export const ELEMENT = 2;
/** Cost of one iteration of a macro (`exists`, `map`, …) besides its body: the loop and its hidden nodes. */
export const ITERATION = 4;

/** The largest value an expression part can produce, as far as cost is concerned. */
export type Shape =
  | { readonly t: 'scalar' }
  | { readonly t: 'string' | 'bytes'; readonly len: number }
  | { readonly t: 'list'; readonly len: number; readonly elem: Shape }
  | { readonly t: 'map'; readonly len: number; readonly key: Shape; readonly value: Shape };

export const scalar: Shape = { t: 'scalar' };
export const text = (len: number): Shape => ({ t: 'string', len });

/** Why an expression has no bound: a function or construct outside the model. */
export class Unbounded extends Error {
  constructor(
    readonly construct: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(`no cost model for ${construct}`);
  }
}

/** Work to compare, hash or look up a value of this shape (deep equality visits every part). */
export function volume(shape: Shape): number {
  switch (shape.t) {
    case 'scalar':
      return 1;
    case 'string':
    case 'bytes':
      return 1 + shape.len * CHAR;
    case 'list':
      return 1 + shape.len * volume(shape.elem);
    case 'map':
      return 1 + shape.len * (volume(shape.key) + volume(shape.value));
  }
}

/** The least shape bounding both (a conditional's two branches, a list literal's elements). */
export function join(a: Shape, b: Shape, node: ASTNode): Shape {
  if (a.t === 'scalar' && b.t === 'scalar') return a;
  if ((a.t === 'string' || a.t === 'bytes') && a.t === b.t) return { t: a.t, len: Math.max(a.len, b.len) };
  if (a.t === 'list' && b.t === 'list') {
    return { t: 'list', len: Math.max(a.len, b.len), elem: join(a.elem, b.elem, node) };
  }
  if (a.t === 'map' && b.t === 'map') {
    return {
      t: 'map',
      len: Math.max(a.len, b.len),
      key: join(a.key, b.key, node),
      value: join(a.value, b.value, node),
    };
  }
  // Values of different kinds in one place (only possible through `dyn`): outside the model.
  throw new Unbounded('dyn', node.start, node.end);
}

/** Declared inputs: the shape of each variable (field ids and `channel`). */
export type Inputs = ReadonlyMap<string, Shape>;

/** What the estimator found for one node: its cost (children included) and the largest value it yields. */
export interface Estimate {
  readonly cost: number;
  readonly shape: Shape;
}
