/**
 * Issue 3: every definition the linter accepts compiles. The engine refuses a consultation nested inside a
 * consultation branch, so the linter reports it (NESTED_CONSULTATION); this property checks the two agree, on
 * the random step graphs of the rules property tests and on generated consultations (nested ones included).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProcedure } from '../../src/engine/index.js';
import { safeDefineProcedure } from '../../src/rules/index.js';
import { arbitraryConsultingDefinition, arbitraryDefinition } from '../rules/fixtures.js';

describe('every definition the linter accepts compiles', () => {
  it('compileProcedure builds both machines of every accepted definition (property)', () => {
    let accepted = 0;
    let nested = 0;
    fc.assert(
      fc.property(fc.oneof(arbitraryDefinition, arbitraryConsultingDefinition), (def) => {
        const r = safeDefineProcedure(def);
        if (!r.ok) {
          if (r.problems.some((p) => p.code === 'NESTED_CONSULTATION')) nested++;
          return;
        }
        accepted++;
        const c = compileProcedure(r.procedure);
        expect(() => c.machine('parallel')).not.toThrow();
        expect(() => c.machine('sequential')).not.toThrow();
      }),
      { numRuns: 400, seed: 20261125 },
    );
    expect(accepted).toBeGreaterThan(100);
    expect(nested).toBeGreaterThan(20);
  });
});
