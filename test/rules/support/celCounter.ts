/**
 * Counts the nodes cel-js really evaluates, to check the static cost bound against what happens (test only).
 * cel-js calls its evaluator's `run(node, ctx)` for every node it evaluates — the nodes of the expression and
 * the hidden ones of an expanded macro (the loop step, the accumulator) — so shadowing `run` on the evaluator
 * instance counts them all. The evaluator is reached through the root node's first `evaluate` call.
 */
import type { ASTNode, ParseResult } from '@marcbachmann/cel-js';

interface Evaluator {
  run(ast: ASTNode, ctx: unknown): unknown;
}

/** Evaluates `parsed` on `context` and returns how many nodes cel-js evaluated (the error, if it threw). */
export function countEvaluations(parsed: ParseResult, context: Record<string, unknown>): number {
  let count = 0;
  const root = parsed.ast as ASTNode & { evaluate: (ev: Evaluator, ast: ASTNode, ctx: unknown) => unknown };
  const original = Object.getPrototypeOf(root).evaluate as typeof root.evaluate;
  const patched = new WeakSet<object>();
  root.evaluate = function (ev, ast, ctx) {
    if (!patched.has(ev)) {
      patched.add(ev);
      const run = Object.getPrototypeOf(ev).run as Evaluator['run'];
      ev.run = function (node, c) {
        count++;
        return run.call(this, node, c);
      };
    }
    count++;
    return original.call(this, ev, ast, ctx);
  };
  try {
    parsed(context);
  } catch {
    // A failing evaluation still did its work.
  }
  return count;
}
