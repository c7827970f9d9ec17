/**
 * The rule tester (ESLint's RuleTester, for our rules): each case breaks the clean minimal definition in one way
 * and expects the rule's code at a path — found by the rule itself (so removing the rule fails its case) and in
 * what `safeDefineProcedure` reports, with both texts. Valid cases change the minimal definition in a way the
 * rule must accept (the feature used as the law writes it).
 */
import { describe, expect, it } from 'vitest';
import { safeDefineProcedure } from '../../../src/rules/index.js';
import { defaultCostBudget } from '../../../src/rules/limits.js';
import { lintContext } from '../../../src/rules/lint/context.js';
import type { LintRule } from '../../../src/rules/lint/rule.js';
import { procedureSchema } from '../../../src/rules/schema/procedure.js';
import { englishWords } from '../../support/english.js';
import { type Json, minimal } from '../fixtures.js';

/** One case: how to break the minimal definition, where the rule must report, and optionally its parameters. */
export interface RuleCase {
  readonly path: (string | number)[];
  readonly mutate: (d: Json) => void;
  readonly params?: Record<string, unknown>;
}

/** A change the rule must accept. */
export type ValidCase = (d: Json) => void;

/** Runs the cases of a rule (and the changes it must accept). */
export function testRule(rule: LintRule, cases: readonly RuleCase[], valid: readonly ValidCase[] = []): void {
  describe(`lint rule ${rule.code}`, () => {
    it('has at least one case', () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    it('is silent on the clean minimal definition', () => {
      expect(rule.check(lintContext(procedureSchema.parse(minimal()), defaultCostBudget))).toEqual([]);
    });
    it.each(valid.map((mutate, i) => [`valid ${i}`, mutate] as const))('is silent on %s', (_name, mutate) => {
      const def = minimal();
      mutate(def);
      expect(rule.check(lintContext(procedureSchema.parse(def), defaultCostBudget))).toEqual([]);
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
