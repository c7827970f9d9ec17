/**
 * The rule tester (ESLint's RuleTester, for our rules): each case breaks the clean minimal definition in one way
 * and expects the rule's code at a path — found by the rule itself (so removing the rule fails its case) and in
 * what `safeDefineProcedure` reports, with both texts.
 */
import { describe, expect, it } from 'vitest';
import { safeDefineProcedure } from '../../../src/rules/index.js';
import { defaultCostBudget } from '../../../src/rules/limits.js';
import { lintContext } from '../../../src/rules/lint/context.js';
import type { LintRule } from '../../../src/rules/lint/rule.js';
import { procedureSchema } from '../../../src/rules/schema/procedure.js';
import { englishWords } from '../../support/english-rules.js';
import { type Json, minimal } from '../fixtures.js';

/** One case: how to break the minimal definition, where the rule must report, and optionally its parameters. */
export interface RuleCase {
  readonly path: (string | number)[];
  readonly mutate: (d: Json) => void;
  readonly params?: Record<string, unknown>;
}

/** Runs the cases of a rule. */
export function testRule(rule: LintRule, cases: readonly RuleCase[]): void {
  describe(`lint rule ${rule.code}`, () => {
    it('has at least one case', () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    it('is silent on the clean minimal definition', () => {
      expect(rule.check(lintContext(procedureSchema.parse(minimal()), defaultCostBudget))).toEqual([]);
    });
    it.each(cases.map((c, i) => [`case ${i}`, c] as const))('%s', (_name, c) => {
      const def = minimal();
      c.mutate(def);
      const own = rule.check(lintContext(procedureSchema.parse(def), defaultCostBudget));
      expect(own.map((p) => p.path)).toContainEqual(c.path);
      for (const p of own) {
        expect(p.code).toBe(rule.code);
        expect(p.severity).toBe(rule.severity);
        expect(p.message.length).toBeGreaterThan(10);
        expect(p.messageVi.length).toBeGreaterThan(10);
        expect(p.messageVi).not.toBe(p.message);
        expect(englishWords(p.messageVi)).toEqual([]);
      }
      if (c.params)
        expect(own.find((p) => p.path.join('/') === c.path.join('/'))?.params).toMatchObject(c.params);
      const r = safeDefineProcedure(def);
      const all = r.ok ? r.warnings : r.problems;
      expect(all.filter((p) => p.code === rule.code).map((p) => p.path)).toContainEqual(c.path);
    });
  });
}
