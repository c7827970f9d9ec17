/**
 * A schema problem does not hide the rest: the parts of the definition that parse are linted too, so one run of
 * `check` shows the fee kind typo, the step target typo and the unknown field in a condition together.
 */
import { describe, expect, it } from 'vitest';
import { safeDefineProcedure } from '../../src/rules/index.js';
import { example, minimal } from './fixtures.js';

const codesAt = (problems: readonly { code: string; path: readonly (string | number)[] }[]) =>
  problems.map((p) => `${p.code} ${p.path.join('.')}`);

describe('schema and lint problems together', () => {
  it('a fee kind typo, a step target typo and an unknown field: all three, located in the file', () => {
    const def = example('land-change-registration.json');
    def.fees[0].kind = 'lephi';
    def.steps[1].actions[0].to = 'tax-asessment';
    def.fields[1].requiredWhen = 'changeTyp == "transfer"';
    const r = safeDefineProcedure(def);
    expect(r.ok).toBe(false);
    const found = codesAt(!r.ok ? r.problems : []);
    expect(found).toContain('SCHEMA_INVALID_VALUE fees.0.kind');
    expect(found).toContain('UNKNOWN_STEP steps.1.actions.0.to');
    expect(found.some((f) => f.endsWith(' fields.1.requiredWhen'))).toBe(true);
    expect(found.filter((f) => f.startsWith('SCHEMA_'))).toHaveLength(1);
  });

  it('paths after a cut array element still point into the original file', () => {
    const def = example('land-change-registration.json');
    def.documents[0].kind = 'bogus-kind';
    def.documents[0].copeis = 1;
    def.steps[3].actions[0].to = 'retrun';
    const r = safeDefineProcedure(def);
    const found = codesAt(!r.ok ? r.problems : []);
    expect(found).toContain('SCHEMA_UNKNOWN_KEY documents.0.copeis');
    expect(found).toContain('UNKNOWN_STEP steps.3.actions.0.to');
    const step = !r.ok ? r.problems.find((p) => p.code === 'UNKNOWN_STEP') : undefined;
    expect(step?.messageVi).toContain('retrun');
  });

  it('a cut step gives no consequences (no "unknown step" for references to it)', () => {
    const def = example('land-change-registration.json');
    def.steps[2].agency = 42; // schema: the tax-assessment step is cut out
    const r = safeDefineProcedure(def);
    const found = codesAt(!r.ok ? r.problems : []);
    expect(found.some((f) => f.startsWith('SCHEMA_') && f.includes('steps.2.agency'))).toBe(true);
    expect(found.filter((f) => f.startsWith('UNKNOWN_STEP'))).toEqual([]);
  });

  it('the district level in force after 30/06/2025 is reported beside a schema error', () => {
    const def = minimal();
    def.level = 'district';
    def.effective = { from: '2026-01-01' };
    def.documents[0].copeis = 2;
    const r = safeDefineProcedure(def);
    const found = codesAt(!r.ok ? r.problems : []);
    expect(found).toContain('SCHEMA_UNKNOWN_KEY documents.0.copeis');
    expect(found.some((f) => f.startsWith('DISTRICT_LEVEL_ABOLISHED'))).toBe(true);
  });

  it('a wrong root gives the schema problems only', () => {
    const r = safeDefineProcedure({ code: 'x' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.every((p) => p.code.startsWith('SCHEMA_'))).toBe(true);
  });
});
