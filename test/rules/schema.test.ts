/**
 * Schema problems (zod issues mapped to located, bilingual problems) and the throwing/non-throwing loaders.
 */
import { describe, expect, it } from 'vitest';
import { defineProcedure, RulesError, safeDefineProcedure } from '../../src/rules/index.js';
import { minimal } from './fixtures.js';

describe('schema problems', () => {
  it('an unknown key (typo) is an error located at the key', () => {
    const def = minimal();
    def.documents[0].copeis = 2;
    const r = safeDefineProcedure(def);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toContainEqual(
      expect.objectContaining({
        code: 'SCHEMA_UNKNOWN_KEY',
        path: ['documents', 0, 'copeis'],
        severity: 'error',
      }),
    );
  });

  it('a missing key is located where it should be', () => {
    const def = minimal();
    delete def.roles.desk;
    const r = safeDefineProcedure(def);
    expect(!r.ok && r.problems).toContainEqual(
      expect.objectContaining({ code: 'SCHEMA_MISSING', path: ['roles', 'desk'] }),
    );
  });

  it('maps type, range, format and enum issues with Vietnamese text', () => {
    const def = minimal();
    def.version = 3;
    def.steps[0].time = -1;
    def.effective.from = '2025-02-30';
    def.level = 'ward';
    def.code = '1000894';
    const r = safeDefineProcedure(def);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = new Map(r.problems.map((p) => [p.path.join('.'), p]));
    expect(byPath.get('version')?.code).toBe('SCHEMA_INVALID_TYPE');
    expect(byPath.get('version')?.messageVi).toContain('chuỗi ký tự');
    expect(byPath.get('steps.0.time')?.code).toBe('SCHEMA_OUT_OF_RANGE');
    expect(byPath.get('effective.from')?.code).toBe('SCHEMA_INVALID_FORMAT');
    expect(byPath.get('effective.from')?.messageVi).toContain('YYYY-MM-DD');
    expect(byPath.get('level')?.code).toBe('SCHEMA_INVALID_VALUE');
    expect(byPath.get('level')?.messageVi).toContain('"commune"');
    expect(byPath.get('code')?.code).toBe('SCHEMA_INVALID_FORMAT');
  });

  it('an exclusive minimum says "greater than" in Vietnamese (review #11)', () => {
    const def = minimal();
    def.timing.limit.amount = -1;
    def.steps[0].time = -1;
    const r = safeDefineProcedure(def);
    if (r.ok) throw new Error('expected problems');
    const byPath = new Map(r.problems.map((p) => [p.path.join('.'), p]));
    expect(byPath.get('timing.limit.amount')?.code).toBe('SCHEMA_OUT_OF_RANGE');
    expect(byPath.get('timing.limit.amount')?.messageVi).toBe('Giá trị phải lớn hơn 0');
    // An inclusive minimum keeps its wording.
    expect(byPath.get('steps.0.time')?.messageVi).toBe('Giá trị nhỏ hơn mức tối thiểu 0');
  });

  it('a limit of 0 says what to write instead: { "type": "immediate" } (one way, documented once)', () => {
    const def = minimal();
    def.timing.limit.amount = 0;
    def.timing.variants = [{ when: 'abroad', limit: { amount: 0, unit: 'working-days' } }];
    def.timing.supplement = { applicantWindow: { amount: 0, unit: 'working-days' } };
    def.steps[1].limit = { amount: 0, unit: 'working-days' };
    const r = safeDefineProcedure(def);
    if (r.ok) throw new Error('expected problems');
    expect(r.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['LIMIT_ZERO_USE_IMMEDIATE', 'timing.limit.amount'],
      ['LIMIT_ZERO_USE_IMMEDIATE', 'timing.variants.0.limit.amount'],
      // A window is a duration: 0 is simply out of range.
      ['SCHEMA_OUT_OF_RANGE', 'timing.supplement.applicantWindow.amount'],
      ['LIMIT_ZERO_USE_IMMEDIATE', 'steps.1.limit.amount'],
    ]);
    expect(r.problems[0]?.messageVi).toContain('{ "type": "immediate" }');
    expect(r.problems[0]?.message).toContain('Decree 118/2025 Art. 17(4)');
  });

  it('an unknown action type points at the action', () => {
    const def = minimal();
    def.steps[0].actions[0] = { type: 'foward', to: 'review' };
    const r = safeDefineProcedure(def);
    expect(!r.ok && r.problems.some((p) => p.path.join('.').startsWith('steps.0.actions.0'))).toBe(true);
  });

  it('applies defaults (required fields, copies, supplement restart, 15:00 cut-off)', () => {
    const p = defineProcedure(minimal());
    expect(p.definition.fields[0]?.required).toBe(true);
    expect(p.definition.documents[0]?.copies).toBe(1);
    expect(p.definition.timing.supplement.clock).toBe('restart');
    expect(p.definition.timing.receiptCutoff).toEqual({ enabled: true, time: '15:00' });
    expect(p.definition.timing.financialObligationPausesClock).toBe(false);
  });

  it('the loaded definition is frozen', () => {
    const p = defineProcedure(minimal());
    expect(Object.isFrozen(p.definition.steps[0])).toBe(true);
    expect(() => {
      (p.definition.steps as unknown as unknown[]).push({});
    }).toThrow();
  });
});

describe('defineProcedure (throwing form)', () => {
  it('throws a RulesError with code, messages, path and every problem', () => {
    const def = minimal();
    def.steps[1].agency = 'ofice';
    def.fees[0].when = 'copeis > 2';
    let caught: unknown;
    try {
      defineProcedure(def);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RulesError);
    const e = caught as RulesError;
    expect(e.name).toBe('RulesError');
    expect(e.code).toBe('UNKNOWN_AGENCY');
    expect(e.path).toEqual(['steps', 1, 'agency']);
    expect(e.message).toMatch(/ofice.*and 1 more/);
    expect(e.messageVi).toMatch(/ofice.*và 1 lỗi khác/);
    expect(e.problems.map((p) => p.code)).toEqual(['UNKNOWN_AGENCY', 'EXPRESSION_UNKNOWN_NAME']);
  });

  it('returns a compiled procedure with a stable hash', () => {
    const a = defineProcedure(minimal());
    const reordered = Object.fromEntries(Object.entries(minimal()).reverse());
    const b = defineProcedure({ ...reordered, $schema: '../../schema/procedure.schema.json' });
    expect(a.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.hash).toBe(a.hash);
    const changed = minimal();
    changed.fees[0].amount = 60000;
    expect(defineProcedure(changed).hash).not.toBe(a.hash);
  });
});
