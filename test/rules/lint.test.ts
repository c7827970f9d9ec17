/**
 * Lint rules: each case breaks the clean minimal definition in exactly one way and expects its code at its path,
 * so removing any rule fails its case.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Environment } from '@marcbachmann/cel-js';
import { describe, expect, it } from 'vitest';
import { createExpressionEnvironment } from '../../src/rules/expressions/environment.js';
import {
  type FormField,
  lintCodesTable,
  lintProblemCodes,
  lintRules,
  type Problem,
  reservedNames,
  safeDefineProcedure,
} from '../../src/rules/index.js';
import { type Json, minimal } from './fixtures.js';

function problemsOf(def: Json): readonly Problem[] {
  const r = safeDefineProcedure(def);
  return r.ok ? r.warnings : r.problems;
}

const root = join(import.meta.dirname, '..', '..');

describe('the lint rule registry', () => {
  it('has one rule per lint code, each in its own file with its own test file', () => {
    expect(lintRules.map((r) => r.code).sort()).toEqual([...lintProblemCodes].sort());
    const files = readdirSync(join(root, 'src', 'rules', 'lint', 'rules')).map((f) => f.replace(/\.ts$/, ''));
    expect(files.length).toBe(lintRules.length);
    const tests = new Set(readdirSync(join(import.meta.dirname, 'lint')));
    expect(files.filter((f) => !tests.has(`${f}.test.ts`))).toEqual([]);
  });

  it("docs/rules.md's table of lint codes is the one generated from the registry", () => {
    const docs = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
    expect(docs).toContain(lintCodesTable());
  });
});

describe('lint rules', () => {
  it('the minimal fixture is clean (no errors, no warnings)', () => {
    const r = safeDefineProcedure(minimal());
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('warnings do not block loading; errors do', () => {
    const warned = minimal();
    warned.timing.supplement = { clock: 'pause' };
    const ok = safeDefineProcedure(warned);
    expect(ok.ok).toBe(true);
    expect(ok.ok && ok.warnings.map((w) => w.severity)).toEqual(['warning']);
    const broken = minimal();
    broken.level = 'district';
    expect(safeDefineProcedure(broken).ok).toBe(false);
  });

  it('a district-level definition that ended by 30/06/2025 is allowed', () => {
    const def = minimal();
    def.level = 'district';
    def.effective = { from: '2018-06-21', to: '2025-06-30' };
    expect(safeDefineProcedure(def).ok).toBe(true);
  });

  it('reports every problem at once', () => {
    const def = minimal();
    def.steps[1].agency = 'ofice';
    def.fees[0].when = 'copeis > 2';
    def.steps[1].time = 5;
    def.effective.to = '2025-01-01';
    const codes = problemsOf(def).map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'UNKNOWN_AGENCY',
        'EXPRESSION_UNKNOWN_NAME',
        'STEP_TIME_EXCEEDS_TOTAL',
        'EFFECTIVE_RANGE_INVERTED',
      ]),
    );
  });

  it('`return` may go back without a cycle error, and does not count in the longest path', () => {
    const def = minimal();
    def.steps[1].actions.push({ type: 'return', to: 'receive' });
    const r = safeDefineProcedure(def);
    expect(r.ok).toBe(true);
    expect(r.ok && r.procedure.graph.longestPath).toBe(3);
  });

  it('parallel branches count as their maximum', () => {
    const def = minimal();
    def.steps[1].time = 0.5;
    def.steps[1].actions = [{ type: 'consult', branches: ['ask-a', 'ask-b'], join: 'return' }];
    def.steps.push(
      {
        id: 'ask-a',
        name: { vi: 'A' },
        agency: 'office',
        role: 'consult',
        time: 1,
        actions: [{ type: 'reply' }],
      },
      {
        id: 'ask-b',
        name: { vi: 'B' },
        agency: 'office',
        role: 'consult',
        time: 0.5,
        actions: [{ type: 'forward', to: 'ask-b2' }],
      },
      {
        id: 'ask-b2',
        name: { vi: 'B2' },
        agency: 'office',
        role: 'consult',
        time: 1,
        actions: [{ type: 'reply' }],
      },
    );
    const r = safeDefineProcedure(def);
    expect(r.ok).toBe(true);
    // 0.5 + 0.5 + max(1, 0.5 + 1) + 0.5
    expect(r.ok && r.procedure.graph.longestPath).toBe(3);
  });

  it('field ids cel-js already registers are reported, never thrown (review #1)', () => {
    const celNames = ['int', 'uint', 'double', 'bool', 'string', 'bytes', 'list', 'map', 'null_type', 'type'];
    for (const id of [...celNames, 'google', 'optional', 'cel']) {
      const def = minimal();
      def.fields[2].id = id;
      let r: ReturnType<typeof safeDefineProcedure> | undefined;
      expect(() => {
        r = safeDefineProcedure(def);
      }, id).not.toThrow();
      expect(r?.ok, id).toBe(false);
      expect(
        r && !r.ok && r.problems.filter((p) => p.code === 'FIELD_NAME_RESERVED').map((p) => p.path),
        id,
      ).toEqual([['fields', 2, 'id']]);
    }
  });

  it('reservedNames lists every variable cel-js registers by itself', () => {
    const builtIn = new Environment().getDefinitions().variables.map((v) => v.name);
    expect(builtIn.length).toBeGreaterThan(0);
    expect(builtIn.filter((name) => !reservedNames.has(name))).toEqual([]);
  });

  it('a variable cel-js refuses to register becomes a problem, not an exception', () => {
    // The schema never lets an empty id through; called directly, registration fails and is reported.
    const fields = [{ id: '', type: 'boolean', label: { vi: 'x' }, required: true }] as FormField[];
    let result: ReturnType<typeof createExpressionEnvironment> | undefined;
    expect(() => {
      result = createExpressionEnvironment(fields);
    }).not.toThrow();
    expect(result?.problems.map((p) => [p.code, p.path])).toEqual([
      ['FIELD_NAME_RESERVED', ['fields', 0, 'id']],
    ]);
  });

  it('time checks: variants of the limit unit, whole calendar days, immediate limits', () => {
    const codes = (mutate: (d: Json) => void) => {
      const def = minimal();
      mutate(def);
      return problemsOf(def).map((p) => `${p.code}@${p.path.join('.')}`);
    };
    // A variant at least as long as the steps, in the limit's unit: clean.
    expect(
      codes((d) => (d.timing.variants = [{ when: 'abroad', limit: { amount: 3, unit: 'working-days' } }])),
    ).toEqual([]);
    // Whole calendar-day shares that fit: clean.
    expect(
      codes((d) => {
        d.timing.limit = { type: 'duration', amount: 3, unit: 'calendar-days' };
        for (const s of d.steps) s.time = 1;
      }),
    ).toEqual([]);
    // Fractions stay allowed in working days and working hours.
    expect(codes((d) => (d.timing.limit = { type: 'duration', amount: 3.5, unit: 'working-days' }))).toEqual(
      [],
    );
    // An immediate limit with a duration variant (marriage: 5 working days when verification is needed) is normal.
    expect(
      codes((d) => {
        d.timing.limit = { type: 'immediate' };
        for (const s of d.steps) s.time = 0;
        d.timing.variants = [{ when: 'abroad', limit: { amount: 5, unit: 'working-days' } }];
      }),
    ).toEqual([]);
    // A variant in another unit is a warning and is not compared with the shares…
    expect(
      codes((d) => {
        for (const s of d.steps) s.time = 1;
        d.timing.variants = [{ when: 'abroad', limit: { amount: 1, unit: 'months' } }];
      }),
    ).toEqual(['VARIANT_UNIT_DIFFERS@timing.variants.0.limit.unit']);
    // …but the engine reads the shares in the variant's unit, so they must be whole there too.
    expect(
      codes((d) => (d.timing.variants = [{ when: 'abroad', limit: { amount: 20, unit: 'calendar-days' } }])),
    ).toEqual([
      'VARIANT_UNIT_DIFFERS@timing.variants.0.limit.unit',
      'FRACTIONAL_CALENDAR_AMOUNT@steps.0.time',
      'FRACTIONAL_CALENDAR_AMOUNT@steps.2.time',
    ]);
    // A shorter variant of the limit's unit is fine: the engine scales the shares with it.
    expect(
      codes(
        (d) =>
          (d.timing.variants = [
            { when: 'abroad', limit: { amount: 2, unit: 'working-days' } },
            { when: 'copies > 3', limit: { amount: 1, unit: 'working-days' } },
          ]),
      ),
    ).toEqual([]);
  });

  it('valid channel and date literals, and amounts that are negative only for some dossiers, load', () => {
    const def = minimal();
    def.fees[0].when = 'channel != "online" && birthDate <= "2007-01-01" && "2000-02-29" < birthDate';
    def.fees.push({ id: 'f2', kind: 'charge', name: { vi: 'Phí' }, amount: { expr: '100 - copies' } });
    def.fees.push({ id: 'f3', kind: 'charge', name: { vi: 'Phí' }, amount: { expr: '0' } });
    def.documents[1].when = 'channel in ["in-person", "post"] && name == "2007-1-1"';
    const r = safeDefineProcedure(def);
    expect(r.ok ? [] : r.problems.map((p) => `${p.code}@${p.path.join('.')}`)).toEqual([]);
  });
});

describe('did you mean …? and one root problem (issue 10 §2)', () => {
  const report = (mutate: (d: Json) => void) => {
    const def = minimal();
    mutate(def);
    return problemsOf(def).map((p) => [p.code, p.path.join('.'), p.params.suggestion ?? null]);
  };

  it('a typo in a step target is one problem with its suggestion, not four', () => {
    expect(report((d) => (d.steps[0].actions[0].to = 'reveiw'))).toEqual([
      ['UNKNOWN_STEP', 'steps.0.actions.0.to', 'review'],
    ]);
    expect(report((d) => (d.steps[1].actions[0].to = 'retrun'))).toEqual([
      ['UNKNOWN_STEP', 'steps.1.actions.0.to', 'return'],
    ]);
    const def = minimal();
    def.steps[0].actions[0].to = 'reveiw';
    const p = problemsOf(def)[0]!;
    expect(p.message).toBe('No step has id "reveiw"; did you mean "review"?');
    expect(p.messageVi).toBe('Không có bước nào có mã "reveiw"; có phải là "review"?');
  });

  it('with no likely step the reference counts as leading anywhere; independent problems stay reported', () => {
    expect(report((d) => (d.steps[0].actions[0].to = 'tax-authority'))).toEqual([
      ['UNKNOWN_STEP', 'steps.0.actions.0.to', null],
    ]);
    expect(
      report((d) => {
        d.steps[0].actions[0].to = 'reveiw';
        d.steps.push({
          id: 'orphan',
          name: { vi: 'Mồ côi' },
          agency: 'office',
          role: 'review',
          actions: [{ type: 'refuse' }],
        });
      }),
    ).toEqual([
      ['UNKNOWN_STEP', 'steps.0.actions.0.to', 'review'],
      ['UNREACHABLE_STEP', 'steps.3', null],
    ]);
  });

  it('a typo in an agency is one problem: the agency it means is not also unused', () => {
    expect(report((d) => (d.steps[1].agency = 'ofice'))).toEqual([
      ['UNKNOWN_AGENCY', 'steps.1.agency', 'office'],
    ]);
    expect(report((d) => (d.steps[2].agency = 'dsek'))).toEqual([
      ['UNKNOWN_AGENCY', 'steps.2.agency', 'desk'],
    ]);
  });

  it('suggests fields in checks and expressions', () => {
    expect(
      report(
        (d) => void d.checks.push({ id: 'c', expr: 'copies > 0', field: 'copeis', message: { vi: 'x' } }),
      ),
    ).toEqual([['UNKNOWN_FIELD', 'checks.0.field', 'copies']]);
    expect(report((d) => (d.documents[1].when = 'abraod'))).toEqual([
      ['EXPRESSION_UNKNOWN_NAME', 'documents.1.when', 'abroad'],
    ]);
  });
});
