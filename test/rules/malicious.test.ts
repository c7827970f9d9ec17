/**
 * Malicious input: prototype-pollution keys, deep nesting, huge arrays/strings, non-JSON values — problems,
 * never crashes or hangs.
 */
import { describe, expect, it } from 'vitest';
import {
  defineProcedure,
  inspectInput,
  limits,
  RulesError,
  safeDefineProcedure,
  validateDossier,
} from '../../src/rules/index.js';
import { minimal, minimalDossier } from './fixtures.js';

const procedure = defineProcedure(minimal());

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('malicious input', () => {
  it('prototype-pollution keys are refused, and nothing is polluted', () => {
    const dossier = JSON.parse(
      '{"channel":"in-person","fields":{"__proto__":{"polluted":true},"copies":1},"documents":[{"document":"form","form":"original","constructor":{"prototype":{"polluted":true}}}]}',
    );
    const r = validateDossier(procedure, dossier);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ['INPUT_FORBIDDEN_KEY', ['fields', '__proto__']],
      ['INPUT_FORBIDDEN_KEY', ['documents', 0, 'constructor']],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const def = minimal();
    def.steps[0] = JSON.parse('{"__proto__": {"isAdmin": true}}');
    const d = safeDefineProcedure(def);
    expect(!d.ok && d.problems[0]?.code).toBe('INPUT_FORBIDDEN_KEY');
    expect(() => defineProcedure(def)).toThrow(RulesError);
  });

  it('deep nesting is refused without a stack overflow', () => {
    const deep = { channel: 'in-person', fields: {}, documents: [nested(100_000)] };
    const r = validateDossier(procedure, deep);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'INPUT_TOO_DEEP',
        severity: 'error',
        messageVi: expect.stringContaining('32'),
      }),
    ]);
    expect(r.problems[0]?.path.length).toBe(limits.maxDepth);
  });

  it('huge arrays, strings and objects are refused quickly', () => {
    const start = performance.now();
    const bigArray = validateDossier(procedure, {
      ...minimalDossier(),
      documents: Array.from({ length: 1_000_000 }, () => ({ document: 'form', form: 'original' })),
    });
    expect(bigArray.problems.map((p) => p.code)).toEqual(['INPUT_TOO_LARGE']);
    const bigString = validateDossier(procedure, {
      ...minimalDossier(),
      fields: { name: 'x'.repeat(5_000_000) },
    });
    expect(bigString.problems).toEqual([
      expect.objectContaining({ code: 'INPUT_STRING_TOO_LONG', path: ['fields', 'name'] }),
    ]);
    const manyKeys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    expect(validateDossier(procedure, { ...minimalDossier(), fields: manyKeys }).problems[0]?.code).toBe(
      'INPUT_TOO_LARGE',
    );
    const wide = Array.from({ length: 400 }, () => Array.from({ length: 400 }, () => 1));
    expect(inspectInput(wide).map((p) => p.code)).toEqual(['INPUT_TOO_MANY_NODES']);
    expect(performance.now() - start).toBeLessThan(3000);
  });

  it('values JSON cannot carry are refused (cycles, functions, class instances, bigint, NaN)', () => {
    const cyclic: Record<string, unknown> = { channel: 'in-person' };
    cyclic.fields = cyclic;
    expect(validateDossier(procedure, cyclic).problems[0]?.code).toBe('INPUT_NOT_JSON');
    for (const bad of [() => 1, new Date(), new Map(), 10n, Number.NaN, Symbol('x')]) {
      const r = validateDossier(procedure, { ...minimalDossier(), fields: { copies: bad } });
      expect(r.problems.map((p) => [p.code, p.path])).toEqual([['INPUT_NOT_JSON', ['fields', 'copies']]]);
    }
  });

  it('shared (non-cyclic) references are plain data, not cycles (review #5)', () => {
    const def = minimal();
    const label = { vi: 'Sở' };
    def.agencies[1].name = label;
    def.field = label;
    const actions = [{ type: 'return-result' }];
    def.steps[2].actions = actions;
    const r = safeDefineProcedure(def);
    expect(r.ok ? [] : r.problems.map((p) => `${p.code}@${p.path.join('.')}`)).toEqual([]);
    const doc = { document: 'form', form: 'original' };
    const dossier = { ...minimalDossier(), documents: [doc, doc] };
    expect(validateDossier(procedure, dossier).problems).toEqual([]);
    expect(inspectInput({ a: [doc], b: { c: [doc, doc] } })).toEqual([]);
  });

  it('real cycles are still refused at the repeated node; a shared DAG is bounded by the node budget', () => {
    const a: Record<string, unknown> = { x: 1 };
    const b: Record<string, unknown> = { a };
    a.b = b;
    expect(inspectInput({ root: a }).map((p) => [p.code, p.path])).toEqual([
      ['INPUT_NOT_JSON', ['root', 'b', 'a']],
    ]);
    const selfList: unknown[] = [];
    selfList.push(selfList);
    expect(inspectInput(selfList).map((p) => [p.code, p.path])).toEqual([['INPUT_NOT_JSON', [0]]]);
    // 2^30 paths through 30 shared arrays: the walk stops at the node budget, quickly.
    let dag: unknown = 'x';
    for (let i = 0; i < 30; i++) dag = [dag, dag];
    const start = performance.now();
    expect(inspectInput(dag).map((p) => p.code)).toEqual(['INPUT_TOO_MANY_NODES']);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('non-object dossiers are problems, not exceptions', () => {
    for (const bad of [null, undefined, 42, 'dossier', [], true]) {
      const r = validateDossier(procedure, bad);
      expect(r.ok).toBe(false);
      expect(r.problems.length).toBeGreaterThan(0);
    }
  });

  it('problem reports stay bounded', () => {
    const many = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`k${i}`, { __proto__: null }]));
    const keys = JSON.parse(
      `{${Array.from({ length: 400 }, (_, i) => `"k${i}":{"__proto__":1}`).join(',')}}`,
    );
    expect(inspectInput(keys).length).toBe(50);
    expect(inspectInput(many)).toEqual([]);
  });

  it('a definition full of adversarial expressions loads or fails fast', () => {
    const def = minimal();
    def.fees[0].when = `${'!'.repeat(900)}abroad`;
    const start = performance.now();
    const r = safeDefineProcedure(def);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(r.ok).toBe(false);
  });
});
