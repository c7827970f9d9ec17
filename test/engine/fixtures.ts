/** Shared fixtures of the engine tests: the example procedures, loaded once, and an engine over them. */
import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/engine/index.js';
import { defineProcedure, type Procedure } from '../../src/rules/index.js';

export function load(name: string): Procedure {
  return defineProcedure(
    JSON.parse(readFileSync(new URL(`../../examples/procedures/${name}.json`, import.meta.url), 'utf8')),
  );
}

export const land = load('land-change-registration');
export const business = load('business-registration');
export const marriage = load('marriage-registration');
export const permit2025 = load('construction-permit-2025');
export const permit2026 = load('construction-permit-2026');
export const judicial = load('judicial-record-certificate');

export const engine = createEngine({
  procedures: [land, business, marriage, permit2025, permit2026, judicial],
});

/** Events with seq numbered from 1. */
export function numbered<T extends object>(events: readonly T[]): (T & { seq: number })[] {
  return events.map((e, i) => ({ ...e, seq: i + 1 }));
}
