/**
 * Benchmark of motcua/rules: loading + linting 2,000 procedure definitions and validating 100,000 dossiers.
 * Standalone (`npx tsx bench/rules.ts`), mitata for the per-operation figures, plus one timed pass over the
 * whole workload. Definitions are variants of the five examples (renamed, re-versioned, with extra review
 * steps and conditional fees) so every one is parsed, linted and compiled from scratch; dossiers mix valid and
 * invalid submissions across the five procedures. Runs in well under a minute.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, do_not_optimize, run, summary } from 'mitata';
import { defineProcedure, type Procedure, safeDefineProcedure, validateDossier } from '../src/rules/index.js';

// biome-ignore lint/suspicious/noExplicitAny: benchmark fixtures are edited freely.
type Json = any;

const dir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'examples', 'procedures');
const examples: Json[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

/** The i-th synthetic definition: an example with a new code, an extra review step and a conditional fee. */
function variant(i: number): Json {
  const def = structuredClone(examples[i % examples.length]);
  def.code = `9.${String(i).padStart(6, '0')}`;
  def.version = `bench.${i}`;
  // Insert a zero-time review step after the first step.
  const first = def.steps[0];
  const forward = first.actions.find((a: Json) => a.type === 'forward');
  if (forward) {
    def.steps.splice(1, 0, {
      id: `extra-${i}`,
      name: { vi: `Kiểm tra bổ sung ${i}` },
      agency: first.agency,
      role: 'review',
      time: 0,
      actions: [{ type: 'forward', to: forward.to }, { type: 'refuse' }],
    });
    forward.to = `extra-${i}`;
  }
  def.fees.push({
    id: `extra-fee-${i}`,
    kind: 'charge',
    name: { vi: 'Phí thử' },
    amount: { expr: `channel == "online" ? 0 : ${1000 + (i % 7) * 1000}` },
    when: 'channel != "post"',
  });
  return def;
}

const definitions = Array.from({ length: 2000 }, (_, i) => variant(i));
const procedures: Procedure[] = examples.map((e) => defineProcedure(e));

const dossierTemplates: [number, Json][] = [];
const byCode = (code: string) => procedures.findIndex((p) => p.definition.code === code);
const docs = (ids: string[], form = 'original') => ids.map((document) => ({ document, form }));
dossierTemplates.push(
  [
    byCode('1.000894'),
    {
      channel: 'in-person',
      fields: {
        groomAge: 25,
        brideAge: 23,
        bothPartiesPresent: true,
        groomResidesHere: true,
        brideResidesHere: false,
      },
      documents: docs(['declaration', 'bride-marital-status']),
    },
  ],
  [
    byCode('2.001610'),
    {
      channel: 'online',
      fields: {
        enterpriseType: 'jsc',
        enterpriseName: 'Công ty Cổ phần Một Cửa',
        charterCapital: 5_000_000_000,
      },
      documents: ['application', 'charter', 'shareholders-list', 'identity'].map((document) => ({
        document,
        form: 'electronic',
        format: 'pdf',
      })),
    },
  ],
  [
    byCode('2.000488'),
    {
      channel: 'in-person',
      fields: { copies: 4, hasSeveralResidences: true, livedAbroad: false, isForeigner: false },
      documents: [...docs(['declaration']), { document: 'identity', form: 'copy' }],
    },
  ],
  [
    byCode('2.001458'),
    {
      channel: 'post',
      fields: { changeType: 'transfer', declaredValue: 1_500_000_000, disadvantagedArea: false },
      documents: docs(['application', 'contract', 'certificate']),
    },
  ],
  // Invalid ones: wrong form, missing field, bad enum value.
  [
    byCode('1.000894'),
    {
      channel: 'in-person',
      fields: { groomAge: 19, brideAge: 17, bothPartiesPresent: false, groomResidesHere: false },
      documents: docs(['declaration'], 'copy'),
    },
  ],
  [
    byCode('2.001610'),
    { channel: 'in-person', fields: { enterpriseType: 'cooperative' }, documents: docs(['application']) },
  ],
);
const dossiers = Array.from({ length: 100_000 }, (_, i) => dossierTemplates[i % dossierTemplates.length]!);

// One timed pass over the whole workload.
let t = performance.now();
let loaded = 0;
for (const d of definitions) if (safeDefineProcedure(d).ok) loaded++;
const loadMs = performance.now() - t;
if (loaded !== definitions.length)
  throw new Error(`only ${loaded} of ${definitions.length} definitions loaded`);
t = performance.now();
let valid = 0;
for (const [p, d] of dossiers) if (validateDossier(procedures[p]!, d).ok) valid++;
const validateMs = performance.now() - t;

console.log(`load + lint + compile ${definitions.length} definitions: ${loadMs.toFixed(0)} ms`);
console.log(`  = ${((loadMs * 1000) / definitions.length).toFixed(1)} µs per definition`);
console.log(`validate ${dossiers.length} dossiers (${valid} valid): ${validateMs.toFixed(0)} ms`);
console.log(`  = ${((validateMs * 1000) / dossiers.length).toFixed(1)} µs per dossier`);
console.log('');

let next = 0;
summary(() => {
  bench('defineProcedure (one definition, cycling through 2,000)', () => {
    do_not_optimize(defineProcedure(definitions[next++ % definitions.length]));
  });
  bench('validateDossier (one dossier, cycling through 6 kinds)', () => {
    const [p, d] = dossiers[next++ % dossierTemplates.length]!;
    do_not_optimize(validateDossier(procedures[p]!, d));
  });
});
bench('validateDossier (prototype-pollution attempt)', () => {
  do_not_optimize(
    validateDossier(procedures[0]!, JSON.parse('{"channel":"online","fields":{"__proto__":{"x":1}}}')),
  );
});

await run();
