/**
 * Lint rules: each case breaks the clean minimal definition in exactly one way and expects its code at its path,
 * so removing any rule fails its case.
 */
import { Environment } from '@marcbachmann/cel-js';
import { describe, expect, it } from 'vitest';
import { createExpressionEnvironment } from '../../src/rules/expressions/environment.js';
import {
  type FormField,
  lintProblemCodes,
  type Problem,
  reservedNames,
  safeDefineProcedure,
} from '../../src/rules/index.js';
import { type Json, minimal } from './fixtures.js';

function problemsOf(def: Json): readonly Problem[] {
  const r = safeDefineProcedure(def);
  return r.ok ? r.warnings : r.problems;
}

/** Each case breaks the clean minimal definition in one way; removing the rule makes the case fail. */
const cases: {
  code: (typeof lintProblemCodes)[number];
  path: (string | number)[];
  mutate: (d: Json) => void;
}[] = [
  {
    code: 'DUPLICATE_ID',
    path: ['steps', 2, 'id'],
    mutate: (d) => {
      d.steps[2].id = 'review';
      d.steps[1].actions[0].to = 'review2';
    },
  },
  {
    code: 'DUPLICATE_ID',
    path: ['fields', 1, 'values', 1, 'value'],
    mutate: (d) => {
      d.fields[1].values[1].value = 'citizen';
    },
  },
  {
    code: 'UNKNOWN_AGENCY',
    path: ['steps', 1, 'agency'],
    mutate: (d) => {
      d.steps[1].agency = 'ofice';
    },
  },
  {
    code: 'UNKNOWN_AGENCY',
    path: ['roles', 'lead'],
    mutate: (d) => {
      d.roles.lead = 'nobody';
    },
  },
  {
    code: 'UNKNOWN_STEP',
    path: ['steps', 0, 'actions', 0, 'to'],
    mutate: (d) => {
      d.steps[0].actions[0].to = 'reveiw';
    },
  },
  {
    code: 'UNKNOWN_STEP',
    path: ['initialStep'],
    mutate: (d) => {
      d.initialStep = 'start';
    },
  },
  {
    code: 'UNKNOWN_FIELD',
    path: ['checks', 0, 'field'],
    mutate: (d) => void d.checks.push({ id: 'c', expr: 'copies > 0', field: 'copy', message: { vi: 'x' } }),
  },
  {
    code: 'UNREACHABLE_STEP',
    path: ['steps', 3],
    mutate: (d) =>
      void d.steps.push({
        id: 'orphan',
        name: { vi: 'Mồ côi' },
        agency: 'office',
        role: 'review',
        actions: [{ type: 'forward', to: 'return' }],
      }),
  },
  {
    // A reply leads to the join only inside a consultation: the first step replying reaches nothing (a
    // counterexample of the property test "any definition the linter accepts is well-formed").
    code: 'UNREACHABLE_STEP',
    path: ['steps', 2],
    mutate: (d) => {
      d.steps = [
        { id: 'a', name: { vi: 'A' }, agency: 'desk', role: 'receive', actions: [{ type: 'reply' }] },
        {
          id: 'b',
          name: { vi: 'B' },
          agency: 'desk',
          role: 'return',
          actions: [{ type: 'return-result' }, { type: 'consult', branches: ['a'], join: 'c' }],
        },
        {
          id: 'c',
          name: { vi: 'C' },
          agency: 'office',
          role: 'review',
          actions: [{ type: 'forward', to: 'b' }],
        },
      ];
    },
  },
  {
    code: 'STEP_CANNOT_FINISH',
    path: ['steps', 1],
    mutate: (d) => {
      d.steps[1].actions = [{ type: 'request-supplement' }];
    },
  },
  {
    code: 'NO_RESULT_RETURN',
    path: ['steps'],
    mutate: (d) => {
      d.steps[2].actions = [{ type: 'refuse' }];
    },
  },
  {
    code: 'FORWARD_CYCLE',
    path: ['steps', 1, 'actions', 2, 'to'],
    mutate: (d) => void d.steps[1].actions.push({ type: 'forward', to: 'receive' }),
  },
  {
    code: 'BRANCH_WITHOUT_JOIN',
    path: ['steps', 1, 'actions', 2, 'branches', 1],
    mutate: (d) => {
      d.steps[1].actions.push({ type: 'consult', branches: ['ask-a', 'ask-b'], join: 'return' });
      d.steps.push(
        { id: 'ask-a', name: { vi: 'A' }, agency: 'office', role: 'consult', actions: [{ type: 'reply' }] },
        { id: 'ask-b', name: { vi: 'B' }, agency: 'office', role: 'consult', actions: [{ type: 'refuse' }] },
      );
    },
  },
  {
    code: 'NESTED_CONSULTATION',
    path: ['steps', 3, 'actions', 0],
    mutate: (d) => {
      d.steps[1].actions.push({ type: 'consult', branches: ['ask-a'], join: 'return' });
      d.steps.push(
        {
          id: 'ask-a',
          name: { vi: 'A' },
          agency: 'office',
          role: 'consult',
          actions: [{ type: 'consult', branches: ['ask-b'], join: 'ask-c' }],
        },
        { id: 'ask-b', name: { vi: 'B' }, agency: 'office', role: 'consult', actions: [{ type: 'reply' }] },
        { id: 'ask-c', name: { vi: 'C' }, agency: 'office', role: 'consult', actions: [{ type: 'reply' }] },
      );
    },
  },
  {
    code: 'REPLY_OUTSIDE_BRANCH',
    path: ['steps', 1, 'actions', 2],
    mutate: (d) => void d.steps[1].actions.push({ type: 'reply' }),
  },
  {
    code: 'STEP_TIME_EXCEEDS_TOTAL',
    path: ['timing', 'limit'],
    mutate: (d) => {
      d.steps[1].time = 2.5;
    },
  },
  {
    // Parallel branches count as their maximum: 0.5 + 1 + max(1.5, 2) + 0.5 = 4 > 3.
    code: 'STEP_TIME_EXCEEDS_TOTAL',
    path: ['timing', 'limit'],
    mutate: (d) => {
      d.steps[1].time = 1;
      d.steps[1].actions = [{ type: 'consult', branches: ['ask-a', 'ask-b'], join: 'return' }];
      d.steps.push(
        {
          id: 'ask-a',
          name: { vi: 'A' },
          agency: 'office',
          role: 'consult',
          time: 1.5,
          actions: [{ type: 'reply' }],
        },
        {
          id: 'ask-b',
          name: { vi: 'B' },
          agency: 'office',
          role: 'consult',
          time: 2,
          actions: [{ type: 'reply' }],
        },
      );
    },
  },
  {
    code: 'STEP_TIME_EXCEEDS_TOTAL',
    path: ['timing', 'limit'],
    mutate: (d) => {
      d.timing.limit = { type: 'immediate' };
    },
  },
  {
    code: 'EXPRESSION_SYNTAX',
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fees[0].when = 'copies >';
    },
  },
  {
    code: 'EXPRESSION_UNKNOWN_NAME',
    path: ['documents', 1, 'when'],
    mutate: (d) => {
      d.documents[1].when = 'abraod';
    },
  },
  {
    code: 'EXPRESSION_TYPE',
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fees[0].when = 'copies > "2"';
    },
  },
  {
    code: 'EXPRESSION_RESULT_TYPE',
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fees[0].when = 'copies + 1';
    },
  },
  {
    code: 'EXPRESSION_RESULT_TYPE',
    path: ['fees', 0, 'amount', 'expr'],
    mutate: (d) => {
      d.fees[0].amount = { expr: 'area * 2.0' };
    },
  },
  {
    code: 'EXPRESSION_FORBIDDEN_FUNCTION',
    path: ['documents', 1, 'when'],
    mutate: (d) => {
      d.documents[1].when = 'name.matches("^(a+)+$")';
    },
  },
  {
    code: 'ENUM_VALUE_UNKNOWN',
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fees[0].when = 'kind == "foriegner"';
    },
  },
  {
    code: 'ENUM_VALUE_UNKNOWN',
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fees[0].when = 'kind in ["citizen", "alien"]';
    },
  },
  {
    code: 'FIELD_NAME_RESERVED',
    path: ['fields', 2, 'id'],
    mutate: (d) => {
      d.fields[2].id = 'channel';
    },
  },
  {
    code: 'FIELD_NAME_RESERVED',
    path: ['fields', 2, 'id'],
    mutate: (d) => {
      d.fields[2].id = 'constructor';
    },
  },
  {
    // A name cel-js itself registers (a type name): reported, never thrown (review #1).
    code: 'FIELD_NAME_RESERVED',
    path: ['fields', 2, 'id'],
    mutate: (d) => {
      d.fields[2].id = 'type';
    },
  },
  {
    code: 'ENUM_VALUE_UNKNOWN',
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fees[0].when = 'channel == "onlne"';
    },
  },
  {
    code: 'ENUM_VALUE_UNKNOWN',
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fees[0].when = 'channel in ["post", "internet"]';
    },
  },
  {
    code: 'DATE_LITERAL_INVALID',
    path: ['fees', 0, 'when'],
    mutate: (d) => {
      d.fees[0].when = 'birthDate <= "2007-1-1"';
    },
  },
  {
    code: 'DATE_LITERAL_INVALID',
    path: ['documents', 1, 'when'],
    mutate: (d) => {
      d.documents[1].when = '"2026-02-30" > birthDate';
    },
  },
  {
    code: 'FEE_AMOUNT_NEGATIVE',
    path: ['fees', 0, 'amount', 'expr'],
    mutate: (d) => {
      d.fees[0].amount = { expr: '-5' };
    },
  },
  {
    code: 'FRACTIONAL_CALENDAR_AMOUNT',
    path: ['steps', 0, 'time'],
    mutate: (d) => {
      d.timing.limit = { type: 'duration', amount: 3, unit: 'calendar-days' };
    },
  },
  {
    code: 'FRACTIONAL_CALENDAR_AMOUNT',
    path: ['timing', 'limit', 'amount'],
    mutate: (d) => {
      d.timing.limit = { type: 'duration', amount: 3.5, unit: 'months' };
      for (const s of d.steps) s.time = 1;
    },
  },
  {
    code: 'FRACTIONAL_CALENDAR_AMOUNT',
    path: ['timing', 'variants', 0, 'limit', 'amount'],
    mutate: (d) => {
      d.timing.variants = [{ when: 'abroad', limit: { amount: 4.5, unit: 'calendar-days' } }];
    },
  },
  {
    code: 'FRACTIONAL_CALENDAR_AMOUNT',
    path: ['timing', 'supplement', 'applicantWindow', 'amount'],
    mutate: (d) => {
      d.timing.supplement = { applicantWindow: { amount: 0.5, unit: 'months' } };
    },
  },
  {
    code: 'FIELD_RANGE_INVERTED',
    path: ['fields', 0, 'min'],
    mutate: (d) => {
      d.fields[0].min = 60;
    },
  },
  {
    code: 'FIELD_DEFAULT_OUT_OF_RANGE',
    path: ['fields', 0, 'default'],
    mutate: (d) => {
      d.fields[0].default = 0;
    },
  },
  {
    code: 'ENUM_VALUE_UNKNOWN',
    path: ['fields', 1, 'default'],
    mutate: (d) => {
      d.fields[1].default = 'resident';
    },
  },
  {
    code: 'EFFECTIVE_RANGE_INVERTED',
    path: ['effective', 'to'],
    mutate: (d) => {
      d.effective.to = '2025-06-01';
    },
  },
  {
    code: 'DISTRICT_LEVEL_ABOLISHED',
    path: ['level'],
    mutate: (d) => {
      d.level = 'district';
    },
  },
  {
    code: 'DISTRICT_LEVEL_ABOLISHED',
    path: ['agencies', 1, 'level'],
    mutate: (d) => {
      d.agencies[1].level = 'district';
    },
  },
  // warnings
  {
    code: 'SUPPLEMENT_CLOCK_PAUSED',
    path: ['timing', 'supplement', 'clock'],
    mutate: (d) => {
      d.timing.supplement = { clock: 'pause' };
    },
  },
  {
    code: 'FINANCIAL_OBLIGATION_CLOCK_RUNS',
    path: ['timing', 'financialObligationPausesClock'],
    mutate: (d) => {
      d.steps[1].actions[0] = { type: 'request-financial-obligation', to: 'return' };
    },
  },
  {
    code: 'NO_DECISION_RECORDED',
    path: ['steps'],
    mutate: (d) => {
      d.steps[1].actions[0] = { type: 'forward', to: 'return' };
    },
  },
  {
    code: 'RESULT_NOT_RETURNED_BY_DESK',
    path: ['steps', 2, 'agency'],
    mutate: (d) => {
      d.steps[2].agency = 'office';
    },
  },
  {
    code: 'RECEIPT_NOT_AT_DESK',
    path: ['steps', 0, 'agency'],
    mutate: (d) => {
      d.steps[0].agency = 'office';
    },
  },
  {
    code: 'CONSULTED_AGENCY_NOT_COORDINATING',
    path: ['steps', 4, 'agency'],
    mutate: (d) => {
      d.agencies.push({ id: 'tax', name: { vi: 'Thuế' } });
      d.roles.coordinating = [{ agency: 'tax', liaison: 'vertical-sector' }];
      d.steps[1].actions.push({ type: 'consult', branches: ['ask-tax', 'ask-office'], join: 'return' });
      d.steps.push(
        { id: 'ask-tax', name: { vi: 'Thuế' }, agency: 'tax', role: 'consult', actions: [{ type: 'reply' }] },
        {
          id: 'ask-office',
          name: { vi: 'Sở' },
          agency: 'office',
          role: 'consult',
          actions: [{ type: 'reply' }],
        },
      );
    },
  },
  {
    code: 'AGENCY_UNUSED',
    path: ['agencies', 2],
    mutate: (d) => void d.agencies.push({ id: 'tax', name: { vi: 'Thuế' } }),
  },
  {
    code: 'VARIANT_UNIT_DIFFERS',
    path: ['timing', 'variants', 0, 'limit', 'unit'],
    mutate: (d) => {
      d.timing.variants = [{ when: 'abroad', limit: { amount: 1, unit: 'calendar-days' } }];
    },
  },
  {
    code: 'ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS',
    path: ['documents', 1, 'electronicFormats'],
    mutate: (d) => {
      d.channels.online = 'full';
    },
  },
];

describe('lint rules', () => {
  it('the minimal fixture is clean (no errors, no warnings)', () => {
    const r = safeDefineProcedure(minimal());
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it.each(cases.map((c, i) => [`${c.code} #${i}`, c] as const))('%s', (_name, c) => {
    const def = minimal();
    c.mutate(def);
    const found = problemsOf(def).filter((p) => p.code === c.code);
    expect(found.map((p) => p.path)).toContainEqual(c.path);
    for (const p of found) {
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.messageVi.length).toBeGreaterThan(10);
      expect(p.messageVi).not.toBe(p.message);
    }
  });

  it('every lint code has at least one case', () => {
    const covered = new Set(cases.map((c) => c.code));
    expect(lintProblemCodes.filter((code) => !covered.has(code))).toEqual([]);
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
