/**
 * The library's one input guard (`src/shared/guard.ts`) with the rules' limits, its reports as problems.
 * Definitions come from rule authors and dossiers from citizens' browsers; both are walked once, iteratively,
 * before zod sees them (prototype-pollution keys, depth, sizes, cycles, values JSON cannot carry).
 */
import { forbiddenKeys, inspectInput as guard } from '../shared/guard.js';
import { limits } from './limits.js';
import type { Problem } from './problems.js';

export { forbiddenKeys };

/**
 * Walks a raw input and returns the problems that make it unsafe to parse (empty when safe).
 *
 * @param input - anything from outside: a definition, a dossier
 * @returns error problems (`INPUT_*`), at most 50
 * @example
 * inspectInput(JSON.parse('{"__proto__": {"admin": true}}'))
 * //=> [{ code: 'INPUT_FORBIDDEN_KEY', path: ['__proto__'], messageVi: 'Không được dùng khoá "__proto__" …' }]
 */
export function inspectInput(input: unknown): Problem[] {
  return guard(input, limits).map((issue) => ({ ...issue, severity: 'error' as const }));
}
