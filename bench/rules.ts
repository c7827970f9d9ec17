/**
 * Benchmark of motcua/rules: loading + linting 2,000 procedure definitions and validating 100,000 dossiers.
 * Standalone (`npx tsx bench/rules.ts`), mitata for the per-operation figures, plus one timed pass over the
 * whole workload. Definitions are variants of the five examples (renamed, re-versioned, with extra review
 * steps and conditional fees) so every one is parsed, linted and compiled from scratch; dossiers mix valid and
 * invalid submissions across the five procedures. Then the cost bound (docs/rules.md, "Cost"): for each kind of
 * expensive expression, the largest one the budget accepts is timed on a maximal dossier (texts at their declared
 * length, adversarial content); the worst must stay under 1 ms. Last, the browser bundle of
 * `import { defineProcedure, validateDossier } from 'motcua/rules'` (esbuild, minified, gzip). Runs in well under a
 * minute.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bench, do_not_optimize, run, summary } from 'mitata';
import {
  defaultCostBudget,
  defineProcedure,
  type Procedure,
  safeDefineProcedure,
  toExpressionContext,
  validateDossier,
} from '../src/rules/index.js';

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

// The cost bound: the worst accepted expression of each kind, timed on a maximal dossier.
const ints = (n: number) => `[${Array.from({ length: n }, (_, i) => i + 1).join(', ')}]`;
const base: Json = examples.find((e) => e.code === '2.000488'); // judicial record certificate
/** A definition with `text` and `other` string fields of `maxLength` and the condition `expr` on its fee. */
function costly(expr: string, maxLength: number): Procedure | undefined {
  const def = structuredClone(base);
  def.fields.push(
    { id: 'text', type: 'string', label: { vi: 'Nội dung' }, maxLength, required: false },
    { id: 'other', type: 'string', label: { vi: 'Nội dung khác' }, maxLength, required: false },
  );
  def.fees[0].when = expr;
  const r = safeDefineProcedure(def);
  return r.ok ? r.procedure : undefined;
}
/** [kind, expression with $ for a text field, content of a maximal text of length L]. */
const kinds: [string, string, (L: number) => string][] = [
  ['split + exists', 'text.split("").exists(a, a == "#")', (L) => 'a'.repeat(L)],
  ['split + map', 'text.split("").map(a, a + a).size() > 0', (L) => 'a'.repeat(L)],
  ['split + filter', 'text.split("").filter(a, a == "a").size() > 0', (L) => 'a'.repeat(L)],
  ['split on a separator', 'text.split("a").size() > 0', (L) => 'a'.repeat(L)],
  ['split with a limit', 'text.split("a", 3).size() > 0', (L) => 'a'.repeat(L)],
  ['concatenation + size', 'size(text + text + text) > 0', (L) => '😀'.repeat(L)],
  ['upper case (ß → SS)', 'text.upperAscii().size() > 0', (L) => 'ß'.repeat(L)],
  ['lower case (İ)', 'text.lowerAscii() == text', (L) => 'İ'.repeat(L)],
  ['contains', 'text.contains(other)', (L) => 'a'.repeat(L)],
  ['split + join', 'text.split("").join("-") == text', (L) => 'a'.repeat(L)],
  ['duration parse', 'duration(text) > duration("1s")', (L) => '1'.repeat(L)],
  [
    'cel.bind doubling',
    'cel.bind(x, text + text, cel.bind(y, x + x, size(y + y) > 0))',
    (L) => 'a'.repeat(L),
  ],
  ['membership', 'text in [other, other, other, other, other, other, other, other]', (L) => 'a'.repeat(L)],
  ['list equality', 'text.split("") == other.split("")', (L) => 'a'.repeat(L)],
  ['bytes + hex', 'bytes(text).hex().size() > 0', (L) => 'ứ'.repeat(L)],
];
function median(fn: () => unknown): number {
  for (let i = 0; i < 10; i++) fn();
  const runs: number[] = [];
  for (let i = 0; i < 51; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[25]!;
}
const costRows: [string, string, number, number][] = [];
const time = (label: string, p: Procedure, values: Record<string, string | number>) => {
  const e = p.expression(['fees', 0, 'when'])!;
  const context = toExpressionContext(p.definition.fields, values, 'in-person');
  const ms = median(() => {
    try {
      e.evaluate(context);
    } catch {}
  });
  costRows.push([label, e.source.length > 70 ? `${e.source.slice(0, 70)}…` : e.source, e.cost, ms]);
};
for (const [label, expr, content] of kinds) {
  // The longest declared text the budget accepts for this expression.
  let lo = 0;
  let hi = 10_000;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (costly(expr, mid)) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) continue;
  const text = content(lo).slice(0, lo);
  time(`${label} (maxLength ${lo})`, costly(expr, lo)!, { copies: 3, text, other: `${text.slice(0, -1)}b` });
}
for (const [label, make] of [
  [
    'three nested exists over literals',
    (k: number) => `${ints(k)}.exists(x, ${ints(k)}.exists(y, ${ints(k)}.exists(z, x * y * z == copies)))`,
  ],
  [
    'two nested maps over literals',
    (k: number) => `${ints(k)}.map(x, ${ints(k)}.map(y, x * y)).size() > copies`,
  ],
] as const) {
  let k = 1;
  while (k < 200 && costly(make(k + 1), 10)) k++;
  time(`${label} (${k} elements)`, costly(make(k), 10)!, { copies: 0 });
}
console.log(
  `cost bound: budget ${defaultCostBudget.expression} units per expression; worst accepted of each kind, median of 51 runs`,
);
for (const [label, source, cost, ms] of costRows) {
  console.log(
    `  ${(ms * 1000).toFixed(1).padStart(7)} µs  ${String(Math.round(cost)).padStart(6)} units  ${label}: ${source}`,
  );
}
const worst = costRows.reduce((a, b) => (b[3] > a[3] ? b : a));
console.log(`worst accepted expression: ${(worst[3] * 1000).toFixed(1)} µs (${worst[0]}) — target < 1 ms`);
console.log('');

// Bundle size of the rules runtime in a browser form.
const bundle = await build({
  stdin: {
    contents: "export { defineProcedure, validateDossier } from './src/rules/index.ts';",
    resolveDir: join(fileURLToPath(new URL('.', import.meta.url)), '..'),
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  write: false,
});
const bytes = bundle.outputFiles[0]!.contents;
console.log(
  `bundle of { defineProcedure, validateDossier } from 'motcua/rules': ${(bytes.length / 1024).toFixed(1)} KB min, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB min+gzip`,
);
console.log('');

await run();
