/**
 * Property tests of the loader: whatever the linter accepts is well-formed (every expression compiled, every step
 * reachable and able to finish, time shares within the limit), and whatever the schema rejects is reported with
 * located paths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Procedure, safeDefineProcedure, validateDossier } from '../../src/rules/index.js';
import { hasPath } from '../../src/rules/schemaProblems.js';
import { arbitraryDefinition, damagedDefinition as damaged, minimal } from './fixtures.js';

/** Independent well-formedness check, written from the rules in docs/rules.md, not from graph.ts. */
function wellFormed(p: Procedure): void {
  const steps = p.definition.steps;
  const byId = new Map(steps.map((s) => [s.id, s]));
  const targets = (s: (typeof steps)[number]): string[] =>
    s.actions.flatMap((a) =>
      a.type === 'consult' ? [...a.branches, a.join] : 'to' in a && a.type !== 'return' ? [a.to] : [],
    );
  // Every step reachable from the first (return edges only go back to visited steps anyway).
  const seen = new Set<string>();
  const queue = [steps[0]!.id];
  while (queue.length) {
    const s = queue.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    queue.push(...targets(byId.get(s)!));
    for (const a of byId.get(s)!.actions) if (a.type === 'return') queue.push(a.to);
  }
  expect([...seen].sort()).toEqual(steps.map((s) => s.id).sort());
  // Every step can finish: least fixpoint; a reply finishes if a consultation it belongs to can continue.
  const region = (from: string, join: string): Set<string> => {
    const r = new Set<string>();
    const q = [from];
    while (q.length) {
      const s = q.pop()!;
      if (r.has(s) || s === join) continue;
      r.add(s);
      q.push(...targets(byId.get(s)!));
    }
    return r;
  };
  const finishes = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of steps) {
      if (finishes.has(s.id)) continue;
      const ok = s.actions.some((a) => {
        if (a.type === 'refuse' || a.type === 'return-result') return true;
        if (a.type === 'consult') return finishes.has(a.join);
        if ('to' in a) return finishes.has(a.to);
        if (a.type === 'reply') {
          return steps.some((c) =>
            c.actions.some(
              (x) =>
                x.type === 'consult' &&
                finishes.has(x.join) &&
                x.branches.some((b) => region(b, x.join).has(s.id)),
            ),
          );
        }
        return false;
      });
      if (ok) {
        finishes.add(s.id);
        changed = true;
      }
    }
  }
  expect([...finishes].sort()).toEqual(steps.map((s) => s.id).sort());
  // Every consultation branch can reach a reply before its join.
  for (const s of steps) {
    for (const a of s.actions) {
      if (a.type !== 'consult') continue;
      for (const b of a.branches) {
        expect([...region(b, a.join)].some((x) => byId.get(x)!.actions.some((y) => y.type === 'reply'))).toBe(
          true,
        );
      }
    }
  }
  // Time shares fit the total: longest path over every transition but `return` (a consultation counts its
  // longest branch, then continues at the join); it is finite because no other transition may cycle.
  const memo = new Map<string, number>();
  const longest = (id: string, depth: number): number => {
    expect(depth).toBeLessThanOrEqual(steps.length);
    const known = memo.get(id);
    if (known !== undefined) return known;
    const s = byId.get(id)!;
    const next = s.actions.map((a) =>
      a.type === 'consult'
        ? Math.max(...a.branches.map((b) => longest(b, depth + 1))) + longest(a.join, depth + 1)
        : 'to' in a && a.type !== 'return'
          ? longest(a.to, depth + 1)
          : 0,
    );
    const value = s.time + Math.max(0, ...next);
    memo.set(id, value);
    return value;
  };
  const limit = p.definition.timing.limit;
  const independent = longest(steps[0]!.id, 0);
  expect(independent).toBeLessThanOrEqual((limit.type === 'duration' ? limit.amount : 0) + 1e-9);
  expect(p.graph.longestPath).toBeCloseTo(independent, 9);
  expect(steps.some((s) => s.actions.some((a) => a.type === 'return-result'))).toBe(true);
  // Every expression is compiled.
  const sources = [
    ...p.definition.fees.flatMap((f, i) => (f.when ? [[`fees/${i}/when`, f.when]] : [])),
    ...p.definition.documents.flatMap((d, i) => (d.when ? [[`documents/${i}/when`, d.when]] : [])),
    ...steps.flatMap((s, i) =>
      s.actions.flatMap((a, j) =>
        a.type === 'forward' && a.when ? [[`steps/${i}/actions/${j}/when`, a.when]] : [],
      ),
    ),
  ];
  for (const [key, source] of sources) expect(p.expressions.get(key!)?.source).toBe(source);
}

describe('properties', () => {
  it('any definition the linter accepts is well-formed', () => {
    let accepted = 0;
    fc.assert(
      fc.property(arbitraryDefinition, (def) => {
        const r = safeDefineProcedure(def);
        if (!r.ok) {
          expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
          return;
        }
        accepted++;
        wellFormed(r.procedure);
        // ... and validating a dossier against it never throws.
        validateDossier(r.procedure, { channel: 'in-person', fields: { copies: 3, abroad: true } });
      }),
      { numRuns: 2000 },
    );
    // The generator must actually exercise the accepting side.
    expect(accepted).toBeGreaterThan(100);
  });

  it('the hand-written example graphs pass the same independent check', () => {
    const def = minimal();
    def.steps[1].actions = [{ type: 'consult', branches: ['a', 'b'], join: 'return' }, { type: 'refuse' }];
    def.steps.push(
      { id: 'a', name: { vi: 'A' }, agency: 'office', role: 'consult', actions: [{ type: 'reply' }] },
      {
        id: 'b',
        name: { vi: 'B' },
        agency: 'office',
        role: 'consult',
        actions: [{ type: 'forward', to: 'b2' }],
      },
      { id: 'b2', name: { vi: 'B2' }, agency: 'office', role: 'consult', actions: [{ type: 'reply' }] },
    );
    const r = safeDefineProcedure(def);
    expect(r.ok).toBe(true);
    if (r.ok) wellFormed(r.procedure);
  });

  it('every problem of a rejected input has a non-empty path that exists in the input or its parent', () => {
    let rejected = 0;
    fc.assert(
      fc.property(damaged, (def) => {
        const r = safeDefineProcedure(def);
        if (r.ok) return;
        rejected++;
        for (const p of r.problems) {
          expect(p.path.length, `${p.code} has an empty path`).toBeGreaterThan(0);
          const located = hasPath(def, p.path) || hasPath(def, p.path.slice(0, -1));
          expect(located, `${p.code} at ${p.path.join('.')}`).toBe(true);
          expect(p.message).toBeTruthy();
          expect(p.messageVi).toBeTruthy();
        }
      }),
      { numRuns: 2000 },
    );
    expect(rejected).toBeGreaterThan(500);
  });

  it('validateDossier never throws, whatever it is given', () => {
    const p = safeDefineProcedure(minimal());
    if (!p.ok) throw new Error('fixture');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            channel: fc.constantFrom('in-person', 'online', 'post', 'fax'),
            fields: fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.anything())),
            documents: fc.array(fc.anything()),
          }),
        ),
        (input) => {
          const r = validateDossier(p.procedure, input);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.problems.some((x) => x.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
